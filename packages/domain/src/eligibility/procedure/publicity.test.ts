// A-PUB-1 / B-PUB-1 (rules.md §9.4): publicity before the ministry / province council meets.
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../citation.ts';
import type { RegimeId } from '../types.ts';
import { checkPublicity, type PublicityTarget } from './publicity.ts';

// 2025-03-17 is a Monday; 2025-03-03 is the Monday two weeks before (10 working days incl. the publication day).
const MEETING = '2025-03-17';
const cases: {
  name: string;
  target: PublicityTarget;
  regime: RegimeId;
  from: string | null;
  holidays?: string[];
  outcome: string;
  code: string;
  days?: number;
  warning?: string;
}[] = [
  {
    name: 'B-PUB-1: HCLĐ hạng Ba published exactly 10 working days before → met',
    target: 'huan-chuong-lao-dong-hang-ba',
    regime: 'B',
    from: '2025-03-03',
    outcome: 'met',
    code: 'publicity-sufficient',
    days: 10,
  },
  {
    name: 'B-PUB-1: published one day later, 9 working days → not met',
    target: 'huan-chuong-lao-dong-hang-ba',
    regime: 'B',
    from: '2025-03-04',
    outcome: 'not-met',
    code: 'publicity-too-short',
    days: 9,
  },
  {
    name: 'B-PUB-1: a holiday in the span makes 10 calendar-weekdays only 9',
    target: 'huan-chuong-lao-dong-hang-nhi',
    regime: 'B2',
    from: '2025-03-03',
    holidays: ['2025-03-12'],
    outcome: 'not-met',
    code: 'publicity-too-short',
    days: 9,
  },
  {
    name: 'B-PUB-1: honorary State title not published → not met',
    target: 'danh-hieu-vinh-du-nha-nuoc',
    regime: 'B',
    from: null,
    outcome: 'not-met',
    code: 'publicity-missing',
  },
  {
    name: 'B-PUB-1: CSTĐ toàn quốc checked as practice, flagged',
    target: 'chien-si-thi-dua-toan-quoc',
    regime: 'B',
    from: '2025-03-03',
    outcome: 'met',
    code: 'publicity-sufficient',
    days: 10,
    warning: 'publicity-practice',
  },
  {
    name: 'B-PUB-1: Bằng khen cấp tỉnh needs no publicity',
    target: 'bang-khen-cap-tinh',
    regime: 'B',
    from: null,
    outcome: 'not-applicable',
    code: 'publicity-not-required',
  },
  {
    name: 'A-PUB-1: CSTĐ toàn quốc consulted the day before → met (no day count)',
    target: 'chien-si-thi-dua-toan-quoc',
    regime: 'A',
    from: '2023-03-16',
    outcome: 'met',
    code: 'publicity-consulted',
  },
  {
    name: 'A-PUB-1: HCLĐ consultation starting on the meeting day → not met',
    target: 'huan-chuong-lao-dong-hang-nhat',
    regime: 'A',
    from: '2023-03-17',
    outcome: 'not-met',
    code: 'publicity-after-meeting',
  },
  {
    name: 'A-PUB-1: no consultation → not met',
    target: 'danh-hieu-vinh-du-nha-nuoc',
    regime: 'A',
    from: null,
    outcome: 'not-met',
    code: 'publicity-missing',
  },
  {
    name: 'A-PUB-1: Lao động tiên tiến → not applicable',
    target: 'lao-dong-tien-tien',
    regime: 'A',
    from: null,
    outcome: 'not-applicable',
    code: 'publicity-not-required',
  },
];

describe('checkPublicity (A-PUB-1, B-PUB-1)', () => {
  it.each(cases)('$name', (c) => {
    const meeting = c.regime === 'A' ? '2023-03-17' : MEETING;
    const r = checkPublicity({
      target: c.target,
      regime: c.regime,
      publication:
        c.from === null ? null : { from: c.from, url: 'https://congthuong.example.gov.vn/cong-khai' },
      councilMeetingOn: meeting,
      holidays: c.holidays ?? [],
    });
    expect(r.outcome).toBe(c.outcome);
    expect(r.reason.code).toBe(c.code);
    if (c.days !== undefined) expect(r.days).toBe(c.days);
    if (c.warning) expect(r.warnings.map((w) => w.code)).toContain(c.warning);
    else expect(r.warnings).toEqual([]);
    expect(r.text.length).toBeGreaterThan(0);
  });

  it('cites the regime: A Art. 45(10) ND 91/2017, B Art. 46(2) ND 98/2023, B2 Art. 60(3) ND 152/2025', () => {
    const pub = { from: '2025-03-03' };
    const a = checkPublicity({
      target: 'huan-chuong-lao-dong-hang-ba',
      regime: 'A',
      publication: pub,
      councilMeetingOn: MEETING,
    });
    const b = checkPublicity({
      target: 'huan-chuong-lao-dong-hang-ba',
      regime: 'B',
      publication: pub,
      councilMeetingOn: MEETING,
    });
    const b2 = checkPublicity({
      target: 'huan-chuong-lao-dong-hang-ba',
      regime: 'B2',
      publication: pub,
      councilMeetingOn: MEETING,
    });
    expect([a.rule, b.rule, b2.rule]).toEqual(['A-PUB-1', 'B-PUB-1', 'B-PUB-1']);
    expect(formatCitation(a.citation, 'short')).toBe('khoản 10 Điều 45 NĐ 91/2017');
    expect(formatCitation(b.citation, 'short')).toBe('khoản 2 Điều 46 NĐ 98/2023');
    expect(formatCitation(b2.citation, 'short')).toBe('khoản 3 Điều 60 NĐ 152/2025');
    expect(b.requiredDays).toBe(10);
    expect(a.requiredDays).toBeNull();
  });

  it('the counting convention is a parameter: counting the meeting day turns 9 into 10', () => {
    const r = checkPublicity({
      target: 'huan-chuong-lao-dong-hang-ba',
      regime: 'B',
      publication: { from: '2025-03-04' },
      councilMeetingOn: MEETING,
      convention: { includeStart: true, includeEnd: true },
    });
    expect(r.days).toBe(10);
    expect(r.outcome).toBe('met');
  });

  it('the Vietnamese text names the dates and the days', () => {
    const r = checkPublicity({
      target: 'huan-chuong-lao-dong-hang-ba',
      regime: 'B',
      publication: { from: '2025-03-04' },
      councilMeetingOn: MEETING,
    });
    expect(r.text).toBe(
      'Công khai từ ngày 04/03/2025: chỉ 9 ngày làm việc trước ngày Hội đồng họp 17/03/2025, cần ít nhất 10 ngày.',
    );
  });

  it('rejects a malformed date in both regimes', () => {
    for (const regime of ['A', 'B'] as const) {
      expect(() =>
        checkPublicity({
          target: 'huan-chuong-lao-dong-hang-ba',
          regime,
          publication: { from: '2025-02-30' },
          councilMeetingOn: MEETING,
        }),
      ).toThrow(RangeError);
    }
  });
});
