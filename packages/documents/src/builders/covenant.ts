// Bản giao ước thi đua inside an agency: the units (phòng, đơn vị) that sign, what they undertake (the
// covenant's content: targets, commitments), where and when it was signed, one signature per signing
// unit (its head, or the person who signs for it). Cluster covenants are built in cluster-scoring. Pure.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import { upperVi } from '../format.ts';
import type { Block, OfficialDocument, Signature } from '../model.ts';
import { headerFromAgency, paragraph, proseBlocks, type AgencyInfo } from './generic.ts';

export type CovenantData = {
  agency: AgencyInfo;
  year: number;
  title: string;
  content: string;
  signedOn: string | null;
  placeName: string | null;
  signatories: { name: string; signerName: string | null; signerTitle: string | null }[];
};

const dateWords = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
};

export function buildCovenant(data: CovenantData): OfficialDocument {
  const agency = nfc(data.agency.name);
  const blocks: Block[] = [];
  const units = data.signatories.map((s) => nfc(s.name));
  blocks.push(
    paragraph(
      `Hôm nay, ${data.signedOn ? dateWords(data.signedOn) : 'ngày … tháng … năm …'}, tại ${nfc(data.placeName ?? agency)}, ${
        units.length
          ? `các phòng, đơn vị thuộc ${agency} gồm: ${units.join('; ')}`
          : `các phòng, đơn vị thuộc ${agency}`
      } cùng thống nhất ký kết giao ước thi đua năm ${data.year} với các nội dung sau:`,
    ),
  );
  blocks.push(...proseBlocks(data.content));
  blocks.push(
    paragraph(
      `Các đơn vị ký kết cam kết tổ chức thực hiện nghiêm túc các nội dung đã giao ước; kết quả thực hiện giao ước là căn cứ để bình xét thi đua, khen thưởng năm ${data.year}. Bản giao ước được lập thành ${String(Math.max(units.length, 1) + 1).padStart(2, '0')} bản, mỗi đơn vị ký kết giữ 01 bản, 01 bản lưu tại Thường trực Hội đồng Thi đua - Khen thưởng.`,
    ),
  );
  const signatures: Signature[] = data.signatories.map((s) => ({
    authority: [`ĐẠI DIỆN ${upperVi(s.name)}`, ...(s.signerTitle ? [upperVi(s.signerTitle)] : [])],
    signerName: s.signerName ? nfc(s.signerName) : '',
  }));
  // Two signatures a row, as the signed paper lays them out.
  for (let i = 0; i < signatures.length; i += 2)
    blocks.push({ type: 'signatures', signatures: signatures.slice(i, i + 2) });
  return {
    header: headerFromAgency(data.agency, {
      kind: 'ke-hoach',
      number: null,
      date: data.signedOn,
      symbol: `GƯTĐ-${data.agency.abbreviation}`,
    }),
    kind: 'ke-hoach',
    typeLabel: 'BẢN GIAO ƯỚC THI ĐUA',
    title: nfc(data.title),
    blocks,
    recipients: [],
    signature: null,
  };
}
