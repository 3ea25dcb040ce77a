// Forecast: for each individual, the next titles/forms within reach, what is still missing, and the
// earliest year they could be granted if the missing conditions are met — e.g. "cần thêm 1 năm CSTĐCS
// (2025) để đủ điều kiện Bằng khen cấp tỉnh". Method: replay the engine on hypothetical futures in which
// every coming year is a CSTĐCS year (HTXSNV, 12 months, a recognised cơ sở initiative) and the judged
// year's own titles are granted; the first year the target has no unmet check other than a higher-scope
// initiative is the earliest year. The years after 2025 are judged under their own regime (B2).
import { Evaluator } from './engine.ts';
import { TARGET_LABELS, TARGET_SHORT } from './messages/vi.ts';
import type {
  EligibilityResult,
  ForecastEntry,
  Header,
  IndividualSubject,
  ReasonParams,
  TargetCode,
  TitleRecord,
} from './types.ts';

export const FORECAST_TARGETS: readonly TargetCode[] = [
  'chien-si-thi-dua-co-so',
  'bang-khen-cap-tinh',
  'chien-si-thi-dua-cap-tinh',
  'bang-khen-thu-tuong',
  'chien-si-thi-dua-toan-quoc',
  'huan-chuong-lao-dong-hang-ba',
];

/** Higher-scope initiatives are assumed in the simulation but never by the officer: they stay listed as missing. */
const ASSUMED_INITIATIVE = new Set([
  'initiative-cap-tinh',
  'initiative-toan-quoc',
  'two-initiatives-cap-tinh',
]);
export const FORECAST_YEARS = 6;

function missingOf(r: EligibilityResult): { code: string; params: ReasonParams; text: string }[] {
  // With routes, the best route's unmet checks (shared checks included) are what is missing.
  let checks = r.checks;
  if (r.routes && r.routes.length > 0) {
    const best = r.routes.find((x) => x.status === r.status) ?? r.routes[0];
    checks = r.checks.filter((c) => c.route === undefined || c.route === best?.route);
  }
  return checks
    .filter((c) => c.outcome !== 'met')
    .map((c) => ({ code: c.reason.code, params: c.reason.params, text: c.text }));
}

/**
 * Simulate the coming years one by one: each year is a CSTĐCS year (HTXSNV, 12 months, registered, a
 * recognised cơ sở initiative; higher-scope initiatives assumed and reported as still needed), and every
 * title/form the subject becomes eligible for is granted, as an officer would propose it.
 */
export function forecastSubject(
  header: Header,
  s: IndividualSubject,
  current: readonly EligibilityResult[],
): ForecastEntry[] {
  const Y = header.year;
  const targets = header.targets
    ? FORECAST_TARGETS.filter((t) => header.targets?.includes(t))
    : FORECAST_TARGETS;
  const found = new Map<TargetCode, ForecastEntry>();
  const titles: TitleRecord[] = [...s.titles];
  for (const r of current)
    if (
      r.status === 'eligible' ||
      (r.status === 'needs-review' &&
        (r.target === 'lao-dong-tien-tien' || r.target === 'chien-si-thi-dua-co-so'))
    )
      titles.push({ code: r.target, year: Y });
  for (const t of targets) {
    const now = current.find((r) => r.target === t);
    if (now?.status === 'eligible')
      found.set(t, {
        subject: s.id,
        target: t,
        earliestYear: Y,
        missing: [],
        text: `Đủ điều kiện ${TARGET_LABELS[t]} năm ${Y}.`,
      });
  }
  const yearsF = [...s.years];
  const initiatives = [...s.initiatives];
  for (let k = 1; k <= FORECAST_YEARS && found.size < targets.length; k++) {
    const y = Y + k;
    yearsF.push({ year: y, rating: 'htxsnv', monthsWorked: 12, registered: true });
    initiatives.push(
      { year: y, scope: 'co-so', status: 'recognized' },
      { year: y, scope: 'toan-quoc', status: 'recognized' },
    );
    const hyp: IndividualSubject = {
      ...s,
      years: [...yearsF],
      titles: [...titles],
      initiatives: [...initiatives],
      disciplines: s.disciplines.filter((d) => d.year <= Y),
    };
    const ev = new Evaluator({
      format: 'tdkt-history/1',
      year: y,
      agency: header.agency ?? {},
      targets: [...FORECAST_TARGETS],
    });
    const results = ev.individual(hyp);
    for (const r of results) {
      if (r.status !== 'eligible') continue;
      titles.push({ code: r.target, year: y });
      if (found.has(r.target) || !targets.includes(r.target)) continue;
      const years = k === 1 ? `${Y + 1}` : `${Y + 1}–${y}`;
      const missing: ForecastEntry['missing'] = [
        {
          code: 'more-cstdcs-years',
          params: { count: k, from: Y + 1, to: y },
          text: `${k} năm CSTĐCS (${years})`,
        },
      ];
      const needsScope = r.checks.find((c) => ASSUMED_INITIATIVE.has(c.criterion));
      if (needsScope) {
        const scope = needsScope.criterion.includes('toan-quoc') ? 'toàn quốc' : 'cấp tỉnh';
        missing.push({
          code: 'initiative-scope-needed',
          params: { scope: needsScope.criterion.includes('toan-quoc') ? 'toan-quoc' : 'cap-tinh' },
          text: `sáng kiến có phạm vi ảnh hưởng ${scope}`,
        });
      }
      const extra =
        missing.length > 1
          ? ` và ${missing
              .slice(1)
              .map((m) => m.text)
              .join(', ')}`
          : '';
      found.set(r.target, {
        subject: s.id,
        target: r.target,
        earliestYear: y,
        missing,
        text: `Cần thêm ${k} năm ${TARGET_SHORT['chien-si-thi-dua-co-so']} (${years})${extra} để đủ điều kiện ${TARGET_LABELS[r.target]}.`,
      });
    }
  }
  const out: ForecastEntry[] = [];
  for (const t of targets) {
    const e = found.get(t);
    if (e) out.push(e);
    else {
      const now = current.find((r) => r.target === t);
      out.push({
        subject: s.id,
        target: t,
        earliestYear: null,
        missing: now ? missingOf(now) : [],
        text: `Chưa thể đạt ${TARGET_LABELS[t]} trong ${FORECAST_YEARS} năm tới nếu chỉ tích luỹ thêm các năm CSTĐCS.`,
      });
    }
  }
  return out;
}

/** Forecast for every individual of an input (results = the current year's results of `evaluate`). */
export function forecast(
  header: Header,
  subjects: readonly IndividualSubject[],
  results: readonly EligibilityResult[],
): ForecastEntry[] {
  const by = new Map<string, EligibilityResult[]>();
  for (const r of results) {
    let l = by.get(r.subject);
    if (!l) by.set(r.subject, (l = []));
    l.push(r);
  }
  const out: ForecastEntry[] = [];
  for (const s of subjects) out.push(...forecastSubject(header, s, by.get(s.id) ?? []));
  return out.sort((a, b) =>
    a.subject < b.subject
      ? -1
      : a.subject > b.subject
        ? 1
        : a.target < b.target
          ? -1
          : a.target > b.target
            ? 1
            : 0,
  );
}
