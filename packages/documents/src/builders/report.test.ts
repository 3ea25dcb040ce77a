// The report builder: the model the preview shows becomes a Decree 30/2020 BÁO CÁO — the part titles centred,
// data paragraphs with their footnotes numbered in order, an unwritten prose part marked for the officer,
// the Nơi nhận list and the signature.
import { describe, expect, it } from 'vitest';
import { inspectDocx } from '../inspect-docx.ts';
import { renderDocx } from '../render-docx.ts';
import { buildReportDocument, proseMarker, type ReportModel } from './report.ts';

const model: ReportModel = {
  agency: { name: 'Sở Công Thương', parentName: 'UBND tỉnh Gia Lai', place: 'Gia Lai', abbreviation: 'SCT' },
  number: null,
  date: null,
  title: 'Sơ kết công tác thi đua 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2023',
  parts: [
    {
      type: 'prose',
      key: 'can-cu',
      label: 'Căn cứ báo cáo',
      hint: '',
      body: 'Thực hiện Quyết định số 70/QĐ-CTĐVIII …',
    },
    {
      type: 'heading',
      level: 0,
      text: 'Phần I',
      subtitle: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG 6 THÁNG NĂM 2023',
    },
    { type: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ, CHUYÊN MÔN' },
    {
      type: 'data',
      key: 'chi-tieu',
      label: 'Chỉ tiêu',
      paragraphs: [
        {
          style: 'bullet',
          runs: [
            {
              text: 'Kim ngạch xuất khẩu … lũy kế 6 tháng đạt 420 triệu USD, đạt 61,67% kế hoạch, tương đương cùng kỳ.',
            },
            { footnote: 'Cà phê 165.000 tấn/338 triệu USD tăng 1,85% về lượng, tăng 2,42% về giá trị.' },
          ],
        },
        {
          style: 'bullet',
          runs: [
            { text: 'Kim ngạch nhập khẩu … giảm 32% so cùng kỳ.' },
            { footnote: 'Sắn lát 1.500 tấn/0,36 triệu USD.' },
          ],
        },
      ],
    },
    { type: 'heading', level: 2, text: '1. Ưu điểm:' },
    { type: 'prose', key: 'uu-diem', label: 'Ưu điểm', hint: '', body: '' },
  ],
  recipients: ['Bộ Công Thương', 'Sở Nội vụ'],
  archive: ['VT', 'VP'],
  signature: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signerName: 'Rcom Jen' },
};

describe('the mid-year report document', () => {
  const doc = buildReportDocument(model);

  it('numbers the footnotes in order and marks the unwritten prose', () => {
    expect(doc.kind).toBe('bao-cao');
    expect(doc.footnotes).toEqual([
      { id: 1, text: 'Cà phê 165.000 tấn/338 triệu USD tăng 1,85% về lượng, tăng 2,42% về giá trị.' },
      { id: 2, text: 'Sắn lát 1.500 tấn/0,36 triệu USD.' },
    ]);
    expect(doc.blocks.at(-1)).toEqual({
      type: 'paragraph',
      runs: [{ text: proseMarker('Ưu điểm'), italic: true }],
    });
    expect(doc.recipients).toEqual(['Bộ Công Thương;', 'Sở Nội vụ;', 'Lưu: VT, VP.']);
  });

  it('renders a BÁO CÁO with the part title centred, the footnotes and the deputy’s signature', async () => {
    const d = inspectDocx(await renderDocx(doc));
    const paras = d.allParagraphs;
    const texts = paras.map((p) => p.text);
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain('UBND TỈNH GIA LAI');
    const part = paras.find((p) => p.text === 'Phần I')!;
    expect(part.alignment).toBe('center');
    expect(part.bold).toBe(true);
    expect(texts).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ, CHUYÊN MÔN');
    expect(d.footnotes).toEqual([
      'Cà phê 165.000 tấn/338 triệu USD tăng 1,85% về lượng, tăng 2,42% về giá trị.',
      'Sắn lát 1.500 tấn/0,36 triệu USD.',
    ]);
    expect(paras.filter((p) => p.hasFootnoteReference)).toHaveLength(2);
    const marker = paras.find((p) => p.text === '[Phần do cán bộ soạn: Ưu điểm]')!;
    expect(marker.italic).toBe(true);
    expect(texts.some((t) => t.includes('KT. GIÁM ĐỐC'))).toBe(true);
    expect(texts.some((t) => t.includes('Rcom Jen'))).toBe(true);
  });
});
