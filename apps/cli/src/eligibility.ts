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
import { closeSync, createReadStream, mkdtempSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareCodeUnits,
  Evaluator,
  forecastSubject,
  formatIssue,
  IdRegistry,
  validateHeader,
  validateSubject,
  type CollectiveSubject,
  type Header,
  type InputIssue,
} from '../../../packages/domain/src/eligibility/index.ts';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const HEADER_KEYS = ['format', 'year', 'evaluatedOn', 'agency', 'targets'] as const;
const MAX_ISSUES = 20;

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
        } else if (this.depth === (this.inSubjects ? 2 : 1) && this.valueStart >= 0 && this.valueKind !== 'none') {
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
      if (this.depth === level && this.valueKind === 'none' && !this.expectKey && b !== COMMA && b !== COLON && b !== RBRACE && b !== RBRACK) {
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

// ---------------------------------------------------------------- spool: results out of order, copied back sorted

let SPOOL_MEMORY = 64 * 1024 * 1024;

/** For tests: make the result spool move to a temporary file sooner. */
export function setSpoolMemoryLimit(bytes: number): void {
  SPOOL_MEMORY = bytes;
}

class Spool {
  private dir: string | undefined;
  private fd = -1;
  private size = 0; // bytes written to the file
  private pending: string[] = [];
  private pendingBytes = 0;
  private readonly mem: string[] = []; // records while in memory mode
  private memBytes = 0;
  private fileMode = false;

  /** Returns a handle: record number in memory mode, or byte position in file mode. */
  append(s: string): { pos: number; len: number } {
    if (!this.fileMode) {
      this.mem.push(s);
      this.memBytes += s.length;
      const h = { pos: this.mem.length - 1, len: -1 };
      if (this.memBytes > SPOOL_MEMORY) this.toFile();
      return h;
    }
    const len = Buffer.byteLength(s);
    const pos = this.size + this.pendingBytes;
    this.pending.push(s);
    this.pendingBytes += len;
    if (this.pendingBytes > 8 * 1024 * 1024) this.flush();
    return { pos, len };
  }

  /** Positions of the records written while in memory mode, once moved to the file. */
  private remapTable: { pos: number; len: number }[] = [];
  remap(h: { pos: number; len: number }): { pos: number; len: number } {
    return h.len === -1 && this.fileMode ? (this.remapTable[h.pos] as { pos: number; len: number }) : h;
  }

  private toFile(): void {
    this.dir = mkdtempSync(join(tmpdir(), 'tdkt-eligibility-'));
    this.fd = openSync(join(this.dir, 'results.spool'), 'w+');
    this.fileMode = true;
    for (const s of this.mem) {
      const len = Buffer.byteLength(s);
      this.remapTable.push({ pos: this.size + this.pendingBytes, len });
      this.pending.push(s);
      this.pendingBytes += len;
    }
    this.mem.length = 0;
    this.flush();
  }

  flush(): void {
    if (!this.fileMode || this.pending.length === 0) return;
    const b = Buffer.from(this.pending.join(''));
    writeSync(this.fd, b, 0, b.length, this.size);
    this.size += b.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  get inMemory(): boolean {
    return !this.fileMode;
  }

  get(h: { pos: number; len: number }): string {
    if (!this.fileMode) return this.mem[h.pos] ?? '';
    const r = this.remap(h);
    const b = Buffer.allocUnsafe(r.len);
    readSync(this.fd, b, 0, r.len, r.pos);
    return b.toString('utf8');
  }

  /** Read a contiguous byte range of the file. */
  range(pos: number, len: number): Buffer {
    const b = Buffer.allocUnsafe(len);
    let off = 0;
    while (off < len) {
      const n = readSync(this.fd, b, off, len - off, pos + off);
      if (n <= 0) break;
      off += n;
    }
    return b;
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.fd = -1;
  }
}

/**
 * With --output FILE the results go straight into a temporary file beside the output, in arrival order,
 * after the document's opening. When the ids arrive sorted (the usual case) that file IS the output: the
 * collectives and the closing are appended and it is renamed. Otherwise it serves as the spool and the
 * output is rewritten from it in id order. Either way the results are written once when sorted.
 */
class FileSpool {
  readonly path: string;
  private fd: number;
  size = 0;
  private pending: string[] = [];
  private pendingBytes = 0;
  constructor(path: string) {
    this.path = path;
    this.fd = openSync(path, 'w+');
  }
  write(s: string): number {
    const at = this.size + this.pendingBytes;
    const len = Buffer.byteLength(s);
    this.pending.push(s);
    this.pendingBytes += len;
    if (this.pendingBytes > 8 * 1024 * 1024) this.flush();
    return at; // position where `s` starts
  }
  /** Append `sep` then `s`; returns the position and byte length of `s` alone. */
  append(sep: string, s: string): { pos: number; len: number } {
    if (sep) this.write(sep);
    const pos = this.write(s);
    return { pos, len: Buffer.byteLength(s) };
  }
  flush(): void {
    if (this.pending.length === 0) return;
    const b = Buffer.from(this.pending.join(''));
    let off = 0;
    while (off < b.length) off += writeSync(this.fd, b, off, b.length - off, this.size + off);
    this.size += b.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
  range(pos: number, len: number): Buffer {
    this.flush();
    const b = Buffer.allocUnsafe(len);
    let off = 0;
    while (off < len) {
      const n = readSync(this.fd, b, off, len - off, pos + off);
      if (n <= 0) break;
      off += n;
    }
    return b;
  }
  close(): void {
    this.flush();
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

// ---------------------------------------------------------------- output writer with back-pressure

interface Out {
  write(s: string | Buffer): Promise<void>;
  close(): Promise<void>;
}

function fileOut(path: string): Out {
  const fd = openSync(path, 'w');
  let pend: (string | Buffer)[] = [];
  let bytes = 0;
  const flush = () => {
    if (pend.length === 0) return;
    const b = Buffer.concat(pend.map((x) => (typeof x === 'string' ? Buffer.from(x) : x)));
    let off = 0;
    while (off < b.length) off += writeSync(fd, b, off, b.length - off);
    pend = [];
    bytes = 0;
  };
  return {
    write(s) {
      pend.push(s);
      bytes += s.length;
      if (bytes > 4 * 1024 * 1024) flush();
      return Promise.resolve();
    },
    close() {
      flush();
      closeSync(fd);
      return Promise.resolve();
    },
  };
}

function streamOut(stream: NodeJS.WritableStream): Out {
  let pend: (string | Buffer)[] = [];
  let bytes = 0;
  const flush = async () => {
    if (pend.length === 0) return;
    const b = Buffer.concat(pend.map((x) => (typeof x === 'string' ? Buffer.from(x) : x)));
    pend = [];
    bytes = 0;
    if (!stream.write(b)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  };
  return {
    async write(s) {
      pend.push(s);
      bytes += s.length;
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
  h: { pos: number; len: number };
  /** Collectives and in-memory results: the text itself. */
  text?: string;
  forecast?: string;
}

function parseArgs(args: string[]): { input?: string; output?: string; forecast: boolean; help: boolean } | string {
  const r: { input?: string; output?: string; forecast: boolean; help: boolean } = { forecast: false, help: false };
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
  const spool = new Spool();
  let subjectSpool: Spool | undefined;
  // --output FILE: results are written straight into a temporary file beside it (see FileSpool).
  const tmpOut = opts.output ? `${opts.output}.tmp-${process.pid}` : undefined;
  let fileSpool: FileSpool | undefined;
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

    const startEvaluator = () => {
      header = validateHeader(headerRaw, issues);
      if (!header) throw new InputError(issues);
      ev = new Evaluator(header);
      prefix = `{"format":"tdkt-eligibility/1","year":${ev.year},"regime":${JSON.stringify(ev.regime.id)},"results":[`;
      if (tmpOut) {
        fileSpool = new FileSpool(tmpOut);
        fileSpool.write(prefix);
      }
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
      if (issues.length > 0 || !ev) return; // keep validating, stop judging
      if (s.kind === 'collective') {
        collectives.push({ s });
        return;
      }
      const results = ev.individual(s);
      const text = results.length === 0 ? '' : JSON.stringify(results).slice(1, -1);
      if (lastId !== undefined && !(lastId < s.id)) sorted = false;
      lastId = s.id;
      let h: { pos: number; len: number };
      if (fileSpool) h = text.length === 0 ? { pos: 0, len: 0 } : fileSpool.append(firstWritten ? ',' : '', text);
      else h = spool.append(text);
      if (fileSpool && text.length > 0) firstWritten = true;
      const e: Entry = { id: s.id, h };
      if (opts.forecast && header) e.forecast = forecastSubject(header, s, results).map((f) => JSON.stringify(f)).join(',');
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
          subjectSpool = new Spool();
        }
      },
      subject(raw, index) {
        if (deferred && subjectSpool) {
          const text = raw.toString('utf8');
          const h = subjectSpool.append(text);
          deferred.push({ ...h, index });
        } else judge(raw, index);
      },
    });

    const source: NodeJS.ReadableStream = opts.input ? createReadStream(opts.input, { highWaterMark: 1 << 20 }) : io.stdin;
    for await (const chunk of source) {
      scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      if (issues.length >= MAX_ISSUES) break;
    }
    if (issues.length === 0) scanner.end();
    if (!ev && issues.length === 0) startEvaluator();
    if (deferred && subjectSpool) {
      subjectSpool.flush();
      for (const d of deferred) {
        if (issues.length >= MAX_ISSUES) break;
        judge(Buffer.from(subjectSpool.get(d)), d.index);
      }
    }
    if (issues.length > 0 || !ev) throw new InputError(issues);

    const collectiveEntries: Entry[] = [];
    for (const { s } of collectives) {
      const results = ev.collective(s);
      collectiveEntries.push({ id: s.id, h: { pos: -1, len: -1 }, text: results.length === 0 ? '' : JSON.stringify(results).slice(1, -1) });
    }
    collectiveEntries.sort((a, b) => compareCodeUnits(a.id, b.id));
    const quotas = ev.finish();
    let suffix = `],"quotas":${JSON.stringify(quotas)}`;
    const forecastText = (list: Entry[]) => {
      if (!opts.forecast) return '';
      return `,"forecasts":[${list.filter((e) => e.forecast).map((e) => e.forecast).join(',')}]`;
    };

    // Fast path: --output FILE and ids already in order (collectives after every individual).
    const firstCollective = collectiveEntries[0];
    if (fileSpool && tmpOut && opts.output && sorted && (firstCollective === undefined || lastId === undefined || lastId < firstCollective.id)) {
      for (const c of collectiveEntries) {
        if (!c.text) continue;
        fileSpool.append(firstWritten ? ',' : '', c.text);
        firstWritten = true;
      }
      suffix += forecastText(entries);
      fileSpool.write(`${suffix}}\n`);
      fileSpool.close();
      renameSync(tmpOut, opts.output);
      renamed = true;
      return 0;
    }

    // General path: sort the index by subject id (code units; stable) and copy the results in that order.
    const all = [...entries, ...collectiveEntries].sort((a, b) => compareCodeUnits(a.id, b.id));
    spool.flush();
    const out = opts.output ? fileOut(`${opts.output}.sorted-${process.pid}`) : streamOut(io.stdout);
    await out.write(prefix);
    let first = true;
    const source2 = fileSpool;
    for (let i = 0; i < all.length; i++) {
      const e = all[i] as Entry;
      if (e.text !== undefined) {
        if (e.text.length === 0) continue;
        if (!first) await out.write(',');
        await out.write(e.text);
        first = false;
        continue;
      }
      if (e.h.len === 0) continue;
      if (!source2 && spool.inMemory) {
        if (!first) await out.write(',');
        await out.write(spool.get(e.h));
        first = false;
        continue;
      }
      // Consecutive records of the file are read in one go.
      const h0 = source2 ? e.h : spool.remap(e.h);
      const parts: { off: number; len: number }[] = [{ off: 0, len: h0.len }];
      let end = h0.pos + h0.len;
      let j = i;
      while (j + 1 < all.length && end - h0.pos < 8 * 1024 * 1024) {
        const nx = all[j + 1] as Entry;
        if (nx.text !== undefined || nx.h.len === 0) break;
        const hn = source2 ? nx.h : spool.remap(nx.h);
        const gap = hn.pos - end; // the ',' written between records in the output file
        if (gap < 0 || gap > 1) break;
        parts.push({ off: hn.pos - h0.pos, len: hn.len });
        end = hn.pos + hn.len;
        j++;
      }
      const buf = source2 ? source2.range(h0.pos, end - h0.pos) : spool.range(h0.pos, end - h0.pos);
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
      fileSpool?.close();
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
    spool.close();
    subjectSpool?.close();
    fileSpool?.close();
    if (tmpOut && !renamed) rmSync(tmpOut, { force: true });
    if (opts.output && !renamed) rmSync(`${opts.output}.sorted-${process.pid}`, { force: true });
    if (opts.output && renamed) rmSync(tmpOut ?? '', { force: true });
  }
}
