// Tập thể lao động xuất sắc under regime B (B-TTLDXS-1: no discipline clause in the 2022 text).
import { describe, expect, it } from 'vitest';
import { init, judge, person, unit, yr } from '../../../testing/builders.ts';

const T = 'tap-the-lao-dong-xuat-sac' as const;

describe('Tập thể lao động xuất sắc, regime B', () => {
  it('a CSTĐCS on HTXSNV alone counts; 70% LĐTT; 100% complete → eligible', () => {
    const people = [
      person({ years: [yr(2024, { rating: 'htxsnv' })] }),
      ...Array.from({ length: 6 }, () => person({ years: [yr(2024)] })),
      ...Array.from({ length: 3 }, () => person({ years: [yr(2024, { rating: 'htnv' })] })),
    ];
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2024, { rating: 'htxsnv' })] },
    );
    expect(judge(2024, [u, ...people], T).status).toBe('eligible');
  });
  it('a member with cảnh cáo but otherwise complete: no discipline clause in B → eligible', () => {
    const people = [
      person({ years: [yr(2024)], initiatives: [init(2024)] }),
      person({ years: [yr(2024)] }),
      person({ years: [yr(2024)] }),
      person({ years: [yr(2024, { rating: 'htnv' })], disciplines: [{ year: 2024, level: 'canh-cao' }] }),
    ];
    const u = unit(
      people.map((p) => p.id),
      { years: [yr(2024, { rating: 'htxsnv' })] },
    );
    expect(judge(2024, [u, ...people], T).status).toBe('eligible');
  });
});
