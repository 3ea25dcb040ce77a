// Kế hoạch phát động phong trào thi đua (seed 002 shape): the opening "Thực hiện …" paragraph; I. Mục đích,
// yêu cầu; II. Nội dung thi đua — 1. Chủ đề, khẩu hiệu, 2. the movements' contents, 3. the phases (đợt),
// 4. the targets (chỉ tiêu), 5. the titles and forms it leads to; III. Tổ chức thực hiện; Nơi nhận and
// the signature ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). Pure: data in, document model out.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import type { Block, OfficialDocument, Signature } from '../model.ts';
import {
  bullet,
  heading,
  headerFromAgency,
  paragraph,
  proseBlocks,
  recipientLines,
  type AgencyInfo,
} from './generic.ts';

export type MovementLaunchData = {
  agency: AgencyInfo;
  year: number;
  number: string | null;
  issuedOn: string | null;
  /** "Phát động phong trào thi đua năm 2018" — the trích yếu. */
  title: string;
  preamble: string | null;
  purpose: string | null;
  theme: string | null;
  slogan: string | null;
  contents: string | null;
  phases: { name: string; fromDate: string; toDate: string; description: string | null }[];
  targets: { content: string }[];
  rewards: string[];
  implementation: string | null;
  closing: string | null;
  recipients: string[];
  signature: Signature | null;
};

const dmy = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};
const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu'];

export function buildMovementLaunch(data: MovementLaunchData): OfficialDocument {
  const blocks: Block[] = [];
  if (data.preamble) blocks.push(...proseBlocks(data.preamble));
  let roman = 0;
  const h1 = (t: string): Block => heading(1, `${['I', 'II', 'III', 'IV', 'V'][roman++]}. ${t}`);
  if (data.purpose) blocks.push(h1('MỤC ĐÍCH, YÊU CẦU'), ...proseBlocks(data.purpose));
  blocks.push(h1('NỘI DUNG THI ĐUA'));
  let n = 0;
  if (data.theme || data.slogan) {
    blocks.push(heading(2, `${++n}. Chủ đề, khẩu hiệu thi đua:`));
    let k = 0;
    if (data.theme) blocks.push(paragraph(`${n}.${++k}. Chủ đề: *“${nfc(data.theme)}”*.`));
    if (data.slogan) blocks.push(paragraph(`${n}.${++k}. Khẩu hiệu: *“${nfc(data.slogan)}”*.`));
  }
  if (data.contents)
    blocks.push(heading(2, `${++n}. Nội dung các phong trào thi đua:`), ...proseBlocks(data.contents));
  if (data.phases.length) {
    const count = String(data.phases.length).padStart(2, '0');
    blocks.push(
      heading(2, `${++n}. Phát động các đợt thi đua:`),
      paragraph(`Phong trào thi đua năm ${data.year} được chia thành ${count} đợt:`),
    );
    data.phases.forEach((p, i) => {
      const label = /^đợt/i.test(p.name) ? nfc(p.name) : `Đợt thứ ${ORDINALS[i] ?? i + 1}`;
      blocks.push(
        bullet(
          `${label}: Từ ngày ${dmy(p.fromDate)} đến ngày ${dmy(p.toDate)}${p.description ? ` ${nfc(p.description)}` : ''}`,
        ),
      );
    });
  }
  if (data.targets.length) {
    blocks.push(heading(2, `${++n}. Các chỉ tiêu thi đua:`));
    // A "+ …" target is a sub-item of the one before it (seed 002's figures under "đạt và vượt chỉ tiêu").
    for (const t of data.targets)
      blocks.push(/^\+\s/.test(t.content) ? paragraph(t.content) : bullet(t.content));
  }
  if (data.rewards.length) {
    blocks.push(heading(2, `${++n}. Danh hiệu thi đua, hình thức khen thưởng:`));
    for (const r of data.rewards) blocks.push(bullet(r));
  }
  if (data.implementation) blocks.push(h1('TỔ CHỨC THỰC HIỆN'), ...proseBlocks(data.implementation));
  if (data.closing) blocks.push(paragraph(data.closing));
  return {
    header: headerFromAgency(data.agency, { kind: 'ke-hoach', number: data.number, date: data.issuedOn }),
    kind: 'ke-hoach',
    title: nfc(data.title),
    blocks,
    recipients: recipientLines(
      data.recipients.filter((r) => !/^Lưu/i.test(r.replace(/^-\s*/, ''))),
      (data.recipients.map((r) => /^-?\s*Lưu:\s*(.+?)\.?$/i.exec(r)?.[1]).find(Boolean) ?? 'VT').split(
        /,\s*/,
      ),
    ),
    signature: data.signature,
  };
}
