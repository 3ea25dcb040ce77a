// Tờ trình đề nghị khen thưởng (Decree 30/2020 layout): agency header, number and symbol "…/TTr-SCT",
// place and date, the trích yếu "Về việc đề nghị tặng …", "Kính gửi: …", the legal basis, the request with
// the summary of the list (individuals, collectives), the dossier attached, Nơi nhận and the signature
// ("GIÁM ĐỐC", or "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). The full table is the separate Danh sách
// (proposal-list.ts).
// Pure: data in, document model out.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import type { Block, OfficialDocument, Signature } from '../model.ts';
import {
  bullet,
  documentSymbol,
  headerFromAgency,
  heading,
  paragraph,
  recipientLines,
  type AgencyInfo,
} from './generic.ts';
import type { ProposalListEntry } from './proposal-list.ts';

export type ProposalToTrinhData = {
  agency: AgencyInfo;
  number: string | null;
  date: string | null;
  /** "Bằng khen của Chủ tịch UBND tỉnh". */
  form: string;
  year: number;
  /** "Ủy ban nhân dân tỉnh Gia Lai (qua Sở Nội vụ – Ban Thi đua – Khen thưởng)". */
  addressee: string;
  /** "Căn cứ …" lines (the law, the decree, the agency's own regulation). */
  legalBasis: string[];
  /** What the achievements were for: "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024". */
  reason: string;
  entries: ProposalListEntry[];
  /** Labels of the dossier items attached ("Báo cáo thành tích …"). */
  dossier: string[];
  /** The simplified procedure for a sudden feat (a line saying so). */
  simplified: boolean;
  recipients: string[];
  signature: Signature | null;
};

export function proposalSymbol(agency: AgencyInfo): string {
  return documentSymbol('to-trinh', agency.abbreviation);
}

export function buildProposalToTrinh(data: ProposalToTrinhData): OfficialDocument {
  const persons = data.entries.filter((e) => e.kind === 'person').length;
  const collectives = data.entries.length - persons;
  const agencyName = nfc(data.agency.name);
  const counts = [
    persons ? `${String(persons).padStart(2, '0')} cá nhân` : null,
    collectives ? `${String(collectives).padStart(2, '0')} tập thể` : null,
  ]
    .filter(Boolean)
    .join(' và ');
  const blocks: Block[] = [
    { type: 'paragraph', runs: [{ text: `Kính gửi: ${nfc(data.addressee)}.` }], align: 'center' },
    ...data.legalBasis.map((l) => paragraph(nfc(l))),
    paragraph(
      `${agencyName} kính trình ${nfc(data.addressee.replace(/\s*\(.*\)$/, ''))} xem xét, tặng ${nfc(data.form)} cho ${counts || 'các cá nhân, tập thể'} ${nfc(data.reason)}${data.simplified ? ' (đề nghị theo thủ tục đơn giản)' : ''}, cụ thể như sau:`,
    ),
  ];
  const personsList = data.entries.filter((e) => e.kind === 'person');
  const collectiveList = data.entries.filter((e) => e.kind !== 'person');
  if (personsList.length) {
    blocks.push(heading(2, `1. Cá nhân (${personsList.length}):`));
    for (const e of personsList)
      blocks.push(bullet(`${nfc(e.name)}${e.positionTitle ? `, ${nfc(e.positionTitle)}` : ''}.`));
  }
  if (collectiveList.length) {
    blocks.push(heading(2, `${personsList.length ? 2 : 1}. Tập thể (${collectiveList.length}):`));
    for (const e of collectiveList) blocks.push(bullet(`${nfc(e.name)}.`));
  }
  blocks.push(paragraph('(Có danh sách và hồ sơ kèm theo)'));
  if (data.dossier.length) {
    blocks.push(paragraph('Hồ sơ gửi kèm gồm:'));
    for (const d of data.dossier) blocks.push(bullet(`${nfc(d)}.`));
  }
  blocks.push(
    paragraph(
      `${agencyName} kính trình ${nfc(data.addressee.replace(/\s*\(.*\)$/, ''))} xem xét, quyết định./.`,
    ),
  );
  return {
    header: headerFromAgency(data.agency, { kind: 'to-trinh', number: data.number, date: data.date }),
    kind: 'to-trinh',
    title: `Về việc đề nghị tặng ${nfc(data.form)} năm ${data.year}`,
    blocks,
    recipients: recipientLines(data.recipients, ['VT', 'VP']),
    signature: data.signature,
  };
}
