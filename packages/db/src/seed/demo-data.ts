// The demo agency, modelled on seed 001 (Sở Công Thương Gia Lai, 2023 six-month report): a director and
// three deputies, seven units, 50 people = 34 công chức + 14 viên chức + 2 hợp đồng (Nghị định 68/2000),
// Đảng ủy of 6, three chi bộ with 42 party members, one Công đoàn cơ sở and one Chi đoàn Thanh niên; and
// the two emulation groups it sits in (Khối thi đua các sở, ngành kinh tế tỉnh Gia Lai; Cụm thi đua số
// VIII of the Ministry with the departments of Kon Tum, Đắk Lắk, Đắk Nông and Lâm Đồng); and Cụm thi đua V
// of seed 003 (Lai Châu, Điện Biên, Sơn La, Hòa Bình) with Gia Lai as a fifth member for the demo.
// Pure data built from a seeded PRNG: the same plan on every run. Names are generated, not real people.
import { generateName, type Gender } from './names.ts';
import { Prng } from './prng.ts';

export const DEMO_SEED = 20_230_627; // any constant; changing it changes every generated name and date

export type AgencyKind = 'ministry' | 'province' | 'department' | 'other';
export interface AgencyPlan {
  code: string;
  kind: AgencyKind;
  parentCode: string | null;
  name: string;
  shortName: string | null;
  parentName: string | null;
  placeName: string | null;
  symbol: string | null;
  address: string | null;
}

function department(
  code: string,
  province: string,
  provinceCode: string,
  name: string,
  short: string,
  symbol: string,
): AgencyPlan {
  return {
    code,
    kind: 'department',
    parentCode: provinceCode,
    name: `${name} tỉnh ${province}`,
    shortName: short,
    parentName: `UBND TỈNH ${province.toLocaleUpperCase('vi')}`,
    placeName: province,
    symbol,
    address: null,
  };
}

function province(code: string, name: string): AgencyPlan {
  return {
    code,
    kind: 'province',
    parentCode: null,
    name: `UBND tỉnh ${name}`,
    shortName: 'UBND tỉnh',
    parentName: null,
    placeName: name,
    symbol: 'UBND',
    address: null,
  };
}

export const HOME_AGENCY = 'SCT-GL';
/** The year the demo agencies work on (agency setting working_year): the demo is the year-end of 2025. */
export const DEMO_WORKING_YEAR = 2025;

export const AGENCIES: readonly AgencyPlan[] = [
  {
    code: 'BCT',
    kind: 'ministry',
    parentCode: null,
    name: 'Bộ Công Thương',
    shortName: 'Bộ Công Thương',
    parentName: null,
    placeName: 'Hà Nội',
    symbol: 'BCT',
    address: null,
  },
  province('UBND-GL', 'Gia Lai'),
  {
    ...department('SCT-GL', 'Gia Lai', 'UBND-GL', 'Sở Công Thương', 'Sở Công Thương', 'SCT'),
    address: 'Thành phố Pleiku, tỉnh Gia Lai',
  },
  department('SNV-GL', 'Gia Lai', 'UBND-GL', 'Sở Nội vụ', 'Sở Nội vụ', 'SNV'),
  department('SKHDT-GL', 'Gia Lai', 'UBND-GL', 'Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', 'SKHĐT'),
  department('STC-GL', 'Gia Lai', 'UBND-GL', 'Sở Tài chính', 'Sở Tài chính', 'STC'),
  department(
    'SNNPTNT-GL',
    'Gia Lai',
    'UBND-GL',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở Nông nghiệp và PTNT',
    'SNNPTNT',
  ),
  department('SXD-GL', 'Gia Lai', 'UBND-GL', 'Sở Xây dựng', 'Sở Xây dựng', 'SXD'),
  department('SGTVT-GL', 'Gia Lai', 'UBND-GL', 'Sở Giao thông vận tải', 'Sở Giao thông vận tải', 'SGTVT'),
  department(
    'STNMT-GL',
    'Gia Lai',
    'UBND-GL',
    'Sở Tài nguyên và Môi trường',
    'Sở Tài nguyên và Môi trường',
    'STNMT',
  ),
  province('UBND-KT', 'Kon Tum'),
  department('SCT-KT', 'Kon Tum', 'UBND-KT', 'Sở Công Thương', 'Sở Công Thương', 'SCT'),
  province('UBND-DLK', 'Đắk Lắk'),
  department('SCT-DLK', 'Đắk Lắk', 'UBND-DLK', 'Sở Công Thương', 'Sở Công Thương', 'SCT'),
  province('UBND-DNO', 'Đắk Nông'),
  department('SCT-DNO', 'Đắk Nông', 'UBND-DNO', 'Sở Công Thương', 'Sở Công Thương', 'SCT'),
  province('UBND-LD', 'Lâm Đồng'),
  department('SCT-LD', 'Lâm Đồng', 'UBND-LD', 'Sở Công Thương', 'Sở Công Thương', 'SCT'),
  // Cụm thi đua V of the Ministry (seed 003): the departments of Lai Châu (leader in the seed), Điện Biên
  // (deputy), Sơn La and Hòa Bình. The seed names only the first two; the other two complete the four
  // north-western provinces and are a demo assumption (docs/clusters.md).
  province('UBND-LC', 'Lai Châu'),
  department('SCT-LC', 'Lai Châu', 'UBND-LC', 'Sở Công Thương', 'Sở Công Thương', 'SCT'),
  province('UBND-DB', 'Điện Biên'),
  department('SCT-DB', 'Điện Biên', 'UBND-DB', 'Sở Công Thương', 'Sở Công Thương', 'SCT'),
  province('UBND-SL', 'Sơn La'),
  department('SCT-SL', 'Sơn La', 'UBND-SL', 'Sở Công Thương', 'Sở Công Thương', 'SCT'),
  province('UBND-HB', 'Hòa Bình'),
  department('SCT-HB', 'Hòa Bình', 'UBND-HB', 'Sở Công Thương', 'Sở Công Thương', 'SCT'),
];

export type UnitKind = 'lanh-dao' | 'van-phong' | 'thanh-tra' | 'phong' | 'chi-cuc' | 'trung-tam' | 'khac';
export interface UnitPlan {
  code: string;
  kind: UnitKind;
  name: string;
  shortName: string;
}

export const UNITS: readonly UnitPlan[] = [
  { code: 'BGD', kind: 'lanh-dao', name: 'Ban Giám đốc', shortName: 'Ban Giám đốc' },
  { code: 'VP', kind: 'van-phong', name: 'Văn phòng', shortName: 'Văn phòng' },
  { code: 'TTRA', kind: 'thanh-tra', name: 'Thanh tra', shortName: 'Thanh tra' },
  { code: 'KHTC', kind: 'phong', name: 'Phòng Kế hoạch – Tài chính', shortName: 'Phòng KH-TC' },
  { code: 'QLCN', kind: 'phong', name: 'Phòng Quản lý Công nghiệp', shortName: 'Phòng QLCN' },
  { code: 'QLTM', kind: 'phong', name: 'Phòng Quản lý Thương mại', shortName: 'Phòng QLTM' },
  { code: 'CCQLTT', kind: 'chi-cuc', name: 'Chi cục Quản lý thị trường', shortName: 'Chi cục QLTT' },
  {
    code: 'TTKC',
    kind: 'trung-tam',
    name: 'Trung tâm Khuyến công và Xúc tiến thương mại',
    shortName: 'Trung tâm KC&XTTM',
  },
];

export type SideKind = 'dang-bo' | 'dang-uy' | 'chi-bo' | 'cong-doan' | 'chi-doan';
export const CELLS = {
  1: 'Chi bộ Văn phòng – Thanh tra – Kế hoạch Tài chính',
  2: 'Chi bộ Quản lý Công nghiệp – Thương mại – Quản lý thị trường',
  3: 'Chi bộ Trung tâm Khuyến công và Xúc tiến thương mại',
} as const;
export type CellNo = keyof typeof CELLS;

const CELL_OF_UNIT: Record<string, CellNo> = {
  BGD: 1,
  VP: 1,
  TTRA: 1,
  KHTC: 1,
  QLCN: 2,
  QLTM: 2,
  CCQLTT: 2,
  TTKC: 3,
};

export type Category = 'cong-chuc' | 'vien-chuc' | 'hop-dong';
type Band = 'senior' | 'lead' | 'mid' | 'young';

interface Slot {
  unit: string;
  position: string;
  category: Category;
  leader: boolean;
  band: Band;
  party: boolean;
  gender?: Gender;
  fullName?: string;
  /** A stable handle for accounts and history. */
  key?: string;
}

const cc = (unit: string, position: string, band: Band, extra: Partial<Slot> = {}): Slot => ({
  unit,
  position,
  category: 'cong-chuc',
  leader: false,
  band,
  party: true,
  ...extra,
});
const lead = (unit: string, position: string, band: Band, extra: Partial<Slot> = {}): Slot =>
  cc(unit, position, band, { leader: true, ...extra });
const vc = (position: string, band: Band, extra: Partial<Slot> = {}): Slot =>
  cc('TTKC', position, band, { category: 'vien-chuc', ...extra });

// 50 slots: 34 công chức (Ban Giám đốc 4, Văn phòng 6, Thanh tra 4, KH-TC 4, QLCN 5, QLTM 6, Chi cục 5),
// 14 viên chức (all in the Trung tâm, a public service unit), 2 hợp đồng (Văn phòng). 8 are not party
// members: the two contract workers and six young staff, leaving 17 + 14 + 11 = 42 in the three cells.
const SLOTS: readonly Slot[] = [
  lead('BGD', 'Giám đốc', 'senior', { gender: 'nam', key: 'director' }),
  lead('BGD', 'Phó Giám đốc', 'senior', { gender: 'nam', key: 'deputy1' }),
  lead('BGD', 'Phó Giám đốc', 'senior', { gender: 'nu', key: 'deputy2' }),
  lead('BGD', 'Phó Giám đốc', 'lead', { gender: 'nam', key: 'deputy3' }),

  lead('VP', 'Chánh Văn phòng', 'lead', { key: 'vp-head' }),
  lead('VP', 'Phó Chánh Văn phòng', 'lead'),
  cc('VP', 'Chuyên viên (phụ trách thi đua, khen thưởng)', 'mid', { gender: 'nu', key: 'officer' }),
  cc('VP', 'Kế toán viên', 'mid'),
  cc('VP', 'Chuyên viên', 'mid'),
  cc('VP', 'Văn thư', 'young', { party: false }),
  cc('VP', 'Lái xe', 'mid', { category: 'hop-dong', party: false, gender: 'nam' }),
  cc('VP', 'Nhân viên phục vụ', 'mid', { category: 'hop-dong', party: false, gender: 'nu' }),

  lead('TTRA', 'Chánh Thanh tra', 'lead'),
  lead('TTRA', 'Phó Chánh Thanh tra', 'lead'),
  cc('TTRA', 'Thanh tra viên', 'mid', { key: 'transfer-qltm-ttra' }),
  cc('TTRA', 'Thanh tra viên', 'mid'),

  lead('KHTC', 'Trưởng phòng', 'lead'),
  lead('KHTC', 'Phó Trưởng phòng', 'lead'),
  cc('KHTC', 'Chuyên viên chính', 'mid'),
  cc('KHTC', 'Chuyên viên', 'mid', { key: 'transfer-vp-khtc' }),

  lead('QLCN', 'Trưởng phòng', 'lead'),
  lead('QLCN', 'Phó Trưởng phòng', 'lead'),
  cc('QLCN', 'Chuyên viên chính', 'mid'),
  cc('QLCN', 'Chuyên viên', 'mid', { key: 'transfer-ttkc-qlcn' }),
  cc('QLCN', 'Chuyên viên', 'young', { party: false }),

  lead('QLTM', 'Trưởng phòng', 'lead', { gender: 'nam', key: 'qltm-head' }),
  lead('QLTM', 'Phó Trưởng phòng', 'lead'),
  cc('QLTM', 'Chuyên viên chính', 'mid', { gender: 'nu', fullName: 'Nguyễn Thị Hằng', key: 'hang' }),
  cc('QLTM', 'Chuyên viên', 'mid'),
  cc('QLTM', 'Chuyên viên', 'mid', { key: 'transfer-qlcn-qltm' }),
  cc('QLTM', 'Chuyên viên', 'young', { party: false }),

  lead('CCQLTT', 'Chi cục trưởng', 'lead'),
  lead('CCQLTT', 'Phó Chi cục trưởng', 'lead'),
  cc('CCQLTT', 'Kiểm soát viên chính thị trường', 'mid'),
  cc('CCQLTT', 'Kiểm soát viên thị trường', 'mid'),
  cc('CCQLTT', 'Kiểm soát viên thị trường', 'mid', { key: 'transfer-ttra-qltt' }),

  vc('Giám đốc Trung tâm', 'lead', { leader: true }),
  vc('Phó Giám đốc Trung tâm', 'lead', { leader: true }),
  vc('Phó Giám đốc Trung tâm', 'lead', { leader: true }),
  vc('Kế toán viên', 'mid'),
  vc('Khuyến công viên', 'mid'),
  vc('Khuyến công viên', 'mid'),
  vc('Kỹ sư', 'mid'),
  vc('Kỹ sư', 'mid'),
  vc('Chuyên viên xúc tiến thương mại', 'mid'),
  vc('Chuyên viên xúc tiến thương mại', 'mid'),
  vc('Chuyên viên xúc tiến thương mại', 'mid'),
  vc('Khuyến công viên', 'young', { party: false }),
  vc('Chuyên viên xúc tiến thương mại', 'young', { party: false }),
  vc('Kỹ sư', 'young', { party: false }),
];

export interface UnitStint {
  unit: string;
  position: string;
  isLeader: boolean;
  fromDate: string;
  toDate: string | null;
  note: string | null;
}

export interface PersonPlan {
  key: string | null;
  code: string;
  fullName: string;
  gender: Gender;
  birthDate: string;
  category: Category;
  position: string;
  isLeader: boolean;
  unit: string;
  startDate: string;
  sectorSince: string;
  partyMember: boolean;
  partyJoinedOn: string | null;
  cell: CellNo | null;
  unionMember: boolean;
  youthMember: boolean;
  email: string;
  history: UnitStint[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const minIso = (a: string, b: string): string => (a < b ? a : b);

const BIRTH_YEARS: Record<Band, [number, number]> = {
  senior: [1966, 1972],
  lead: [1972, 1983],
  mid: [1980, 1993],
  young: [1996, 2000],
};
/** Youth union (Đoàn thanh niên) members are at most 30: born 1995 or later, as of 2025. */
const YOUTH_BORN_FROM = 1995;

function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** "Nguyễn Thị Hằng" → "hangnt" (the usual mailbox shape in Vietnamese agencies). */
function mailbox(fullName: string): string {
  const words = asciiFold(fullName).split(' ');
  const given = words[words.length - 1] ?? '';
  return (
    given +
    words
      .slice(0, -1)
      .map((w) => w[0])
      .join('')
  );
}

// Transfers between units (one earlier stint each), by slot key: from which unit, with what position,
// and the date of the move.
const TRANSFERS: Record<string, { from: string; position: string; on: string }> = {
  'transfer-qltm-ttra': { from: 'QLTM', position: 'Chuyên viên', on: '2019-07-01' },
  'transfer-vp-khtc': { from: 'VP', position: 'Chuyên viên', on: '2021-03-01' },
  'transfer-ttkc-qlcn': { from: 'TTKC', position: 'Kỹ sư', on: '2018-10-01' },
  'transfer-qlcn-qltm': { from: 'QLCN', position: 'Chuyên viên', on: '2022-01-01' },
  'transfer-ttra-qltt': { from: 'TTRA', position: 'Thanh tra viên', on: '2020-09-01' },
  'vp-head': { from: 'KHTC', position: 'Phó Trưởng phòng', on: '2022-08-01' }, // succeeded deputy3
  hang: { from: 'QLCN', position: 'Chuyên viên', on: '2017-04-01' },
};
// Promotions within the unit: earlier position until the date.
const PROMOTIONS: Record<string, { unit?: string; position: string; isLeader: boolean; on: string }> = {
  'qltm-head': { position: 'Phó Trưởng phòng', isLeader: true, on: '2021-06-01' },
  deputy3: { unit: 'VP', position: 'Chánh Văn phòng', isLeader: true, on: '2022-08-01' },
};

export function buildPeoplePlan(seed = DEMO_SEED): PersonPlan[] {
  const prng = new Prng(seed);
  const used = new Set<string>(SLOTS.flatMap((s) => (s.fullName ? [s.fullName] : [])));
  const mailboxes = new Set<string>();
  return SLOTS.map((slot, i) => {
    const gender: Gender = slot.gender ?? (prng.next() < 0.45 ? 'nu' : 'nam');
    let fullName = slot.fullName;
    if (!fullName) {
      do fullName = generateName(prng, gender);
      while (used.has(fullName));
      used.add(fullName);
    }
    const [y0, y1] = BIRTH_YEARS[slot.band];
    const birthYear = prng.int(y0, y1);
    const birthDate = iso(birthYear, prng.int(1, 12), prng.int(1, 28));
    const startYear = Math.min(birthYear + prng.int(23, 27), 2024);
    let startDate = iso(startYear, prng.pick([1, 3, 4, 7, 9, 10]), 1);
    const transfer = slot.key ? TRANSFERS[slot.key] : undefined;
    const promotion = slot.key ? PROMOTIONS[slot.key] : undefined;
    // Someone who moved units must have joined before the move.
    if (transfer && startDate >= transfer.on)
      startDate = iso(Number(transfer.on.slice(0, 4)) - prng.int(3, 6), 8, 1);
    if (promotion && startDate >= promotion.on)
      startDate = iso(Number(promotion.on.slice(0, 4)) - prng.int(4, 8), 8, 1);
    // Some came from other Công Thương bodies (Sở of another province, Bộ, state companies).
    const sectorSince = prng.next() < 0.3 ? iso(startYear - prng.int(1, 6), prng.int(1, 12), 1) : startDate;
    const partyJoinedOn = slot.party
      ? minIso(iso(birthYear + prng.int(22, 30), prng.int(1, 12), prng.pick([3, 19, 2])), '2024-12-19')
      : null;
    let email = mailbox(fullName);
    while (mailboxes.has(email)) email += String(prng.int(1, 9));
    mailboxes.add(email);

    const history: UnitStint[] = [];
    if (transfer) {
      history.push({
        unit: transfer.from,
        position: transfer.position,
        isLeader: transfer.position.startsWith('Phó'),
        fromDate: startDate,
        toDate: transfer.on,
        note: null,
      });
      history.push({
        unit: slot.unit,
        position: slot.position,
        isLeader: slot.leader,
        fromDate: transfer.on,
        toDate: null,
        note: 'Điều động',
      });
    } else if (promotion) {
      history.push({
        unit: promotion.unit ?? slot.unit,
        position: promotion.position,
        isLeader: promotion.isLeader,
        fromDate: startDate,
        toDate: promotion.on,
        note: null,
      });
      history.push({
        unit: slot.unit,
        position: slot.position,
        isLeader: slot.leader,
        fromDate: promotion.on,
        toDate: null,
        note: 'Bổ nhiệm',
      });
    } else {
      history.push({
        unit: slot.unit,
        position: slot.position,
        isLeader: slot.leader,
        fromDate: startDate,
        toDate: null,
        note: null,
      });
    }

    return {
      key: slot.key ?? null,
      code: `CB${String(i + 1).padStart(3, '0')}`,
      fullName,
      gender,
      birthDate,
      category: slot.category,
      position: slot.position,
      isLeader: slot.leader,
      unit: slot.unit,
      startDate,
      sectorSince: minIso(sectorSince, startDate),
      partyMember: slot.party,
      partyJoinedOn,
      cell: slot.party ? (CELL_OF_UNIT[slot.unit] ?? null) : null,
      unionMember: true,
      youthMember: birthYear >= YOUTH_BORN_FROM,
      email: `${email}@sct-gialai.example`,
      history,
    };
  });
}

export interface GroupPlan {
  code: string;
  kind: 'khoi' | 'cum';
  level: 'tinh' | 'bo';
  name: string;
  organiser: string;
  description: string;
  /**
   * Per year: member agency codes with the leader and deputy (null: not yet elected — the year-end conference
   * of the year before elects them, see apps/api/src/modules/clusters/election.ts). `since` dates the roles
   * (the Ministry's recognition decision); default 15/01 of the year.
   */
  years: Record<number, { leader: string | null; deputy: string | null; members: string[]; since?: string }>;
}

const KHOI_MEMBERS = ['SCT-GL', 'SKHDT-GL', 'STC-GL', 'SNNPTNT-GL', 'SXD-GL', 'SGTVT-GL', 'STNMT-GL'];
const CUM_MEMBERS = ['SCT-GL', 'SCT-KT', 'SCT-DLK', 'SCT-DNO', 'SCT-LD'];
/** Cụm thi đua V: seed 003's four departments plus Gia Lai as a fifth member (a demo arrangement). */
const CUM_V_MEMBERS = ['SCT-LC', 'SCT-DB', 'SCT-SL', 'SCT-HB', 'SCT-GL'];

export const GROUPS: readonly GroupPlan[] = [
  {
    code: 'KHOI-KT-GL',
    kind: 'khoi',
    level: 'tinh',
    name: 'Khối thi đua các sở, ngành kinh tế tỉnh Gia Lai',
    organiser: 'UBND-GL',
    description:
      'Khối thi đua của UBND tỉnh Gia Lai gồm các sở, ngành khối kinh tế; quy chế hoạt động ban hành hằng năm (Quyết định số 18/QĐ-KTĐ ngày 27/02/2023).',
    years: {
      2023: { leader: 'SKHDT-GL', deputy: 'SCT-GL', members: KHOI_MEMBERS },
      2024: { leader: 'SCT-GL', deputy: 'STC-GL', members: KHOI_MEMBERS },
      2025: { leader: 'STC-GL', deputy: 'SNNPTNT-GL', members: KHOI_MEMBERS },
    },
  },
  {
    code: 'CUM-VIII-BCT',
    kind: 'cum',
    level: 'bo',
    name: 'Cụm thi đua số VIII',
    organiser: 'BCT',
    description:
      'Cụm thi đua số VIII – Sở Công Thương các tỉnh khu vực Tây Nguyên (Quy chế hoạt động ban hành theo Quyết định số 70/QĐ-CTĐVIII ngày 16/5/2023).',
    years: {
      2023: { leader: 'SCT-KT', deputy: 'SCT-DNO', members: CUM_MEMBERS },
      2024: { leader: 'SCT-DNO', deputy: 'SCT-GL', members: CUM_MEMBERS },
      2025: { leader: 'SCT-GL', deputy: 'SCT-LD', members: CUM_MEMBERS },
    },
  },
  {
    code: 'CUM-V-BCT',
    kind: 'cum',
    level: 'bo',
    name: 'Cụm thi đua V',
    organiser: 'BCT',
    description:
      'Cụm thi đua V – Sở Công Thương các tỉnh Lai Châu, Điện Biên, Sơn La, Hòa Bình (Quyết định số 309/QĐ-BCT ngày 17/02/2023 của Bộ Công Thương về việc phân chia Khối, Cụm thi đua ngành Công Thương); Sở Công Thương Gia Lai tham gia trong dữ liệu mẫu.',
    years: {
      2024: { leader: 'SCT-SL', deputy: 'SCT-LC', members: CUM_V_MEMBERS, since: '2024-02-20' },
      2025: { leader: 'SCT-LC', deputy: 'SCT-DB', members: CUM_V_MEMBERS, since: '2025-02-18' },
      // 2026: members only; the 2025 year-end conference elects the leader and deputy.
      2026: { leader: null, deputy: null, members: CUM_V_MEMBERS },
    },
  },
];

export type DemoRole =
  'admin' | 'officer' | 'council' | 'unit-head' | 'staff' | 'cluster-leader' | 'reviewer';
export interface AccountPlan {
  username: string;
  role: DemoRole;
  description: string;
  displayName: string | null; // null: the linked person's name
  personKey: string | null;
  homeAgency: string | null;
  scope: { agency?: string; unit?: string; group?: string };
}

/** Demo only: printed on start and in the README. Change or disable these accounts in real use. */
export const DEMO_PASSWORD = 'Demo@2025';

export const ACCOUNTS: readonly AccountPlan[] = [
  {
    username: 'admin',
    role: 'admin',
    description: 'Quản trị hệ thống',
    displayName: 'Quản trị hệ thống',
    personKey: null,
    homeAgency: null,
    scope: {},
  },
  {
    username: 'vanthu.tdkt',
    role: 'officer',
    description:
      'Cán bộ làm công tác thi đua, khen thưởng (Thường trực Hội đồng TĐKT) – Sở Công Thương Gia Lai',
    displayName: null,
    personKey: 'officer',
    homeAgency: 'SCT-GL',
    scope: { agency: 'SCT-GL' },
  },
  {
    username: 'hoidong.tdkt',
    role: 'council',
    description: 'Thành viên Hội đồng Thi đua – Khen thưởng Sở (Phó Giám đốc)',
    displayName: null,
    personKey: 'deputy1',
    homeAgency: 'SCT-GL',
    scope: { agency: 'SCT-GL' },
  },
  {
    username: 'truongphong.qltm',
    role: 'unit-head',
    description: 'Trưởng phòng Quản lý Thương mại',
    displayName: null,
    personKey: 'qltm-head',
    homeAgency: 'SCT-GL',
    scope: { unit: 'QLTM' },
  },
  {
    username: 'hang.nt',
    role: 'staff',
    description: 'Chuyên viên chính Phòng Quản lý Thương mại (Nguyễn Thị Hằng)',
    displayName: null,
    personKey: 'hang',
    homeAgency: 'SCT-GL',
    scope: {},
  },
  {
    username: 'cumtruong.cum8',
    role: 'cluster-leader',
    description: 'Cụm trưởng Cụm thi đua số VIII năm 2025 (Sở Công Thương Gia Lai)',
    displayName: 'Cụm trưởng Cụm thi đua số VIII',
    personKey: null,
    homeAgency: 'SCT-GL',
    scope: { group: 'CUM-VIII-BCT' },
  },
  {
    username: 'btdkt.gialai',
    role: 'reviewer',
    description: 'Ban Thi đua – Khen thưởng tỉnh (Sở Nội vụ Gia Lai), xem – thẩm định cấp tỉnh',
    displayName: 'Ban Thi đua – Khen thưởng tỉnh Gia Lai',
    personKey: null,
    homeAgency: 'SNV-GL',
    scope: { agency: 'UBND-GL' },
  },
  // Cụm thi đua V (seed 003): one officer per member agency (Gia Lai's is vanthu.tdkt above), the cluster
  // leader's account for Lai Châu, and the Ministry's reviewer, who sees every cluster the Ministry organises.
  ...(
    [
      ['laichau', 'SCT-LC', 'Lai Châu'],
      ['dienbien', 'SCT-DB', 'Điện Biên'],
      ['sonla', 'SCT-SL', 'Sơn La'],
      ['hoabinh', 'SCT-HB', 'Hòa Bình'],
    ] as const
  ).map(([slug, code, province]): AccountPlan => ({
    username: `vanthu.sct.${slug}`,
    role: 'officer',
    description: `Cán bộ làm công tác thi đua, khen thưởng – Sở Công Thương tỉnh ${province} (Cụm thi đua V)`,
    displayName: `Văn thư TĐKT – Sở Công Thương ${province}`,
    personKey: null,
    homeAgency: code,
    scope: { agency: code },
  })),
  {
    username: 'cumtruong.cum5',
    role: 'cluster-leader',
    description: 'Cụm trưởng Cụm thi đua V năm 2025 (Sở Công Thương Lai Châu)',
    displayName: 'Cụm trưởng Cụm thi đua V',
    personKey: null,
    homeAgency: 'SCT-LC',
    scope: { group: 'CUM-V-BCT' },
  },
  {
    username: 'btdkt.bocongthuong',
    role: 'reviewer',
    description:
      'Hội đồng Thi đua – Khen thưởng Bộ Công Thương (Vụ Tổ chức cán bộ), xem các cụm, khối của Bộ',
    displayName: 'Vụ Tổ chức cán bộ – Bộ Công Thương',
    personKey: null,
    homeAgency: 'BCT',
    scope: { agency: 'BCT' },
  },
];

/** Fixed timestamp for created_at / updated_at and the seed's audit entry: the data is the same every run. */
export const SEEDED_AT = new Date('2025-01-02T01:00:00.000Z');
