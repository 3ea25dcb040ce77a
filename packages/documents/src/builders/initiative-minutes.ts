// Biên bản họp Hội đồng sáng kiến: who sat, the rubric, each initiative with its authors, the members'
// totals (those excluded for a conflict of interest named with the reason), the average and the result;
// signed by the secretary and, for the council, the chair. Pure: data in, document model out.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import type { Block, OfficialDocument, TableBlock, TableRow } from '../model.ts';
import { bullet, heading, headerFromAgency, paragraph, proseBlocks, type AgencyInfo } from './generic.ts';

export type MinutesMember = { name: string; role: string; title: string | null };
export type MinutesInitiative = {
  title: string;
  authors: { name: string; share: number }[];
  unitName: string | null;
  /** Total points per scoring member, in member order; null = did not score. */
  totals: { member: string; total: number | null; excluded: string | null }[];
  average: number | null;
  result: string;
};

export type InitiativeMinutesData = {
  agency: AgencyInfo;
  councilName: string;
  year: number;
  heldOn: string | null;
  place: string | null;
  members: MinutesMember[];
  criteria: { name: string; maxPoints: number }[];
  initiatives: MinutesInitiative[];
  minutes: string | null;
  chair: string;
  secretary: string;
};

const num = (n: number): string => String(Math.round(n * 100) / 100).replace('.', ',');

function dateWords(iso: string | null): string {
  if (!iso) return 'ngày … tháng … năm …';
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

export function buildInitiativeMinutes(data: InitiativeMinutesData): OfficialDocument {
  const total = data.criteria.reduce((s, c) => s + c.maxPoints, 0);
  const blocks: Block[] = [
    paragraph(
      `Hôm nay, ${dateWords(data.heldOn)}${data.place ? `, tại ${nfc(data.place)}` : ''}, ${nfc(data.councilName)} họp xét công nhận sáng kiến năm ${data.year}.`,
    ),
    heading(1, 'I. THÀNH PHẦN'),
    ...data.members.map((m) => bullet(`${nfc(m.name)}${m.title ? `, ${nfc(m.title)}` : ''} – ${m.role}.`)),
    heading(1, 'II. NỘI DUNG'),
    heading(2, '1. Tiêu chí chấm điểm'),
    ...data.criteria.map((c, i) =>
      bullet(`Tiêu chí ${i + 1}: ${nfc(c.name)} (tối đa ${num(c.maxPoints)} điểm).`),
    ),
    paragraph(
      `Tổng điểm tối đa: ${num(total)} điểm. Thành viên là tác giả hoặc trưởng đơn vị của tác giả không chấm sáng kiến đó; thành viên có quan hệ với tác giả được xin không chấm.`,
    ),
    heading(2, '2. Kết quả chấm điểm'),
  ];
  const rows: TableRow[] = data.initiatives.map((it, i) => ({
    kind: 'cells',
    cells: [
      { text: String(i + 1), align: 'center' },
      { text: nfc(it.title) },
      { text: it.authors.map((a) => `${nfc(a.name)} (${num(a.share)}%)`) },
      { text: it.unitName ? nfc(it.unitName) : '' },
      {
        text: it.totals.map((t) =>
          t.excluded
            ? `${nfc(t.member)}: không chấm (${nfc(t.excluded)})`
            : `${nfc(t.member)}: ${t.total === null ? '—' : num(t.total)}`,
        ),
      },
      { text: it.average === null ? '—' : num(it.average), align: 'center' },
      { text: nfc(it.result), align: 'center' },
    ],
  }));
  const table: TableBlock = {
    type: 'table',
    columnWidths: [5, 26, 20, 14, 22, 8, 12],
    headerRows: [
      [
        { text: 'STT' },
        { text: 'Tên sáng kiến' },
        { text: 'Tác giả (tỷ lệ đóng góp)' },
        { text: 'Đơn vị' },
        { text: 'Điểm của thành viên' },
        { text: 'Điểm TB' },
        { text: 'Kết quả' },
      ],
    ],
    rows,
    fontSize: 11,
  };
  blocks.push(table);
  if (data.minutes) {
    blocks.push(heading(2, '3. Ý kiến thảo luận và kết luận'));
    blocks.push(...proseBlocks(data.minutes));
  }
  blocks.push(
    paragraph(
      'Biên bản được lập thành 02 bản, thông qua tại cuộc họp và được các thành viên dự họp thống nhất.',
    ),
  );
  blocks.push({
    type: 'signatures',
    signatures: [
      { authority: ['THƯ KÝ'], signerName: nfc(data.secretary) },
      { authority: ['TM. HỘI ĐỒNG', 'CHỦ TỊCH'], signerName: nfc(data.chair) },
    ],
  });
  return {
    header: headerFromAgency(data.agency, { kind: 'bien-ban', number: null, date: data.heldOn }),
    kind: 'bien-ban',
    title: `Họp Hội đồng sáng kiến năm ${data.year}`,
    blocks,
    recipients: [],
    signature: null,
  };
}
