// Vietnamese labels of the clusters pages.
import type { MyRole, TaskStatus } from './api/clusters.ts';

export const LEVEL_LABELS = { bo: 'Cấp Bộ', tinh: 'Cấp tỉnh' } as const;
export const KIND_LABELS = { cum: 'Cụm thi đua', khoi: 'Khối thi đua' } as const;

/** "Cụm trưởng" in a cluster, "Khối trưởng" in a block. */
export function roleLabel(role: NonNullable<MyRole>, kind: 'cum' | 'khoi'): string {
  const head = kind === 'cum' ? 'Cụm' : 'Khối';
  switch (role) {
    case 'leader':
      return `${head} trưởng`;
    case 'deputy':
      return `${head} phó`;
    case 'member':
      return 'Thành viên';
    case 'reviewer':
      return 'Theo dõi, thẩm định';
    default: {
      const never: never = role;
      return never;
    }
  }
}

export const ROLE_COLORS = { leader: 'red', deputy: 'orange', member: 'default', reviewer: 'blue' } as const;

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  'not-started': 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Đã hoàn thành',
  late: 'Chậm tiến độ',
  cancelled: 'Không thực hiện',
};
export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  'not-started': 'default',
  'in-progress': 'processing',
  done: 'success',
  late: 'error',
  cancelled: 'default',
};

export const MEETING_KIND_LABELS = {
  'so-ket': 'Hội nghị sơ kết',
  'tong-ket': 'Hội nghị tổng kết',
  khac: 'Cuộc họp',
} as const;
export const MEETING_FORM_LABELS = {
  'truc-tiep': 'Trực tiếp',
  'truc-tuyen': 'Trực tuyến',
  'van-ban': 'Bằng văn bản',
} as const;
