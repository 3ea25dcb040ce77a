// Typed service errors with stable codes. Services throw these (never HTTP errors); the error handler in
// http/errors.ts maps each code to its HTTP status once. Messages are Vietnamese: they reach the user.
export type ErrorCode =
  | 'invalid-input'
  | 'invalid-credentials'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'duplicate'
  | 'csrf-invalid'
  | 'rate-limited'
  | 'account-locked'
  | 'password-change-required'
  | 'import-invalid'
  | 'rating-cap-exceeded'
  | 'dossier-incomplete'
  | 'internal';

export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly path: string | null;
  readonly details: FieldIssue[] | undefined;
  constructor(code: ErrorCode, message: string, opts: { path?: string | null; details?: FieldIssue[] } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.path = opts.path ?? null;
    this.details = opts.details;
  }
}

export const errors = {
  invalidInput: (details: FieldIssue[]): AppError =>
    new AppError(
      'invalid-input',
      details.length === 1 ? details[0]!.message : `Dữ liệu chưa hợp lệ (${details.length} trường).`,
      {
        path: details[0]?.path ?? null,
        details,
      },
    ),
  field: (path: string, message: string): AppError => errors.invalidInput([{ path, message }]),
  invalidCredentials: (): AppError =>
    new AppError('invalid-credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.'),
  unauthenticated: (): AppError =>
    new AppError('unauthenticated', 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.'),
  forbidden: (what = 'thực hiện thao tác này'): AppError =>
    new AppError('forbidden', `Bạn không có quyền ${what}.`),
  notFound: (what: string): AppError => new AppError('not-found', `Không tìm thấy ${what}.`),
  conflict: (): AppError =>
    new AppError(
      'conflict',
      'Bản ghi đã được người khác sửa sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
      {
        path: 'version',
      },
    ),
  duplicate: (path: string, message: string): AppError =>
    new AppError('duplicate', message, { path, details: [{ path, message }] }),
  csrfInvalid: (): AppError =>
    new AppError(
      'csrf-invalid',
      'Yêu cầu không hợp lệ (thiếu hoặc sai mã chống giả mạo). Hãy tải lại trang.',
    ),
  rateLimited: (seconds: number): AppError =>
    new AppError(
      'rate-limited',
      `Bạn thử đăng nhập quá nhiều lần. Hãy thử lại sau ${Math.max(1, Math.ceil(seconds))} giây.`,
    ),
  passwordChangeRequired: (): AppError =>
    new AppError('password-change-required', 'Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.'),
  accountLocked: (untilText: string): AppError =>
    new AppError('account-locked', `Tài khoản tạm bị khoá do đăng nhập sai nhiều lần, đến ${untilText}.`),
};

export const STATUS: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'invalid-credentials': 401,
  unauthenticated: 401,
  forbidden: 403,
  'csrf-invalid': 403,
  'password-change-required': 403,
  'not-found': 404,
  conflict: 409,
  duplicate: 409,
  'account-locked': 423,
  'import-invalid': 422,
  'rating-cap-exceeded': 422,
  'dossier-incomplete': 422,
  'rate-limited': 429,
  internal: 500,
};
