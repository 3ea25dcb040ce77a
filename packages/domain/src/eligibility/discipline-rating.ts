// Discipline and the staff rating (ND 90/2020 Art. 2(5) as added by ND 48/2023, in force 15/09/2023).
//
// rules.md §3.5 row "discipline decided in Y+1 for a Y violation" (ND 48/2023 logic; sector circulars) MEDIUM:
//   regime A counts a discipline in the year it is decided; regime B (param `disciplineViolationYearException`)
//   does not count again in Y+1 a discipline decided in Y+1 (`year`) for a violation of Y (`violationYear`,
//   an input extension) that was already used in Y — read as: year Y is rated KHTNV, which also refused
//   LĐTT of Y. The verdict carries `discipline-counted-in-violation-year` when the rule is applied.
// R-RATE-1 HIGH: a person disciplined in year Y must be rated KHTNV for Y; a higher rating is flagged with
//   `rating-inconsistent-with-discipline` on the LĐTT-based results (LĐTT and what reads LĐTT of the year),
//   for ratings from the first year the regime table (REGIMES[].instruments) lists ND 48/2023 in force —
//   2023, as ratings of 2023 are made after 15/09/2023 — and always where the regime makes discipline force
//   KHTNV (`disciplineForcesKhtnv`).
import type { History } from './history.ts';
import { cite, firstYearInForce, type InstrumentId } from './instruments.ts';
import { REGIMES, type RegimeDef, type RegimeParams } from './regimes.ts';
import type { Citation, Discipline } from './types.ts';
import type { Verdict } from './verdict.ts';

/** R-RATE-1: ND 90/2020 Art. 2(5), inserted by ND 48/2023. */
export const RATING_DISCIPLINE_CITATION: Citation = cite('nd-90-2020', 2, 5);
const RATE_INSTRUMENT: InstrumentId = 'nd-48-2023';

/**
 * The first rating year the regime table marks `instrument` in force: over the regimes that list it, the
 * later of the regime's first day and the instrument's effective date; null when no regime lists it.
 */
export function firstYearListedInForce(
  instrument: InstrumentId,
  regimes: readonly RegimeDef[] = REGIMES,
): number | null {
  const inForce = firstYearInForce(instrument);
  if (inForce === null) return null;
  let first: number | null = null;
  for (const r of regimes) {
    if (!r.instruments.includes(instrument)) continue;
    const y = Math.max(r.from === null ? inForce : Number(r.from.slice(0, 4)), inForce);
    if (first === null || y < first) first = y;
  }
  return first;
}

const RATE_FIRST_YEAR = firstYearListedInForce(RATE_INSTRUMENT);

/** Does R-RATE-1 apply to the rating of `year` judged under `regime`? */
export function ratingRuleApplies(year: number, regime: RegimeDef): boolean {
  if (regime.params.disciplineForcesKhtnv) return true;
  return RATE_FIRST_YEAR !== null && regime.instruments.includes(RATE_INSTRUMENT) && year >= RATE_FIRST_YEAR;
}

/** A discipline decided in `year` for an earlier violation whose year was already rated KHTNV. */
function alreadyUsed(history: History, year: number, d: Discipline): boolean {
  const vy = d.violationYear;
  return vy !== undefined && vy < d.year && d.year === year && history.rating(vy) === 'khtnv';
}

export interface CountedDiscipline {
  /** The strongest discipline counted in the year. */
  discipline: Discipline | undefined;
  /** Disciplines decided in the year but not counted (regime B, violation-year rule). */
  setAside: Discipline[];
}

const NO_DISCIPLINE: CountedDiscipline = Object.freeze({
  discipline: undefined,
  setAside: Object.freeze([]) as unknown as Discipline[],
});

/** The discipline counted in `year` under the regime's timing rule. */
export function countedDiscipline(history: History, year: number, params: RegimeParams): CountedDiscipline {
  if (history.subject.disciplines.length === 0) return NO_DISCIPLINE;
  if (!params.disciplineViolationYearException) return { discipline: history.discipline(year), setAside: [] };
  const setAside = history.subject.disciplines.filter((d) => alreadyUsed(history, year, d));
  if (setAside.length === 0) return { discipline: history.discipline(year), setAside };
  return { discipline: history.discipline(year, (d) => alreadyUsed(history, year, d)), setAside };
}

/** Warnings of the timing rule and of R-RATE-1 for the judged year of an individual. */
export function disciplineWarnings(
  v: Verdict,
  history: History,
  year: number,
  regime: RegimeDef,
  counted: CountedDiscipline,
): void {
  for (const d of counted.setAside) {
    v.warn('discipline-counted-in-violation-year', {
      year,
      violationYear: d.violationYear ?? year,
      level: d.level,
    });
  }
  const d = counted.discipline;
  const rating = history.facts_(year)?.rating;
  if (d !== undefined && rating !== undefined && rating !== 'khtnv' && ratingRuleApplies(year, regime)) {
    v.warn('rating-inconsistent-with-discipline', { year, level: d.level, rating });
  }
}
