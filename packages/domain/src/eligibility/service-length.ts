// Length of service in the sector (Kỷ niệm chương ngành Công Thương, A-KNC-1): from `sectorSince` to the
// date of judgement, minus the periods under discipline (from khiển trách up). A discipline recorded only
// by year removes `kncDisciplineMonthsDefault` months (12 by default — UNVERIFIED convention).
import type { RuleContext } from './rule.ts';
import type { Citation, Outcome } from './types.ts';
import type { Verdict } from './verdict.ts';

/** Full months from ISO date a to ISO date b (0 when b < a). */
export function monthsBetween(a: string, b: string): number {
  const ay = Number(a.slice(0, 4));
  const am = Number(a.slice(5, 7));
  const ad = Number(a.slice(8, 10));
  const by = Number(b.slice(0, 4));
  const bm = Number(b.slice(5, 7));
  const bd = Number(b.slice(8, 10));
  const m = (by - ay) * 12 + (bm - am) - (bd < ad ? 1 : 0);
  return Math.max(0, m);
}

export function sectorService(v: Verdict, ctx: RuleContext, rule: string, citation: Citation): Outcome {
  const s = ctx.subject;
  if (s.kind !== 'individual') return 'not-met';
  if (s.sectorSince === undefined)
    return v.add({
      criterion: 'sector-years',
      rule,
      outcome: 'unknown',
      citation,
      code: 'sector-years-unknown',
      params: { missing: 'sectorSince' },
    });
  const y = ctx.params.kncYears;
  let required: number;
  if (s.hazardousWork === true) required = y.hazardous;
  else if (s.gender === 'nam') required = y.nam;
  else if (s.gender === 'nu') required = y.nu;
  else
    return v.add({
      criterion: 'sector-years',
      rule,
      outcome: 'unknown',
      citation,
      code: 'sector-years-unknown',
      params: { missing: 'gender' },
    });
  let excluded = 0;
  for (const d of s.disciplines) {
    if (d.from !== undefined) excluded += Math.max(1, monthsBetween(d.from, d.to ?? ctx.judgedOn));
    else excluded += ctx.params.kncDisciplineMonthsDefault;
  }
  const months = monthsBetween(s.sectorSince, ctx.judgedOn) - excluded;
  const years = Math.floor(Math.max(0, months) / 12);
  const ok = months >= required * 12;
  return v.add({
    criterion: 'sector-years',
    rule,
    outcome: ok ? 'met' : 'not-met',
    citation,
    code: ok ? 'sector-years-met' : 'sector-years-not-met',
    params: {
      since: s.sectorSince,
      years,
      required,
      excludedMonths: excluded,
      gender: s.gender ?? null,
      hazardous: s.hazardousWork === true,
    },
    evidence: [{ kind: 'year', code: 'sectorSince', value: s.sectorSince }],
  });
}

/** The medal is given once: a previous valid grant refuses it. */
export function notYetReceived(v: Verdict, ctx: RuleContext, rule: string, citation: Citation): Outcome {
  const prev = ctx.history.valid('ky-niem-chuong-cong-thuong');
  const g = prev[0];
  if (g)
    return v.add({
      criterion: 'not-yet-received',
      rule,
      outcome: 'not-met',
      citation,
      code: 'already-received',
      params: { award: 'ky-niem-chuong-cong-thuong', year: g.year },
      evidence: [{ kind: 'award', year: g.year, code: 'ky-niem-chuong-cong-thuong' }],
    });
  return v.add({
    criterion: 'not-yet-received',
    rule,
    outcome: 'met',
    citation,
    code: 'not-yet-received',
    params: { award: 'ky-niem-chuong-cong-thuong' },
  });
}
