// What the proposals module knows about the law, as small tables over the domain code: the deciding
// authority of each form (rules.md §10 "who decides"), the mapping between the domain's dossier item codes
// (packages/domain …/procedure/dossier.ts) and the dossier_items.kind column, the workflow transitions and
// the Vietnamese labels. The checklist itself, its citations and the publicity requirement come from the
// domain functions (dossierRequirements, checkDossier, checkPublicity, checkSimplifiedProcedure).
import {
  TARGET_LABELS,
  type DossierItemCode,
  type PublicityTarget,
  type TargetCode,
} from '../../../../../packages/domain/src/eligibility/index.ts';
import type {
  Authority,
  AwardCodeOrOther,
  CommendationKind,
  DossierItemKind,
  ProposalStatus,
} from '../../../../../packages/db/src/schema-cycle.ts';
import type { Role } from '../../../../../packages/db/src/schema.ts';

export const PROPOSAL_KINDS = [
  'cong-trang',
  'chuyen-de',
  'dot-xuat',
  'cong-hien',
  'nien-han',
  'doi-ngoai',
] as const;
export const KIND_LABELS: Record<CommendationKind, string> = {
  'cong-trang': 'Công trạng và thành tích',
  'chuyen-de': 'Theo đợt, chuyên đề',
  'dot-xuat': 'Đột xuất',
  'cong-hien': 'Quá trình cống hiến',
  'nien-han': 'Niên hạn',
  'doi-ngoai': 'Đối ngoại',
};

export const PROPOSAL_CODES = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
  'giay-khen',
  'bang-khen-cap-tinh',
  'bang-khen-thu-tuong',
  'huan-chuong-lao-dong-hang-ba',
  'huan-chuong-lao-dong-hang-nhi',
  'huan-chuong-lao-dong-hang-nhat',
  'ky-niem-chuong-cong-thuong',
  'khac',
] as const;

export function formLabel(code: AwardCodeOrOther, otherName: string | null): string {
  if (code === 'khac') return otherName ?? 'Hình thức khác';
  if (code === 'bang-khen-cap-tinh') return 'Bằng khen của Chủ tịch UBND tỉnh';
  if (code === 'co-thi-dua-cap-tinh') return 'Cờ thi đua của UBND tỉnh';
  return TARGET_LABELS[code];
}

export const AUTHORITIES = [
  'giam-doc-so',
  'chu-tich-ubnd-tinh',
  'bo-truong',
  'thu-tuong',
  'chu-tich-nuoc',
  'khac',
] as const;
export const AUTHORITY_LABELS: Record<Authority, string> = {
  'giam-doc-so': 'Giám đốc Sở',
  'chu-tich-ubnd-tinh': 'Chủ tịch UBND tỉnh',
  'bo-truong': 'Bộ trưởng Bộ Công Thương',
  'thu-tuong': 'Thủ tướng Chính phủ',
  'chu-tich-nuoc': 'Chủ tịch nước',
  khac: 'Cấp khác',
};

/** rules.md §10 (for a provincial Sở Công Thương): who decides each title or form. */
export const AUTHORITY_OF: Record<TargetCode, Authority> = {
  'lao-dong-tien-tien': 'giam-doc-so',
  'chien-si-thi-dua-co-so': 'giam-doc-so',
  'tap-the-lao-dong-tien-tien': 'giam-doc-so',
  'giay-khen': 'giam-doc-so',
  'tap-the-lao-dong-xuat-sac': 'chu-tich-ubnd-tinh',
  'chien-si-thi-dua-cap-tinh': 'chu-tich-ubnd-tinh',
  'co-thi-dua-cap-tinh': 'chu-tich-ubnd-tinh',
  'bang-khen-cap-tinh': 'chu-tich-ubnd-tinh',
  'ky-niem-chuong-cong-thuong': 'bo-truong',
  'co-thi-dua-chinh-phu': 'thu-tuong',
  'bang-khen-thu-tuong': 'thu-tuong',
  'chien-si-thi-dua-toan-quoc': 'thu-tuong',
  'huan-chuong-lao-dong-hang-ba': 'chu-tich-nuoc',
  'huan-chuong-lao-dong-hang-nhi': 'chu-tich-nuoc',
  'huan-chuong-lao-dong-hang-nhat': 'chu-tich-nuoc',
};

/** "tỉnh Gia Lai" from the agency's parent line ("UBND TỈNH GIA LAI", "UBND tỉnh Gia Lai"). */
export function provinceOf(parent: string | null): string {
  const rest = (parent ?? '').replace(/^(UBND|Ủy ban nhân dân)\s+/iu, '').trim();
  if (!rest) return 'tỉnh';
  if (rest !== rest.toLocaleUpperCase('vi')) return rest;
  const [first = '', ...words] = rest.toLocaleLowerCase('vi').split(/\s+/);
  return [first, ...words.map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))].join(' ');
}

/** "Kính gửi" of the tờ trình: who the agency addresses for each deciding authority. */
export function addresseeOf(authority: Authority, agencyParent: string | null): string {
  const province = provinceOf(agencyParent);
  switch (authority) {
    case 'giam-doc-so':
      return 'Giám đốc Sở';
    case 'chu-tich-ubnd-tinh':
      return `Ủy ban nhân dân ${province} (qua Sở Nội vụ – Ban Thi đua – Khen thưởng)`;
    case 'bo-truong':
      return 'Bộ trưởng Bộ Công Thương (qua Vụ Tổ chức cán bộ)';
    case 'thu-tuong':
      return `Thủ tướng Chính phủ (qua Ủy ban nhân dân ${province} và Ban Thi đua – Khen thưởng Trung ương)`;
    case 'chu-tich-nuoc':
      return `Chủ tịch nước (qua Ủy ban nhân dân ${province} và Ban Thi đua – Khen thưởng Trung ương)`;
    default:
      return 'Cấp có thẩm quyền';
  }
}

/** The target the dossier and publicity rules are read for; 'khac' uses the nearest row (Giấy khen, U6). */
export function dossierTarget(code: AwardCodeOrOther): PublicityTarget {
  return code === 'khac' ? 'giay-khen' : code;
}

export const ITEM_KIND: Record<DossierItemCode, DossierItemKind> = {
  'to-trinh': 'to-trinh',
  'danh-sach': 'danh-sach',
  'bao-cao-thanh-tich': 'bao-cao-thanh-tich',
  'bien-ban-hop': 'bien-ban-hop',
  'ket-qua-bo-phieu-kin': 'ket-qua-bo-phieu',
  'xac-nhan-sang-kien': 'chung-nhan-sang-kien',
  'xac-nhan-pham-vi-anh-huong': 'xac-nhan',
  'tom-tat-thanh-tich': 'tom-tat-thanh-tich',
  'cong-khai': 'cong-khai',
};
export function itemCodeOf(kind: DossierItemKind): DossierItemCode | null {
  const e = Object.entries(ITEM_KIND).find(([, k]) => k === kind);
  return e ? (e[0] as DossierItemCode) : null;
}

export const STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: 'Dự thảo',
  unit: 'Đơn vị đề nghị',
  'officer-check': 'Thường trực thẩm định',
  council: 'Hội đồng xét',
  signing: 'Trình Giám đốc ký',
  sent: 'Đã gửi cấp trên',
  decided: 'Đã có quyết định',
  returned: 'Bị trả lại',
  withdrawn: 'Đã rút',
};

export const ACTIONS = ['submit', 'check', 'to-council', 'to-signing', 'send', 'return', 'withdraw'] as const;
export type ProposalAction = (typeof ACTIONS)[number];

/** The workflow: from which statuses each action moves, where to, and who may take it. */
export const TRANSITIONS: Record<
  ProposalAction,
  { from: readonly ProposalStatus[]; to: ProposalStatus; roles: readonly Role[]; label: string }
> = {
  submit: {
    from: ['draft', 'returned'],
    to: 'unit',
    roles: ['admin', 'officer', 'unit-head'],
    label: 'Đơn vị trình',
  },
  check: { from: ['unit'], to: 'officer-check', roles: ['admin', 'officer'], label: 'Tiếp nhận, thẩm định' },
  'to-council': {
    from: ['officer-check'],
    to: 'council',
    roles: ['admin', 'officer'],
    label: 'Trình Hội đồng',
  },
  'to-signing': {
    from: ['council'],
    to: 'signing',
    roles: ['admin', 'officer', 'council'],
    label: 'Trình Giám đốc ký',
  },
  send: { from: ['signing'], to: 'sent', roles: ['admin', 'officer'], label: 'Gửi cấp trên' },
  return: {
    from: ['unit', 'officer-check', 'council', 'signing', 'sent'],
    to: 'returned',
    roles: ['admin', 'officer', 'council'],
    label: 'Trả lại',
  },
  withdraw: {
    from: ['draft', 'returned'],
    to: 'withdrawn',
    roles: ['admin', 'officer', 'unit-head'],
    label: 'Rút đề nghị',
  },
};

/** Statuses in which the proposal's content (form, candidates, publicity) may still be edited. */
export const EDITABLE: readonly ProposalStatus[] = ['draft', 'unit', 'officer-check', 'council', 'returned'];

export const ORIGINS = ['manual', 'council', 'eligibility', 'cluster-scoring', 'movement'] as const;
export type ProposalOrigin = (typeof ORIGINS)[number];
export const ORIGIN_LABELS: Record<ProposalOrigin, string> = {
  manual: 'Lập trực tiếp',
  council: 'Từ kết quả bình xét của Hội đồng',
  eligibility: 'Từ kết quả xét điều kiện',
  'cluster-scoring': 'Từ kết quả chấm điểm, suy tôn của cụm, khối thi đua',
  movement: 'Từ phong trào thi đua, chuyên đề',
};
