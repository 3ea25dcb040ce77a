// Fast, byte-identical serialisation of eligibility results for the CLI (and any bulk writer):
// `writeResults(results, out)` writes exactly `JSON.stringify(results).slice(1, -1)` as UTF-8 bytes.
//
// Most of the output repeats across subjects: a check of the same rule with the same outcome, citation,
// reason and evidence is the same JSON text for every person who has it. Each distinct check, council
// item and warning is serialised ONCE (by JSON.stringify, so the bytes are its own) and kept as UTF-8
// bytes under a key made of the fields its JSON depends on; a result body (everything after `"subject"`)
// is kept under the ids of its parts. A result is then the subject id plus one cached byte slice.
//
// Keys and exactness (a key is a path of primitive field values, see ResultSerializer):
//  - a check's text and its citation are functions of fields in the key: `text` = reasonText(code, params)
//    (verdict.ts, the only place checks are made) and the citation comes from cite() (instrument, article,
//    clause, point, in that order); the reason's params and the evidence are in the key field by field,
//    names and values, in order. A params or evidence value that is an object is never cached.
//  - a warning's text is in its key (unverified-rule texts carry a default that is not in params).
//  - a result is checked to have exactly the keys, in the order, that engine.ts gives it; anything else
//    is written by JSON.stringify.
import type { Check, CouncilItem, EligibilityResult, RouteStatus, Warning } from './types.ts';

export interface ByteOut {
  put(bytes: Uint8Array): void;
  putString(s: string): void;
}

type Node = Map<unknown, unknown>;
/** Markers in key paths (objects: compared by identity, never equal to a field value). */
const END = {};
const LEAF = {};
const NONE = {};
const MAX_BODIES = 200_000;
const MAX_BODY_BYTES = 128 * 1024 * 1024;

const enc = (s: string): Buffer => Buffer.from(s, 'utf8');
const COMMA = enc(',');

function step(n: Node, k: unknown): Node {
  let next = n.get(k) as Node | undefined;
  if (next === undefined) {
    next = new Map();
    n.set(k, next);
  }
  return next;
}

/** Walks the own fields of a flat record (primitive values) into the trie; undefined if a value is an object. */
function flat(n: Node, o: object): Node | undefined {
  for (const k in o) {
    const v = (o as Record<string, unknown>)[k];
    if (typeof v === 'object' && v !== null) return undefined;
    n = step(step(n, k), v);
  }
  return step(n, END);
}

const SHAPE = ['subject', 'target', 'status', 'rules', 'routes', 'checks', 'councilJudgement', 'warnings'];
const OPTIONAL_AT = [false, false, false, false, true, false, true, true];

/** Keys in the order engine.ts sets them; false when the result has any other shape. */
function hasEngineShape(r: EligibilityResult): boolean {
  let i = 0;
  for (const k in r) {
    while (i < 8 && SHAPE[i] !== k) {
      if (!OPTIONAL_AT[i]) return false;
      i++;
    }
    if (i === 8) return false;
    i++;
  }
  return i >= 6;
}

/**
 * Distinct values are found through a trie of Maps keyed by the primitive fields of the value, in field
 * order (Map keys compare by SameValueZero, so 1, "1", true, null and NaN are all told apart): no key
 * string is built or hashed per value.
 */
export class ResultSerializer {
  private readonly checks: Node = new Map();
  private readonly councils: Node = new Map();
  private readonly warns: Node = new Map();
  private readonly results: Node = new Map();
  private readonly parts: string[] = []; // JSON text of each distinct part
  private bodyCount = 0;
  private bodyBytes = 0;
  private readonly rulesJson = new Map<readonly string[], string>();
  private readonly ids: number[] = [];

  private leaf(n: Node, value: object): number {
    let id = n.get(LEAF) as number | undefined;
    if (id === undefined) {
      id = this.parts.length;
      this.parts.push(JSON.stringify(value));
      n.set(LEAF, id);
    }
    return id;
  }

  /** Path of the fields a check's or council item's JSON depends on (text: see the header). */
  private head(root: Node, c: Check | CouncilItem, outcome: unknown): Node | undefined {
    const cit = c.citation;
    let n = step(step(step(step(root, c.criterion), c.rule), c.route), outcome);
    n = step(step(step(step(n, cit.instrument), cit.article), cit.clause), cit.point);
    const reason = c.reason;
    return flat(step(n, reason.code), reason.params);
  }

  /** Id of a check's JSON, or -1 when it must not be cached. */
  private check(c: Check): number {
    let n = this.head(this.checks, c, c.outcome);
    if (n === undefined) return -1;
    const ev = c.evidence;
    if (ev === undefined) n = step(n, NONE);
    else {
      for (let i = 0; i < ev.length; i++) {
        const e = flat(n, ev[i] as object);
        if (e === undefined) return -1;
        n = e;
      }
      n = step(n, END);
    }
    return this.leaf(n, c);
  }

  private council(c: CouncilItem): number {
    const n = this.head(this.councils, c, NONE);
    return n === undefined ? -1 : this.leaf(n, c);
  }

  private warning(w: Warning): number {
    let n = step(this.warns, w.code);
    if (w.params === undefined) n = step(n, NONE);
    else {
      const p = flat(n, w.params);
      if (p === undefined) return -1;
      n = p;
    }
    return this.leaf(step(n, w.text), w);
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
    // Past the cap, bodies are no longer looked up (nor new trie nodes made): built from the parts each time.
    const full = this.bodyCount >= MAX_BODIES || this.bodyBytes >= MAX_BODY_BYTES;
    const go = full ? (x: Node) => x : step;
    let n = full ? this.results : step(step(step(this.results, r.target), r.status), r.rules);
    const routes = r.routes;
    if (routes === undefined) n = go(n, NONE);
    else {
      for (let i = 0; i < routes.length; i++) {
        const x = routes[i] as RouteStatus;
        n = go(go(n, x.route), x.status);
      }
      n = go(n, END);
    }
    const checks = r.checks;
    const ids = this.ids;
    ids.length = 0;
    for (let i = 0; i < checks.length; i++) {
      const id = this.check(checks[i] as Check);
      if (id < 0) return undefined;
      ids.push(id);
      n = go(n, id);
    }
    n = go(n, END);
    const council = r.councilJudgement;
    if (council === undefined) n = go(n, NONE);
    else {
      for (let i = 0; i < council.length; i++) {
        const id = this.council(council[i] as CouncilItem);
        if (id < 0) return undefined;
        n = go(n, id);
      }
      n = go(n, END);
    }
    const warnings = r.warnings;
    if (warnings === undefined) n = go(n, NONE);
    else {
      for (let i = 0; i < warnings.length; i++) {
        const id = this.warning(warnings[i] as Warning);
        if (id < 0) return undefined;
        n = go(n, id);
      }
      n = go(n, END);
    }
    const hit = full ? undefined : (n.get(LEAF) as Buffer | undefined);
    if (hit !== undefined) return hit;
    // Build the text from the parts (same bytes as JSON.stringify of the result without its subject).
    let s = `"target":${JSON.stringify(r.target)},"status":${JSON.stringify(r.status)},"rules":${rules}`;
    if (routes !== undefined) s += `,"routes":${JSON.stringify(routes)}`;
    s += ',"checks":[' + this.joinParts(ids) + ']';
    if (council !== undefined) s += `,"councilJudgement":${JSON.stringify(council)}`;
    if (warnings !== undefined) s += `,"warnings":${JSON.stringify(warnings)}`;
    s += '}';
    const b = enc(s);
    if (!full) {
      n.set(LEAF, b);
      this.bodyCount++;
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
