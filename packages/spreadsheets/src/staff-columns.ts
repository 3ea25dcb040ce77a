// The staff import/template columns: header text exactly as docs/api-contract.md states it.
export const STAFF_COLUMNS = [
  { key: 'code', header: 'Mã cán bộ', required: true, width: 14 },
  { key: 'fullName', header: 'Họ và tên', required: true, width: 28 },
  { key: 'gender', header: 'Giới tính', required: true, width: 10 },
  { key: 'birthDate', header: 'Ngày sinh', required: false, width: 13 },
  { key: 'unit', header: 'Đơn vị', required: true, width: 34 },
  { key: 'category', header: 'Loại', required: true, width: 14 },
  { key: 'position', header: 'Chức vụ', required: false, width: 22 },
  { key: 'isLeader', header: 'Lãnh đạo', required: false, width: 10 },
  { key: 'startDate', header: 'Ngày vào cơ quan', required: false, width: 16 },
  { key: 'partyMember', header: 'Đảng viên', required: false, width: 10 },
  { key: 'email', header: 'Email', required: false, width: 26 },
  { key: 'phone', header: 'Điện thoại', required: false, width: 14 },
] as const;

export type StaffColumnKey = (typeof STAFF_COLUMNS)[number]['key'];

export function columnLetter(index1: number): string {
  let n = index1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
