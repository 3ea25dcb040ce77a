// Bản giao ước thi đua of Cụm thi đua V: the model the builder makes, the .docx the renderer writes (header,
// criteria table with groups, bonus and penalty rows, the members' signatures and the cluster head's), and one
// LibreOffice conversion to prove it opens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectDocx } from '../inspect-docx.ts';
import { convertToPdf, findLibreOffice, hasBinary, pdfInfo } from '../pdf.ts';
import { renderDocx } from '../render-docx.ts';
import { buildClusterCovenant, type CovenantInput } from './cluster-covenant.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-covenant-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const input: CovenantInput = {
  clusterName: 'Cụm thi đua V',
  organiserName: 'Bộ Công Thương',
  year: 2025,
  place: 'Lai Châu',
  signedOn: '2025-03-14',
  content: 'Các cơ quan thành viên cam kết thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm 2025.',
  groups: [
    {
      code: 'I',
      name: 'Thực hiện nhiệm vụ chính trị được giao',
      maxPoints: 60,
      criteria: [
        {
          code: '1.1',
          name: 'Hoàn thành chỉ tiêu kế hoạch',
          kind: 'standard',
          minPoints: 0,
          maxPoints: 30,
          evidenceRequired: 'Báo cáo năm',
        },
        {
          code: '1.2',
          name: 'Cải cách hành chính',
          kind: 'standard',
          minPoints: 0,
          maxPoints: 30,
          evidenceRequired: null,
        },
      ],
    },
    {
      code: 'II',
      name: 'Điểm thưởng, điểm trừ',
      maxPoints: null,
      criteria: [
        {
          code: '2.1',
          name: 'Khen thưởng đột xuất',
          kind: 'bonus',
          minPoints: 0,
          maxPoints: 5,
          evidenceRequired: 'Quyết định khen thưởng',
        },
        {
          code: '2.2',
          name: 'Chậm gửi báo cáo',
          kind: 'penalty',
          minPoints: -2.5,
          maxPoints: 0,
          evidenceRequired: null,
        },
      ],
    },
  ],
  members: [
    {
      agencyName: 'Sở Công Thương tỉnh Lai Châu',
      signerName: 'Nguyễn Văn Thắng',
      signerTitle: 'Giám đốc',
      role: 'leader',
    },
    {
      agencyName: 'Sở Công Thương tỉnh Điện Biên',
      signerName: null,
      signerTitle: 'Giám đốc',
      role: 'deputy',
    },
    { agencyName: 'Sở Công Thương tỉnh Sơn La', signerName: null, signerTitle: 'Giám đốc', role: 'member' },
    { agencyName: 'Sở Công Thương tỉnh Hòa Bình', signerName: null, signerTitle: 'Giám đốc', role: 'member' },
    {
      agencyName: 'Sở Công Thương tỉnh Gia Lai',
      signerName: null,
      signerTitle: 'Phó Giám đốc',
      role: 'member',
    },
  ],
  criteriaVersion: 1,
};

describe('the cluster covenant (BẢN GIAO ƯỚC THI ĐUA)', () => {
  const doc = buildClusterCovenant(input);

  it('is headed by the cluster under its organiser, dated at the signing place', () => {
    expect(doc.header).toEqual({
      parentBody: 'BỘ CÔNG THƯƠNG',
      issuingBody: 'CỤM THI ĐUA V',
      number: '…/GƯ-CTĐ',
      place: 'Lai Châu',
      date: '2025-03-14',
    });
    expect(doc.typeLabel).toBe('BẢN GIAO ƯỚC THI ĐUA');
    expect(doc.signature?.authority).toEqual(['TM. CỤM THI ĐUA V', 'CỤM TRƯỞNG']);
  });

  it('renders the criteria table (groups, ranges, bonus and penalty, total) and every member head signs', async () => {
    const d = inspectDocx(await renderDocx(doc));
    const paras = d.allParagraphs.map((p) => p.text);
    expect(paras).toContain('BẢN GIAO ƯỚC THI ĐUA');
    expect(paras).toContain('II. TIÊU CHÍ VÀ THANG ĐIỂM THI ĐUA');
    const table = d.tables.find((t) => t.texts[0]?.[0] === 'Stt')!;
    expect(table.texts).toEqual([
      ['Stt', 'Nội dung tiêu chí', 'Điểm tối đa', 'Minh chứng'],
      ['I. THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ ĐƯỢC GIAO (tối đa 60 điểm)'],
      ['1.1', 'Hoàn thành chỉ tiêu kế hoạch', '30', 'Báo cáo năm'],
      ['1.2', 'Cải cách hành chính', '30', ''],
      ['II. ĐIỂM THƯỞNG, ĐIỂM TRỪ'],
      ['2.1', 'Khen thưởng đột xuất', 'thưởng tối đa 5', 'Quyết định khen thưởng'],
      ['2.2', 'Chậm gửi báo cáo', 'trừ tối đa 2,5', ''],
      ['', 'Tổng điểm tối đa (không kể điểm thưởng, điểm trừ)', '60', ''],
    ]);
    for (const name of ['LAI CHÂU', 'ĐIỆN BIÊN', 'SƠN LA', 'HÒA BÌNH', 'GIA LAI'])
      expect(paras.some((p) => p.includes(`SỞ CÔNG THƯƠNG TỈNH ${name}`))).toBe(true);
    expect(paras.some((p) => p.includes('PHÓ GIÁM ĐỐC'))).toBe(true);
    expect(paras.some((p) => p.includes('Nguyễn Văn Thắng'))).toBe(true);
    expect(paras.some((p) => p.includes('phiên bản 1'))).toBe(true);
    expect(d.section.pageWidthMm).toBe(210);
  });

  const canConvert = findLibreOffice() !== null && hasBinary('pdfinfo');
  it.runIf(canConvert || process.env.CI === 'true')(
    'opens in LibreOffice (converted to an A4 PDF)',
    async () => {
      const file = path.join(tmp, 'giao-uoc-cum-v-2025.docx');
      fs.writeFileSync(file, await renderDocx(doc));
      const pdf = await convertToPdf(file, path.join(tmp, 'out'));
      const info = await pdfInfo(pdf);
      expect(info.pages).toBeGreaterThan(0);
      expect(info.pageSize).toMatch(/A4/);
    },
    120_000,
  );
});
