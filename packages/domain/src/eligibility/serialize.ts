// Fast, byte-identical serialisation of eligibility results for the CLI (and any bulk writer):
// `writeResults(results, out)` writes exactly `JSON.stringify(results).slice(1, -1)` as UTF-8 bytes.
//
// Most of the output repeats across subjects: a check of the same rule with the same outcome, citation,
// reason and evidence is the same JSON text for every person who has it. Each distinct check, council
// item and warning is serialised ONCE (by JSON.stringify, so the bytes are its own) and kept as UTF-8
// bytes under a key made of the fields its JSON depends on; a result body (everything after `"subject"`)
// is kept under the ids of its parts. A result is then the subject id plus one cached byte slice.
//
// Keys and exactness:
//  - a check's text and its citation are functions of fields in the key: `text` = reasonText(code, params)
//    (verdict.ts) and the citation comes from cite() (instrument, article, clause, point, in that order);
//    the reason is in the key as its own JSON. A reason whose JSON holds `null` is never cached (NaN and
//    null both print as null yet render different texts).
//  - a warning's text is in its key (unverified-rule texts carry a default that is not in params).
//  - a result is checked to have exactly the keys, in the order, that engine.ts gives it; anything else
//    is written by JSON.stringify.
import type { Check, Citation, CouncilItem, EligibilityResult, Warning } from './types.ts';

export interface ByteOut {
  put(bytes: Uint8Array): void;
  putString(s: string): void;
}

const SEP = '\u0001';
const NONE = '\u0002';
const MAX_BODIES = 200_000;
const MAX_BODY_BYTES = 128 * 1024 * 1024;
const RESULT_KEYS = [
  'subject',
  'target',
  'status',
  'rules',
  'routes',
  'checks',
  'councilJudgement',
  'warnings',
] as const;
const OPTIONAL = new Set<string>(['routes', 'councilJudgement', 'warnings']);

const enc = (s: string): Buffer => Buffer.from(s, 'utf8');
const COMMA = enc(',');

function citationKey(c: Citation): string {
  return (
    c.instrument +
    SEP +
    c.article +
    SEP +
    (c.clause === undefined ? NONE : c.clause) +
    SEP +
    (c.point === undefined ? NONE : c.point)
  );
}

/** Keys in the order engine.ts sets them; false when the result has any other shape. */
function hasEngineShape(r: EligibilityResult): boolean {
  let i = 0;
  for (const k in r) {
    while (i < RESULT_KEYS.length && RESULT_KEYS[i] !== k) {
      if (!OPTIONAL.has(RESULT_KEYS[i] as string)) return false;
      i++;
    }
    if (i === RESULT_KEYS.length) return false;
    i++;
  }
  return i >= 6; // subject … checks at least
}

export class ResultSerializer {
  private readonly partIds = new Map<string, number>();
  private readonly parts: string[] = []; // JSON text of each distinct part
  private readonly bodies = new Map<string, Buffer>();
  private bodyBytes = 0;
  private readonly rulesJson = new Map<readonly string[], string>();
  private readonly ids: number[] = [];

  private part(key: string, value: object): number {
    let id = this.partIds.get(key);
    if (id === undefined) {
      id = this.parts.length;
      this.parts.push(JSON.stringify(value));
      this.partIds.set(key, id);
    }
    return id;
  }

  /** Id of a check's JSON, or -1 when it must not be cached. */
  private check(c: Check): number {
    const rj = JSON.stringify(c.reason);
    if (rj.includes('null')) return -1;
    let key =
      'c' +
      c.criterion +
      SEP +
      c.rule +
      SEP +
      (c.route === undefined ? NONE : c.route) +
      SEP +
      c.outcome +
      SEP +
      citationKey(c.citation) +
      SEP +
      rj;
    if (c.evidence !== undefined) key += SEP + JSON.stringify(c.evidence);
    return this.part(key, c);
  }

  private council(c: CouncilItem): number {
    const rj = JSON.stringify(c.reason);
    if (rj.includes('null')) return -1;
    const key =
      'k' +
      c.criterion +
      SEP +
      c.rule +
      SEP +
      (c.route === undefined ? NONE : c.route) +
      SEP +
      citationKey(c.citation) +
      SEP +
      rj;
    return this.part(key, c);
  }

  private warning(w: Warning): number {
    const key =
      'w' + w.code + SEP + w.text + SEP + (w.params === undefined ? NONE : JSON.stringify(w.params));
    return this.part(key, w);
  }

  private rules(r: readonly string[]): string {
    let j = this.rulesJson.get(r);
    if (j === undefined) {
      j = JSON.stringify(r);
      this.rulesJson.set(r, j);
    }
    return j;
  }

  /** The body of a result after `{"subject":"…",`, as bytes; undefined when it cannot be built from parts. */
  private body(r: EligibilityResult): Buffer | undefined {
    if (!hasEngineShape(r)) return undefined;
    const rules = this.rules(r.rules);
    const routes = r.routes === undefined ? NONE : JSON.stringify(r.routes);
    let key = r.target + SEP + r.status + SEP + rules + SEP + routes + SEP;
    const checks = r.checks;
    const ids = this.ids;
    ids.length = 0;
    for (let i = 0; i < checks.length; i++) {
      const id = this.check(checks[i] as Check);
      if (id < 0) return undefined;
      ids.push(id);
      key += id + ',';
    }
    const council = r.councilJudgement;
    if (council === undefined) key += NONE;
    else {
      key += SEP;
      for (let i = 0; i < council.length; i++) {
        const id = this.council(council[i] as CouncilItem);
        if (id < 0) return undefined;
        key += id + ',';
      }
    }
    const warnings = r.warnings;
    if (warnings === undefined) key += NONE;
    else {
      key += SEP;
      for (let i = 0; i < warnings.length; i++) key += this.warning(warnings[i] as Warning) + ',';
    }
    const hit = this.bodies.get(key);
    if (hit !== undefined) return hit;
    // Build the text from the parts (same bytes as JSON.stringify of the result without its subject).
    let s = `"target":${JSON.stringify(r.target)},"status":${JSON.stringify(r.status)},"rules":${rules}`;
    if (r.routes !== undefined) s += `,"routes":${routes}`;
    s += ',"checks":[' + this.joinParts(ids) + ']';
    if (council !== undefined) s += `,"councilJudgement":${JSON.stringify(council)}`;
    if (warnings !== undefined) s += `,"warnings":${JSON.stringify(warnings)}`;
    s += '}';
    const b = enc(s);
    if (this.bodies.size < MAX_BODIES && this.bodyBytes + b.length <= MAX_BODY_BYTES) {
      this.bodies.set(key, b);
      this.bodyBytes += b.length;
    }
    return b;
  }

  private joinParts(ids: readonly number[]): string {
    let s = '';
    for (let i = 0; i < ids.length; i++) s += (i > 0 ? ',' : '') + (this.parts[ids[i] as number] as string);
    return s;
  }

  /** Writes the bytes of `JSON.stringify(results).slice(1, -1)`. */
  writeResults(results: readonly EligibilityResult[], out: ByteOut): void {
    let head: Buffer | undefined;
    let headFor: string | undefined;
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as EligibilityResult;
      if (i > 0) out.put(COMMA);
      const body = this.body(r);
      if (body === undefined) {
        out.putString(JSON.stringify(r));
        continue;
      }
      if (headFor !== r.subject) {
        headFor = r.subject;
        head = enc(`{"subject":${JSON.stringify(r.subject)},`);
      }
      out.put(head as Buffer);
      out.put(body);
    }
  }
}
