import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../model.ts';
import { buildClusterPlanDocument, CLUSTER_PLAN_COLUMNS } from './cluster-plan.ts';
import { buildClusterReportDocument } from './cluster-report.ts';

const text = (b: Block): string =>
  b.type === 'heading'
    ? b.text
    : b.type === 'paragraph' || b.type === 'bullet'
      ? b.runs.map((r) => ('text' in r ? r.text : '')).join('')
      : '';

describe('the cluster plan document (seed 003, Cụm thi đua V)', () => {
  const doc = buildClusterPlanDocument({
    clusterName: 'Cụm thi đua V',
    organiserName: 'Bộ Công Thương',
    place: 'Lai Châu',
    number: null,
    symbol: 'KH-CTĐV',
    date: null,
    title: 'Tổ chức công tác thi đua, khen thưởng của Cụm Thi đua V năm 2023',
    legalBasis: ['Thực hiện Quyết định số 309/QĐ-BCT ngày 17/02/2023 của Bộ Công Thương.'],
    sections: [
      { title: 'Mục đích, yêu cầu', body: '1. Mục đích\nĐẩy mạnh các phong trào thi đua.' },
      { title: 'Tổ chức thực hiện', body: '- Cụm trưởng xây dựng kế hoạch.' },
      { title: '', body: 'Trên đây là Kế hoạch của Cụm Thi đua V./.' },
    ],
    tasks: [
      {
        content: 'Xây dựng kế hoạch công tác thi đua, khen thưởng Cụm Thi đua V năm 2023',
        lead: ['Sở Công Thương tỉnh Lai Châu'],
        coordinating: ['Các cơ quan thành viên Cụm Thi đua V'],
        deadline: 'Tháng 04/2023',
      },
      {
        content: '- Tổ chức Hội nghị Tổng kết\n- Bầu đơn vị Cụm trưởng, Cụm phó năm 2024.',
        lead: ['Sở Công Thương tỉnh Lai Châu', 'Sở Công Thương tỉnh Điện Biên'],
        coordinating: ['Các cơ quan thành viên Cụm Thi đua V'],
        deadline: 'Tháng 01/2024',
      },
    ],
    recipients: ['Bộ Công Thương - Vụ TCCB'],
    archive: ['VT', 'TĐKT'],
    signerName: 'Nguyễn Sỹ Chín',
    signerTitle: 'Giám đốc\nSở Công Thương tỉnh Lai Châu',
  });

  it('heads with the cluster under its organiser and a draft number "…/KH-CTĐV"', () => {
    expect(doc.header).toEqual({
      parentBody: 'BỘ CÔNG THƯƠNG',
      issuingBody: 'CỤM THI ĐUA V',
      number: '…/KH-CTĐV',
      place: 'Lai Châu',
      date: null,
    });
  });

  it('puts the task table in its own section before the last one when no marker says where, numbered 1, 2 …', () => {
    expect(doc.blocks.filter((b) => b.type === 'heading' && b.level === 1).map(text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ CỤ THỂ VÀ THỜI GIAN THỰC HIỆN',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
    const table = doc.blocks.find((b): b is TableBlock => b.type === 'table')!;
    expect(table.headerRows[0]!.map((c) => c.text)).toEqual([...CLUSTER_PLAN_COLUMNS]);
    const rows = table.rows.map((r) => (r.kind === 'cells' ? r.cells.map((c) => c.text) : []));
    expect(rows[1]).toEqual([
      '2',
      ['- Tổ chức Hội nghị Tổng kết', '- Bầu đơn vị Cụm trưởng, Cụm phó năm 2024.'],
      ['- Sở Công Thương tỉnh Lai Châu', '- Sở Công Thương tỉnh Điện Biên'],
      ['Các cơ quan thành viên Cụm Thi đua V'],
      'Tháng 01/2024',
    ]);
  });

  it('is signed for the cluster by its leader: "TM. CỤM THI ĐUA V / CỤM TRƯỞNG"', () => {
    expect(doc.signature).toEqual({
      authority: ['TM. CỤM THI ĐUA V', 'CỤM TRƯỞNG'],
      signerName: 'Nguyễn Sỹ Chín',
      signerTitle: 'GIÁM ĐỐC\nSỞ CÔNG THƯƠNG TỈNH LAI CHÂU',
    });
    expect(doc.recipients).toEqual(['Bộ Công Thương - Vụ TCCB;', 'Lưu: VT, TĐKT.']);
  });
});

describe('the cluster year-end report', () => {
  it('says the ranking is not published yet when there is none, and names next year’s leader with the votes', () => {
    const doc = buildClusterReportDocument({
      kind: 'tong-ket-nam',
      clusterName: 'Cụm thi đua V',
      organiserName: 'Bộ Công Thương',
      place: 'Lai Châu',
      year: 2025,
      number: null,
      symbol: 'BC-CTĐV',
      date: null,
      members: [
        { name: 'Sở Công Thương tỉnh Lai Châu', role: 'leader', roleSince: '2025-02-18' },
        { name: 'Sở Công Thương tỉnh Điện Biên', role: 'deputy', roleSince: '2025-02-18' },
      ],
      tasks: [],
      covenant: null,
      meetings: [],
      results: null,
      election: {
        forYear: 2026,
        leader: { name: 'Sở Công Thương tỉnh Điện Biên', votesFor: 5, votesTotal: 5 },
        deputy: null,
      },
      recipients: ['Bộ Công Thương'],
      signerName: 'Nguyễn Sỹ Chín',
    });
    const texts = doc.blocks.map(text);
    expect(doc.title).toBe('Tổng kết phong trào thi đua, công tác khen thưởng năm 2025 của Cụm thi đua V');
    expect(texts).toContain('Kết quả chấm điểm, xếp hạng thi đua năm 2025 chưa được công bố.');
    expect(texts).toContain(
      'Hội nghị tổng kết đã suy tôn Sở Công Thương tỉnh Điện Biên làm Cụm trưởng năm 2026 (5/5 phiếu, đạt 100%).',
    );
  });
});
