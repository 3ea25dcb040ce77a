// Vietnamese labels of the codes the statistics show (titles and forms come from the domain's TARGET_LABELS).
import { TARGET_LABELS, TARGET_SHORT } from '../../../../../packages/domain/src/eligibility/messages/vi.ts';
import type { TargetCode } from '../../../../../packages/domain/src/eligibility/types.ts';

/** The deciding authority, read as the level of the award. */
export const AUTHORITY_LABELS: Record<string, string> = {
  'giam-doc-so': 'Cấp cơ sở (Giám đốc Sở)',
  'chu-tich-ubnd-tinh': 'Cấp tỉnh (Chủ tịch UBND tỉnh)',
  'bo-truong': 'Cấp bộ (Bộ trưởng)',
  'thu-tuong': 'Thủ tướng Chính phủ',
  'chu-tich-nuoc': 'Chủ tịch nước',
  khac: 'Cấp khác',
};

export const CATEGORY_LABELS: Record<string, string> = {
  title: 'Danh hiệu thi đua',
  form: 'Hình thức khen thưởng',
};

export const TASK_STATE_LABELS: Record<string, string> = {
  'not-started': 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Đã hoàn thành',
  late: 'Trễ hạn',
  cancelled: 'Đã hủy',
};

export const PROPOSAL_STATUS_LABELS: Record<string, string> = {
  draft: 'Đang soạn',
  unit: 'Đơn vị đề nghị',
  'officer-check': 'Thường trực kiểm tra',
  council: 'Hội đồng xét',
  signing: 'Trình ký',
  sent: 'Đã gửi cấp trên, chờ quyết định',
  decided: 'Đã có quyết định',
  returned: 'Bị trả lại',
  withdrawn: 'Đã rút',
};

export const SOURCE_LABELS: Record<string, string> = {
  own: 'Cơ quan quyết định',
  received: 'Cấp trên quyết định',
  imported: 'Nhập từ hồ sơ cũ',
};

export function codeLabel(code: string, otherName?: string | null): string {
  if (code === 'khac') return otherName ?? 'Khác';
  return TARGET_LABELS[code as TargetCode] ?? code;
}

export function codeShort(code: string): string {
  return TARGET_SHORT[code as TargetCode] ?? codeLabel(code);
}

export const label = (m: Record<string, string>, k: string | null): string => (k === null ? '' : (m[k] ?? k));
