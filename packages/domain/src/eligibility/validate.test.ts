// Input validation: Vietnamese messages naming the JSON path (interchange.md).
import { describe, expect, it } from 'vitest';
import { EligibilityInputError, formatIssue, parseHistory, validateHistory } from './validate.ts';

const ok = {
  format: 'tdkt-history/1',
  year: 2024,
  subjects: [{ id: 'P1', kind: 'individual', years: [{ year: 2024, rating: 'httnv' }] }],
};

function firstMessage(raw: unknown): string {
  const r = validateHistory(raw);
  if (r.ok) throw new Error('expected invalid');
  return formatIssue(r.issues[0] as { path: string; message: string });
}

describe('Validating tdkt-history/1', () => {
  it('accepts the minimal document and ignores unknown fields', () => {
    const r = validateHistory({ ...ok, extra: 1, subjects: [{ ...ok.subjects[0], hobby: 'x' }] });
    expect(r.ok).toBe(true);
  });
  it.each([
    {
      name: 'a rating that is not on the scale',
      raw: { ...ok, subjects: [{ id: 'P1', kind: 'individual', years: [{ year: 2024, rating: 'tot' }] }] },
      msg: 'subjects[0].years[0].rating: giá trị "tot" không hợp lệ',
    },
    {
      name: 'a wrong format',
      raw: { ...ok, format: 'x' },
      msg: 'format: giá trị "x" không hợp lệ (cần "tdkt-history/1")',
    },
    {
      name: 'a missing year',
      raw: { format: 'tdkt-history/1', subjects: [] },
      msg: 'year: thiếu trường bắt buộc',
    },
    {
      name: 'a bad date',
      raw: { ...ok, evaluatedOn: '2025-02-30' },
      msg: 'evaluatedOn: ngày "2025-02-30" không hợp lệ (định dạng YYYY-MM-DD)',
    },
    {
      name: 'a missing subjects array',
      raw: { format: 'tdkt-history/1', year: 2024 },
      msg: 'subjects: thiếu trường bắt buộc',
    },
    {
      name: 'an unknown target',
      raw: { ...ok, targets: ['huy-hieu'] },
      msg: 'targets[0]: giá trị "huy-hieu" không hợp lệ',
    },
    {
      name: 'a duplicate id',
      raw: { ...ok, subjects: [ok.subjects[0], ok.subjects[0]] },
      msg: 'subjects[1].id: mã "P1" bị trùng (đã có ở subjects[0])',
    },
    {
      name: 'a discipline level',
      raw: {
        ...ok,
        subjects: [{ id: 'P1', kind: 'individual', disciplines: [{ year: 2024, level: 'nhac-nho' }] }],
      },
      msg: 'subjects[0].disciplines[0].level: giá trị "nhac-nho" không hợp lệ',
    },
    {
      name: 'a share above 1',
      raw: { ...ok, agency: { options: { cstdcsQuotaShare: 15 } } },
      msg: 'agency.options.cstdcsQuotaShare: phải nằm trong khoảng 0–1, nhận được 15',
    },
    { name: 'a non-object root', raw: [1], msg: '$: phải là đối tượng JSON' },
  ])('$name', ({ raw, msg }) => {
    expect(firstMessage(raw)).toBe(msg);
  });
  it('parseHistory throws the typed error with code and path', () => {
    try {
      parseHistory({ ...ok, year: '2024' });
      throw new Error('no throw');
    } catch (e) {
      expect(e).toBeInstanceOf(EligibilityInputError);
      expect((e as EligibilityInputError).code).toBe('invalid-input');
      expect((e as EligibilityInputError).path).toBe('year');
    }
  });
});
