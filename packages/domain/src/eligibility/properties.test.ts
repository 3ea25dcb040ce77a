// Invariants of the engine, checked with fast-check over random histories:
//  - adding a discipline never makes anyone newly eligible;
//  - removing a title/award from history never adds an eligibility that depended on it;
//  - the output is byte-identical for the same input, and for any order of the subjects.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './engine.ts';
import {
  DISCIPLINE_LEVELS,
  RATINGS,
  TARGETS,
  type CollectiveSubject,
  type HistoryInput,
  type IndividualSubject,
  type Subject,
  type TargetCode,
} from './types.ts';

const YEAR_CHOICES = [2023, 2024, 2025];
const HISTORY_CODES: TargetCode[] = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'bang-khen-cap-tinh',
  'bang-khen-thu-tuong',
  'huan-chuong-lao-dong-hang-ba',
  'tap-the-lao-dong-xuat-sac',
];

const individual = (id: string, Y: number): fc.Arbitrary<IndividualSubject> =>
  fc
    .record({
      years: fc.array(
        fc.record({
          year: fc.integer({ min: Y - 7, max: Y }),
          rating: fc.constantFrom(...RATINGS),
          monthsWorked: fc.integer({ min: 3, max: 12 }),
          registered: fc.boolean(),
          maternityLeave: fc.boolean(),
        }),
        { maxLength: 8 },
      ),
      titles: fc.array(
        fc.record({ code: fc.constantFrom(...HISTORY_CODES), year: fc.integer({ min: Y - 8, max: Y - 1 }) }),
        { maxLength: 8 },
      ),
      awards: fc.array(
        fc.record({
          code: fc.constantFrom<TargetCode>(
            'bang-khen-cap-tinh',
            'bang-khen-thu-tuong',
            'huan-chuong-lao-dong-hang-ba',
          ),
          year: fc.integer({ min: Y - 10, max: Y - 1 }),
          kind: fc.constantFrom('cong-trang' as const, 'chuyen-de' as const),
        }),
        { maxLength: 3 },
      ),
      initiatives: fc.array(
        fc.record({
          year: fc.integer({ min: Y - 6, max: Y }),
          scope: fc.constantFrom('co-so' as const, 'cap-tinh' as const, 'toan-quoc' as const),
          status: fc.constantFrom('recognized' as const, 'registered' as const),
        }),
        { maxLength: 6 },
      ),
      disciplines: fc.array(
        fc.record({ year: fc.integer({ min: Y - 3, max: Y }), level: fc.constantFrom(...DISCIPLINE_LEVELS) }),
        { maxLength: 1 },
      ),
      isLeader: fc.boolean(),
      gender: fc.constantFrom('nam' as const, 'nu' as const),
      sectorSince: fc.constantFrom('2000-01-01', '2008-09-01', '2012-03-15'),
    })
    .map((r) => {
      // one fact record per year (the input contract has one)
      const byYear = new Map(r.years.map((y) => [y.year, y]));
      return {
        id,
        kind: 'individual' as const,
        ...r,
        years: [...byYear.values()].sort((a, b) => a.year - b.year),
      };
    });

const history: fc.Arbitrary<HistoryInput> = fc.constantFrom(...YEAR_CHOICES).chain((Y) =>
  fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc
      .tuple(
        fc.tuple(...Array.from({ length: n }, (_, i) => individual(`P${i}`, Y))),
        fc.integer({ min: 1, max: 5 }),
        fc.record({ rating: fc.constantFrom(...RATINGS), clusterRank: fc.integer({ min: 1, max: 3 }) }),
        fc.record({
          cstdcsQuotaShare: fc.constantFrom(0.15, 0.3, null),
          quotaExcludesLeaders: fc.boolean(),
          cstdcsRequiresInitiative: fc.boolean(),
        }),
      )
      .map(([people, split, u, options]) => {
        const unit: CollectiveSubject = {
          id: 'U1',
          kind: 'collective',
          members: people.slice(0, split).map((p) => p.id),
          years: [{ year: Y, rating: u.rating, clusterRank: u.clusterRank, registered: true }],
          titles: [],
          awards: [],
          disciplines: [],
          initiatives: [],
        };
        const subjects: Subject[] = [...people, unit];
        return { format: 'tdkt-history/1' as const, year: Y, agency: { id: 'SCT', options }, subjects };
      }),
  ),
);

function eligibleSet(out: ReturnType<typeof evaluate>): Set<string> {
  return new Set(out.results.filter((r) => r.status === 'eligible').map((r) => `${r.subject}|${r.target}`));
}

/** Positive dependencies: titles/forms whose eligibility can rest on a held title/form. */
const DEPENDS: Partial<Record<TargetCode, TargetCode[]>> = {
  'chien-si-thi-dua-cap-tinh': ['chien-si-thi-dua-co-so'],
  'chien-si-thi-dua-toan-quoc': ['chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh'],
  'bang-khen-cap-tinh': ['chien-si-thi-dua-co-so', 'tap-the-lao-dong-xuat-sac'],
  'bang-khen-thu-tuong': ['bang-khen-cap-tinh', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-xuat-sac'],
  'huan-chuong-lao-dong-hang-ba': [
    'bang-khen-thu-tuong',
    'chien-si-thi-dua-co-so',
    'chien-si-thi-dua-cap-tinh',
    'tap-the-lao-dong-xuat-sac',
  ],
  'huan-chuong-lao-dong-hang-nhi': [
    'huan-chuong-lao-dong-hang-ba',
    'chien-si-thi-dua-co-so',
    'chien-si-thi-dua-cap-tinh',
  ],
};

describe('Engine invariants (property tests)', () => {
  it('adding a discipline never makes anyone newly eligible', () => {
    fc.assert(
      fc.property(history, fc.nat(), fc.constantFrom(...DISCIPLINE_LEVELS), (h, pick, level) => {
        const people = h.subjects.filter((s): s is IndividualSubject => s.kind === 'individual');
        const victim = people[pick % people.length] as IndividualSubject;
        const before = eligibleSet(evaluate(h));
        const h2: HistoryInput = {
          ...h,
          subjects: h.subjects.map((s) =>
            s === victim ? { ...victim, disciplines: [...victim.disciplines, { year: h.year, level }] } : s,
          ),
        };
        for (const k of eligibleSet(evaluate(h2))) expect(before.has(k), `newly eligible: ${k}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('removing a title from history never adds an eligibility that depended on it', () => {
    fc.assert(
      fc.property(history, fc.nat(), fc.nat(), (h, pick, which) => {
        const people = h.subjects.filter(
          (s): s is IndividualSubject => s.kind === 'individual' && s.titles.length + s.awards.length > 0,
        );
        if (people.length === 0) return;
        const p = people[pick % people.length] as IndividualSubject;
        const records = [
          ...p.titles.map((t) => ({ kind: 'title' as const, code: t.code, ref: t })),
          ...p.awards.map((a) => ({ kind: 'award' as const, code: a.code, ref: a })),
        ];
        const rec = records[which % records.length];
        if (!rec) return;
        const before = evaluate(h);
        const p2: IndividualSubject = {
          ...p,
          titles: p.titles.filter((t) => t !== rec.ref),
          awards: p.awards.filter((a) => a !== rec.ref),
        };
        const after = evaluate({ ...h, subjects: h.subjects.map((s) => (s === p ? p2 : s)) });
        const was = eligibleSet(before);
        for (const r of after.results) {
          if (r.subject !== p.id || r.status !== 'eligible' || r.target === rec.code) continue;
          if (!(DEPENDS[r.target] ?? []).includes(rec.code)) continue;
          expect(
            was.has(`${r.subject}|${r.target}`),
            `newly eligible ${r.target} after removing ${rec.code} ${rec.ref.year}`,
          ).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the output is byte-identical for the same input, whatever the order of the subjects', () => {
    fc.assert(
      fc.property(history, fc.nat(), (h, seed) => {
        const a = JSON.stringify(evaluate(h));
        const b = JSON.stringify(evaluate(structuredClone(h)));
        expect(b).toBe(a);
        const shuffled = [...h.subjects];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (seed + i * 7919) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as Subject, shuffled[i] as Subject];
        }
        expect(JSON.stringify(evaluate({ ...h, subjects: shuffled }))).toBe(a);
      }),
      { numRuns: 100 },
    );
  });

  it('every result has a status derived from its checks, and every check a citation, a text and a reason code', () => {
    fc.assert(
      fc.property(history, (h) => {
        for (const r of evaluate(h).results) {
          expect(TARGETS).toContain(r.target);
          for (const c of r.checks) {
            expect(c.citation.article).toBeGreaterThan(0);
            expect(c.text.length).toBeGreaterThan(5);
            expect(c.reason.code).toMatch(/^[a-z0-9-]+$/);
          }
          if (!r.routes) {
            const want = r.checks.some((c) => c.outcome === 'not-met')
              ? 'ineligible'
              : r.checks.some((c) => c.outcome === 'unknown')
                ? 'needs-review'
                : 'eligible';
            expect(r.status).toBe(want);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
