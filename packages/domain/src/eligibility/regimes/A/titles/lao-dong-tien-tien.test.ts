// Lao động tiên tiến under regime A (A-LDTT-1..9, A-REG-1): table of scenarios in domain language.
import { describe, expect, it } from 'vitest';
import { check, judge, person, warningCodes, yr } from '../../../testing/builders.ts';
import type { Discipline, Status, YearFacts } from '../../../types.ts';

const Y = 2023;
const ON = { evaluatedOn: '2023-12-20' };
const T = 'lao-dong-tien-tien' as const;

const cases: {
  name: string;
  year?: Partial<YearFacts>;
  disciplines?: Discipline[];
  absenceDaysLimit?: number;
  status: Status;
  failing?: string;
}[] = [
  { name: 'rated HTTNV, worked the whole year, registered → eligible', status: 'eligible' },
  { name: 'rated HTXSNV → eligible', year: { rating: 'htxsnv' }, status: 'eligible' },
  {
    name: 'rated HTNV only → ineligible (A-LDTT-1)',
    year: { rating: 'htnv' },
    status: 'ineligible',
    failing: 'rating-at-least-httnv',
  },
  { name: 'no rating recorded → needs review', year: { rating: undefined }, status: 'needs-review' },
  {
    name: 'recruited 01/03/2023: 10 months → eligible (A-LDTT-6 threshold 10)',
    year: { recruitedOn: '2023-03-01', monthsWorked: 10 },
    status: 'eligible',
  },
  {
    name: 'recruited 01/04/2023: 9 months → ineligible (A-LDTT-6)',
    year: { recruitedOn: '2023-04-01', monthsWorked: 9 },
    status: 'ineligible',
    failing: 'new-recruit-months',
  },
  {
    name: 'recruited 15/03/2023: 9 full months → ineligible',
    year: { recruitedOn: '2023-03-15' },
    status: 'ineligible',
    failing: 'new-recruit-months',
  },
  {
    name: 'worked 5 months then maternity leave → maternity counts as work (A-LDTT-4)',
    year: { monthsWorked: 5, maternityLeave: true },
    status: 'eligible',
  },
  {
    name: 'worked 5 months, 4 months maternity leave → 9 < 10 → ineligible',
    year: { monthsWorked: 5, maternityLeave: true, maternityLeaveMonths: 4 },
    status: 'ineligible',
    failing: 'months-worked',
  },
  {
    name: 'worked 5 months without leave → ineligible',
    year: { monthsWorked: 5 },
    status: 'ineligible',
    failing: 'months-worked',
  },
  {
    name: 'injury treatment counts as work (A-LDTT-2)',
    year: { monthsWorked: 6, injuryTreatment: true },
    status: 'eligible',
  },
  {
    name: 'training course with result khá counts (A-LDTT-3)',
    year: { monthsWorked: 8, trainingMonths: 4, trainingResult: 'kha' },
    status: 'eligible',
  },
  {
    name: 'training course with result trung bình does not count',
    year: { monthsWorked: 8, trainingMonths: 4, trainingResult: 'trung-binh' },
    status: 'ineligible',
    failing: 'months-worked',
  },
  {
    name: 'reprimanded (khiển trách) in the year → ineligible (A-LDTT-6)',
    disciplines: [{ year: 2023, level: 'khien-trach' }],
    status: 'ineligible',
    failing: 'no-discipline-in-year',
  },
  {
    name: 'a discipline running from 2022 into 2023 counts',
    disciplines: [{ year: 2022, level: 'canh-cao', from: '2022-10-01', to: '2023-09-30' }],
    status: 'ineligible',
    failing: 'no-discipline-in-year',
  },
  {
    name: 'a discipline of 2022 does not count in 2023',
    disciplines: [{ year: 2022, level: 'canh-cao' }],
    status: 'eligible',
  },
  {
    name: 'did not register → ineligible (A-REG-1 blocking)',
    year: { registered: false },
    status: 'ineligible',
    failing: 'registered',
  },
  {
    name: 'registration not recorded → needs review',
    year: { registered: undefined },
    status: 'needs-review',
  },
  {
    name: '60 days absent and no agency limit → eligible (A-LDTT-7: no national bar)',
    year: { absenceDays: 60 },
    status: 'eligible',
  },
  {
    name: '60 days absent with an agency limit of 40 → ineligible',
    year: { absenceDays: 60 },
    absenceDaysLimit: 40,
    status: 'ineligible',
    failing: 'absence-days',
  },
  {
    name: '40 days absent with an agency limit of 40 → eligible',
    year: { absenceDays: 40 },
    absenceDaysLimit: 40,
    status: 'eligible',
  },
];

describe('Lao động tiên tiến, regime A', () => {
  it.each(cases)('$name', (c) => {
    const p = person({ years: [yr(Y, c.year ?? {})], disciplines: c.disciplines ?? [] });
    const options = c.absenceDaysLimit === undefined ? {} : { absenceDaysLimit: c.absenceDaysLimit };
    const r = judge(Y, p, T, { ...ON, options });
    expect(r.status).toBe(c.status);
    if (c.failing) expect(check(r, c.failing).outcome).toBe('not-met');
  });

  it('names and cites the failed criterion: recruited 9 months → ND 91/2017 Art. 10(6)', () => {
    const r = judge(Y, person({ years: [yr(Y, { recruitedOn: '2023-04-01' })] }), T, ON);
    const c = check(r, 'new-recruit-months');
    expect(c.citation).toEqual({ instrument: 'nd-91-2017', article: 10, clause: 6 });
    expect(c.reason).toEqual({
      code: 'recruit-insufficient',
      params: { year: 2023, recruitedOn: '2023-04-01', months: 9, required: 10 },
    });
    expect(c.text).toBe('Mới tuyển dụng ngày 01/04/2023, mới được 9 tháng trong năm 2023, dưới 10 tháng.');
  });

  it('a transfer after 6 months at the old unit warns that its comments are needed (A-LDTT-5)', () => {
    const r = judge(
      Y,
      person({ years: [yr(Y, { transferredFrom: 'Sở Tài chính', monthsAtPreviousUnit: 7 })] }),
      T,
      ON,
    );
    expect(r.status).toBe('eligible');
    expect(warningCodes(r)).toContain('transfer-comments-needed');
  });

  it('the spirit criterion is left to the council and never changes the status', () => {
    const r = judge(Y, person({ years: [yr(Y)] }), T, ON);
    expect(r.councilJudgement?.map((c) => c.criterion)).toEqual(['spirit-and-ethics']);
  });
});
