// The agency's own Quyết định khen thưởng and its attached list: the căn cứ lines follow the law in force
// for the year, the articles, Nơi nhận and signature, the list's table; and the .docx opens in LibreOffice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectDocx } from '../inspect-docx.ts';
import { convertToPdf, findLibreOffice, hasBinary, pdfInfo } from '../pdf.ts';
import { renderDocx } from '../render-docx.ts';
import {
  buildAwardDecision,
  buildDecisionList,
  legalBasisForYear,
  type AwardDecisionData,
} from './decision.ts';

const data = (over: Partial<AwardDecisionData> = {}): AwardDecisionData => ({
  agency: { name: 'Sở Công Thương', parentName: 'UBND tỉnh Gia Lai', place: 'Gia Lai', abbreviation: 'SCT' },
  headPosition: 'Giám đốc',
  code: 'chien-si-thi-dua-co-so',
  year: 2025,
  number: '215',
  decidedOn: '2025-12-26',
  extraBasis: ['Căn cứ Quyết định số 12/QĐ-SCT ngày 05/01/2024 ban hành Quy chế thi đua, khen thưởng của Sở'],
  proposedBy: 'Xét đề nghị của Hội đồng Thi đua – Khen thưởng Sở tại phiên họp ngày 22/12/2025',
  achievement: null,
  recipients: [
    { name: 'Nguyễn Thị Hằng', position: 'Chuyên viên chính', unit: 'Phòng Quản lý Thương mại' },
    { name: 'Trần Văn Bình', position: 'Phó Trưởng phòng', unit: 'Văn phòng' },
  ],
  distribution: ['Ban TĐKT tỉnh'],
  signerName: 'Lê Văn Giám',
  signedByDeputy: false,
  ...over,
});

describe('Quyết định khen thưởng of the agency (Decree 30 layout)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-qd-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('cites the law in force for the year: Law 2003 and ND 91/2017 for 2023, Law 2022 and ND 98/2023 for 2024', () => {
    const a = legalBasisForYear(2023, '2023-12-20');
    expect(a[0]).toMatch(/^Căn cứ Luật Thi đua, khen thưởng số 15\/2003\/QH11/);
    expect(a.some((l) => l.includes('Nghị định số 91/2017/NĐ-CP'))).toBe(true);
    const b = legalBasisForYear(2024, '2024-12-20');
    expect(b[0]).toBe('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;');
    expect(b.some((l) => l.includes('Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023'))).toBe(true);
    const b2 = legalBasisForYear(2025, '2025-12-26');
    expect(b2.some((l) => l.includes('Nghị định số 152/2025/NĐ-CP'))).toBe(true);
  });

  it('prints header, QUYẾT ĐỊNH / Về việc …, the signer title, Điều 1–3, Nơi nhận and the signature', async () => {
    const d = inspectDocx(await renderDocx(buildAwardDecision(data())));
    const texts = d.allParagraphs.map((p) => p.text);
    expect(texts).toContain('UBND TỈNH GIA LAI');
    expect(texts).toContain('SỞ CÔNG THƯƠNG');
    expect(texts.some((t) => t.includes('Số: 215/QĐ-SCT'))).toBe(true);
    expect(texts).toContain('QUYẾT ĐỊNH');
    expect(texts).toContain('Về việc công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025');
    expect(texts).toContain('GIÁM ĐỐC SỞ CÔNG THƯƠNG');
    expect(texts.filter((t) => t.startsWith('Căn cứ')).length).toBeGreaterThanOrEqual(4);
    expect(texts.some((t) => t.startsWith('Xét đề nghị của Hội đồng Thi đua – Khen thưởng Sở'))).toBe(true);
    expect(texts).toContain('QUYẾT ĐỊNH:');
    expect(
      texts.some((t) =>
        t.startsWith('Điều 1. Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025 cho 2 cá nhân'),
      ),
    ).toBe(true);
    expect(texts.some((t) => t.startsWith('Điều 2.'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Điều 3.'))).toBe(true);
    expect(texts).toContain('Nơi nhận:');
    expect(texts).toContain('- Như Điều 3;');
    expect(texts).toContain('- Lưu: VT, VP.');
    expect(texts).toContain('GIÁM ĐỐC');
    expect(texts).toContain('Lê Văn Giám');
  });

  it('a Giấy khen signed by a deputy: "Tặng Giấy khen …", KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC', async () => {
    const d = inspectDocx(
      await renderDocx(
        buildAwardDecision(data({ code: 'giay-khen', signedByDeputy: true, signerName: 'Phạm Thị Phó' })),
      ),
    );
    const texts = d.allParagraphs.map((p) => p.text);
    expect(texts).toContain('Về việc tặng Giấy khen năm 2025');
    expect(
      texts.some((t) => t.startsWith('Điều 1. Tặng Giấy khen của Giám đốc Sở Công Thương cho 2 cá nhân')),
    ).toBe(true);
    expect(texts).toContain('KT. GIÁM ĐỐC');
    expect(texts).toContain('PHÓ GIÁM ĐỐC');
  });

  it('the attached list: DANH SÁCH, "(Kèm theo Quyết định số 215/QĐ-SCT ngày 26/12/2025 …)", STT/họ tên/chức vụ/đơn vị', async () => {
    const d = inspectDocx(await renderDocx(buildDecisionList(data())));
    const texts = d.allParagraphs.map((p) => p.text);
    expect(texts).toContain('DANH SÁCH');
    expect(texts).toContain(
      '(Kèm theo Quyết định số 215/QĐ-SCT ngày 26/12/2025 của Giám đốc Sở Công Thương)',
    );
    const table = d.tables.find((t) => t.texts[0]?.[0] === 'STT');
    expect(table?.texts[0]).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị']);
    expect(table?.texts[1]).toEqual([
      '1',
      'Nguyễn Thị Hằng',
      'Chuyên viên chính',
      'Phòng Quản lý Thương mại',
    ]);
    expect(table?.texts).toHaveLength(3);
  });

  const canConvert = findLibreOffice() !== null && hasBinary('pdfinfo');
  it.runIf(canConvert || process.env.CI === 'true')(
    'opens in LibreOffice (converted to an A4 PDF)',
    async () => {
      const file = path.join(tmp, 'quyet-dinh.docx');
      fs.writeFileSync(file, await renderDocx(buildAwardDecision(data())));
      const pdf = await convertToPdf(file, path.join(tmp, 'out'));
      const info = await pdfInfo(pdf);
      expect(info.pages).toBeGreaterThan(0);
      expect(info.pageSize).toMatch(/A4/);
    },
    120_000,
  );
});
