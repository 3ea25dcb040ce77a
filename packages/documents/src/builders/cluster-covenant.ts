// Bản giao ước thi đua of a cluster (cụm, khối thi đua) for a year: the cluster under its organiser in the
// header, the covenant's text, the criteria table with the points scale (groups as full-width rows, standard,
// bonus and penalty criteria with their range and the evidence required), and the signatures of every member
// agency's head, two by two, with the cluster head signing for the cluster. Pure: the caller passes the data.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import { upperVi } from '../format.ts';
import type { Block, OfficialDocument, Signature, TableBlock, TableRow } from '../model.ts';
import { heading, paragraph, proseBlocks, recipientLines, signatureClusterHead } from './generic.ts';

export type CovenantCriterion = {
  code: string | null;
  name: string;
  kind: 'standard' | 'bonus' | 'penalty';
  minPoints: number;
  maxPoints: number;
  evidenceRequired: string | null;
};

export type CovenantInput = {
  /** "Cụm thi đua V". */
  clusterName: string;
  /** "Bộ Công Thương"; null for none. */
  organiserName: string | null;
  year: number;
  place: string;
  /** 'YYYY-MM-DD' once signed, null for the draft. */
  signedOn: string | null;
  /** The covenant's own text (commitments), paragraphs separated by blank lines. */
  content: string;
  groups: { code: string | null; name: string; maxPoints: number | null; criteria: CovenantCriterion[] }[];
  /** Member agencies in the order they sign; the leader signs for the cluster as well. */
  members: {
    agencyName: string;
    signerName: string | null;
    signerTitle: string | null;
    role: 'leader' | 'deputy' | 'member';
  }[];
  /** Criteria version fixed by this covenant (1 at signing). */
  criteriaVersion: number | null;
};

export const COVENANT_COLUMNS = ['Stt', 'Nội dung tiêu chí', 'Điểm tối đa', 'Minh chứng'] as const;

/** 14,5 — points written the Vietnamese way. */
function pts(x: number): string {
  return String(Math.round(x * 100) / 100).replace('.', ',');
}

function rangeText(c: CovenantCriterion): string {
  if (c.kind === 'penalty') return `trừ tối đa ${pts(-c.minPoints)}`;
  if (c.kind === 'bonus') return `thưởng tối đa ${pts(c.maxPoints)}`;
  return pts(c.maxPoints);
}

export function covenantCriteriaTable(groups: CovenantInput['groups']): TableBlock {
  const rows: TableRow[] = [];
  for (const g of groups) {
    const max = g.maxPoints === null ? '' : ` (tối đa ${pts(g.maxPoints)} điểm)`;
    rows.push({
      kind: 'group',
      text: `${g.code ? `${g.code}. ` : ''}${upperVi(g.name)}${max}`,
      align: 'left',
    });
    for (const c of g.criteria)
      rows.push({
        kind: 'cells',
        cells: [
          { text: c.code ?? '', align: 'center' },
          { text: nfc(c.name), align: 'justify' },
          { text: rangeText(c), align: 'center' },
          { text: c.evidenceRequired ? nfc(c.evidenceRequired) : '', align: 'left' },
        ],
      });
  }
  const total = groups.reduce(
    (a, g) => a + g.criteria.filter((c) => c.kind === 'standard').reduce((b, c) => b + c.maxPoints, 0),
    0,
  );
  rows.push({
    kind: 'cells',
    cells: [
      { text: '', align: 'center' },
      { text: 'Tổng điểm tối đa (không kể điểm thưởng, điểm trừ)', bold: true },
      { text: pts(total), align: 'center', bold: true },
      { text: '' },
    ],
  });
  return {
    type: 'table',
    columnWidths: [10, 60, 18, 40],
    headerRows: [COVENANT_COLUMNS.map((h) => ({ text: h }))],
    rows,
    fontSize: 12,
  };
}

export function buildClusterCovenant(input: CovenantInput): OfficialDocument {
  const blocks: Block[] = [];
  blocks.push(
    paragraph(
      `Căn cứ Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành; căn cứ Quy chế hoạt động và Kế hoạch tổ chức công tác thi đua, khen thưởng năm ${input.year} của ${input.clusterName}, các cơ quan thành viên ${input.clusterName} thống nhất ký kết giao ước thi đua năm ${input.year} với các nội dung sau:`,
    ),
  );
  blocks.push(heading(1, 'I. NỘI DUNG GIAO ƯỚC'));
  blocks.push(
    ...(input.content.trim()
      ? proseBlocks(input.content)
      : [paragraph('Các cơ quan thành viên cam kết thực hiện đầy đủ các tiêu chí thi đua dưới đây.')]),
  );
  blocks.push(heading(1, 'II. TIÊU CHÍ VÀ THANG ĐIỂM THI ĐUA'));
  blocks.push({
    ...(paragraph(
      'Các cơ quan thành viên tự chấm điểm theo bảng sau, kèm minh chứng; Cụm trưởng chấm điểm từng cơ quan; kết quả được Hội nghị Cụm biểu quyết và Thường trực Hội đồng Thi đua – Khen thưởng xác nhận.',
    ) as Block & { type: 'paragraph' }),
    keepNext: true,
  });
  blocks.push(covenantCriteriaTable(input.groups));
  blocks.push(heading(1, 'III. TỔ CHỨC THỰC HIỆN'));
  blocks.push(
    paragraph(
      `Bộ tiêu chí này được cố định khi ký giao ước${input.criteriaVersion ? ` (phiên bản ${input.criteriaVersion})` : ''}; mọi sửa đổi sau khi ký phải được Cụm trưởng thông báo đến các cơ quan thành viên, ghi rõ lý do và lưu thành phiên bản mới. Giao ước được lập thành ${input.members.length} bản, mỗi cơ quan thành viên giữ một bản.`,
    ),
  );
  blocks.push(heading(2, 'ĐẠI DIỆN CÁC CƠ QUAN THÀNH VIÊN'));
  const sigs: Signature[] = input.members.map((m) => ({
    authority: [upperVi(m.agencyName), upperVi(m.signerTitle ?? 'Giám đốc')],
    signerName: nfc(m.signerName ?? ''),
  }));
  for (let i = 0; i < sigs.length; i += 2)
    blocks.push({ type: 'signatures', signatures: sigs.slice(i, i + 2) });
  const leader = input.members.find((m) => m.role === 'leader');
  return {
    header: {
      parentBody: input.organiserName ? upperVi(input.organiserName) : null,
      issuingBody: upperVi(input.clusterName),
      number: '…/GƯ-CTĐ',
      place: input.place,
      date: input.signedOn,
    },
    kind: 'chuong-trinh',
    typeLabel: 'BẢN GIAO ƯỚC THI ĐUA',
    title: `Năm ${input.year}`,
    blocks,
    recipients: recipientLines(
      [
        ...(input.organiserName ? [`Hội đồng Thi đua – Khen thưởng ${input.organiserName} (b/c);`] : []),
        `Các cơ quan thành viên ${input.clusterName};`,
      ],
      ['VT'],
    ),
    signature: leader
      ? signatureClusterHead(
          input.clusterName,
          leader.signerName ?? '',
          `${leader.signerTitle ?? 'Giám đốc'}\n${leader.agencyName}`,
        )
      : null,
  };
}
