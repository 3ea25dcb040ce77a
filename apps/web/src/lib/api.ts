import { z } from 'zod';
import { env } from '../env.ts';

// One fetch wrapper for the whole app: same-origin cookies, the CSRF header on writes, typed errors,
// and a single place where "session gone" (401) is turned into a trip to the login page.

export const ErrorDetailSchema = z.object({ path: z.string().nullable().optional(), message: z.string() });
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

const ErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  path: z.string().nullable().optional(),
  details: z.array(ErrorDetailSchema).optional(),
});

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path: string | null;
  readonly details: ErrorDetail[];
  readonly body: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    path: string | null,
    details: ErrorDetail[],
    body: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.path = path;
    this.details = details;
    this.body = body;
  }
}

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

/** The Vietnamese text to show for any error thrown by a request. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof z.ZodError) return 'Dữ liệu máy chủ trả về không đúng định dạng mong đợi.';
  if (e instanceof TypeError) return 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.';
  return e instanceof Error ? e.message : 'Đã xảy ra lỗi không xác định.';
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthenticatedHandler = () => void;
let onUnauthenticated: UnauthenticatedHandler = () => {};
/** The session provider registers what to do when any request comes back 401. */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler): void {
  onUnauthenticated = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** `/api` + path + query string, skipping empty values. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `${env.VITE_API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** Don't redirect to the login page on 401 (the login and "who am I" calls handle it themselves). */
  allow401?: boolean;
  signal?: AbortSignal;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const b = parsed.data;
    return new ApiError(res.status, b.code, b.message, b.path ?? null, b.details ?? [], body);
  }
  const fallback: Record<number, [string, string]> = {
    401: ['unauthenticated', 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.'],
    403: ['forbidden', 'Bạn không có quyền thực hiện thao tác này.'],
    404: ['not-found', 'Không tìm thấy dữ liệu.'],
    413: ['too-large', 'Tệp quá lớn.'],
    429: ['rate-limited', 'Thao tác quá nhiều lần. Vui lòng thử lại sau ít phút.'],
  };
  const [code, message] = fallback[res.status] ?? [
    'internal',
    `Máy chủ gặp lỗi (mã ${res.status}). Vui lòng thử lại sau.`,
  ];
  return new ApiError(res.status, code, message, null, [], body);
}

async function send(path: string, init: RequestInit, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  const res = await fetch(apiUrl(path, options.query), {
    ...init,
    method,
    headers,
    credentials: 'same-origin',
    signal: options.signal ?? null,
  });
  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401 && !options.allow401) onUnauthenticated();
    throw error;
  }
  return res;
}

/** JSON request; the response is validated by `schema` (pass `null` for 204 responses). */
export async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  options?: RequestOptions,
): Promise<z.infer<S>>;
export async function request(path: string, schema: null, options?: RequestOptions): Promise<void>;
export async function request(
  path: string,
  schema: z.ZodType | null,
  options: RequestOptions = {},
): Promise<unknown> {
  const init: RequestInit = {};
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { 'content-type': 'application/json' };
  }
  const res = await send(path, init, options);
  if (schema === null || res.status === 204) return undefined;
  const json: unknown = await res.json();
  return schema.parse(json);
}

/** multipart/form-data upload (the browser sets the boundary). */
export async function upload<S extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
  options: Omit<RequestOptions, 'body' | 'method'> = {},
): Promise<z.infer<S>> {
  const res = await send(path, { body: form }, { ...options, method: 'POST' });
  return schema.parse(await res.json());
}

/** Start a file download of a GET endpoint (Excel exports, templates); the session cookie goes along. */
export function download(path: string, query?: Query): void {
  const a = document.createElement('a');
  a.href = apiUrl(path, query);
  a.rel = 'noopener';
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** `{ items, total, page, pageSize }` as every list endpoint returns it. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
}
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
