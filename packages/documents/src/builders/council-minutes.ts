// Biên bản họp Hội đồng Thi đua – Khen thưởng (bình xét): time, place, chair and secretary, members present
// and absent, the quorum, then per title the candidates with the votes for / against / valid and the share,
// the threshold applied and the result, paper ballots marked as such, quota overrides with their reason;
// signed by the secretary (THƯ KÝ) and the chair (CHỦ TỊCH HỘI ĐỒNG). Pure: data in, document model out.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import type { Block, OfficialDocument, TableRow } from '../model.ts';
import { bullet, heading, headerFromAgency, paragraph, proseBlocks, type AgencyInfo } from './generic.ts';

export type CouncilMinutesMember = { name: string; role: string; title: string | null; attendance: string };

export type CouncilMinutesCandidate = {
  name: string;
  detail: string | null;
  yes: number;
  no: number;
  abstain: number;
  valid: number;
  /** yes over the threshold base, in percent. */
  percent: number | null;
  /** "phiếu giấy: 2 (đồng ý 2)" when paper ballots were counted. */
  paper: string | null;
  result: string;
};

export type CouncilMinutesTitle = {
  title: string;
  round: number;
  threshold: string;
  quota: string | null;
  candidates: CouncilMinutesCandidate[];
};

export type CouncilMinutesData = {
  agency: AgencyInfo;
  councilName: string;
  establishedBy: string | null;
  year: number;
  heldOn: string | null;
  place: string | null;
  members: CouncilMinutesMember[];
  memberCount: number;
  present: number;
  quorum: number;
  titles: CouncilMinutesTitle[];
  overrides: string[];
  minutes: string | null;
  chair: string;
  secretary: string;
};

const pct = (n: number | null): string =>
  n === null ? '—' : `${(Math.round(n * 100) / 100).toString().replace('.', ',')}%`;

function dateWords(iso: string | null): string {
  if (!iso) return 'ngày … tháng … năm …';
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

export function buildCouncilMinutes(data: CouncilMinutesData): OfficialDocument {
  const present = data.members.filter((m) => m.attendance === 'có mặt');
  const absent = data.members.filter((m) => m.attendance !== 'có mặt');
  const quorumMet = data.present >= data.quorum;
  const blocks: Block[] = [
    paragraph(
      `Hôm nay, ${dateWords(data.heldOn)}${data.place ? `, tại ${nfc(data.place)}` : ''}, ${nfc(data.councilName)}${data.establishedBy ? ` (thành lập theo ${nfc(data.establishedBy)})` : ''} họp bình xét thi đua, khen thưởng năm ${data.year}.`,
    ),
    heading(1, 'I. THÀNH PHẦN'),
    paragraph(
      `Chủ trì: ${nfc(data.chair)} – Chủ tịch Hội đồng. Thư ký: ${nfc(data.secretary)} – Thư ký Hội đồng.`,
    ),
    paragraph(`Thành viên có mặt (${present.length}/${data.memberCount}):`),
    ...present.map((m) => bullet(`${nfc(m.name)}${m.title ? `, ${nfc(m.title)}` : ''} – ${m.role}.`)),
  ];
  if (absent.length) {
    blocks.push(paragraph(`Thành viên vắng mặt (${absent.length}):`));
    blocks.push(...absent.map((m) => bullet(`${nfc(m.name)} – ${m.role} (${m.attendance}).`)));
  }
  blocks.push(
    paragraph(
      `Số thành viên dự họp: ${data.present}/${data.memberCount}; số thành viên tối thiểu để cuộc họp hợp lệ: ${data.quorum}. Cuộc họp ${quorumMet ? 'đủ' : 'không đủ'} điều kiện tiến hành.`,
    ),
    heading(1, 'II. NỘI DUNG VÀ KẾT QUẢ BỎ PHIẾU KÍN'),
    paragraph(
      'Hội đồng xem xét danh sách đề nghị của các đơn vị và kết quả rà soát điều kiện, tiêu chuẩn; bỏ phiếu kín đối với từng danh hiệu. Phiếu điện tử và phiếu giấy (thư ký nhập theo số đếm tại cuộc họp, ghi rõ là phiếu giấy) được kiểm cùng nhau.',
    ),
  );
  data.titles.forEach((t, ti) => {
    blocks.push(heading(2, `${ti + 1}. ${nfc(t.title)}${t.round > 1 ? ` – vòng ${t.round}` : ''}`));
    blocks.push(
      paragraph(`Ngưỡng áp dụng: ${nfc(t.threshold)}.${t.quota ? ` Chỉ tiêu: ${nfc(t.quota)}.` : ''}`),
    );
    const rows: TableRow[] = t.candidates.map((c, i) => ({
      kind: 'cells',
      cells: [
        { text: String(i + 1), align: 'center' },
        { text: c.detail ? [nfc(c.name), nfc(c.detail)] : nfc(c.name) },
        { text: String(c.yes), align: 'center' },
        { text: String(c.no), align: 'center' },
        { text: String(c.valid), align: 'center' },
        { text: pct(c.percent), align: 'center' },
        { text: c.paper ? nfc(c.paper) : '', align: 'center' },
        { text: nfc(c.result), align: 'center' },
      ],
    }));
    blocks.push({
      type: 'table',
      columnWidths: [5, 27, 9, 9, 9, 9, 14, 18],
      headerRows: [
        [
          { text: 'STT' },
          { text: 'Họ và tên / Đơn vị' },
          { text: 'Đồng ý' },
          { text: 'Không đồng ý' },
          { text: 'Phiếu hợp lệ' },
          { text: 'Tỷ lệ' },
          { text: 'Phiếu giấy' },
          { text: 'Kết quả' },
        ],
      ],
      rows,
      fontSize: 11,
    });
  });
  if (data.overrides.length) {
    blocks.push(heading(2, 'Công nhận vượt chỉ tiêu'));
    blocks.push(...data.overrides.map((o) => bullet(nfc(o))));
  }
  if (data.minutes) {
    blocks.push(heading(1, 'III. Ý KIẾN THẢO LUẬN VÀ KẾT LUẬN'));
    blocks.push(...proseBlocks(data.minutes));
  }
  blocks.push(
    paragraph(
      'Biên bản được lập thành 02 bản, thông qua tại cuộc họp và được các thành viên dự họp thống nhất.',
    ),
    {
      type: 'signatures',
      signatures: [
        { authority: ['THƯ KÝ'], signerName: nfc(data.secretary) },
        { authority: ['CHỦ TỊCH HỘI ĐỒNG'], signerName: nfc(data.chair) },
      ],
    },
  );
  return {
    header: headerFromAgency(data.agency, { kind: 'bien-ban', number: null, date: data.heldOn }),
    kind: 'bien-ban',
    title: `Họp Hội đồng Thi đua – Khen thưởng bình xét thi đua, khen thưởng năm ${data.year}`,
    blocks,
    recipients: [],
    signature: null,
  };
}
