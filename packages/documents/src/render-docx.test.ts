import { describe, expect, it } from 'vitest';
import { seed004Plan } from './builders/fixtures/seed-004-plan.ts';
import { signatureClusterHead, signatureHead } from './builders/generic.ts';
import { buildPlanDocument } from './builders/plan.ts';
import { inspectDocx } from './inspect-docx.ts';
import type { InspectedParagraph, InspectedTable } from './inspect-docx.ts';
import type { OfficialDocument } from './model.ts';
import { renderDocx } from './render-docx.ts';

const texts = (ps: InspectedParagraph[]): string[] => ps.map((p) => p.text).filter((t) => t.trim() !== '');
const cellParagraphs = (t: InspectedTable, row: number, col: number): InspectedParagraph[] =>
  t.rows[row]?.[col]?.paragraphs ?? [];
const find = (ps: InspectedParagraph[], text: string): InspectedParagraph => {
  const p = ps.find((x) => x.text === text);
  if (!p) throw new Error(`no paragraph "${text}" in:\n${texts(ps).join('\n')}`);
  return p;
};

describe('the seed 004 plan rendered as .docx (Decree 30/2020 layout)', async () => {
  const buffer = await renderDocx(buildPlanDocument(seed004Plan()));
  const docx = inspectDocx(buffer);
  const [header, tasks, closing] = docx.tables;

  it('is a zip with a Word body: three tables (header, tasks, Nơi nhận + signature)', () => {
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    expect(docx.tables).toHaveLength(3);
    expect(docx.blocks[0]?.kind).toBe('table');
    expect(docx.blocks[docx.blocks.length - 1]?.kind).toBe('table');
  });

  it('is A4 with margins top 20, bottom 20, left 30, right 15 mm, all in Times New Roman 13 pt', () => {
    expect(docx.section).toMatchObject({
      pageWidthMm: 210,
      pageHeightMm: 297,
      marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    });
    expect(docx.fonts).toEqual(['Times New Roman']);
    expect(docx.defaultSizePt).toBe(13);
  });

  it('numbers pages from page 2, top centre: page 1 has its own empty header', () => {
    expect(docx.section.titlePage).toBe(true);
    expect(docx.headers['first']?.some((p) => p.hasPageField)).toBe(false);
    const numbered = docx.headers['default']?.find((p) => p.hasPageField);
    expect(numbered?.alignment).toBe('center');
  });

  it('has the header as a borderless two-column table: the agency on the left, the national title and motto on the right', () => {
    if (!header) throw new Error('no header table');
    expect(header.rows.flat().every((c) => c.borders === 'none')).toBe(true);
    const left = cellParagraphs(header, 0, 0);
    expect(texts(left)).toEqual(['UBND TỈNH LẠNG SƠN', 'SỞ CÔNG THƯƠNG']);
    expect(find(left, 'UBND TỈNH LẠNG SƠN').bold).toBe(false);
    expect(find(left, 'SỞ CÔNG THƯƠNG').bold).toBe(true);
    const right = cellParagraphs(header, 0, 1);
    expect(texts(right)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(right.every((p) => p.text === '' || (p.bold && p.alignment === 'center'))).toBe(true);
    expect(find(right, 'Độc lập - Tự do - Hạnh phúc').runs[0]?.underline).toBe(true);
    expect(texts(cellParagraphs(header, 1, 0))).toEqual(['Số: …/KH-SCT']);
    const date = find(cellParagraphs(header, 1, 1), 'Lạng Sơn, ngày 12 tháng 01 năm 2024');
    expect(date.italic).toBe(true);
    expect(date.bold).toBe(false);
  });

  it('centres the type "KẾ HOẠCH" and the trích yếu in bold under the header', () => {
    const [type, title] = docx.paragraphs.filter((p) => p.text.trim() !== '');
    expect(type).toMatchObject({ text: 'KẾ HOẠCH', bold: true, alignment: 'center' });
    expect(type?.runs[0]?.sizePt).toBe(14);
    expect(title).toMatchObject({
      text: 'Công tác thi đua, khen thưởng năm 2024',
      bold: true,
      alignment: 'center',
    });
  });

  it('justifies the legal basis with a first-line indent, then the section headings in order', () => {
    const basis = docx.paragraphs.find((p) => p.text.startsWith('Thực hiện Kế hoạch số 241/KH-UBND'));
    expect(basis).toMatchObject({ alignment: 'justify', bold: false, firstLineIndentMm: 10 });
    const boldBody = docx.paragraphs.filter((p) => p.bold && p.alignment === 'justify').map((p) => p.text);
    expect(boldBody).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '2. Yêu cầu',
      'II. NỘI DUNG',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
    const order = [
      'Thực hiện Kế hoạch',
      'I. MỤC ĐÍCH',
      '1. Mục đích',
      '2. Yêu cầu',
      'II. NỘI DUNG',
      'III. TỔ CHỨC',
      'Trên đây là Kế hoạch',
    ].map((s) => docx.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.startsWith(s)));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > (order[k - 1] ?? -1)))).toBe(true);
    // The task table sits between "II. NỘI DUNG" and "III. TỔ CHỨC THỰC HIỆN".
    const tableAt = docx.blocks.findIndex((b) => b.kind === 'table' && b.texts[0]?.[0] === 'STT');
    expect(tableAt).toBeGreaterThan(order[4] ?? Infinity);
    expect(tableAt).toBeLessThan(order[5] ?? -1);
  });

  it('prints the task table with a repeating bold header row, quarter rows across all columns, units and deadlines', () => {
    if (!tasks) throw new Error('no task table');
    expect(tasks.texts[0]).toEqual([
      'STT',
      'Nội dung',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời gian thực hiện',
    ]);
    expect(tasks.headerRowCount).toBe(1);
    expect(tasks.rows[0]?.every((c) => c.paragraphs.every((p) => p.bold))).toBe(true);
    expect(tasks.rows.flat().every((c) => c.borders === 'lines')).toBe(true);
    expect(tasks.columnWidthsTwip).toHaveLength(5);
    const groupRows = tasks.rows.filter((r) => r.length === 1);
    expect(groupRows.map((r) => [r[0]?.text, r[0]?.colSpan, r[0]?.paragraphs[0]?.bold])).toEqual([
      ['QUÝ I', 5, true],
      ['QUÝ II', 5, true],
      ['QUÝ III', 5, true],
      ['QUÝ IV', 5, true],
      ['CẢ NĂM', 5, true],
    ]);
    expect(tasks.texts[2]).toEqual([
      '1',
      'Phát động phong trào thi đua trong ngành phấn đấu hoàn thành các chỉ tiêu kế hoạch được giao năm 2024.',
      'Văn phòng Sở',
      'Công đoàn Sở',
      'Trước ngày 28/02/2024',
    ]);
    const row = (content: string): string[] | undefined => tasks.texts.find((r) => r[1]?.startsWith(content));
    expect(row('Ký kết giao ước thi đua với Cụm II')?.slice(2)).toEqual([
      'Văn phòng Sở',
      '',
      'Theo Kế hoạch của Cụm',
    ]);
    expect(row('Sửa đổi quy chế')?.[4]).toBe('30/05/2024');
    expect(row('Tổng kết công tác')?.slice(2)).toEqual(['- Văn phòng Sở\n- HĐ TĐKT', '', 'Tháng 12/2024']);
    expect(row('Trình khen thưởng')?.[4]).toBe('Thường xuyên');
    expect(tasks.rows.filter((r) => r.length === 5)).toHaveLength(11);
  });

  it('keeps the seed’s bold "15/12/2024" inside its paragraph', () => {
    const p = docx.paragraphs.find((x) => x.text.startsWith('1. Trưởng các phòng'));
    expect(p?.runs.find((r) => r.text === '15/12/2024')?.bold).toBe(true);
    expect(p?.bold).toBe(false);
  });

  it('closes with Nơi nhận on the left (bold italic 12 pt, then 11 pt "- " lines) and the signature on the right', () => {
    if (!closing) throw new Error('no closing table');
    expect(closing.rows.flat().every((c) => c.borders === 'none')).toBe(true);
    const left = cellParagraphs(closing, 0, 0);
    const heading = find(left, 'Nơi nhận:');
    expect(heading).toMatchObject({ bold: true, italic: true });
    expect(heading.runs[0]?.sizePt).toBe(12);
    expect(texts(left)).toEqual([
      'Nơi nhận:',
      '- Hội đồng TĐKT Bộ Công Thương;',
      '- Hội đồng TĐKT tỉnh (phòng TĐKT - Sở Nội vụ);',
      '- Các thành viên Cụm II;',
      '- Lãnh đạo Sở;',
      '- Các phòng thuộc Sở;',
      '- Lưu: VT, VP.',
    ]);
    expect(left.filter((p) => p.text.startsWith('- ')).every((p) => p.runs[0]?.sizePt === 11)).toBe(true);
    const right = cellParagraphs(closing, 0, 1);
    expect(texts(right)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Hoa']);
    expect(right.filter((p) => p.text !== '').every((p) => p.bold && p.alignment === 'center')).toBe(true);
    // Room for the signature and the seal between the position and the name.
    const blankLines =
      right.findIndex((p) => p.text === 'Trần Thị Hoa') -
      right.findIndex((p) => p.text === 'PHÓ GIÁM ĐỐC') -
      1;
    expect(blankLines).toBeGreaterThanOrEqual(4);
  });

  it('writes composed (NFC) text even from decomposed input', async () => {
    const decomposed = buildPlanDocument(
      seed004Plan({ title: 'Co\u0302ng ta\u0301c thi đua năm 2024'.normalize('NFD') }),
    );
    const d = inspectDocx(await renderDocx(decomposed));
    expect(d.paragraphs.some((p) => p.text === 'Công tác thi đua năm 2024')).toBe(true);
    expect(d.allParagraphs.every((p) => p.text === p.text.normalize('NFC'))).toBe(true);
  });
});

describe('other shapes of official document', () => {
  const base: OfficialDocument = {
    header: {
      parentBody: 'BỘ CÔNG THƯƠNG',
      issuingBody: 'CỤM THI ĐUA V',
      number: '02/KH-CTĐV',
      place: 'Lai Châu',
      date: null,
    },
    kind: 'ke-hoach',
    title: 'Tổ chức công tác thi đua, khen thưởng của Cụm Thi đua V năm 2023',
    blocks: [
      {
        type: 'paragraph',
        runs: [
          { text: 'Thực hiện Quyết định số 309/QĐ-BCT' },
          { footnote: 1 },
          { text: ' của Bộ Công Thương.' },
        ],
      },
      { type: 'page-break' },
      {
        type: 'bullet',
        runs: [{ text: 'Tổ chức sơ kết 6 tháng và tổng kết năm hoạt động của Cụm thi đua.' }],
      },
    ],
    recipients: ['Bộ Công Thương - Vụ TCCB;', 'Lưu: VT, TĐKT.'],
    signature: signatureClusterHead(
      'Cụm thi đua V',
      'Nguyễn Sỹ Chín',
      'Giám đốc\nSở Công Thương tỉnh Lai Châu',
    ),
    footnotes: [
      { id: 1, text: 'Quyết định số 309/QĐ-BCT ngày 17/02/2023 về việc phân chia Khối, Cụm thi đua.' },
    ],
  };

  it('a cluster plan (seed 003) is signed "TM. CỤM THI ĐUA V / CỤM TRƯỞNG", the signer’s own title above the name; an undated draft leaves the date blank', async () => {
    const d = inspectDocx(await renderDocx(base));
    expect(texts(cellParagraphs(d.tables[0]!, 1, 1))).toEqual(['Lai Châu, ngày … tháng … năm …']);
    expect(texts(cellParagraphs(d.tables[d.tables.length - 1]!, 0, 1))).toEqual([
      'TM. CỤM THI ĐUA V',
      'CỤM TRƯỞNG',
      'GIÁM ĐỐC',
      'SỞ CÔNG THƯƠNG TỈNH LAI CHÂU',
      'Nguyễn Sỹ Chín',
    ]);
  });

  it('footnote references, page breaks and bullets reach the .docx', async () => {
    const d = inspectDocx(await renderDocx(base));
    expect(d.paragraphs.find((p) => p.text.startsWith('Thực hiện Quyết định'))?.hasFootnoteReference).toBe(
      true,
    );
    expect(d.footnotes).toEqual([
      'Quyết định số 309/QĐ-BCT ngày 17/02/2023 về việc phân chia Khối, Cụm thi đua.',
    ]);
    expect(d.paragraphs.some((p) => p.pageBreak)).toBe(true);
    expect(
      d.paragraphs.some(
        (p) => p.text === '- Tổ chức sơ kết 6 tháng và tổng kết năm hoạt động của Cụm thi đua.',
      ),
    ).toBe(true);
  });

  it('a công văn has no type line: "V/v …" goes under its number', async () => {
    const d = inspectDocx(
      await renderDocx({
        ...base,
        kind: 'cong-van',
        header: { ...base.header, number: '15/SCT-VP' },
        title: 'đăng ký thi đua năm 2024',
        signature: signatureHead('Nguyễn Đình Đại'),
      }),
    );
    expect(texts(cellParagraphs(d.tables[0]!, 1, 0))).toEqual([
      'Số: 15/SCT-VP',
      'V/v đăng ký thi đua năm 2024',
    ]);
    expect(d.paragraphs.some((p) => p.text === 'KẾ HOẠCH' || p.text === 'đăng ký thi đua năm 2024')).toBe(
      false,
    );
  });

  it('a biên bản is signed side by side inside the body, and may have no Nơi nhận', async () => {
    const d = inspectDocx(
      await renderDocx({
        ...base,
        kind: 'bien-ban',
        title: 'Họp Hội đồng sáng kiến năm 2023',
        blocks: [
          {
            type: 'signatures',
            signatures: [
              { authority: ['THƯ KÝ'], signerName: 'Lê Thị Mai' },
              { authority: ['CHỦ TỊCH HỘI ĐỒNG'], signerName: 'Phạm Văn Binh' },
            ],
          },
        ],
        recipients: [],
        signature: null,
      }),
    );
    expect(d.paragraphs.some((p) => p.text === 'BIÊN BẢN' && p.bold)).toBe(true);
    const sig = d.tables[1]!;
    expect(texts(cellParagraphs(sig, 0, 0))).toEqual(['THƯ KÝ', 'Lê Thị Mai']);
    expect(texts(cellParagraphs(sig, 0, 1))).toEqual(['CHỦ TỊCH HỘI ĐỒNG', 'Phạm Văn Binh']);
    expect(d.allParagraphs.some((p) => p.text === 'Nơi nhận:')).toBe(false);
  });
});
