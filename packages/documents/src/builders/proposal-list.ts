// Danh sách đề nghị khen thưởng: the table that accompanies a tờ trình (STT, họ và tên, chức vụ, đơn vị,
// hình thức, thành tích tóm tắt), individuals first then collectives. Pure: data in, document model out.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import type { Block, OfficialDocument, Signature, TableRow } from '../model.ts';
import { headerFromAgency, paragraph, recipientLines, type AgencyInfo } from './generic.ts';

export type ProposalListEntry = {
  /** "Bà Nguyễn Thị Hằng" or the collective's name. */
  name: string;
  kind: 'person' | 'unit' | 'agency';
  positionTitle: string | null;
  unitName: string | null;
  form: string;
  achievement: string | null;
};

export type ProposalListData = {
  agency: AgencyInfo;
  /** "Bằng khen của Chủ tịch UBND tỉnh" — the form the list proposes. */
  form: string;
  year: number;
  date: string | null;
  /** The tờ trình this list is attached to, e.g. "…/TTr-SCT", for the line under the title. */
  attachedTo: string | null;
  entries: ProposalListEntry[];
  signature: Signature | null;
};

export function proposalListRows(entries: readonly ProposalListEntry[]): TableRow[] {
  const rows: TableRow[] = [];
  const persons = entries.filter((e) => e.kind === 'person');
  const collectives = entries.filter((e) => e.kind !== 'person');
  let n = 0;
  const push = (e: ProposalListEntry) =>
    rows.push({
      kind: 'cells',
      cells: [
        { text: String(++n), align: 'center' },
        { text: nfc(e.name) },
        { text: e.positionTitle ? nfc(e.positionTitle) : '' },
        { text: e.unitName ? nfc(e.unitName) : '' },
        { text: nfc(e.form) },
        { text: e.achievement ? nfc(e.achievement) : '' },
      ],
    });
  if (persons.length && collectives.length) rows.push({ kind: 'group', text: 'I. CÁ NHÂN', align: 'left' });
  persons.forEach(push);
  if (persons.length && collectives.length) rows.push({ kind: 'group', text: 'II. TẬP THỂ', align: 'left' });
  collectives.forEach(push);
  return rows;
}

export function proposalListTable(entries: readonly ProposalListEntry[]): Block {
  return {
    type: 'table',
    columnWidths: [6, 20, 18, 18, 16, 30],
    headerRows: [
      [
        { text: 'STT' },
        { text: 'Họ và tên' },
        { text: 'Chức vụ' },
        { text: 'Đơn vị' },
        { text: 'Hình thức' },
        { text: 'Thành tích tóm tắt' },
      ],
    ],
    rows: proposalListRows(entries),
    fontSize: 11,
  };
}

export function buildProposalList(data: ProposalListData): OfficialDocument {
  const persons = data.entries.filter((e) => e.kind === 'person').length;
  const collectives = data.entries.length - persons;
  const doc: OfficialDocument = {
    header: headerFromAgency(data.agency, { kind: 'danh-sach', number: null, date: data.date }),
    kind: 'danh-sach',
    title: `Cá nhân, tập thể đề nghị tặng ${nfc(data.form)} năm ${data.year}`,
    blocks: [
      paragraph(`Tổng số: ${persons} cá nhân và ${collectives} tập thể.`),
      proposalListTable(data.entries),
    ],
    recipients: recipientLines([], ['VT', 'VP']),
    signature: data.signature,
  };
  if (data.attachedTo) doc.subtitle = `(Kèm theo Tờ trình số ${data.attachedTo})`;
  return doc;
}
