// A verdict under construction: the checks, council-only criteria and warnings a rule emits, with the
// Vietnamese text rendered from the reason code. Status is DERIVED from the checks, never set by a rule.
import { reasonText, warningText, type ReasonCode, type WarningCode } from './messages/vi.ts';
import type {
  Check,
  Citation,
  CouncilItem,
  Evidence,
  Outcome,
  ReasonParams,
  RouteStatus,
  Status,
  Warning,
} from './types.ts';

export interface CheckSpec {
  criterion: string;
  rule: string;
  outcome: Outcome;
  citation: Citation;
  code: ReasonCode;
  params: ReasonParams;
  evidence?: Evidence[];
  route?: string;
}

function sameParams(a: ReasonParams, b: ReasonParams): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (a[k] !== b[k]) return false;
  return true;
}

export class Verdict {
  readonly checks: Check[] = [];
  readonly council: CouncilItem[] = [];
  readonly warnings: Warning[] = [];

  add(s: CheckSpec): Outcome {
    const text = reasonText(s.code, s.params);
    const reason = { code: s.code, params: s.params };
    const c: Check =
      s.route !== undefined
        ? {
            criterion: s.criterion,
            rule: s.rule,
            route: s.route,
            outcome: s.outcome,
            citation: s.citation,
            text,
            reason,
          }
        : { criterion: s.criterion, rule: s.rule, outcome: s.outcome, citation: s.citation, text, reason };
    if (s.evidence && s.evidence.length > 0) c.evidence = s.evidence;
    this.checks.push(c);
    return s.outcome;
  }

  councilItem(
    criterion: string,
    rule: string,
    citation: Citation,
    code: ReasonCode,
    params: ReasonParams = {},
    route?: string,
  ): void {
    const item: CouncilItem =
      route !== undefined
        ? { criterion, rule, route, citation, text: reasonText(code, params), reason: { code, params } }
        : { criterion, rule, citation, text: reasonText(code, params), reason: { code, params } };
    this.council.push(item);
  }

  warn(code: WarningCode, params: ReasonParams = {}): void {
    if (this.warnings.some((w) => w.code === code && sameParams(w.params ?? {}, params))) return;
    this.warnings.push({ code, text: warningText(code, params), params });
  }

  /** UNVERIFIED items of rules.md: the default is applied and the result says so (stable code). */
  unverified(rule: string, item: string, defaultText: string): void {
    // The default is in the text; params keep the stable identifiers only (smaller output).
    const params = { rule, item };
    if (this.warnings.some((w) => w.code === 'unverified-rule' && w.params?.['rule'] === rule)) return;
    this.warnings.push({
      code: 'unverified-rule',
      text: warningText('unverified-rule', { rule, item, default: defaultText }),
      params,
    });
  }
}

/** interchange.md: any not-met → ineligible; else any unknown → needs-review; else eligible. */
export function deriveStatus(checks: readonly { outcome: Outcome }[]): Status {
  let unknown = false;
  for (const c of checks) {
    if (c.outcome === 'not-met') return 'ineligible';
    if (c.outcome === 'unknown') unknown = true;
  }
  return unknown ? 'needs-review' : 'eligible';
}

const RANK: Record<Status, number> = { ineligible: 0, 'needs-review': 1, eligible: 2 };

/** Routes: shared checks (no route) apply to every route; the result takes the best route's status. */
export function deriveWithRoutes(checks: readonly Check[]): { status: Status; routes?: RouteStatus[] } {
  const names: string[] = [];
  for (const c of checks) if (c.route !== undefined && !names.includes(c.route)) names.push(c.route);
  if (names.length === 0) return { status: deriveStatus(checks) };
  const common = checks.filter((c) => c.route === undefined);
  const routes: RouteStatus[] = names.map((route) => ({
    route,
    status: deriveStatus([...common, ...checks.filter((c) => c.route === route)]),
  }));
  let best: Status = 'ineligible';
  for (const r of routes) if (RANK[r.status] > RANK[best]) best = r.status;
  return { status: best, routes };
}

export function outcomeOf(status: Status | undefined): Outcome {
  if (status === 'eligible') return 'met';
  if (status === 'ineligible') return 'not-met';
  return 'unknown';
}
