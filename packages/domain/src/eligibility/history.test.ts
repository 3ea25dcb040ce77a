// History logic: windows (R-WIN-1), annulled (R-ANN-1) and campaign awards (R-KIND-1), months.
import { describe, expect, it } from 'vitest';
import { History, monthsSinceRecruitment, windowEnd } from './history.ts';
import { award, person } from './testing/builders.ts';

describe('History of a person', () => {
  it.each([
    {
      name: 'period written in the decision',
      g: {
        code: 'bang-khen-cap-tinh' as const,
        year: 2021,
        kind: 'cong-trang' as const,
        annulled: false,
        period: { from: 2019, to: 2021 },
        decidedOn: '2022-05-01',
      },
      end: 2021,
    },
    {
      name: 'no period: from the decision date (years before the decision year are covered)',
      g: {
        code: 'bang-khen-cap-tinh' as const,
        year: 2021,
        kind: 'cong-trang' as const,
        annulled: false,
        decidedOn: '2023-02-20',
      },
      end: 2022,
    },
    {
      name: 'neither: the achievement year',
      g: { code: 'bang-khen-cap-tinh' as const, year: 2021, kind: 'cong-trang' as const, annulled: false },
      end: 2021,
    },
  ])('window end — $name', ({ g, end }) => {
    expect(windowEnd(g)).toBe(end);
  });

  it('annulled awards never count; campaign awards are set aside only for State-level prerequisites', () => {
    const h = new History(
      person({
        awards: [
          award('bang-khen-cap-tinh', 2020, { status: 'annulled' }),
          award('bang-khen-cap-tinh', 2021, { kind: 'chuyen-de' }),
        ],
      }),
      2024,
    );
    expect(h.valid('bang-khen-cap-tinh').map((g) => g.year)).toEqual([2021]);
    expect(h.valid('bang-khen-cap-tinh', { meritOnly: true })).toEqual([]);
    expect(h.has('bang-khen-cap-tinh', 2020)).toBe(false);
  });

  it('records of the judged year or later are ignored: the engine decides the judged year itself', () => {
    const h = new History(person({ titles: [{ code: 'chien-si-thi-dua-co-so', year: 2024 }] }), 2024);
    expect(h.has('chien-si-thi-dua-co-so', 2024)).toBe(false);
  });

  it.each([
    { on: '2024-01-01', months: 12 },
    { on: '2024-07-01', months: 6 },
    { on: '2024-07-02', months: 5 },
    { on: '2023-11-20', months: 12 },
    { on: '2025-01-01', months: 0 },
  ])('recruited $on → $months months in 2024', ({ on, months }) => {
    expect(monthsSinceRecruitment(on, 2024)).toBe(months);
  });
});
