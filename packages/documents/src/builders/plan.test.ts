import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../model.ts';
import { seed004Plan, SEED_004_TASKS } from './fixtures/seed-004-plan.ts';
import { signatureHead } from './generic.ts';
import { buildPlanDocument, groupTasksByQuarter, responsibilityText } from './plan.ts';

const headings = (blocks: Block[], level?: number): string[] =>
  blocks.flatMap((b) => (b.type === 'heading' && (level === undefined || b.level === level) ? [b.text] : []));
const blockText = (b: Block): string =>
  b.type === 'paragraph' || b.type === 'bullet'
    ? b.runs.map((r) => ('text' in r ? r.text : '')).join('')
    : b.type === 'heading'
      ? b.text
      : '';
const taskTable = (blocks: Block[]): TableBlock => {
  const t = blocks.find((b): b is TableBlock => b.type === 'table');
  if (!t) throw new Error('no task table');
  return t;
};

describe('the plan document (seed 004, Sở Công Thương Lạng Sơn, 2024)', () => {
  const doc = buildPlanDocument(seed004Plan());

  it('has the agency header, a draft number "…/KH-SCT", Lạng Sơn and the date', () => {
    expect(doc.kind).toBe('ke-hoach');
    expect(doc.header).toEqual({
      parentBody: 'UBND TỈNH LẠNG SƠN',
      issuingBody: 'SỞ CÔNG THƯƠNG',
      number: '…/KH-SCT',
      place: 'Lạng Sơn',
      date: '2024-01-12',
    });
    expect(doc.title).toBe('Công tác thi đua, khen thưởng năm 2024');
  });

  it('opens with the legal basis, then sections I., II., III. with subsections 1., 2.', () => {
    expect(blockText(doc.blocks[0] as Block)).toMatch(
      /^Thực hiện Kế hoạch số 241\/KH-UBND ngày 28\/12\/2023/,
    );
    expect(headings(doc.blocks, 1)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(headings(doc.blocks, 2)).toEqual(['1. Mục đích', '2. Yêu cầu']);
  });

  it('prints the tasks as a table under "II. NỘI DUNG", grouped QUÝ I–IV then CẢ NĂM, numbered within each quarter', () => {
    const at = doc.blocks.findIndex((b) => b.type === 'heading' && b.text === 'II. NỘI DUNG');
    expect(doc.blocks[at + 1]?.type).toBe('table');
    const table = taskTable(doc.blocks);
    expect(table.headerRows[0]?.map((c) => c.text)).toEqual([
      'STT',
      'Nội dung',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời gian thực hiện',
    ]);
    const groups = table.rows.flatMap((r) => (r.kind === 'group' ? [r.text] : []));
    expect(groups).toEqual(['QUÝ I', 'QUÝ II', 'QUÝ III', 'QUÝ IV', 'CẢ NĂM']);
    const numbers = table.rows.map((r) => (r.kind === 'group' ? r.text : r.cells[0]?.text));
    expect(numbers).toEqual([
      'QUÝ I',
      '1',
      '2',
      '3',
      'QUÝ II',
      '1',
      'QUÝ III',
      '1',
      '2',
      'QUÝ IV',
      '1',
      '2',
      '3',
      'CẢ NĂM',
      '1',
    ]);
  });

  it('writes every deadline shape the way the seeds do', () => {
    const deadlines = taskTable(doc.blocks).rows.flatMap((r) =>
      r.kind === 'cells' ? [r.cells[4]?.text] : [],
    );
    expect(deadlines).toEqual([
      'Trước ngày 28/02/2024',
      'Trước ngày 15/03/2024',
      'Theo Kế hoạch của Cụm',
      '30/05/2024',
      'Theo Kế hoạch của Khối',
      '10/07/2024',
      '30/10/2024',
      'Tháng 12/2024',
      'Tháng 12/2024',
      'Thường xuyên',
    ]);
  });

  it('lists one unit as is and several as "- " lines; no coordinating unit leaves the cell empty', () => {
    const rows = taskTable(doc.blocks).rows.flatMap((r) => (r.kind === 'cells' ? [r.cells] : []));
    expect(rows[0]?.[2]?.text).toEqual(['Văn phòng Sở']);
    expect(rows[0]?.[3]?.text).toEqual(['Công đoàn Sở']);
    expect(rows[8]?.[2]?.text).toEqual(['- Văn phòng Sở', '- HĐ TĐKT']);
    expect(rows[8]?.[3]?.text).toEqual([]);
  });

  it('adds a "Ghi chú" column only when some task has a note', () => {
    const withNote = buildPlanDocument(
      seed004Plan({ tasks: [{ ...SEED_004_TASKS[0]!, note: 'Lồng ghép hội nghị CBCCVC' }] }),
    );
    expect(taskTable(withNote.blocks).headerRows[0]?.map((c) => c.text)).toContain('Ghi chú');
    expect(taskTable(doc.blocks).headerRows[0]?.map((c) => c.text)).not.toContain('Ghi chú');
  });

  it('keeps the bold date in "III." from the seed’s **15/12/2024** and ends with the closing sentence', () => {
    const p = doc.blocks.find(
      (b) => b.type === 'paragraph' && blockText(b).startsWith('1. Trưởng các phòng'),
    );
    expect(p?.type === 'paragraph' && p.runs).toContainEqual({ text: '15/12/2024', bold: true });
    expect(blockText(doc.blocks[doc.blocks.length - 1] as Block)).toMatch(/theo đúng yêu cầu đề ra\.\/\.$/);
  });

  it('ends with Nơi nhận (closed by "Lưu: VT, VP.") and the deputy’s signature for the director', () => {
    expect(doc.recipients).toEqual([
      'Hội đồng TĐKT Bộ Công Thương;',
      'Hội đồng TĐKT tỉnh (phòng TĐKT - Sở Nội vụ);',
      'Các thành viên Cụm II;',
      'Lãnh đạo Sở;',
      'Các phòng thuộc Sở;',
      'Lưu: VT, VP.',
    ]);
    expect(doc.signature).toEqual({
      authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      signerName: 'Trần Thị Hoa',
    });
  });

  it('can print the tasks as seed 000’s list: "1. Nhiệm vụ quý I", "1.1. …", "- Thời gian hoàn thành: …"', () => {
    const listed = buildPlanDocument(
      seed004Plan({ taskLayout: 'list', signature: signatureHead('Nguyễn Đình Đại') }),
    );
    expect(listed.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(headings(listed.blocks, 2)).toEqual([
      '1. Mục đích',
      '2. Yêu cầu',
      '1. Nhiệm vụ quý I',
      '2. Nhiệm vụ quý II',
      '3. Nhiệm vụ quý III',
      '4. Nhiệm vụ quý IV',
      '5. Nhiệm vụ cả năm',
    ]);
    const texts = listed.blocks.map(blockText);
    const first = texts.indexOf(
      '1.1. Phát động phong trào thi đua trong ngành phấn đấu hoàn thành các chỉ tiêu kế hoạch được giao năm 2024.',
    );
    expect(first).toBeGreaterThan(0);
    expect(listed.blocks[first + 1]?.type).toBe('bullet');
    expect(texts[first + 1]).toBe('Thời gian hoàn thành: Trước ngày 28/02/2024.');
    expect(texts[first + 2]).toBe('Trách nhiệm thực hiện: Văn phòng Sở chủ trì, phối hợp Công đoàn Sở.');
  });

  it('without a place for the tasks, puts them in a "NỘI DUNG" section before the last section', () => {
    const plan = seed004Plan();
    const sections = plan.sections.filter((s) => s.title !== 'Nội dung');
    const d = buildPlanDocument({ ...plan, sections });
    expect(headings(d.blocks, 1)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN']);
  });

  it('orders quarters I–IV then the whole year, keeping the given order within a quarter', () => {
    const shuffled = [
      SEED_004_TASKS[9]!,
      SEED_004_TASKS[7]!,
      SEED_004_TASKS[0]!,
      SEED_004_TASKS[6]!,
      SEED_004_TASKS[1]!,
    ];
    expect(
      groupTasksByQuarter(shuffled).map((g) => [g.quarter, g.tasks.map((t) => SEED_004_TASKS.indexOf(t))]),
    ).toEqual([
      [1, [0, 1]],
      [4, [7, 6]],
      [null, [9]],
    ]);
  });

  it('says who is responsible in one phrase: lead "chủ trì, phối hợp" coordinating units', () => {
    expect(responsibilityText(SEED_004_TASKS[7]!)).toBe(
      'HĐ TĐKT chủ trì, phối hợp các phòng, đơn vị trực thuộc Sở',
    );
    expect(responsibilityText(SEED_004_TASKS[8]!)).toBe('Văn phòng Sở, HĐ TĐKT');
  });

  it('is a plain value: building twice gives equal models and the input is not changed', () => {
    const input = seed004Plan();
    const copy = structuredClone(input);
    expect(buildPlanDocument(input)).toEqual(buildPlanDocument(input));
    expect(input).toEqual(copy);
  });
});
