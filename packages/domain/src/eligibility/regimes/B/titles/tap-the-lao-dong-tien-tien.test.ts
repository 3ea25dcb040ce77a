// Tập thể lao động tiên tiến under regime B (B-TTLDTT-1; U4: discipline clause as a warning only).
import { describe, expect, it } from 'vitest';
import { judge, person, unit, warningCodes, yr } from '../../../testing/builders.ts';

const T = 'tap-the-lao-dong-tien-tien' as const;

describe('Tập thể lao động tiên tiến, regime B', () => {
  it('a member with cảnh cáo no longer blocks: eligible with warnings (U4)', () => {
    const people = [
      person({ years: [yr(2024)] }),
      person({ years: [yr(2024)] }),
      person({ years: [yr(2024, { rating: 'khtnv' })], disciplines: [{ year: 2024, level: 'canh-cao' }] }),
    ];
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2024)] },
    );
    const r = judge(2024, [u, ...people], T);
    expect(r.status).toBe('eligible');
    expect(warningCodes(r)).toEqual(expect.arrayContaining(['member-serious-discipline', 'unverified-rule']));
  });
  it('exactly half LĐTT → ineligible', () => {
    const people = [person({ years: [yr(2024)] }), person({ years: [yr(2024, { rating: 'htnv' })] })];
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2024)] },
    );
    expect(judge(2024, [u, ...people], T).status).toBe('ineligible');
  });
  it('unit not registered → eligible with a warning (R-REG-2)', () => {
    const people = [person({ years: [yr(2024)] })];
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2024, { registered: false })] },
    );
    const r = judge(2024, [u, ...people], T);
    expect(r.status).toBe('eligible');
    expect(warningCodes(r)).toContain('not-registered');
  });
});
