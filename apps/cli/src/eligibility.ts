// `tdkt eligibility` — the eligibility engine on the command line (../shared/interchange.md):
//   tdkt eligibility < histories.json > results.json
//   tdkt eligibility --input FILE --output FILE [--forecast]
// Exit 0 when the input was valid (whatever the verdicts), 2 when it was not (Vietnamese message naming the
// JSON path on stderr, nothing on stdout), 1 on an I/O failure.
//
// Streaming, so that a 1,000,000-person-year file runs in bounded memory:
//  - a small string-aware bracket-depth scanner over the input BYTES cuts out each element of `subjects`,
//    which is JSON.parse'd on its own (near JSON.parse speed); the header fields (format, year,
//    evaluatedOn, agency, targets) are read wherever they appear. When one of them may still come after
//    `subjects`, the subject slices are spooled to a temporary file and judged once the input has ended.
//  - individuals are judged as they arrive; only a compact summary per person is kept (collectives need
//    their members' LĐTT/CSTĐCS, quotas need counts); collectives are kept until the end (few of them).
//  - each subject's results are serialised at once and appended to a spool (memory, then a temporary file
//    past 64 MB) with an index entry (id, position, length). At the end the index — ids only — is sorted
//    by id (code units) and the results are copied out in that order, so the output is sorted whatever
//    the input order, and byte-identical to JSON.stringify(evaluate(input)).
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareCodeUnits, Evaluator } from '../../../packages/domain/src/eligibility/engine.ts';
import { ResultSerializer, type ByteOut } from '../../../packages/domain/src/eligibility/serialize.ts';
import type { CollectiveSubject, Header } from '../../../packages/domain/src/eligibility/types.ts';
import {
  formatIssue,
  IdRegistry,
  validateHeader,
  validateSubject,
  type InputIssue,
} from '../../../packages/domain/src/eligibility/validate.ts';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const HEADER_KEYS = ['format', 'year', 'evaluatedOn', 'agency', 'targets'] as const;
const MAX_ISSUES = 20;
const COMMA_BYTES = Buffer.from(',');

const USAGE = `Cách dùng: tdkt eligibility [--input TỆP] [--output TỆP] [--forecast]
  Đọc tdkt-history/1 (stdin hoặc --input), ghi tdkt-eligibility/1 (stdout hoặc --output).
  --forecast  thêm "forecasts": danh hiệu, hình thức kế tiếp, điều kiện còn thiếu và năm sớm nhất.
`;

class InputError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.issues = issues;
  }
}

// ---------------------------------------------------------------- byte scanner

const Q = 0x22; // "
const BS = 0x5c; // \
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACK = 0x5b;
const RBRACK = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

function isWs(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

export interface ScanSink {
  header(key: string, raw: Buffer): void;
  /** `subjects` key met; returns nothing. */
  subjectsStart(): void;
  subject(raw: Buffer, index: number): void;
}

/**
 * Resumable scanner of the root object. Root level (depth 1): keys and values; the value of `subjects`
 * (an array) is entered and its elements (depth 2) are cut out. Other values are skipped, the five
 * header values captured. Strings are skipped with indexOf('"') and a backslash count.
 */
export class SubjectScanner {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private depth = 0;
  private inString = false;
  private started = false;
  private ended = false;
  // root-level state
  private expectKey = false;
  private keyStart = -1;
  private key: string | undefined;
  private valueStart = -1; // capture start (relative to buf) of a header value or a subject element
  private valueKind: 'none' | 'header' | 'skip' | 'subject' = 'none';
  private inSubjects = false;
  private subjectsSeen = false;
  private index = 0;
  private readonly sink: ScanSink;

  constructor(sink: ScanSink) {
    this.sink = sink;
  }

  private fail(message: string): never {
    throw new InputError([{ path: '$', message: `JSON không hợp lệ: ${message}` }]);
  }

  push(chunk: Buffer): void {
    // Keep only what an unfinished capture still needs.
    const keep = this.valueStart >= 0 ? this.valueStart : this.keyStart >= 0 ? this.keyStart : this.pos;
    const rest = this.buf.subarray(keep);
    this.buf = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
    this.pos -= keep;
    if (this.valueStart >= 0) this.valueStart -= keep;
    if (this.keyStart >= 0) this.keyStart -= keep;
    this.scan();
  }

  private scan(): void {
    const buf = this.buf;
    const n = buf.length;
    let i = this.pos;
    while (i < n) {
      if (this.valueKind === 'subject' && this.depth > 2 && !this.inString) {
        // inside a subject: only brackets and strings matter until it closes
        i = this.skipInside(buf, i, n);
        if (i >= n) break;
      }
      if (this.inString) {
        const q = buf.indexOf(Q, i);
        if (q < 0) {
          i = n;
          break;
        }
        let k = q - 1;
        let bs = 0;
        while (k >= 0 && buf[k] === BS) {
          bs++;
          k--;
        }
        i = q + 1;
        if (bs % 2 === 1) continue; // escaped quote
        this.inString = false;
        if (this.depth === 1 && this.keyStart >= 0) {
          this.key = JSON.parse(buf.toString('utf8', this.keyStart, i)) as string;
          this.keyStart = -1;
        } else if (
          this.depth === (this.inSubjects ? 2 : 1) &&
          this.valueStart >= 0 &&
          this.valueKind !== 'none'
        ) {
          // a string value at capture level ends here
          this.finishValue(i);
        }
        continue;
      }
      const b = buf[i] as number;
      if (isWs(b)) {
        i++;
        continue;
      }
      if (!this.started) {
        if (b !== LBRACE) this.fail('tài liệu phải là một đối tượng JSON ({ … })');
        this.started = true;
        this.depth = 1;
        this.expectKey = true;
        i++;
        continue;
      }
      if (this.ended) this.fail(`có dữ liệu thừa sau đối tượng gốc (byte ${i})`);
      const level = this.inSubjects ? 2 : 1;
      // start of a value at capture level
      if (
        this.depth === level &&
        this.valueKind === 'none' &&
        !this.expectKey &&
        b !== COMMA &&
        b !== COLON &&
        b !== RBRACE &&
        b !== RBRACK
      ) {
        if (this.inSubjects) {
          this.valueKind = 'subject';
          this.valueStart = i;
        } else if (this.key === 'subjects' && b === LBRACK) {
          this.inSubjects = true;
          this.subjectsSeen = true;
          this.sink.subjectsStart();
          this.depth = 2;
          i++;
          continue;
        } else {
          this.valueKind = (HEADER_KEYS as readonly string[]).includes(this.key ?? '') ? 'header' : 'skip';
          this.valueStart = i;
        }
      }
      switch (b) {
        case Q:
          this.inString = true;
          if (this.depth === 1 && this.expectKey) {
            this.keyStart = i;
            this.expectKey = false;
          }
          i++;
          break;
        case LBRACE:
        case LBRACK:
          this.depth++;
          i++;
          break;
        case RBRACE:
        case RBRACK:
          this.depth--;
          i++;
          if (this.inSubjects && this.depth === 1) {
            // end of the subjects array
            if (this.valueKind === 'subject') this.finishValue(i - 1);
            this.inSubjects = false;
            this.key = undefined;
          } else if (this.depth === 0) {
            if (this.valueKind !== 'none') this.finishValue(i - 1);
            this.ended = true;
          } else if (this.depth === level && this.valueKind !== 'none') {
            this.finishValue(i);
          }
          break;
        case COMMA:
          if (this.depth === level && this.valueKind !== 'none') this.finishValue(i);
          if (this.depth === 1) this.expectKey = true;
          i++;
          break;
        case COLON:
          i++;
          break;
        default:
          i++;
      }
    }
    this.pos = i;
  }

  /**
   * Tight loop over the inside of a subject element (depth > 2): returns the index of the bracket that
   * closes the element (not consumed), or n at the end of the buffer (inString set if a string is open).
   */
  private skipInside(buf: Buffer, i: number, n: number): number {
    let d = this.depth;
    while (i < n) {
      const c = buf[i] as number;
      if (c === Q) {
        let j = i + 1;
        while (j < n) {
          const x = buf[j] as number;
          if (x === Q) break;
          j += x === BS ? 2 : 1;
        }
        if (j >= n) {
          // the string goes on in the next chunk: the general loop finds its end (backslash count)
          this.inString = true;
          this.depth = d;
          return n;
        }
        i = j + 1;
        continue;
      }
      if (c === LBRACE || c === LBRACK) d++;
      else if (c === RBRACE || c === RBRACK) {
        if (d === 3) {
          this.depth = d;
          return i;
        }
        d--;
      }
      i++;
    }
    this.depth = d;
    return n;
  }

  private finishValue(end: number): void {
    const raw = this.buf.subarray(this.valueStart, end);
    const kind = this.valueKind;
    this.valueKind = 'none';
    this.valueStart = -1;
    if (kind === 'subject') {
      // trailing whitespace of primitives is harmless for JSON.parse
      this.sink.subject(raw, this.index++);
    } else if (kind === 'header') {
      this.sink.header(this.key ?? '', raw);
    }
  }

  end(): void {
    if (!this.started) this.fail('tài liệu rỗng');
    if (!this.ended || this.inString) this.fail('tài liệu kết thúc đột ngột (thiếu dấu đóng } hoặc ])');
    if (!this.subjectsSeen) throw new InputError([{ path: 'subjects', message: 'thiếu trường bắt buộc' }]);
  }
}

// ---------------------------------------------------------------- byte spool: the output as it is produced

let SPOOL_MEMORY = 64 * 1024 * 1024;

/** For tests: make the result spool move to a temporary file sooner. */
export function setSpoolMemoryLimit(bytes: number): void {
  SPOOL_MEMORY = bytes;
}

const CHUNK = 1 << 20;

function writeAll(fd: number, b: Uint8Array, len: number, at: number): void {
  let off = 0;
  while (off < len) off += writeSync(fd, b, off, len - off, at + off);
}

/**
 * Bytes appended in order through a 1 MB staging buffer (one write per MB). With a path, they go straight
 * into that file; without, they stay in memory until SPOOL_MEMORY and then move to a temporary file.
 * Any byte range can be read back (to copy results out in id order).
 */
class ByteSpool implements ByteOut {
  private buf = Buffer.allocUnsafe(CHUNK);
  private n = 0; // staged bytes
  private flushed = 0; // bytes in the file or in `chunks`
  private readonly chunks: Buffer[] = [];
  private readonly starts: number[] = [];
  private fd = -1;
  private dir: string | undefined;
  readonly path: string | undefined;

  constructor(path?: string) {
    this.path = path;
    if (path) this.fd = openSync(path, 'w+');
  }

  get offset(): number {
    return this.flushed + this.n;
  }

  put(b: Uint8Array): void {
    const len = b.length;
    if (this.n + len > CHUNK) {
      this.flush();
      if (len > CHUNK) {
        this.commit(Buffer.from(b.buffer, b.byteOffset, len), true);
        return;
      }
    }
    this.buf.set(b, this.n);
    this.n += len;
  }

  putString(s: string): void {
    const max = s.length * 3;
    if (this.n + max > CHUNK) {
      this.flush();
      if (max > CHUNK) {
        this.commit(Buffer.from(s, 'utf8'), false);
        return;
      }
    }
    this.n += this.buf.write(s, this.n, 'utf8');
  }

  flush(): void {
    if (this.n === 0) return;
    const b = this.buf.subarray(0, this.n);
    this.n = 0;
    if (this.commit(b, false)) this.buf = Buffer.allocUnsafe(CHUNK); // kept in memory: a fresh staging buffer
  }

  /** Appends `b` after the staged bytes were flushed; true when `b` itself is kept (memory mode). */
  private commit(b: Buffer, copy: boolean): boolean {
    if (this.fd < 0 && this.flushed + b.length > SPOOL_MEMORY) this.toFile();
    if (this.fd >= 0) {
      writeAll(this.fd, b, b.length, this.flushed);
      this.flushed += b.length;
      return false;
    }
    this.starts.push(this.flushed);
    this.chunks.push(copy ? Buffer.from(b) : b);
    this.flushed += b.length;
    return true;
  }

  private toFile(): void {
    this.dir = mkdtempSync(join(tmpdir(), 'tdkt-eligibility-'));
    this.fd = openSync(join(this.dir, 'results.spool'), 'w+');
    let at = 0;
    for (const c of this.chunks) {
      writeAll(this.fd, c, c.length, at);
      at += c.length;
    }
    this.chunks.length = 0;
    this.starts.length = 0;
  }

  /** A contiguous byte range (flushes first). */
  range(pos: number, len: number): Buffer {
    this.flush();
    if (this.fd >= 0) {
      const b = Buffer.allocUnsafe(len);
      let off = 0;
      while (off < len) {
        const r = readSync(this.fd, b, off, len - off, pos + off);
        if (r <= 0) break;
        off += r;
      }
      return b;
    }
    // memory: binary search the chunk holding `pos`
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    const parts: Buffer[] = [];
    let need = len;
    let at = pos;
    for (let k = lo; need > 0 && k < this.chunks.length; k++) {
      const c = this.chunks[k] as Buffer;
      const from = at - (this.starts[k] as number);
      const take = Math.min(need, c.length - from);
      parts.push(c.subarray(from, from + take));
      need -= take;
      at += take;
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }

  close(): void {
    if (this.fd >= 0) {
      this.flush();
      closeSync(this.fd);
    }
    this.fd = -1;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

// ---------------------------------------------------------------- output writer with back-pressure

interface Out {
  write(s: string | Buffer): Promise<void>;
  close(): Promise<void>;
}

function fileOut(path: string): Out {
  const spool = new ByteSpool(path);
  return {
    write(s) {
      if (typeof s === 'string') spool.putString(s);
      else spool.put(s);
      return Promise.resolve();
    },
    close() {
      spool.close();
      return Promise.resolve();
    },
  };
}

function streamOut(stream: NodeJS.WritableStream): Out {
  let pend: Buffer[] = [];
  let bytes = 0;
  const flush = async () => {
    if (pend.length === 0) return;
    const b = pend.length === 1 ? (pend[0] as Buffer) : Buffer.concat(pend);
    pend = [];
    bytes = 0;
    if (!stream.write(b)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  };
  return {
    async write(s) {
      const b = typeof s === 'string' ? Buffer.from(s) : s;
      pend.push(b);
      bytes += b.length;
      if (bytes > 4 * 1024 * 1024) await flush();
    },
    async close() {
      await flush();
    },
  };
}

// ---------------------------------------------------------------- the command

interface Entry {
  id: string;
  /** Position and byte length of the results in the output spool (individuals). */
  pos: number;
  len: number;
  /** Collectives: the text itself. */
  text?: string;
  forecast?: string;
}

function parseArgs(
  args: string[],
): { input?: string; output?: string; forecast: boolean; help: boolean } | string {
  const r: { input?: string; output?: string; forecast: boolean; help: boolean } = {
    forecast: false,
    help: false,
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--input' || a === '-i') {
      const v = args[++i];
      if (!v) return `thiếu tên tệp sau ${a}`;
      r.input = v;
    } else if (a?.startsWith('--input=')) r.input = a.slice(8);
    else if (a === '--output' || a === '-o') {
      const v = args[++i];
      if (!v) return `thiếu tên tệp sau ${a}`;
      r.output = v;
    } else if (a?.startsWith('--output=')) r.output = a.slice(9);
    else if (a === '--forecast') r.forecast = true;
    else if (a === '--help' || a === '-h') r.help = true;
    else return `tham số không hợp lệ: ${a}`;
  }
  return r;
}

export async function runEligibility(args: string[], io: CliIo): Promise<number> {
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    io.stderr.write(`tdkt eligibility: ${opts}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  // The output as it is produced: with --output FILE, a temporary file beside it (renamed into place when
  // the ids arrived in order); for stdout, memory then a temporary file. It holds the document's opening
  // and the individuals' results separated by commas, exactly as in the output.
  const tmpOut = opts.output ? `${opts.output}.tmp-${process.pid}` : undefined;
  let spool: ByteSpool | undefined;
  let subjectSpool: ByteSpool | undefined;
  let renamed = false;
  try {
    const issues: InputIssue[] = [];
    const headerRaw: Record<string, unknown> = {};
    const seen = new Set<string>();
    let ev: Evaluator | undefined;
    let header: Header | undefined;
    const ids = new IdRegistry();
    const collectives: { s: CollectiveSubject }[] = [];
    const entries: Entry[] = [];
    let deferred: { pos: number; len: number; index: number }[] | undefined;
    let sorted = true;
    let lastId: string | undefined;
    let prefix = '';
    let firstWritten = false;
    const serializer = new ResultSerializer();
    const forecasts: typeof import('../../../packages/domain/src/eligibility/forecast.ts') | undefined =
      opts.forecast ? await import('../../../packages/domain/src/eligibility/forecast.ts') : undefined;

    const startEvaluator = () => {
      header = validateHeader(headerRaw, issues);
      if (!header) throw new InputError(issues);
      ev = new Evaluator(header);
      prefix = `{"format":"tdkt-eligibility/1","year":${ev.year},"regime":${JSON.stringify(ev.regime.id)},"results":[`;
      spool = new ByteSpool(tmpOut);
      spool.putString(prefix);
    };

    const judge = (raw: Buffer, index: number) => {
      if (issues.length >= MAX_ISSUES) return;
      let value: unknown;
      try {
        value = JSON.parse(raw.toString('utf8'));
      } catch (e) {
        issues.push({ path: `subjects[${index}]`, message: `JSON không hợp lệ (${(e as Error).message})` });
        return;
      }
      const s = validateSubject(value, index, issues);
      if (!s) return;
      ids.check(s.id, index, issues);
      if (issues.length > 0 || !ev || !spool) return; // keep validating, stop judging
      if (s.kind === 'collective') {
        collectives.push({ s });
        return;
      }
      const results = ev.individual(s);
      if (lastId !== undefined && !(lastId < s.id)) sorted = false;
      lastId = s.id;
      let pos = 0;
      let len = 0;
      if (results.length > 0) {
        if (firstWritten) spool.put(COMMA_BYTES);
        pos = spool.offset;
        serializer.writeResults(results, spool);
        len = spool.offset - pos;
        firstWritten = true;
      }
      const e: Entry = { id: s.id, pos, len };
      if (forecasts && header)
        e.forecast = forecasts
          .forecastSubject(header, s, results)
          .map((f) => JSON.stringify(f))
          .join(',');
      entries.push(e);
    };

    const scanner = new SubjectScanner({
      header(key, raw) {
        seen.add(key);
        try {
          headerRaw[key] = JSON.parse(raw.toString('utf8'));
        } catch (e) {
          issues.push({ path: key, message: `JSON không hợp lệ (${(e as Error).message})` });
          throw new InputError(issues);
        }
      },
      subjectsStart() {
        // All five header fields already read: judge while reading. Otherwise one may still follow: spool.
        if (HEADER_KEYS.every((k) => seen.has(k))) startEvaluator();
        else {
          deferred = [];
          subjectSpool = new ByteSpool();
        }
      },
      subject(raw, index) {
        if (deferred && subjectSpool) {
          const pos = subjectSpool.offset;
          subjectSpool.put(raw);
          deferred.push({ pos, len: raw.length, index });
        } else judge(raw, index);
      },
    });

    const source: NodeJS.ReadableStream = opts.input
      ? createReadStream(opts.input, { highWaterMark: 1 << 20 })
      : io.stdin;
    for await (const chunk of source) {
      scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      if (issues.length >= MAX_ISSUES) break;
    }
    if (issues.length === 0) scanner.end();
    if (!ev && issues.length === 0) startEvaluator();
    if (deferred && subjectSpool) {
      for (const d of deferred) {
        if (issues.length >= MAX_ISSUES) break;
        judge(subjectSpool.range(d.pos, d.len), d.index);
      }
      subjectSpool.close();
    }
    if (issues.length > 0 || !ev || !spool) throw new InputError(issues);
    const out0 = spool;

    const collectiveEntries: Entry[] = [];
    for (const { s } of collectives) {
      const results = ev.collective(s);
      collectiveEntries.push({
        id: s.id,
        pos: -1,
        len: -1,
        text: results.length === 0 ? '' : JSON.stringify(results).slice(1, -1),
      });
    }
    collectiveEntries.sort((a, b) => compareCodeUnits(a.id, b.id));
    const quotas = ev.finish();
    let suffix = `],"quotas":${JSON.stringify(quotas)}`;
    const forecastText = (list: Entry[]) => {
      if (!opts.forecast) return '';
      return `,"forecasts":[${list
        .filter((e) => e.forecast)
        .map((e) => e.forecast)
        .join(',')}]`;
    };

    // Fast path: ids already in order (collectives after every individual): the spool IS the output.
    const firstCollective = collectiveEntries[0];
    if (sorted && (firstCollective === undefined || lastId === undefined || lastId < firstCollective.id)) {
      for (const c of collectiveEntries) {
        if (!c.text) continue;
        if (firstWritten) out0.put(COMMA_BYTES);
        out0.putString(c.text);
        firstWritten = true;
      }
      suffix += forecastText(entries);
      out0.putString(`${suffix}}\n`);
      if (tmpOut && opts.output) {
        out0.close();
        renameSync(tmpOut, opts.output);
        renamed = true;
        return 0;
      }
      const total = out0.offset;
      const out = streamOut(io.stdout);
      for (let at = 0; at < total; at += 4 * CHUNK)
        await out.write(out0.range(at, Math.min(4 * CHUNK, total - at)));
      await out.close();
      return 0;
    }

    // General path: sort the index by subject id (code units; stable) and copy the results in that order.
    const all = [...entries, ...collectiveEntries].sort((a, b) => compareCodeUnits(a.id, b.id));
    const out = opts.output ? fileOut(`${opts.output}.sorted-${process.pid}`) : streamOut(io.stdout);
    await out.write(prefix);
    let first = true;
    for (let i = 0; i < all.length; i++) {
      const e = all[i] as Entry;
      if (e.text !== undefined) {
        if (e.text.length === 0) continue;
        if (!first) await out.write(',');
        await out.write(e.text);
        first = false;
        continue;
      }
      if (e.len === 0) continue;
      // Consecutive records of the spool are read in one go.
      const parts: { off: number; len: number }[] = [{ off: 0, len: e.len }];
      let end = e.pos + e.len;
      let j = i;
      while (j + 1 < all.length && end - e.pos < 8 * 1024 * 1024) {
        const nx = all[j + 1] as Entry;
        if (nx.text !== undefined || nx.len === 0) break;
        const gap = nx.pos - end; // the ',' written between records in the spool
        if (gap < 0 || gap > 1) break;
        parts.push({ off: nx.pos - e.pos, len: nx.len });
        end = nx.pos + nx.len;
        j++;
      }
      const buf = out0.range(e.pos, end - e.pos);
      for (const p of parts) {
        if (!first) await out.write(',');
        await out.write(buf.subarray(p.off, p.off + p.len));
        first = false;
      }
      i = j;
    }
    await out.write(`${suffix}${forecastText(all)}}\n`);
    await out.close();
    if (opts.output) {
      out0.close();
      renameSync(`${opts.output}.sorted-${process.pid}`, opts.output);
      renamed = true;
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(`${e.issues.slice(0, MAX_ISSUES).map(formatIssue).join('\n')}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') {
      io.stderr.write(`tdkt eligibility: không mở được tệp ${err.path ?? ''}\n`);
      return 2;
    }
    io.stderr.write(`tdkt eligibility: lỗi ${err.message}\n`);
    return 1;
  } finally {
    spool?.close();
    subjectSpool?.close();
    if (tmpOut && !renamed) rmSync(tmpOut, { force: true });
    if (opts.output && !renamed) rmSync(`${opts.output}.sorted-${process.pid}`, { force: true });
    if (opts.output && renamed) rmSync(tmpOut ?? '', { force: true });
  }
}
