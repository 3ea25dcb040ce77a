// The laws, decrees and circulars the engine cites, declared once (style rule 4). Dates are ISO strings;
// `null` where rules.md could not confirm them. Regimes (regimes.ts) are built from these dates.
import type { Citation } from './types.ts';

export interface Instrument {
  id: string;
  /** Full Vietnamese name used by the citation formatter. */
  name: string;
  /** Short name for tables: "Luật TĐKT 2022", "NĐ 98/2023". */
  short: string;
  signedOn: string | null;
  effectiveFrom: string | null;
  /** Replaced by / replaces, for docs/legal-sources.md. */
  note?: string;
  confidence: 'HIGH' | 'MEDIUM' | 'LOW' | 'UNVERIFIED';
}

export const INSTRUMENTS = {
  'luat-15-2003-qh11': {
    id: 'luat-15-2003-qh11',
    name: 'Luật Thi đua, khen thưởng số 15/2003/QH11 (sửa đổi, bổ sung năm 2005, 2009, 2013)',
    short: 'Luật TĐKT 2003',
    signedOn: '2003-11-26',
    effectiveFrom: '2004-07-01',
    note: 'Hết hiệu lực từ 01/01/2024 (Điều 94 Luật số 06/2022/QH15).',
    confidence: 'HIGH',
  },
  'luat-39-2013-qh13': {
    id: 'luat-39-2013-qh13',
    name: 'Luật số 39/2013/QH13 sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng',
    short: 'Luật sửa đổi 2013',
    signedOn: '2013-11-16',
    effectiveFrom: '2014-06-01',
    confidence: 'HIGH',
  },
  'nd-91-2017': {
    id: 'nd-91-2017',
    name: 'Nghị định số 91/2017/NĐ-CP',
    short: 'NĐ 91/2017',
    signedOn: '2017-07-31',
    effectiveFrom: '2017-10-01',
    note: 'Thay thế NĐ 42/2010, 39/2012, 65/2014; được thay thế bởi NĐ 98/2023 từ 01/01/2024.',
    confidence: 'HIGH',
  },
  'tt-12-2019-bnv': {
    id: 'tt-12-2019-bnv',
    name: 'Thông tư số 12/2019/TT-BNV',
    short: 'TT 12/2019',
    signedOn: '2019-11-04',
    effectiveFrom: '2020-01-01',
    note: 'Thay thế TT 08/2017/TT-BNV.',
    confidence: 'HIGH',
  },
  'tt-07-2014-bnv': {
    id: 'tt-07-2014-bnv',
    name: 'Thông tư số 07/2014/TT-BNV',
    short: 'TT 07/2014',
    signedOn: '2014-08-29',
    effectiveFrom: '2014-10-15',
    confidence: 'MEDIUM',
  },
  'tt-16-2018-bct': {
    id: 'tt-16-2018-bct',
    name: 'Thông tư số 16/2018/TT-BCT',
    short: 'TT 16/2018 (Bộ Công Thương)',
    signedOn: '2018-07-04',
    effectiveFrom: null,
    confidence: 'HIGH',
  },
  'nd-90-2020': {
    id: 'nd-90-2020',
    name: 'Nghị định số 90/2020/NĐ-CP (sửa đổi, bổ sung bởi Nghị định số 48/2023/NĐ-CP)',
    short: 'NĐ 90/2020',
    signedOn: '2020-08-13',
    effectiveFrom: '2020-08-13',
    note: 'Khoản 5, 6 Điều 2 bổ sung bởi NĐ 48/2023/NĐ-CP (17/07/2023, hiệu lực 15/09/2023).',
    confidence: 'HIGH',
  },
  'nd-48-2023': {
    id: 'nd-48-2023',
    name: 'Nghị định số 48/2023/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 90/2020/NĐ-CP',
    short: 'NĐ 48/2023',
    signedOn: '2023-07-17',
    effectiveFrom: '2023-09-15',
    note: 'Bổ sung khoản 5, 6 Điều 2 NĐ 90/2020 (bị kỷ luật trong năm thì xếp loại KHTNV; tỷ lệ HTXSNV).',
    confidence: 'HIGH',
  },
  'luat-06-2022-qh15': {
    id: 'luat-06-2022-qh15',
    name: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
    short: 'Luật TĐKT 2022',
    signedOn: '2022-06-15',
    effectiveFrom: '2024-01-01',
    confidence: 'HIGH',
  },
  'nd-98-2023': {
    id: 'nd-98-2023',
    name: 'Nghị định số 98/2023/NĐ-CP',
    short: 'NĐ 98/2023',
    signedOn: '2023-12-31',
    effectiveFrom: '2024-01-01',
    note: 'Thay thế NĐ 91/2017; theo nguồn thứ cấp được thay thế bởi NĐ 152/2025 từ 01/07/2025.',
    confidence: 'HIGH',
  },
  'tt-01-2024-bnv': {
    id: 'tt-01-2024-bnv',
    name: 'Thông tư số 01/2024/TT-BNV',
    short: 'TT 01/2024',
    signedOn: null,
    effectiveFrom: null,
    note: 'Số điều về bình xét LĐTT trong một số trường hợp CHƯA KIỂM CHỨNG (mặc định: Điều 3).',
    confidence: 'MEDIUM',
  },
  'nd-152-2025': {
    id: 'nd-152-2025',
    name: 'Nghị định số 152/2025/NĐ-CP',
    short: 'NĐ 152/2025',
    signedOn: '2025-06-14',
    effectiveFrom: '2025-07-01',
    confidence: 'MEDIUM',
  },
  'nd-13-2012': {
    id: 'nd-13-2012',
    name: 'Nghị định số 13/2012/NĐ-CP ban hành Điều lệ Sáng kiến',
    short: 'NĐ 13/2012',
    signedOn: '2012-03-02',
    effectiveFrom: null,
    confidence: 'HIGH',
  },
} as const satisfies Record<string, Instrument>;

export type InstrumentId = keyof typeof INSTRUMENTS;

/** Build a citation value; the instrument id is checked by the type system. */
export function cite(instrument: InstrumentId, article: number, clause?: number, point?: string): Citation {
  const c: Citation = { instrument, article };
  if (clause !== undefined) c.clause = clause;
  if (point !== undefined) c.point = point;
  return c;
}

/** First calendar year an instrument is in force (from its effectiveFrom date); null when the date is unknown. */
export function firstYearInForce(id: InstrumentId): number | null {
  const from: string | null = INSTRUMENTS[id].effectiveFrom;
  return from === null ? null : Number(from.slice(0, 4));
}
