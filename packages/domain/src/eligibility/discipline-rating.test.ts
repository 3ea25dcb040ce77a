// rules.md §3.5 "discipline decided in Y+1 for a Y violation" (ND 48/2023 logic, MEDIUM) and R-RATE-1
// (ND 90/2020 Art. 2(5) as added by ND 48/2023): the timing rule of regime B and the rating warning.
import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.ts';
import {
  firstYearListedInForce,
  RATING_DISCIPLINE_CITATION,
  ratingRuleApplies,
} from './discipline-rating.ts';
import { evaluate } from './engine.ts';
import { REGIMES, regimeById } from './regimes.ts';
import { ResultSerializer, type ByteOut } from './serialize.ts';
import { check, input, judge, person, warningCodes, yr } from './testing/builders.ts';
import type { Discipline, Rating, Status, TargetCode } from './types.ts';
import { validateHistory } from './validate.ts';

const LDTT = 'lao-dong-tien-tien' as const;

describe('discipline decided in Y+1 for a violation of Y (rules.md §3.5)', () => {
  const cases: {
    name: string;
    year: number;
    prevRating: Rating;
    discipline: Discipline;
    status: Status;
    timingWarning: boolean;
  }[] = [
    {
      name: 'B: decided 2024 for a 2023 violation that already made 2023 KHTNV → not counted again in 2024',
      year: 2024,
      prevRating: 'khtnv',
      discipline: { year: 2024, level: 'khien-trach', violationYear: 2023 },
      status: 'eligible',
      timingWarning: true,
    },
    {
      name: 'B: decided 2024 for a 2023 violation but 2023 was rated HTTNV (not used) → counted in 2024',
      year: 2024,
      prevRating: 'httnv',
      discipline: { year: 2024, level: 'khien-trach', violationYear: 2023 },
      status: 'ineligible',
      timingWarning: false,
    },
    {
      name: 'B: no violationYear → counted in the year decided',
      year: 2024,
      prevRating: 'khtnv',
      discipline: { year: 2024, level: 'khien-trach' },
      status: 'ineligible',
      timingWarning: false,
    },
    {
      name: 'B: violation of the same year → counted',
      year: 2024,
      prevRating: 'khtnv',
      discipline: { year: 2024, level: 'canh-cao', violationYear: 2024 },
      status: 'ineligible',
      timingWarning: false,
    },
    {
      name: 'B2: decided 2025 for a 2024 violation rated KHTNV → not counted in 2025',
      year: 2025,
      prevRating: 'khtnv',
      discipline: { year: 2025, level: 'canh-cao', violationYear: 2024 },
      status: 'eligible',
      timingWarning: true,
    },
    {
      name: 'A: decided 2023 for a 2022 violation rated KHTNV → still counted in 2023 (regime A)',
      year: 2023,
      prevRating: 'khtnv',
      discipline: { year: 2023, level: 'khien-trach', violationYear: 2022 },
      status: 'ineligible',
      timingWarning: false,
    },
  ];

  it.each(cases)('$name', (c) => {
    const p = person({
      years: [yr(c.year - 1, { rating: c.prevRating }), yr(c.year)],
      disciplines: [c.discipline],
    });
    const r = judge(c.year, p, LDTT);
    expect(r.status).toBe(c.status);
    expect(warningCodes(r).includes('discipline-counted-in-violation-year')).toBe(c.timingWarning);
    if (c.timingWarning) {
      expect(check(r, 'no-discipline-in-year').outcome).toBe('met');
      expect(r.warnings?.find((w) => w.code === 'discipline-counted-in-violation-year')?.params).toEqual({
        year: c.year,
        violationYear: c.discipline.violationYear,
        level: c.discipline.level,
      });
    }
  });

  it('another discipline of the year is still counted (the strongest remaining one)', () => {
    const p = person({
      years: [yr(2023, { rating: 'khtnv' }), yr(2024)],
      disciplines: [
        { year: 2024, level: 'canh-cao', violationYear: 2023 },
        { year: 2024, level: 'khien-trach' },
      ],
    });
    const r = judge(2024, p, LDTT);
    expect(r.status).toBe('ineligible');
    expect(check(r, 'no-discipline-in-year').reason.params).toEqual({ year: 2024, level: 'khien-trach' });
    expect(warningCodes(r)).toContain('discipline-counted-in-violation-year');
  });

  it('CSTĐCS built on LĐTT follows (and repeats the warning)', () => {
    const p = person({
      years: [yr(2023, { rating: 'khtnv' }), yr(2024, { rating: 'htxsnv' })],
      disciplines: [{ year: 2024, level: 'khien-trach', violationYear: 2023 }],
    });
    const r = judge(2024, p, 'chien-si-thi-dua-co-so');
    expect(check(r, 'holds-lao-dong-tien-tien').outcome).toBe('met');
    expect(warningCodes(r)).toContain('discipline-counted-in-violation-year');
  });

  it('violationYear is validated as an integer year (an extension field)', () => {
    const ok = input(2024, [
      person({ years: [yr(2024)], disciplines: [{ year: 2024, level: 'khien-trach', violationYear: 2023 }] }),
    ]);
    expect(validateHistory(JSON.parse(JSON.stringify(ok))).ok).toBe(true);
    const bad = JSON.parse(JSON.stringify(ok));
    bad.subjects[0].disciplines[0].violationYear = 'năm ngoái';
    const res = validateHistory(bad);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.issues[0]?.path).toBe('subjects[0].disciplines[0].violationYear');
  });
});

describe('R-RATE-1: a disciplined person rated above KHTNV is flagged', () => {
  const cases: {
    name: string;
    year: number;
    rating: Rating;
    target: TargetCode;
    warned: boolean;
    evaluatedOn?: string;
  }[] = [
    {
      name: 'A 2023 (ND 48/2023 in force 15/09/2023): LĐTT flagged',
      year: 2023,
      rating: 'httnv',
      target: LDTT,
      warned: true,
    },
    {
      name: 'A 2023: CSTĐCS (built on LĐTT) flagged',
      year: 2023,
      rating: 'htxsnv',
      target: 'chien-si-thi-dua-co-so',
      warned: true,
    },
    {
      name: 'A 2023: Giấy khen (LĐTT route) flagged',
      year: 2023,
      rating: 'httnv',
      target: 'giay-khen',
      warned: true,
    },
    {
      name: 'A 2022 (before ND 48/2023): not flagged',
      year: 2022,
      rating: 'httnv',
      target: LDTT,
      warned: false,
    },
    {
      name: 'A 2023 rated KHTNV: consistent, not flagged',
      year: 2023,
      rating: 'khtnv',
      target: LDTT,
      warned: false,
    },
    { name: 'B 2024: LĐTT flagged (unchanged)', year: 2024, rating: 'httnv', target: LDTT, warned: true },
    {
      name: 'B 2024: CSTĐCS flagged',
      year: 2024,
      rating: 'htxsnv',
      target: 'chien-si-thi-dua-co-so',
      warned: true,
    },
    { name: 'B2 2025: LĐTT flagged', year: 2025, rating: 'htnv', target: LDTT, warned: true },
    {
      name: '2022 judged in 2024 under B: flagged as before (regime B forces KHTNV)',
      year: 2022,
      rating: 'httnv',
      target: LDTT,
      warned: true,
      evaluatedOn: '2024-02-01',
    },
  ];

  it.each(cases)('$name', (c) => {
    const p = person({
      years: [yr(c.year, { rating: c.rating })],
      disciplines: [{ year: c.year, level: 'khien-trach' }],
    });
    const r = judge(c.year, p, c.target, c.evaluatedOn ? { evaluatedOn: c.evaluatedOn } : {});
    expect(warningCodes(r).includes('rating-inconsistent-with-discipline')).toBe(c.warned);
    if (c.warned)
      expect(r.warnings?.find((w) => w.code === 'rating-inconsistent-with-discipline')?.params).toEqual({
        year: c.year,
        level: 'khien-trach',
        rating: c.rating,
      });
  });

  it('no discipline, no warning', () => {
    expect(warningCodes(judge(2023, person({ years: [yr(2023)] }), LDTT))).not.toContain(
      'rating-inconsistent-with-discipline',
    );
  });

  it('the first year comes from the regime table and the instrument, not from a constant', () => {
    expect(firstYearListedInForce('nd-48-2023')).toBe(2023);
    expect(
      firstYearListedInForce(
        'nd-48-2023',
        REGIMES.filter((r) => r.id !== 'A'),
      ),
    ).toBe(2024);
    expect(firstYearListedInForce('nd-48-2023', [])).toBeNull();
    expect(ratingRuleApplies(2023, regimeById('A'))).toBe(true);
    expect(ratingRuleApplies(2022, regimeById('A'))).toBe(false);
    expect(formatCitation(RATING_DISCIPLINE_CITATION, 'short')).toBe('khoản 5 Điều 2 NĐ 90/2020');
  });
});

describe('the new warnings through the CLI serialiser', () => {
  it('ResultSerializer writes exactly JSON.stringify of results carrying them', () => {
    const subjects = [2022, 2023, 2022, 2023].map((vy, i) =>
      person({
        id: `S${i}`,
        years: [yr(2022, { rating: 'khtnv' }), yr(2023, { rating: 'khtnv' }), yr(2024)],
        disciplines: [{ year: 2024, level: i < 2 ? 'khien-trach' : 'canh-cao', violationYear: vy }],
      }),
    );
    subjects.push(
      person({
        id: 'R',
        years: [yr(2024, { rating: 'htxsnv' })],
        disciplines: [{ year: 2024, level: 'khien-trach' }],
      }),
    );
    const out = evaluate(input(2024, subjects));
    const parts: Buffer[] = [];
    const sink: ByteOut = {
      put: (b) => parts.push(Buffer.from(b)),
      putString: (x) => parts.push(Buffer.from(x)),
    };
    new ResultSerializer().writeResults(out.results, sink);
    expect(Buffer.concat(parts).toString('utf8')).toBe(JSON.stringify(out.results).slice(1, -1));
    expect(out.results.some((r) => warningCodes(r).includes('discipline-counted-in-violation-year'))).toBe(
      true,
    );
    expect(out.results.some((r) => warningCodes(r).includes('rating-inconsistent-with-discipline'))).toBe(
      true,
    );
  });
});
