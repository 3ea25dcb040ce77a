// The one place errors become HTTP: typed service errors → their status and stable code; request
// validation → 400 invalid-input with one Vietnamese message per field; anything else → 500 without a
// stack trace (the trace goes to the log).
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, STATUS, type FieldIssue } from '../errors.ts';
import { labelOf } from './labels.ts';

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string | undefined;
  params: Record<string, unknown>;
}

const VIETNAMESE = /[À-ỹđĐ]/;

/** A Vietnamese message for one zod issue, naming the field. Messages written in the schemas win. */
export function vietnameseIssue(item: ValidationItem): FieldIssue {
  const path = item.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  const label = labelOf(path || 'dữ liệu');
  const msg = item.message ?? '';
  if (VIETNAMESE.test(msg)) return { path, message: msg };
  const p = item.params;
  const origin = p.origin as string | undefined;
  let message: string;
  switch (item.keyword) {
    case 'invalid_type':
      message = /received undefined/.test(msg)
        ? `${label} là bắt buộc.`
        : `${label} không đúng kiểu dữ liệu.`;
      break;
    case 'too_small':
      if (origin === 'string')
        message =
          Number(p.minimum) <= 1
            ? `${label} không được để trống.`
            : `${label} phải có ít nhất ${String(p.minimum)} ký tự.`;
      else if (origin === 'array' || origin === 'set')
        message = `${label} phải có ít nhất ${String(p.minimum)} mục.`;
      else message = `${label} phải lớn hơn hoặc bằng ${String(p.minimum)}.`;
      break;
    case 'too_big':
      if (origin === 'string') message = `${label} không được dài quá ${String(p.maximum)} ký tự.`;
      else if (origin === 'array' || origin === 'set')
        message = `${label} không được quá ${String(p.maximum)} mục.`;
      else message = `${label} không được lớn hơn ${String(p.maximum)}.`;
      break;
    case 'invalid_format':
      message =
        p.format === 'email' ? `${label} không phải địa chỉ email hợp lệ.` : `${label} không đúng định dạng.`;
      break;
    case 'invalid_value':
      message = Array.isArray(p.values)
        ? `${label} phải là một trong các giá trị: ${p.values.map(String).join(', ')}.`
        : `${label} không hợp lệ.`;
      break;
    case 'unrecognized_keys':
      message = `Trường không được hỗ trợ: ${Array.isArray(p.keys) ? p.keys.join(', ') : ''}.`;
      break;
    default:
      message = `${label} không hợp lệ.`;
  }
  return { path, message };
}

function send(
  reply: import('fastify').FastifyReply,
  status: number,
  body: { code: string; message: string; path: string | null; details?: FieldIssue[] | undefined },
) {
  const out: Record<string, unknown> = { code: body.code, message: body.message, path: body.path };
  if (body.details) out.details = body.details;
  return reply.code(status).type('application/json; charset=utf-8').send(out);
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.code === 'internal') req.log.error({ err }, 'internal error');
      return send(reply, STATUS[err.code], {
        code: err.code,
        message: err.message,
        path: err.path,
        details: err.details,
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => vietnameseIssue(v as unknown as ValidationItem));
      const first = details[0];
      return send(reply, 400, {
        code: 'invalid-input',
        message:
          details.length === 1 && first
            ? first.message
            : `Dữ liệu chưa hợp lệ: ${details.map((d) => d.message).join(' ')}`,
        path: first?.path ?? null,
        details,
      });
    }
    if (isResponseSerializationError(err as never)) {
      req.log.error({ err }, 'response does not match its schema');
      return send(reply, 500, {
        code: 'internal',
        message: 'Đã có lỗi ở máy chủ. Vui lòng thử lại sau.',
        path: null,
      });
    }
    const pgCode = (err as { code?: string }).code;
    if (pgCode === '23505') {
      return send(reply, 409, {
        code: 'duplicate',
        message: 'Dữ liệu bị trùng với một bản ghi đã có.',
        path: null,
      });
    }
    const status = err.statusCode ?? 500;
    if (status === 413)
      return send(reply, 413, {
        code: 'invalid-input',
        message: 'Tệp hoặc dữ liệu gửi lên quá lớn.',
        path: null,
      });
    if (status === 415)
      return send(reply, 415, {
        code: 'invalid-input',
        message: 'Kiểu dữ liệu gửi lên không được hỗ trợ.',
        path: null,
      });
    if (status === 429)
      return send(reply, 429, {
        code: 'rate-limited',
        message: 'Bạn gửi quá nhiều yêu cầu. Hãy thử lại sau ít phút.',
        path: null,
      });
    if (status >= 400 && status < 500) {
      return send(reply, 400, {
        code: 'invalid-input',
        message: 'Yêu cầu không hợp lệ (dữ liệu gửi lên không đọc được).',
        path: null,
      });
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, 500, {
      code: 'internal',
      message: 'Đã có lỗi ở máy chủ. Vui lòng thử lại sau.',
      path: null,
    });
  });
}
