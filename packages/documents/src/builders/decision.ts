// Quyết định khen thưởng of the agency (Giấy khen, LĐTT, CSTĐCS, Tập thể LĐTT, Tập thể LĐXS) in the Decree
// 30/2020 layout: header, "QUYẾT ĐỊNH / Về việc …", the signer's title ("GIÁM ĐỐC SỞ CÔNG THƯƠNG"), the
// legal basis (căn cứ) of the law in force for the achievement year (regimes.ts), "Xét đề nghị …",
// "QUYẾT ĐỊNH:", Điều 1/2/3, Nơi nhận and the signature; then the attached list (Danh sách kèm theo
// Quyết định: STT, họ và tên, chức vụ, đơn vị). Pure: data in, document model out.
import { INSTRUMENTS, type InstrumentId } from '../../../domain/src/eligibility/instruments.ts';
import { pickRegime } from '../../../domain/src/eligibility/regimes.ts';
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import { upperVi } from '../format.ts';
import type { Block, OfficialDocument, Signature, TableRow } from '../model.ts';
import { headerFromAgency, paragraph, recipientLines, type AgencyInfo } from './generic.ts';

/** The codes an agency head decides (Law 06/2022 Art. 74–75 / ND 98/2023; Law 2003 Art. 77). */
export const OWN_DECISION_CODES = [
  'giay-khen',
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
] as const;
export type OwnDecisionCode = (typeof OWN_DECISION_CODES)[number];

export const OWN_DECISION_LABELS: Record<OwnDecisionCode, string> = {
  'giay-khen': 'Giấy khen',
  'lao-dong-tien-tien': 'Lao động tiên tiến',
  'chien-si-thi-dua-co-so': 'Chiến sĩ thi đua cơ sở',
  'tap-the-lao-dong-tien-tien': 'Tập thể lao động tiên tiến',
  'tap-the-lao-dong-xuat-sac': 'Tập thể lao động xuất sắc',
};

export type DecisionRecipientLine = {
  /** "Nguyễn Thị Hằng" or "Phòng Quản lý Thương mại". */
  name: string;
  position: string | null;
  unit: string | null;
};

export type AwardDecisionData = {
  agency: AgencyInfo;
  /** "GIÁM ĐỐC" — the head's position; the title line adds the agency ("GIÁM ĐỐC SỞ CÔNG THƯƠNG"). */
  headPosition: string;
  code: OwnDecisionCode;
  year: number;
  number: string | null;
  decidedOn: string | null;
  /** Extra căn cứ lines from the agency (its founding decision, the emulation regulation …). */
  extraBasis: readonly string[];
  /** "Xét đề nghị của Hội đồng Thi đua – Khen thưởng Sở …". */
  proposedBy: string;
  /** "thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025" (Giấy khen). */
  achievement: string | null;
  recipients: readonly DecisionRecipientLine[];
  /** Nơi nhận besides "Như Điều 3". */
  distribution: readonly string[];
  signerName: string;
  /** A deputy signs "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC". */
  signedByDeputy: boolean;
};

const isCollective = (code: OwnDecisionCode): boolean => code.startsWith('tap-the-');

function dateWords(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `ngày ${Number(d)} tháng ${Number(m)} năm ${y}`;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const ROLE_OF: Partial<Record<InstrumentId, string>> = {
  'nd-91-2017': 'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  'nd-98-2023': 'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  'nd-152-2025': 'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  'tt-12-2019-bnv': 'của Bộ trưởng Bộ Nội vụ hướng dẫn thi hành Nghị định số 91/2017/NĐ-CP',
  'tt-01-2024-bnv':
    'của Bộ trưởng Bộ Nội vụ quy định chi tiết một số điều của Luật Thi đua, khen thưởng và Nghị định số 98/2023/NĐ-CP',
};

/**
 * The căn cứ lines of the law in force for the achievement year as judged on the decision date (R-REG-1):
 * the framework law, the detailing decree and the guiding circular of that regime.
 */
export function legalBasisForYear(year: number, decidedOn?: string | null): string[] {
  const regime = pickRegime(year, decidedOn ?? undefined);
  const ids: InstrumentId[] = [regime.params.law];
  if (regime.params.law === 'luat-15-2003-qh11') ids.push('luat-39-2013-qh13');
  ids.push(regime.params.decree);
  ids.push(regime.id === 'A' ? 'tt-12-2019-bnv' : 'tt-01-2024-bnv');
  return ids.map((id) => {
    const ins = INSTRUMENTS[id];
    const signed = ins.signedOn ? ` ${dateWords(ins.signedOn)}` : '';
    const role = ROLE_OF[id] ? ` ${ROLE_OF[id]}` : '';
    return `Căn cứ ${ins.name}${signed}${role};`;
  });
}

/** The trích yếu: "Về việc công nhận danh hiệu “Lao động tiên tiến” năm 2025" / "Về việc tặng Giấy khen". */
export function decisionTitle(code: OwnDecisionCode, year: number): string {
  if (code === 'giay-khen') return `Về việc tặng Giấy khen năm ${year}`;
  return `Về việc công nhận danh hiệu “${OWN_DECISION_LABELS[code]}” năm ${year}`;
}

export function buildAwardDecision(data: AwardDecisionData): OfficialDocument {
  const agencyUpper = upperVi(data.agency.name);
  const headUpper = upperVi(data.headPosition);
  const label = OWN_DECISION_LABELS[data.code];
  const n = data.recipients.length;
  const collective = isCollective(data.code);
  const whom = collective ? `${n} tập thể` : `${n} cá nhân`;
  const centred = (text: string, bold = true): Block => ({
    type: 'paragraph',
    runs: [{ text: nfc(text), bold }],
    align: 'center',
    indent: false,
  });

  const blocks: Block[] = [centred(`${headUpper} ${agencyUpper}`)];
  for (const line of legalBasisForYear(data.year, data.decidedOn)) blocks.push(paragraph(line));
  for (const line of data.extraBasis) {
    const t = nfc(line).trim();
    if (t) blocks.push(paragraph(/[;.]$/.test(t) ? t : `${t};`));
  }
  blocks.push(paragraph(`${nfc(data.proposedBy).replace(/\.$/, '')}.`));
  blocks.push(centred('QUYẾT ĐỊNH:'));
  const article1 =
    data.code === 'giay-khen'
      ? `**Điều 1.** Tặng Giấy khen của ${nfc(data.headPosition)} ${nfc(data.agency.name)} cho ${whom} (có danh sách kèm theo) đã có ${nfc(data.achievement ?? `thành tích xuất sắc trong thực hiện nhiệm vụ năm ${data.year}`)}.`
      : `**Điều 1.** Công nhận danh hiệu “${label}” năm ${data.year} cho ${whom} (có danh sách kèm theo).`;
  blocks.push(paragraph(article1));
  blocks.push(
    paragraph(
      `**Điều 2.** Các ${collective ? 'tập thể' : 'cá nhân'} có tên tại Điều 1 được ${data.code === 'giay-khen' ? 'tặng Giấy khen' : 'cấp Giấy chứng nhận'} và được hưởng tiền thưởng theo quy định hiện hành; kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của ${nfc(data.agency.name)}.`,
    ),
  );
  blocks.push(
    paragraph(
      `**Điều 3.** Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc ${nfc(data.agency.name)} và các ${collective ? 'tập thể' : 'cá nhân'} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký./.`,
    ),
  );

  const signature: Signature = data.signedByDeputy
    ? {
        authority: [`KT. ${headUpper}`, `PHÓ ${headUpper}`],
        signerName: nfc(data.signerName),
      }
    : { authority: [headUpper], signerName: nfc(data.signerName) };

  return {
    header: headerFromAgency(data.agency, {
      kind: 'quyet-dinh',
      number: data.number,
      date: data.decidedOn,
    }),
    kind: 'quyet-dinh',
    title: decisionTitle(data.code, data.year),
    blocks,
    recipients: recipientLines(['Như Điều 3', ...data.distribution], ['VT', 'VP']),
    signature,
  };
}

/**
 * The attached list (Danh sách kèm theo Quyết định): its own page with the agency header, "DANH SÁCH", what
 * it lists, "(Kèm theo Quyết định số …/QĐ-SCT ngày … của Giám đốc Sở Công Thương)" and the table STT, họ và
 * tên, chức vụ, đơn vị.
 */
export function buildDecisionList(data: AwardDecisionData): OfficialDocument {
  const label = OWN_DECISION_LABELS[data.code];
  const collective = isCollective(data.code);
  const whom = collective ? `${data.recipients.length} tập thể` : `${data.recipients.length} cá nhân`;
  const numberText = `${data.number ?? '…'}/QĐ-${data.agency.abbreviation}`;
  const dateText = data.decidedOn ? `ngày ${dmy(data.decidedOn)}` : 'ngày …/…/…';
  const rows: TableRow[] = data.recipients.map((r, i) => ({
    kind: 'cells',
    cells: [
      { text: String(i + 1), align: 'center' },
      { text: nfc(r.name) },
      { text: r.position ? nfc(r.position) : '' },
      { text: r.unit ? nfc(r.unit) : '' },
    ],
  }));
  const blocks: Block[] = [
    {
      type: 'table',
      columnWidths: [7, 33, 28, 32],
      headerRows: [
        [
          { text: 'STT' },
          { text: collective ? 'Tên tập thể' : 'Họ và tên' },
          { text: collective ? 'Ghi chú' : 'Chức vụ' },
          { text: 'Đơn vị' },
        ],
      ],
      rows,
      fontSize: 12,
    },
    { type: 'paragraph', runs: [{ text: `Danh sách có ${whom}./.` }], align: 'center', indent: false },
  ];
  return {
    header: headerFromAgency(data.agency, { kind: 'quyet-dinh', number: data.number, date: data.decidedOn }),
    kind: 'danh-sach',
    title:
      data.code === 'giay-khen'
        ? `${collective ? 'Tập thể' : 'Cá nhân'} được tặng Giấy khen năm ${data.year}`
        : `${collective ? 'Tập thể' : 'Cá nhân'} được công nhận danh hiệu “${label}” năm ${data.year}`,
    subtitle: `(Kèm theo Quyết định số ${numberText} ${dateText} của ${nfc(data.headPosition)} ${nfc(data.agency.name)})`,
    blocks,
    recipients: [],
    signature: null,
  };
}
