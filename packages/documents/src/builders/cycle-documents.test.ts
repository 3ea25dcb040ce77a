// The movement launch (seed 002 shape), the registration list and the initiative council minutes: the
// models the builders make, the .docx the renderer writes (inspected), and one LibreOffice conversion.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block } from '../model.ts';
import { inspectDocx } from '../inspect-docx.ts';
import { convertToPdf, findLibreOffice, hasBinary, pdfInfo } from '../pdf.ts';
import { renderDocx } from '../render-docx.ts';
import { signatureDeputy } from './generic.ts';
import { buildInitiativeMinutes } from './initiative-minutes.ts';
import { buildMovementLaunch, type MovementLaunchData } from './movement-launch.ts';
import { buildRegistrationList } from './registration-list.ts';

const agency = {
  name: 'Sở Công Thương',
  parentName: 'UBND tỉnh Gia Lai',
  place: 'Gia Lai',
  abbreviation: 'SCT',
};
const text = (b: Block): string =>
  b.type === 'paragraph' || b.type === 'bullet'
    ? b.runs.map((r) => ('text' in r ? r.text : '')).join('')
    : b.type === 'heading'
      ? b.text
      : '';

const launch = (): MovementLaunchData => ({
  agency,
  year: 2018,
  number: null,
  issuedOn: '2018-01-25',
  title: 'Phát động phong trào thi đua năm 2018',
  preamble:
    'Thực hiện Chỉ thị số 01/CTLT-BCT-CDCT ngày 16/01/2018 của Bộ Công Thương - Công đoàn Công Thương Việt Nam; …',
  purpose:
    '1. Mục đích:\n- Phát huy tính sáng tạo của mỗi tập thể, cá nhân.\n2. Yêu cầu:\n- Phong trào thi đua phải được phát động sâu rộng.',
  theme: 'Kỷ cương - Hành động - Chung tay cùng tỉnh Gia Lai phát triển',
  slogan: 'Đồng thuận cao, thi đua giỏi, về đích sớm',
  contents: '2.1. Tiếp tục quán triệt đường lối chủ trương của Đảng.',
  phases: [
    {
      name: 'Đợt thứ nhất',
      fromDate: '2018-01-01',
      toDate: '2018-06-30',
      description: 'với tinh thần thi đua lập thành tích chào mừng kỷ niệm 70 năm;',
    },
    {
      name: 'Đợt thứ hai',
      fromDate: '2018-07-01',
      toDate: '2018-12-31',
      description: 'thi đua phấn đấu về đích sớm.',
    },
  ],
  targets: [
    { content: 'Phấn đấu hoàn thành xuất sắc nhiệm vụ chuyên môn, cụ thể:' },
    { content: '+ Giá trị sản xuất công nghiệp đạt 19.663 tỷ đồng.' },
    { content: '100% công chức hoàn thành nhiệm vụ, trong đó có 90% đạt danh hiệu lao động tiên tiến.' },
  ],
  rewards: ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở'],
  implementation:
    '1. Căn cứ mục tiêu, chỉ tiêu … đăng ký thi đua.\nCác tập thể và cá nhân không đăng ký thi đua, cuối năm sẽ không được xét công nhận các danh hiệu thi đua.',
  closing: 'Trên đây là kế hoạch phát động phong trào thi đua Sở Công Thương năm 2018.',
  recipients: ['Ban TĐKT tỉnh (b/c);', 'Các tổ chức, đơn vị thuộc Sở;', 'Lưu: VT, HSTD.'],
  signature: signatureDeputy('Đào Thị Thu Nguyệt'),
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-cycle-docs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the movement launch (seed 002 shape)', () => {
  const doc = buildMovementLaunch(launch());

  it('is a kế hoạch of the agency with sections I–III, theme and slogan, the two phases and the targets', () => {
    expect(doc.kind).toBe('ke-hoach');
    expect(doc.header).toEqual({
      parentBody: 'UBND TỈNH GIA LAI',
      issuingBody: 'SỞ CÔNG THƯƠNG',
      number: '…/KH-SCT',
      place: 'Gia Lai',
      date: '2018-01-25',
    });
    const headings = doc.blocks.filter((b) => b.type === 'heading').map(text);
    expect(headings).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THI ĐUA',
      '1. Chủ đề, khẩu hiệu thi đua:',
      '2. Nội dung các phong trào thi đua:',
      '3. Phát động các đợt thi đua:',
      '4. Các chỉ tiêu thi đua:',
      '5. Danh hiệu thi đua, hình thức khen thưởng:',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
    const all = doc.blocks.map(text);
    expect(all).toContain('1.1. Chủ đề: “Kỷ cương - Hành động - Chung tay cùng tỉnh Gia Lai phát triển”.');
    expect(all).toContain('Phong trào thi đua năm 2018 được chia thành 02 đợt:');
    expect(all).toContain(
      'Đợt thứ nhất: Từ ngày 01/01/2018 đến ngày 30/06/2018 với tinh thần thi đua lập thành tích chào mừng kỷ niệm 70 năm;',
    );
    // A "+" target stays a sub-item paragraph, not a dash bullet.
    const plus = doc.blocks.find((b) => text(b).startsWith('+ Giá trị'));
    expect(plus?.type).toBe('paragraph');
    expect(doc.recipients).toEqual([
      'Ban TĐKT tỉnh (b/c);',
      'Các tổ chức, đơn vị thuộc Sở;',
      'Lưu: VT, HSTD.',
    ]);
    expect(doc.signature?.authority).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  });

  it('renders to a .docx whose header, sections and signature block read back', async () => {
    const d = inspectDocx(await renderDocx(doc));
    const paras = d.allParagraphs.map((p) => p.text);
    expect(paras).toContain('KẾ HOẠCH');
    expect(paras).toContain('II. NỘI DUNG THI ĐUA');
    expect(paras.some((p) => p.includes('KT. GIÁM ĐỐC'))).toBe(true);
    expect(paras.some((p) => p.includes('Đào Thị Thu Nguyệt'))).toBe(true);
    expect(d.section.pageWidthMm).toBe(210);
  });

  const canConvert = findLibreOffice() !== null && hasBinary('pdfinfo');
  it.runIf(canConvert || process.env.CI === 'true')(
    'opens in LibreOffice (converted to an A4 PDF)',
    async () => {
      const file = path.join(tmp, 'phat-dong-2018.docx');
      fs.writeFileSync(file, await renderDocx(doc));
      const pdf = await convertToPdf(file, path.join(tmp, 'out'));
      const info = await pdfInfo(pdf);
      expect(info.pages).toBeGreaterThan(0);
      expect(info.pageSize).toMatch(/A4/);
    },
    120_000,
  );
});

describe('the registration list', () => {
  it('groups by unit, the unit itself first, and counts collectives and persons', async () => {
    const doc = buildRegistrationList({
      agency,
      year: 2024,
      date: '2024-03-26',
      entries: [
        {
          unitName: 'Văn phòng',
          personName: 'Nguyễn Thị Hằng',
          titles: ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở'],
          note: null,
        },
        { unitName: 'Văn phòng', personName: null, titles: ['Tập thể lao động xuất sắc'], note: 'Nộp muộn' },
        { unitName: 'Thanh tra', personName: 'Trần Văn Dũng', titles: ['Lao động tiên tiến'], note: null },
      ],
      signature: signatureDeputy('Đào Thị Thu Nguyệt'),
    });
    expect(text(doc.blocks[0]!)).toBe('Tổng số: 1 tập thể và 2 cá nhân đăng ký thi đua.');
    const d = inspectDocx(await renderDocx(doc));
    expect(d.tables.find((x) => x.texts[0]?.[0] === 'STT')!.texts).toEqual([
      ['STT', 'Tập thể, cá nhân', 'Danh hiệu, hình thức đăng ký', 'Ghi chú'],
      ['Văn phòng'],
      ['1', 'Tập thể Văn phòng', 'Tập thể lao động xuất sắc', 'Nộp muộn'],
      ['2', 'Nguyễn Thị Hằng', 'Lao động tiên tiến\nChiến sĩ thi đua cơ sở', ''],
      ['Thanh tra'],
      ['3', 'Trần Văn Dũng', 'Lao động tiên tiến', ''],
    ]);
  });
});

describe('the initiative council minutes', () => {
  it('lists members, the rubric, each initiative with the excluded members and the average, and two signatures', async () => {
    const doc = buildInitiativeMinutes({
      agency,
      councilName: 'Hội đồng sáng kiến Sở Công Thương',
      year: 2024,
      heldOn: '2024-10-15',
      place: 'Phòng họp Sở',
      members: [
        { name: 'Trần Văn Bình', role: 'Chủ tịch Hội đồng', title: 'Phó Giám đốc Sở' },
        { name: 'Lê Thị Cúc', role: 'Thư ký Hội đồng', title: null },
      ],
      criteria: [
        { name: 'Tính mới', maxPoints: 40 },
        { name: 'Hiệu quả', maxPoints: 60 },
      ],
      initiatives: [
        {
          title: 'Số hoá hồ sơ',
          authors: [{ name: 'Nguyễn Thị Hằng', share: 100 }],
          unitName: 'Văn phòng',
          totals: [
            { member: 'Trần Văn Bình', total: 85.5, excluded: null },
            { member: 'Đặng Văn An', total: null, excluded: 'Là trưởng đơn vị của tác giả' },
          ],
          average: 85.5,
          result: 'Công nhận cấp cơ sở',
        },
      ],
      minutes: null,
      chair: 'Trần Văn Bình',
      secretary: 'Lê Thị Cúc',
    });
    expect(doc.kind).toBe('bien-ban');
    expect(doc.blocks.map(text)).toContain(
      'Tổng điểm tối đa: 100 điểm. Thành viên là tác giả hoặc trưởng đơn vị của tác giả không chấm sáng kiến đó; thành viên có quan hệ với tác giả được xin không chấm.',
    );
    const d = inspectDocx(await renderDocx(doc));
    const t = d.tables.find((x) => x.texts[0]?.[0] === 'STT')!;
    expect(t.texts[1]).toEqual([
      '1',
      'Số hoá hồ sơ',
      'Nguyễn Thị Hằng (100%)',
      'Văn phòng',
      'Trần Văn Bình: 85,5\nĐặng Văn An: không chấm (Là trưởng đơn vị của tác giả)',
      '85,5',
      'Công nhận cấp cơ sở',
    ]);
    const paras = d.allParagraphs.map((p) => p.text);
    expect(paras).toContain('BIÊN BẢN');
    expect(paras.some((p) => p.includes('THƯ KÝ'))).toBe(true);
    expect(paras.some((p) => p.includes('TM. HỘI ĐỒNG'))).toBe(true);
  });
});
