// Forecast: next titles/forms within reach, what is missing, the earliest year.
import { describe, expect, it } from 'vitest';
import { forecast } from './forecast.ts';
import { input, init, person, run, titles, years } from './testing/builders.ts';

describe('Forecast', () => {
  const p = person({
    years: years(2023, 2024),
    titles: titles('chien-si-thi-dua-co-so', 2023),
    initiatives: [init(2024)],
  });
  const h = input(2024, [p]);
  const f = forecast(h, [p], run(2024, [p]).results);
  const of = (t: string) => f.find((e) => e.target === t);

  it('already eligible this year: earliest year is the judged year', () => {
    expect(of('bang-khen-cap-tinh')).toMatchObject({ earliestYear: 2024, missing: [] });
  });
  it('CSTĐ cấp tỉnh: one more CSTĐCS year (2025) and a provincial initiative', () => {
    const e = of('chien-si-thi-dua-cap-tinh');
    expect(e?.earliestYear).toBe(2025);
    expect(e?.text).toBe(
      'Cần thêm 1 năm CSTĐCS (2025) và sáng kiến có phạm vi ảnh hưởng cấp tỉnh để đủ điều kiện Chiến sĩ thi đua cấp tỉnh.',
    );
  });
  it('Bằng khen Thủ tướng: BK tỉnh this year, then five years → 2029', () => {
    expect(of('bang-khen-thu-tuong')?.earliestYear).toBe(2029);
  });
  it('a person with only one CSTĐCS needs one more year for Bằng khen cấp tỉnh', () => {
    const q = person({ years: years(2024, 2024), initiatives: [init(2024)] });
    const fq = forecast(input(2024, [q]), [q], run(2024, [q]).results);
    expect(fq.find((e) => e.target === 'bang-khen-cap-tinh')?.text).toBe(
      'Cần thêm 1 năm CSTĐCS (2025) để đủ điều kiện Bằng khen cấp tỉnh.',
    );
  });
});
