import { describe, expect, it } from 'vitest';
import {
  documentSymbol,
  headerFromAgency,
  inlineRuns,
  proseBlocks,
  recipientLines,
  signatureClusterHead,
  signatureCouncilChair,
  signatureDeputy,
  signatureHead,
} from './generic.ts';

const sct = {
  name: 'Sở Công Thương',
  parentName: 'UBND tỉnh Gia Lai',
  place: 'Gia Lai',
  abbreviation: 'SCT',
};

describe('shared document pieces', () => {
  it('the header comes from the agency record: parent and agency upper case, number and symbol, place', () => {
    expect(headerFromAgency(sct, { kind: 'ke-hoach', number: null, date: '2023-07-05' })).toEqual({
      parentBody: 'UBND TỈNH GIA LAI',
      issuingBody: 'SỞ CÔNG THƯƠNG',
      number: '…/KH-SCT',
      place: 'Gia Lai',
      date: '2023-07-05',
    });
    expect(
      headerFromAgency({ ...sct, parentName: null }, { kind: 'quyet-dinh', number: 15, date: null })
        .parentBody,
    ).toBeNull();
  });

  it('symbols follow Decree 30/2020 Appendix III: KH, BC, QĐ, TTr, BB; a công văn is agency-unit', () => {
    expect(documentSymbol('ke-hoach', 'SCT')).toBe('KH-SCT');
    expect(documentSymbol('quyet-dinh', 'SCT')).toBe('QĐ-SCT');
    expect(documentSymbol('to-trinh', 'SCT')).toBe('TTr-SCT');
    expect(documentSymbol('bien-ban', 'HĐTĐKT')).toBe('BB-HĐTĐKT');
    expect(documentSymbol('cong-van', 'SCT', 'VP')).toBe('SCT-VP');
  });

  it('signature presets: the head; a deputy for the head (KT.); the cluster head and a council chair for the body (TM.)', () => {
    expect(signatureHead('Nguyễn Đình Đại')).toEqual({
      authority: ['GIÁM ĐỐC'],
      signerName: 'Nguyễn Đình Đại',
    });
    expect(signatureDeputy('Trần Thị Hoa').authority).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signatureDeputy('Lê Văn Tám', 'Chủ tịch').authority).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(
      signatureClusterHead('Cụm thi đua V', 'Nguyễn Sỹ Chín', 'Giám đốc\nSở Công Thương tỉnh Lai Châu'),
    ).toEqual({
      authority: ['TM. CỤM THI ĐUA V', 'CỤM TRƯỞNG'],
      signerName: 'Nguyễn Sỹ Chín',
      signerTitle: 'GIÁM ĐỐC\nSỞ CÔNG THƯƠNG TỈNH LAI CHÂU',
    });
    expect(signatureCouncilChair('Phạm Văn Binh').authority).toEqual(['TM. HỘI ĐỒNG', 'CHỦ TỊCH']);
  });

  it('Nơi nhận: each line ends with ";" and the archive line closes the list', () => {
    expect(
      recipientLines(['Ban TĐKT tỉnh (b/c)', '- Lãnh đạo Sở;', 'Các phòng, đơn vị thuộc Sở'], ['VT', 'VP']),
    ).toEqual(['Ban TĐKT tỉnh (b/c);', 'Lãnh đạo Sở;', 'Các phòng, đơn vị thuộc Sở;', 'Lưu: VT, VP.']);
  });

  it('light markup in prose: **bold** and *italic*, unbalanced markers kept as text', () => {
    expect(inlineRuns('gửi về trước ngày **15/12/2024** (hoặc sớm hơn)')).toEqual([
      { text: 'gửi về trước ngày ' },
      { text: '15/12/2024', bold: true },
      { text: ' (hoặc sớm hơn)' },
    ]);
    expect(inlineRuns('Chủ đề: *“Kỷ cương - Hành động”*.')[1]).toEqual({
      text: '“Kỷ cương - Hành động”',
      italic: true,
    });
    expect(inlineRuns('5 * 3')).toEqual([{ text: '5 * 3' }]);
  });

  it('prose lines starting with "- " become bullets, the others paragraphs', () => {
    expect(
      proseBlocks('Mục đích:\n- Phát huy tính sáng tạo\n\n- Xây dựng điển hình').map((b) => b.type),
    ).toEqual(['paragraph', 'bullet', 'bullet']);
  });
});
