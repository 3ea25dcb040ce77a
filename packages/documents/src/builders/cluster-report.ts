// The cluster's mid-year and year-end reports (báo cáo sơ kết 6 tháng / tổng kết năm của Cụm), written from
// the data: the members and their roles, the plan's tasks with their state, the covenant, the conferences,
// and at year end the published ranking and the election of next year's leader and deputy. Signed by the
// leader for the cluster ("TM. CỤM THI ĐUA V / CỤM TRƯỞNG"). Pure: data in, document model out.
import { formatDateVi, formatNumberVi, nfc } from '../../../domain/src/text/vietnamese.ts';
import { numberAndSymbol, upperVi } from '../format.ts';
import type { Block, OfficialDocument, TableBlock } from '../model.ts';
import { bullet, heading, paragraph, recipientLines } from './generic.ts';
import { clusterSignature } from './cluster-plan.ts';

export type ClusterReportKind = 'so-ket-6-thang' | 'tong-ket-nam';

export type ClusterReportInput = {
  kind: ClusterReportKind;
  clusterName: string;
  organiserName: string | null;
  place: string;
  year: number;
  number: string | null;
  symbol: string;
  date: string | null;
  members: { name: string; role: 'leader' | 'deputy' | 'member'; roleSince: string | null }[];
  tasks: { content: string; lead: string[]; deadline: string; status: string; doneOn: string | null }[];
  covenant: { title: string; status: string; signedOn: string | null; signedCount: number } | null;
  meetings: {
    kind: string;
    heldOn: string | null;
    hostName: string | null;
    form: string | null;
    presentCount: number | null;
  }[];
  /** The ranking (published results only, unless the reader is the leader or a reviewer); null: not yet. */
  results: { rank: number; agencyName: string; total: number; proposal: string | null }[] | null;
  election: {
    forYear: number;
    leader: { name: string; votesFor: number; votesTotal: number } | null;
    deputy: { name: string; votesFor: number; votesTotal: number } | null;
  } | null;
  recipients: string[];
  signerName: string;
  signerTitle?: string;
};

export const TASK_STATUS_TEXT: Record<string, string> = {
  'not-started': 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Đã hoàn thành',
  late: 'Chậm tiến độ',
  cancelled: 'Không thực hiện',
};

const MEETING_KIND: Record<string, string> = {
  'so-ket': 'Hội nghị sơ kết',
  'tong-ket': 'Hội nghị tổng kết',
  khac: 'Cuộc họp',
};
const FORM: Record<string, string> = {
  'truc-tiep': 'trực tiếp',
  'truc-tuyen': 'trực tuyến',
  'van-ban': 'bằng văn bản',
};
const ROLE: Record<'leader' | 'deputy' | 'member', string> = {
  leader: 'Cụm trưởng',
  deputy: 'Cụm phó',
  member: 'Thành viên',
};

export function clusterReportTitle(kind: ClusterReportKind, clusterName: string, year: number): string {
  return kind === 'so-ket-6-thang'
    ? `Sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm ${year} của ${nfc(clusterName)}`
    : `Tổng kết phong trào thi đua, công tác khen thưởng năm ${year} của ${nfc(clusterName)}`;
}

function taskTable(tasks: ClusterReportInput['tasks']): TableBlock {
  return {
    type: 'table',
    columnWidths: [9, 58, 30, 22, 26],
    headerRows: [
      ['Stt', 'Nội dung, nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Kết quả'].map((text) => ({ text })),
    ],
    rows: tasks.map((t, i) => ({
      kind: 'cells' as const,
      cells: [
        { text: String(i + 1), align: 'center' as const },
        {
          text: nfc(t.content)
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean),
          align: 'justify' as const,
        },
        { text: t.lead.map((x) => nfc(x)), align: 'center' as const },
        { text: nfc(t.deadline), align: 'center' as const },
        {
          text:
            t.status === 'done' && t.doneOn
              ? `${TASK_STATUS_TEXT.done} (${formatDateVi(t.doneOn)})`
              : (TASK_STATUS_TEXT[t.status] ?? t.status),
          align: 'center' as const,
        },
      ],
    })),
    fontSize: 12,
  };
}

function resultTable(results: NonNullable<ClusterReportInput['results']>): TableBlock {
  return {
    type: 'table',
    columnWidths: [12, 70, 24, 50],
    headerRows: [['Xếp hạng', 'Cơ quan', 'Tổng điểm', 'Đề nghị khen thưởng'].map((text) => ({ text }))],
    rows: results.map((r) => ({
      kind: 'cells' as const,
      cells: [
        { text: String(r.rank), align: 'center' as const },
        { text: nfc(r.agencyName) },
        { text: formatNumberVi(r.total, 2), align: 'right' as const },
        { text: r.proposal ? nfc(r.proposal) : '' },
      ],
    })),
    fontSize: 12,
  };
}

const votes = (v: { votesFor: number; votesTotal: number }): string =>
  `${v.votesFor}/${v.votesTotal} phiếu, đạt ${formatNumberVi(Math.round((v.votesFor * 10_000) / Math.max(1, v.votesTotal)) / 100)}%`;

export function buildClusterReportDocument(r: ClusterReportInput): OfficialDocument {
  const midYear = r.kind === 'so-ket-6-thang';
  const blocks: Block[] = [];
  const leader = r.members.find((m) => m.role === 'leader');
  const deputy = r.members.find((m) => m.role === 'deputy');

  blocks.push(heading(1, 'I. ĐẶC ĐIỂM TÌNH HÌNH'));
  blocks.push(
    paragraph(
      `${nfc(r.clusterName)} năm ${r.year} gồm ${r.members.length} cơ quan thành viên${
        r.organiserName ? ` do ${nfc(r.organiserName)} tổ chức` : ''
      }:`,
    ),
  );
  for (const m of r.members)
    blocks.push(
      bullet(
        `${nfc(m.name)}${m.role === 'member' ? '' : ` – ${ROLE[m.role]}`}${
          m.role !== 'member' && m.roleSince ? ` (từ ngày ${formatDateVi(m.roleSince)})` : ''
        };`,
      ),
    );
  if (leader)
    blocks.push(
      paragraph(
        `${nfc(leader.name)} là Cụm trưởng${deputy ? `, ${nfc(deputy.name)} là Cụm phó` : ''} năm ${r.year}.`,
      ),
    );

  blocks.push(heading(1, 'II. KẾT QUẢ THỰC HIỆN'));
  const done = r.tasks.filter((t) => t.status === 'done').length;
  blocks.push(heading(2, '1. Thực hiện Kế hoạch hoạt động của Cụm'));
  if (r.tasks.length === 0) blocks.push(paragraph(`Cụm chưa ban hành Kế hoạch hoạt động năm ${r.year}.`));
  else {
    blocks.push(
      paragraph(
        `Kế hoạch hoạt động năm ${r.year} của Cụm có ${r.tasks.length} nhiệm vụ; đến thời điểm báo cáo đã hoàn thành ${done}/${r.tasks.length} nhiệm vụ.`,
      ),
    );
    blocks.push(taskTable(r.tasks));
  }
  blocks.push(heading(2, '2. Ký kết giao ước thi đua'));
  if (r.covenant?.status === 'signed')
    blocks.push(
      paragraph(
        `Các cơ quan thành viên đã ký kết ${nfc(r.covenant.title)}${
          r.covenant.signedOn ? ` ngày ${formatDateVi(r.covenant.signedOn)}` : ''
        } (${r.covenant.signedCount} cơ quan ký).`,
      ),
    );
  else if (r.covenant) blocks.push(paragraph(`${nfc(r.covenant.title)} đang ở dạng dự thảo, chưa ký kết.`));
  else blocks.push(paragraph(`Cụm chưa ghi nhận giao ước thi đua năm ${r.year}.`));
  blocks.push(heading(2, '3. Hội nghị của Cụm'));
  if (r.meetings.length === 0) blocks.push(paragraph('Trong kỳ báo cáo Cụm chưa tổ chức hội nghị.'));
  for (const m of r.meetings)
    blocks.push(
      bullet(
        `${MEETING_KIND[m.kind] ?? 'Cuộc họp'}${m.heldOn ? ` ngày ${formatDateVi(m.heldOn)}` : ''}${
          m.form ? `, hình thức ${FORM[m.form] ?? m.form}` : ''
        }${m.hostName ? `, do ${nfc(m.hostName)} chủ trì` : ''}${
          m.presentCount !== null ? `, ${m.presentCount}/${r.members.length} cơ quan tham dự` : ''
        };`,
      ),
    );
  if (!midYear) {
    blocks.push(heading(2, '4. Kết quả chấm điểm, xếp hạng thi đua'));
    if (r.results && r.results.length > 0) blocks.push(resultTable(r.results));
    else blocks.push(paragraph(`Kết quả chấm điểm, xếp hạng thi đua năm ${r.year} chưa được công bố.`));
    blocks.push(heading(2, `5. Suy tôn Cụm trưởng, Cụm phó năm ${r.year + 1}`));
    if (r.election?.leader) {
      blocks.push(
        paragraph(
          `Hội nghị tổng kết đã suy tôn ${nfc(r.election.leader.name)} làm Cụm trưởng năm ${r.election.forYear} (${votes(r.election.leader)})${
            r.election.deputy
              ? `, ${nfc(r.election.deputy.name)} làm Cụm phó (${votes(r.election.deputy)})`
              : ''
          }.`,
        ),
      );
    } else blocks.push(paragraph(`Hội nghị chưa suy tôn Cụm trưởng, Cụm phó năm ${r.year + 1}.`));
  }

  blocks.push(
    heading(1, midYear ? `III. NHIỆM VỤ 6 THÁNG CUỐI NĂM ${r.year}` : `III. PHƯƠNG HƯỚNG NĂM ${r.year + 1}`),
  );
  if (midYear) {
    const open = r.tasks.filter((t) => t.status !== 'done' && t.status !== 'cancelled');
    if (open.length === 0) blocks.push(paragraph('Các nhiệm vụ của Kế hoạch đã hoàn thành.'));
    else {
      blocks.push(paragraph('Tiếp tục thực hiện các nhiệm vụ còn lại của Kế hoạch:'));
      for (const t of open)
        blocks.push(
          bullet(
            `${nfc(t.content)
              .replace(/\r?\n-?\s*/g, '; ')
              .replace(/^-\s*/, '')} (${nfc(t.deadline)});`,
          ),
        );
    }
  } else {
    blocks.push(
      paragraph(
        `Tiếp tục đẩy mạnh các phong trào thi đua yêu nước; các cơ quan thành viên ký kết giao ước thi đua năm ${r.year + 1}, thực hiện Kế hoạch hoạt động của Cụm và báo cáo theo quy định.`,
      ),
    );
  }
  blocks.push(
    paragraph(
      `Trên đây là báo cáo ${midYear ? 'sơ kết 6 tháng đầu năm' : 'tổng kết năm'} ${r.year} của ${nfc(r.clusterName)}./.`,
    ),
  );

  return {
    header: {
      parentBody: r.organiserName ? upperVi(r.organiserName) : null,
      issuingBody: upperVi(r.clusterName),
      number: numberAndSymbol(r.number, r.symbol),
      place: nfc(r.place),
      date: r.date,
    },
    kind: 'bao-cao',
    title: clusterReportTitle(r.kind, r.clusterName, r.year),
    blocks,
    recipients: recipientLines(r.recipients, ['VT']),
    signature: clusterSignature(r.clusterName, r.signerName, r.signerTitle),
  };
}
