import { describe, expect, it } from 'vitest';
import { inspectDocx } from '../inspect-docx.ts';
import { renderDocx } from '../render-docx.ts';
import { signatureDeputy } from './generic.ts';
import { buildProposalList, type ProposalListEntry } from './proposal-list.ts';
import { buildProposalToTrinh } from './proposal-to-trinh.ts';

const agency = {
  name: 'Sở Công Thương',
  parentName: 'UBND tỉnh Gia Lai',
  place: 'Gia Lai',
  abbreviation: 'SCT',
};
const entries: ProposalListEntry[] = [
  {
    name: 'Chi cục Quản lý thị trường',
    kind: 'unit',
    positionTitle: null,
    unitName: null,
    form: 'Bằng khen của Thủ tướng Chính phủ',
    achievement: 'Năm năm liên tục hoàn thành xuất sắc nhiệm vụ.',
  },
  {
    name: 'Bà Nguyễn Thị Hằng',
    kind: 'person',
    positionTitle: 'Chuyên viên chính',
    unitName: 'Phòng Quản lý Thương mại',
    form: 'Bằng khen của Thủ tướng Chính phủ',
    achievement: null,
  },
];

describe('tờ trình and danh sách đề nghị khen thưởng', () => {
  it('the tờ trình asks the authority for the form, counts individuals and collectives, and a deputy signs KT.', async () => {
    const doc = buildProposalToTrinh({
      agency,
      number: null,
      date: '2024-12-27',
      form: 'Bằng khen của Thủ tướng Chính phủ',
      year: 2024,
      addressee: 'Thủ tướng Chính phủ (qua Ủy ban nhân dân tỉnh Gia Lai)',
      legalBasis: ['Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;'],
      reason: 'đã có thành tích xuất sắc trong thực hiện nhiệm vụ giai đoạn 2020–2024',
      entries,
      dossier: ['Báo cáo thành tích (02 bộ)'],
      simplified: false,
      recipients: ['Như trên'],
      signature: signatureDeputy('Phạm Thị Lan'),
    });
    expect(doc.header.number).toBe('…/TTr-SCT');
    expect(doc.title).toBe('Về việc đề nghị tặng Bằng khen của Thủ tướng Chính phủ năm 2024');
    const text = inspectDocx(await renderDocx(doc))
      .allParagraphs.map((p) => p.text)
      .join('\n');
    expect(text).toContain('Kính gửi: Thủ tướng Chính phủ (qua Ủy ban nhân dân tỉnh Gia Lai).');
    expect(text).toContain('cho 01 cá nhân và 01 tập thể đã có thành tích xuất sắc');
    expect(text).toContain('1. Cá nhân (1):');
    expect(text).toContain('2. Tập thể (1):');
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('PHÓ GIÁM ĐỐC');
    expect(text).toContain('Gia Lai, ngày 27 tháng 12 năm 2024');
  });

  it('the danh sách lists individuals first, then collectives, under their group rows', () => {
    const doc = buildProposalList({
      agency,
      form: 'Bằng khen của Thủ tướng Chính phủ',
      year: 2024,
      date: null,
      attachedTo: '…/TTr-SCT',
      entries,
      signature: null,
    });
    expect(doc.subtitle).toBe('(Kèm theo Tờ trình số …/TTr-SCT)');
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(
      table?.type === 'table' && table.rows.map((r) => (r.kind === 'group' ? r.text : r.cells[1]?.text)),
    ).toEqual(['I. CÁ NHÂN', 'Bà Nguyễn Thị Hằng', 'II. TẬP THỂ', 'Chi cục Quản lý thị trường']);
  });
});
