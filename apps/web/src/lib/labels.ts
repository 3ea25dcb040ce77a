// Vietnamese labels for the slugs the API uses. One place, so every page names things the same way.

export const CATEGORY_LABELS = {
  'cong-chuc': 'Công chức',
  'vien-chuc': 'Viên chức',
  'hop-dong': 'Hợp đồng',
} as const;
export type Category = keyof typeof CATEGORY_LABELS;
export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

export const GENDER_LABELS = { nam: 'Nam', nu: 'Nữ' } as const;
export type Gender = keyof typeof GENDER_LABELS;

export const ROLE_LABELS: Record<string, string> = {
  admin: 'Quản trị hệ thống',
  officer: 'Cán bộ TĐKT (thường trực Hội đồng)',
  council: 'Thành viên Hội đồng TĐKT',
  'unit-head': 'Trưởng đơn vị',
  staff: 'Cán bộ, công chức',
  'cluster-leader': 'Trưởng Khối/Cụm thi đua',
  reviewer: 'Cấp trên (chỉ xem)',
};

export const UNIT_KIND_LABELS: Record<string, string> = {
  'lanh-dao': 'Ban lãnh đạo',
  'van-phong': 'Văn phòng',
  'thanh-tra': 'Thanh tra',
  phong: 'Phòng',
  'chi-cuc': 'Chi cục',
  'trung-tam': 'Trung tâm',
  khac: 'Khác',
};

export const AGENCY_KIND_LABELS: Record<string, string> = {
  ministry: 'Bộ, ngành',
  province: 'Tỉnh, thành phố',
  department: 'Sở, ban, ngành',
  other: 'Cơ quan khác',
};

export const SIDE_ORG_LABELS: Record<string, string> = {
  'dang-bo': 'Đảng bộ',
  'dang-uy': 'Đảng ủy',
  'chi-bo': 'Chi bộ',
  'cong-doan': 'Công đoàn',
  'chi-doan': 'Chi đoàn',
};

export const GROUP_KIND_LABELS: Record<string, string> = { khoi: 'Khối thi đua', cum: 'Cụm thi đua' };
export const GROUP_LEVEL_LABELS: Record<string, string> = { tinh: 'cấp tỉnh', bo: 'cấp bộ' };
export const GROUP_ROLE_LABELS: Record<string, string> = {
  leader: 'Trưởng khối/cụm',
  deputy: 'Phó trưởng khối/cụm',
  member: 'Thành viên',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: 'Thêm mới',
  update: 'Sửa',
  delete: 'Xóa',
  end: 'Cho nghỉ',
  import: 'Nhập Excel',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  password: 'Đổi mật khẩu',
  lock: 'Khóa tài khoản',
  seed: 'Khởi tạo dữ liệu',
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  people: 'Cán bộ',
  units: 'Đơn vị',
  agencies: 'Cơ quan',
  users: 'Tài khoản',
  sessions: 'Phiên đăng nhập',
  database: 'Cơ sở dữ liệu',
  jobs: 'Tác vụ',
};

/** Field names of records, as they appear in the audit diff. */
export const FIELD_LABELS: Record<string, string> = {
  code: 'Mã',
  fullName: 'Họ và tên',
  familyName: 'Họ và đệm',
  givenName: 'Tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  category: 'Loại',
  position: 'Chức vụ',
  isLeader: 'Lãnh đạo',
  unitId: 'Đơn vị',
  unitName: 'Đơn vị',
  startDate: 'Ngày vào cơ quan',
  endDate: 'Ngày nghỉ',
  sectorSince: 'Vào ngành từ',
  hazardousWork: 'Nghề nặng nhọc, độc hại',
  partyMember: 'Đảng viên',
  partyJoinedOn: 'Ngày vào Đảng',
  partyCellId: 'Chi bộ',
  unionMember: 'Đoàn viên công đoàn',
  youthMember: 'Đoàn viên thanh niên',
  email: 'Thư điện tử',
  phone: 'Điện thoại',
  note: 'Ghi chú',
  version: 'Phiên bản',
  name: 'Tên',
  shortName: 'Tên viết tắt',
  kind: 'Loại',
  sortOrder: 'Thứ tự',
  active: 'Đang hoạt động',
  username: 'Tên đăng nhập',
  displayName: 'Tên hiển thị',
  roles: 'Vai trò',
};

export function label(map: Record<string, string>, key: string | null | undefined): string {
  if (key === null || key === undefined) return '';
  return map[key] ?? key;
}
