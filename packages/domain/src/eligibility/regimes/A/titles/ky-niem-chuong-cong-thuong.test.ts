// Kỷ niệm chương ngành Công Thương under regime A (A-KNC-1, TT 16/2018/TT-BCT Art. 14(1)(a)).
import { describe, expect, it } from 'vitest';
import { award, check, judge, person } from '../../../testing/builders.ts';
import type { Discipline, IndividualSubject, Status } from '../../../types.ts';

const ON = { evaluatedOn: '2023-12-20' };
const T = 'ky-niem-chuong-cong-thuong' as const;

const cases: { name: string; p: Partial<IndividualSubject>; status: Status }[] = [
  {
    name: 'a woman in the sector since 01/09/2008 (15 years on 20/12/2023) → eligible',
    p: { gender: 'nu', sectorSince: '2008-09-01' },
    status: 'eligible',
  },
  {
    name: 'a woman since 01/01/2009 (14 years) → ineligible',
    p: { gender: 'nu', sectorSince: '2009-01-01' },
    status: 'ineligible',
  },
  {
    name: 'a man since 2008 (15 years) needs 20 → ineligible',
    p: { gender: 'nam', sectorSince: '2008-09-01' },
    status: 'ineligible',
  },
  {
    name: 'a man since 01/12/2003 → eligible',
    p: { gender: 'nam', sectorSince: '2003-12-01' },
    status: 'eligible',
  },
  {
    name: 'hazardous work: 10 years suffice',
    p: { gender: 'nam', sectorSince: '2013-06-01', hazardousWork: true },
    status: 'eligible',
  },
  { name: 'gender unknown → needs review', p: { sectorSince: '2000-01-01' }, status: 'needs-review' },
  {
    name: 'a disciplined year is not counted: 15 years − 12 months → ineligible',
    p: {
      gender: 'nu',
      sectorSince: '2008-09-01',
      disciplines: [{ year: 2015, level: 'khien-trach' } as Discipline],
    },
    status: 'ineligible',
  },
  {
    name: 'already received the medal → ineligible',
    p: { gender: 'nu', sectorSince: '2000-01-01', awards: [award(T, 2020)] },
    status: 'ineligible',
  },
];

describe('Kỷ niệm chương ngành Công Thương, regime A', () => {
  it.each(cases)('$name', (c) => {
    expect(judge(2023, person(c.p), T, ON).status).toBe(c.status);
  });

  it('a discipline with dates removes exactly that period', () => {
    const r = judge(
      2023,
      person({
        gender: 'nu',
        sectorSince: '2008-01-01',
        disciplines: [{ year: 2015, level: 'canh-cao', from: '2015-01-01', to: '2015-07-01' }],
      }),
      T,
      ON,
    );
    expect(check(r, 'sector-years').reason.params['excludedMonths']).toBe(6);
    expect(r.status).toBe('eligible');
  });
});
