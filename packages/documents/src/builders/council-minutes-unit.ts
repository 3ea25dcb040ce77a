// Biên bản họp bình xét thi đua ở đơn vị: the unit's meeting with its attendance and the open vote on each
// person or the unit itself (đồng ý / tổng số có mặt), and what the unit proposes to the agency council;
// signed by the secretary (THƯ KÝ) and the chair (CHỦ TRÌ). Pure: data in, document model out.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import type { Block, OfficialDocument, TableRow } from '../model.ts';
import { heading, headerFromAgency, paragraph, proseBlocks, type AgencyInfo } from './generic.ts';

export type UnitMinutesData = {
  agency: AgencyInfo;
  unitName: string;
  year: number;
  heldOn: string | null;
  chair: string | null;
  totalCount: number;
  presentCount: number;
  candidates: { title: string; name: string; yes: number; no: number; abstain: number; proposed: boolean }[];
  minutes: string | null;
};

const pct = (a: number, b: number): string =>
  b > 0 ? `${(Math.round((a / b) * 10000) / 100).toString().replace('.', ',')}%` : '—';

function dateWords(iso: string | null): string {
  if (!iso) return 'ngày … tháng … năm …';
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

export function buildUnitMeetingMinutes(data: UnitMinutesData): OfficialDocument {
  const rows: TableRow[] = data.candidates.map((c, i) => ({
    kind: 'cells',
    cells: [
      { text: String(i + 1), align: 'center' },
      { text: nfc(c.name) },
      { text: nfc(c.title) },
      { text: `${c.yes}/${data.presentCount}`, align: 'center' },
      { text: pct(c.yes, data.presentCount), align: 'center' },
      { text: String(c.no), align: 'center' },
      { text: c.proposed ? 'Đề nghị' : 'Không đề nghị', align: 'center' },
    ],
  }));
  const blocks: Block[] = [
    paragraph(
      `Hôm nay, ${dateWords(data.heldOn)}, ${nfc(data.unitName)} họp bình xét thi đua, khen thưởng năm ${data.year}${data.chair ? `, do ${nfc(data.chair)} chủ trì` : ''}.`,
    ),
    heading(1, 'I. THÀNH PHẦN'),
    paragraph(
      `Tổng số cán bộ, công chức, viên chức, người lao động của đơn vị: ${data.totalCount}; có mặt: ${data.presentCount}; vắng mặt: ${data.totalCount - data.presentCount}.`,
    ),
    heading(1, 'II. KẾT QUẢ BIỂU QUYẾT'),
    paragraph(
      'Đơn vị biểu quyết công khai đối với từng cá nhân, tập thể; người, tập thể được quá nửa số người có mặt đồng ý thì được đề nghị Hội đồng Thi đua – Khen thưởng xem xét.',
    ),
    {
      type: 'table',
      columnWidths: [5, 26, 24, 12, 9, 10, 14],
      headerRows: [
        [
          { text: 'STT' },
          { text: 'Họ và tên / Tập thể' },
          { text: 'Danh hiệu' },
          { text: 'Đồng ý / có mặt' },
          { text: 'Tỷ lệ' },
          { text: 'Không đồng ý' },
          { text: 'Kết quả' },
        ],
      ],
      rows,
      fontSize: 11,
    },
  ];
  if (data.minutes) {
    blocks.push(heading(1, 'III. Ý KIẾN THẢO LUẬN'));
    blocks.push(...proseBlocks(data.minutes));
  }
  blocks.push(paragraph('Cuộc họp kết thúc cùng ngày; biên bản được thông qua tại cuộc họp.'), {
    type: 'signatures',
    signatures: [
      { authority: ['THƯ KÝ'], signerName: '' },
      { authority: ['CHỦ TRÌ'], signerName: nfc(data.chair ?? '') },
    ],
  });
  return {
    header: headerFromAgency(data.agency, { kind: 'bien-ban', number: null, date: data.heldOn }),
    kind: 'bien-ban',
    title: `Họp bình xét thi đua, khen thưởng năm ${data.year} của ${data.unitName}`,
    blocks,
    recipients: [],
    signature: null,
  };
}
