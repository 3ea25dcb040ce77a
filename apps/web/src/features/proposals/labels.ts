// Vietnamese labels of the proposals pages (the API computes authority, checklist and citations).
export const KIND_OPTIONS = [
  { value: 'cong-trang', label: 'Công trạng và thành tích' },
  { value: 'chuyen-de', label: 'Theo đợt, chuyên đề' },
  { value: 'dot-xuat', label: 'Đột xuất' },
  { value: 'cong-hien', label: 'Quá trình cống hiến' },
  { value: 'nien-han', label: 'Niên hạn' },
  { value: 'doi-ngoai', label: 'Đối ngoại' },
];

export const CODE_OPTIONS = [
  { value: 'giay-khen', label: 'Giấy khen của Giám đốc Sở' },
  { value: 'lao-dong-tien-tien', label: 'Lao động tiên tiến' },
  { value: 'chien-si-thi-dua-co-so', label: 'Chiến sĩ thi đua cơ sở' },
  { value: 'tap-the-lao-dong-tien-tien', label: 'Tập thể lao động tiên tiến' },
  { value: 'tap-the-lao-dong-xuat-sac', label: 'Tập thể lao động xuất sắc' },
  { value: 'bang-khen-cap-tinh', label: 'Bằng khen của Chủ tịch UBND tỉnh' },
  { value: 'chien-si-thi-dua-cap-tinh', label: 'Chiến sĩ thi đua cấp tỉnh' },
  { value: 'co-thi-dua-cap-tinh', label: 'Cờ thi đua của UBND tỉnh' },
  {
    value: 'ky-niem-chuong-cong-thuong',
    label: 'Kỷ niệm chương "Vì sự nghiệp phát triển ngành Công Thương"',
  },
  { value: 'bang-khen-thu-tuong', label: 'Bằng khen của Thủ tướng Chính phủ' },
  { value: 'co-thi-dua-chinh-phu', label: 'Cờ thi đua của Chính phủ' },
  { value: 'chien-si-thi-dua-toan-quoc', label: 'Chiến sĩ thi đua toàn quốc' },
  { value: 'huan-chuong-lao-dong-hang-ba', label: 'Huân chương Lao động hạng Ba' },
  { value: 'huan-chuong-lao-dong-hang-nhi', label: 'Huân chương Lao động hạng Nhì' },
  { value: 'huan-chuong-lao-dong-hang-nhat', label: 'Huân chương Lao động hạng Nhất' },
  { value: 'khac', label: 'Hình thức khác' },
];

export const COLLECTIVE_CODES = new Set([
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
]);

export const AUTHORITY_OPTIONS = [
  { value: 'giam-doc-so', label: 'Giám đốc Sở' },
  { value: 'chu-tich-ubnd-tinh', label: 'Chủ tịch UBND tỉnh' },
  { value: 'bo-truong', label: 'Bộ trưởng Bộ Công Thương' },
  { value: 'thu-tuong', label: 'Thủ tướng Chính phủ' },
  { value: 'chu-tich-nuoc', label: 'Chủ tịch nước' },
  { value: 'khac', label: 'Cấp khác' },
];

export const STATUS_OPTIONS: { value: string; label: string; color: string }[] = [
  { value: 'draft', label: 'Dự thảo', color: 'default' },
  { value: 'unit', label: 'Đơn vị đề nghị', color: 'blue' },
  { value: 'officer-check', label: 'Thường trực thẩm định', color: 'geekblue' },
  { value: 'council', label: 'Hội đồng xét', color: 'purple' },
  { value: 'signing', label: 'Trình Giám đốc ký', color: 'gold' },
  { value: 'sent', label: 'Đã gửi cấp trên', color: 'orange' },
  { value: 'decided', label: 'Đã có quyết định', color: 'green' },
  { value: 'returned', label: 'Bị trả lại', color: 'red' },
  { value: 'withdrawn', label: 'Đã rút', color: 'default' },
];
export const statusColor = (s: string): string =>
  STATUS_OPTIONS.find((o) => o.value === s)?.color ?? 'default';

export const ACTION_LABELS: Record<string, string> = {
  submit: 'Đơn vị trình',
  check: 'Tiếp nhận, thẩm định',
  'to-council': 'Trình Hội đồng',
  'to-signing': 'Trình Giám đốc ký',
  send: 'Gửi cấp trên',
  return: 'Trả lại',
  withdraw: 'Rút đề nghị',
};

export const ITEM_STATUS: Record<string, { label: string; color: string }> = {
  missing: { label: 'Còn thiếu', color: 'red' },
  uploaded: { label: 'Đã tải lên', color: 'green' },
  generated: { label: 'Hệ thống tạo', color: 'green' },
  waived: { label: 'Được miễn', color: 'default' },
};

export const VERDICT_STATUS: Record<string, { label: string; color: string }> = {
  eligible: { label: 'Đủ điều kiện', color: 'green' },
  ineligible: { label: 'Chưa đủ điều kiện', color: 'red' },
  'needs-review': { label: 'Cần xem xét', color: 'gold' },
};
