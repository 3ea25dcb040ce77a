// Input validation of tdkt-history/1, hand-written (fast enough for 1 M person-years, and its messages are
// the Vietnamese ones interchange.md requires: `subjects[3].years[0].rating: giá trị "tot" không hợp lệ`).
// Validation returns every problem (up to MAX_ISSUES) as { path, message }; it never throws on bad data.
// Unknown fields are ignored; null for an optional field means "not known", like an absent one.
import {
  AWARD_KINDS,
  AWARD_STATUSES,
  DISCIPLINE_LEVELS,
  INITIATIVE_SCOPES,
  INITIATIVE_STATUSES,
  RATINGS,
  TARGETS,
  type AgencyOptions,
  type AwardRecord,
  type Discipline,
  type Header,
  type HistoryInput,
  type Initiative,
  type Subject,
  type TitleRecord,
  type YearFacts,
} from './types.ts';

export interface InputIssue {
  path: string;
  message: string;
}

export const MAX_ISSUES = 20;

/** The typed error of invalid input (style rule 6): stable code, Vietnamese message naming the path. */
export class EligibilityInputError extends Error {
  readonly code = 'invalid-input' as const;
  readonly issues: InputIssue[];
  readonly path: string;
  constructor(issues: InputIssue[]) {
    const first = issues[0] ?? { path: '$', message: 'dữ liệu không hợp lệ' };
    super(formatIssue(first));
    this.issues = issues;
    this.path = first.path;
  }
}

export function formatIssue(i: InputIssue): string {
  return `${i.path}: ${i.message}`;
}

type Obj = Record<string, unknown>;

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** YYYY-MM-DD and a real calendar day (hand-written: it runs millions of times on a large input). */
export function isIsoDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0) return false;
  if (mo < 1 || mo > 12 || d < 1) return false;
  const dim =
    [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
      mo - 1
    ] ?? 0;
  return d <= dim;
}

class Checker {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[]) {
    this.issues = issues;
  }
  err(path: string, message: string): undefined {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message });
    return undefined;
  }
  present(o: Obj, k: string): boolean {
    return o[k] !== undefined && o[k] !== null;
  }
  str(o: Obj, k: string, path: string, required = false): string | undefined {
    const v = o[k];
    if (v === undefined || v === null)
      return required ? this.err(`${path}${k}`, 'thiếu trường bắt buộc') : undefined;
    if (typeof v !== 'string') return this.err(`${path}${k}`, 'phải là chuỗi ký tự');
    if (required && v.trim() === '') return this.err(`${path}${k}`, 'không được để trống');
    return v;
  }
  int(o: Obj, k: string, path: string, min: number, max: number, required = false): number | undefined {
    const v = o[k];
    if (v === undefined || v === null)
      return required ? this.err(`${path}${k}`, 'thiếu trường bắt buộc') : undefined;
    if (typeof v !== 'number' || !Number.isInteger(v))
      return this.err(`${path}${k}`, `phải là số nguyên, nhận được ${show(v)}`);
    if (v < min || v > max)
      return this.err(`${path}${k}`, `phải nằm trong khoảng ${min}–${max}, nhận được ${v}`);
    return v;
  }
  num(o: Obj, k: string, path: string, min: number, max: number): number | undefined {
    const v = o[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v))
      return this.err(`${path}${k}`, `phải là số, nhận được ${show(v)}`);
    if (v < min || v > max)
      return this.err(`${path}${k}`, `phải nằm trong khoảng ${min}–${max}, nhận được ${v}`);
    return v;
  }
  bool(o: Obj, k: string, path: string): boolean | undefined {
    const v = o[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean')
      return this.err(`${path}${k}`, `phải là true hoặc false, nhận được ${show(v)}`);
    return v;
  }
  oneOf<T extends string>(
    o: Obj,
    k: string,
    path: string,
    values: readonly T[],
    required = false,
  ): T | undefined {
    const v = o[k];
    if (v === undefined || v === null)
      return required ? this.err(`${path}${k}`, 'thiếu trường bắt buộc') : undefined;
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
      return this.err(`${path}${k}`, `giá trị ${show(v)} không hợp lệ`);
    return v as T;
  }
  date(o: Obj, k: string, path: string, required = false): string | undefined {
    const v = o[k];
    if (v === undefined || v === null)
      return required ? this.err(`${path}${k}`, 'thiếu trường bắt buộc') : undefined;
    if (typeof v !== 'string' || !isIsoDate(v))
      return this.err(`${path}${k}`, `ngày ${show(v)} không hợp lệ (định dạng YYYY-MM-DD)`);
    return v;
  }
  obj(v: unknown, path: string): Obj | undefined {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return this.err(path, 'phải là đối tượng JSON');
    return v as Obj;
  }
  arr(o: Obj, k: string, path: string): unknown[] {
    const v = o[k];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.err(`${path}${k}`, 'phải là mảng');
      return [];
    }
    return v;
  }
}

function set<T extends object, K extends keyof T>(target: T, k: K, v: T[K] | undefined): void {
  if (v !== undefined) target[k] = v;
}

const SHARE = [0, 1] as const;

function agencyOptions(c: Checker, raw: unknown, path: string): AgencyOptions | undefined {
  const o = c.obj(raw, path.slice(0, -1));
  if (!o) return undefined;
  const r: AgencyOptions = {};
  set(r, 'cstdcsRequiresInitiative', c.bool(o, 'cstdcsRequiresInitiative', path));
  if (o['cstdcsQuotaShare'] === null) r.cstdcsQuotaShare = null;
  else set(r, 'cstdcsQuotaShare', c.num(o, 'cstdcsQuotaShare', path, ...SHARE));
  set(r, 'quotaExcludesLeaders', c.bool(o, 'quotaExcludesLeaders', path));
  set(r, 'leadersOutsideQuota', c.bool(o, 'leadersOutsideQuota', path));
  if (o['absenceDaysLimit'] === null) r.absenceDaysLimit = null;
  else set(r, 'absenceDaysLimit', c.num(o, 'absenceDaysLimit', path, 0, 366));
  set(r, 'quotaRounding', c.oneOf(o, 'quotaRounding', path, ['floor', 'round', 'ceil'] as const));
  if (o['cstdtQuotaShare'] === null) r.cstdtQuotaShare = null;
  else set(r, 'cstdtQuotaShare', c.num(o, 'cstdtQuotaShare', path, ...SHARE));
  set(r, 'flagsPerCluster', c.int(o, 'flagsPerCluster', path, 0, 1000));
  if (o['coChinhPhuQuotaShare'] === null) r.coChinhPhuQuotaShare = null;
  else set(r, 'coChinhPhuQuotaShare', c.num(o, 'coChinhPhuQuotaShare', path, ...SHARE));
  set(r, 'registrationRequired', c.bool(o, 'registrationRequired', path));
  set(r, 'judgeByDecisionDate', c.bool(o, 'judgeByDecisionDate', path));
  return r;
}

/** The header fields (everything except `subjects`). `raw` is the root object or an object of header fields. */
export function validateHeader(raw: unknown, issues: InputIssue[]): Header | undefined {
  const c = new Checker(issues);
  const o = c.obj(raw, '$');
  if (!o) return undefined;
  const before = issues.length;
  if (o['format'] === undefined) c.err('format', 'thiếu trường bắt buộc');
  else if (o['format'] !== 'tdkt-history/1')
    c.err('format', `giá trị ${show(o['format'])} không hợp lệ (cần "tdkt-history/1")`);
  const year = c.int(o, 'year', '', 1900, 2200, true);
  const evaluatedOn = c.date(o, 'evaluatedOn', '');
  let agency: Header['agency'];
  if (c.present(o, 'agency')) {
    const a = c.obj(o['agency'], 'agency');
    if (a) {
      agency = {};
      set(agency, 'id', c.str(a, 'id', 'agency.'));
      if (c.present(a, 'options')) set(agency, 'options', agencyOptions(c, a['options'], 'agency.options.'));
    }
  }
  let targets: Header['targets'];
  if (c.present(o, 'targets')) {
    const t = c.arr(o, 'targets', '');
    targets = [];
    t.forEach((x, i) => {
      if (typeof x !== 'string' || !(TARGETS as readonly string[]).includes(x))
        c.err(`targets[${i}]`, `giá trị ${show(x)} không hợp lệ`);
      else targets?.push(x as (typeof TARGETS)[number]);
    });
  }
  if (evaluatedOn !== undefined && year !== undefined && Number(evaluatedOn.slice(0, 4)) < year) {
    c.err('evaluatedOn', `ngày xét ${show(evaluatedOn)} sớm hơn năm thành tích ${year}`);
  }
  if (issues.length > before || year === undefined) return undefined;
  const h: Header = { format: 'tdkt-history/1', year };
  set(h, 'evaluatedOn', evaluatedOn);
  set(h, 'agency', agency);
  set(h, 'targets', targets);
  return h;
}

// The elements of `subjects` are validated IN PLACE (they come fresh from JSON.parse): every known field
// is checked, nulls are removed ("not known"), missing arrays become [], and the object itself is
// returned — no copy, which matters at 10^6 person-years. Unknown fields stay and are ignored.

function dropNulls(o: Obj): void {
  for (const k in o) if (o[k] === null) delete o[k];
}

function yearFacts(c: Checker, raw: unknown, path: string): YearFacts | undefined {
  const o = c.obj(raw, path);
  if (!o) return undefined;
  const p = `${path}.`;
  c.int(o, 'year', p, 1900, 2200, true);
  c.oneOf(o, 'rating', p, RATINGS);
  c.num(o, 'monthsWorked', p, 0, 12);
  c.date(o, 'recruitedOn', p);
  c.num(o, 'absenceDays', p, 0, 366);
  c.bool(o, 'maternityLeave', p);
  c.num(o, 'maternityLeaveMonths', p, 0, 12);
  c.bool(o, 'injuryTreatment', p);
  c.num(o, 'injuryTreatmentMonths', p, 0, 12);
  c.num(o, 'trainingMonths', p, 0, 12);
  c.oneOf(o, 'trainingResult', p, ['xuat-sac', 'gioi', 'kha', 'trung-binh', 'yeu'] as const);
  c.str(o, 'transferredFrom', p);
  c.num(o, 'monthsAtPreviousUnit', p, 0, 12);
  c.bool(o, 'previousUnitComments', p);
  c.bool(o, 'registered', p);
  c.bool(o, 'scienceTopic', p);
  c.int(o, 'clusterRank', p, 1, 100000);
  dropNulls(o);
  return o as unknown as YearFacts;
}

function discipline(c: Checker, raw: unknown, path: string): Discipline | undefined {
  const o = c.obj(raw, path);
  if (!o) return undefined;
  const p = `${path}.`;
  c.int(o, 'year', p, 1900, 2200, true);
  c.oneOf(o, 'level', p, DISCIPLINE_LEVELS, true);
  c.date(o, 'from', p);
  c.date(o, 'to', p);
  c.int(o, 'violationYear', p, 1900, 2200);
  dropNulls(o);
  return o as unknown as Discipline;
}

function title(c: Checker, raw: unknown, path: string): TitleRecord | undefined {
  const o = c.obj(raw, path);
  if (!o) return undefined;
  const p = `${path}.`;
  c.oneOf(o, 'code', p, TARGETS, true);
  c.int(o, 'year', p, 1900, 2200, true);
  c.date(o, 'decidedOn', p);
  c.oneOf(o, 'status', p, AWARD_STATUSES);
  dropNulls(o);
  return o as unknown as TitleRecord;
}

function award(c: Checker, raw: unknown, path: string): AwardRecord | undefined {
  const o = c.obj(raw, path);
  if (!o) return undefined;
  const p = `${path}.`;
  c.oneOf(o, 'code', p, TARGETS, true);
  c.int(o, 'year', p, 1900, 2200, true);
  c.date(o, 'decidedOn', p);
  c.oneOf(o, 'kind', p, AWARD_KINDS);
  if (c.present(o, 'period')) {
    const po = c.obj(o['period'], `${p}period`);
    if (po) {
      const from = c.int(po, 'from', `${p}period.`, 1900, 2200, true);
      const to = c.int(po, 'to', `${p}period.`, 1900, 2200, true);
      if (from !== undefined && to !== undefined && from > to)
        c.err(`${p}period`, `năm bắt đầu ${from} sau năm kết thúc ${to}`);
    }
  }
  c.oneOf(o, 'status', p, AWARD_STATUSES);
  dropNulls(o);
  return o as unknown as AwardRecord;
}

function initiative(c: Checker, raw: unknown, path: string): Initiative | undefined {
  const o = c.obj(raw, path);
  if (!o) return undefined;
  const p = `${path}.`;
  c.int(o, 'year', p, 1900, 2200, true);
  c.oneOf(o, 'scope', p, INITIATIVE_SCOPES, true);
  // A missing status is "not known": treated as registered, not yet recognised.
  if (o['status'] === undefined || o['status'] === null) o['status'] = 'registered';
  else c.oneOf(o, 'status', p, INITIATIVE_STATUSES);
  return o as unknown as Initiative;
}

function list<T>(
  c: Checker,
  o: Obj,
  k: string,
  path: string,
  f: (c: Checker, raw: unknown, path: string) => T | undefined,
): T[] {
  const a = c.arr(o, k, path);
  for (let i = 0; i < a.length; i++) f(c, a[i], `${path}${k}[${i}]`);
  return a as T[];
}

/** One element of `subjects`, validated in place; `index` names it in the messages. Undefined when it has problems. */
export function validateSubject(raw: unknown, index: number, issues: InputIssue[]): Subject | undefined {
  const c = new Checker(issues);
  const path = `subjects[${index}]`;
  const before = issues.length;
  const o = c.obj(raw, path);
  if (!o) return undefined;
  const p = `${path}.`;
  const id = c.str(o, 'id', p, true);
  const kind = c.oneOf(o, 'kind', p, ['individual', 'collective'] as const, true);
  o['years'] = list(c, o, 'years', p, yearFacts);
  o['titles'] = list(c, o, 'titles', p, title);
  o['awards'] = list(c, o, 'awards', p, award);
  o['disciplines'] = list(c, o, 'disciplines', p, discipline);
  o['initiatives'] = list(c, o, 'initiatives', p, initiative);
  c.str(o, 'name', p);
  if (kind === 'collective') {
    const members = c.arr(o, 'members', p);
    for (let i = 0; i < members.length; i++)
      if (typeof members[i] !== 'string') c.err(`${p}members[${i}]`, 'phải là chuỗi ký tự (mã cá nhân)');
    o['members'] = members;
  } else {
    c.str(o, 'unitId', p);
    c.bool(o, 'isLeader', p);
    c.oneOf(o, 'gender', p, ['nam', 'nu'] as const);
    c.date(o, 'sectorSince', p);
    c.bool(o, 'hazardousWork', p);
  }
  if (issues.length > before || id === undefined || kind === undefined) return undefined;
  dropNulls(o);
  return o as unknown as Subject;
}

/** Duplicate ids across subjects (checked by the caller that sees them all, library or CLI). */
export class IdRegistry {
  private readonly seen = new Map<string, number>();
  check(id: string, index: number, issues: InputIssue[]): void {
    const prev = this.seen.get(id);
    if (prev !== undefined) {
      if (issues.length < MAX_ISSUES)
        issues.push({
          path: `subjects[${index}].id`,
          message: `mã ${show(id)} bị trùng (đã có ở subjects[${prev}])`,
        });
    } else this.seen.set(id, index);
  }
}

/** The whole document at once (library and API). */
export function validateHistory(
  raw: unknown,
): { ok: true; value: HistoryInput } | { ok: false; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const header = validateHeader(raw, issues);
  const subjects: Subject[] = [];
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const o = raw as Obj;
    if (o['subjects'] === undefined || o['subjects'] === null)
      issues.push({ path: 'subjects', message: 'thiếu trường bắt buộc' });
    else if (!Array.isArray(o['subjects'])) issues.push({ path: 'subjects', message: 'phải là mảng' });
    else {
      const ids = new IdRegistry();
      const arr = o['subjects'] as unknown[];
      for (let i = 0; i < arr.length && issues.length < MAX_ISSUES; i++) {
        const s = validateSubject(arr[i], i, issues);
        if (s) {
          ids.check(s.id, i, issues);
          subjects.push(s);
        }
      }
    }
  }
  if (issues.length > 0 || !header)
    return {
      ok: false,
      issues: issues.length > 0 ? issues : [{ path: '$', message: 'dữ liệu không hợp lệ' }],
    };
  // Note: the subjects are the very objects given (validated in place, nulls removed, arrays defaulted).
  return { ok: true, value: { ...header, subjects } };
}

/** Validate or throw the typed error. */
export function parseHistory(raw: unknown): HistoryInput {
  const r = validateHistory(raw);
  if (!r.ok) throw new EligibilityInputError(r.issues);
  return r.value;
}
