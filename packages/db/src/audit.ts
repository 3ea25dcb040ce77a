// The audit log: one row per change, written in the caller's transaction, hash-chained so that an edited
// or deleted row shows up when the chain is recomputed (`tdkt audit verify`).
//
//   hash = sha256_hex(prev_hash + canonicalJson({ at, userId, username, action, entity, entityId,
//                                                 agencyId, summary, before, after }))
//
// Canonical JSON sorts object keys recursively (UTF-16 code-unit order, as Array#sort does) and writes
// numbers as JavaScript does, so the value read back from jsonb — which reorders keys and rewrites
// numbers — hashes the same on PGlite and on PostgreSQL. `at` is hashed as an ISO string with
// milliseconds; before/after are passed through JSON first (Dates become ISO strings, undefined drops).
import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.ts';

export const AUDIT_GENESIS_HASH = '0'.repeat(64);
/** Advisory lock key shared by every writer of the audit chain, in every process. */
export const AUDIT_LOCK_KEY = 7_210_2025;

export interface AuditEntry {
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  agencyId: number | null;
  summary: string | null;
  before: unknown;
  after: unknown;
  at?: Date;
}

/** JSON with object keys sorted recursively; `undefined` members are dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const k of Object.keys(obj).sort()) {
      const v = obj[k];
      if (v === undefined) continue;
      parts.push(`${JSON.stringify(k)}:${canonicalJson(v)}`);
    }
    return `{${parts.join(',')}}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  return JSON.stringify(value);
}

/** The JSON value a jsonb column will give back (Dates → ISO strings, undefined → absent, NaN → null). */
function toJsonValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

function isoMs(at: Date | string): string {
  const d = at instanceof Date ? at : new Date(at);
  return d.toISOString();
}

interface HashedContent {
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  agencyId: number | null;
  summary: string | null;
  before: unknown;
  after: unknown;
}

export function auditHash(prevHash: string, content: HashedContent): string {
  return crypto
    .createHash('sha256')
    .update(prevHash + canonicalJson(content), 'utf8')
    .digest('hex');
}

/**
 * Appends one entry to the audit chain inside the caller's transaction (if given a plain Kysely, opens a
 * transaction of its own). The advisory transaction lock serialises writers across processes until the
 * caller commits, so every row's prev_hash is the hash of the row committed just before it. Callers run
 * at READ COMMITTED (the default), so the last row read after the lock is the latest committed one.
 */
export async function writeAudit(db: Kysely<DB> | Transaction<DB>, entry: AuditEntry): Promise<void> {
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => writeAudit(trx, entry));
    return;
  }
  const at = entry.at ?? new Date();
  if (Number.isNaN(at.getTime())) throw new Error('Thời điểm ghi nhật ký không hợp lệ.');
  const before = toJsonValue(entry.before);
  const after = toJsonValue(entry.after);
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(db);
  const last = await db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
  const content: HashedContent = {
    at: isoMs(at),
    userId: entry.userId,
    username: entry.username,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    agencyId: entry.agencyId,
    summary: entry.summary,
    before,
    after,
  };
  await db
    .insertInto('audit_log')
    .values({
      at,
      user_id: entry.userId,
      username: entry.username,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      agency_id: entry.agencyId,
      summary: entry.summary,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
      prev_hash: prevHash,
      hash: auditHash(prevHash, content),
    })
    .execute();
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  message: string;
}

/**
 * Recomputes the chain in id order, a page at a time (memory stays bounded however long the log), and
 * reports the first broken link: a row whose content no longer matches its hash (edited), or whose
 * prev_hash is not the hash of the row before it (a row deleted or inserted before it).
 * Removing rows from the end of the log cannot be seen from the rows that remain.
 */
export async function verifyAuditChain(db: Kysely<DB>, pageSize = 1000): Promise<AuditVerifyResult> {
  let prevHash = AUDIT_GENESIS_HASH;
  let prevId: number | null = null;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const id = Number(row.id);
      if (row.prev_hash !== prevHash) {
        const where = prevId === null ? 'là bản ghi đầu tiên nhưng' : `ngay sau bản ghi #${prevId} nhưng`;
        return {
          ok: false,
          checked,
          firstBrokenId: id,
          message: `Chuỗi nhật ký bị đứt tại bản ghi #${id}: bản ghi này ${where} không trỏ tới mã băm của bản ghi đứng trước — có bản ghi đã bị xoá hoặc chèn thêm trước nó.`,
        };
      }
      const expected = auditHash(prevHash, {
        at: isoMs(row.at),
        userId: row.user_id === null ? null : Number(row.user_id),
        username: row.username,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        agencyId: row.agency_id === null ? null : Number(row.agency_id),
        summary: row.summary,
        before: row.before ?? null,
        after: row.after ?? null,
      });
      if (expected !== row.hash) {
        return {
          ok: false,
          checked,
          firstBrokenId: id,
          message: `Chuỗi nhật ký bị đứt tại bản ghi #${id}: nội dung bản ghi không khớp với mã băm đã lưu — bản ghi đã bị sửa sau khi ghi.`,
        };
      }
      prevHash = row.hash;
      prevId = id;
      lastId = id;
      checked++;
    }
    if (rows.length < pageSize) break;
  }
  return {
    ok: true,
    checked,
    firstBrokenId: null,
    message:
      checked === 0
        ? 'Nhật ký chưa có bản ghi nào.'
        : `Chuỗi nhật ký toàn vẹn: đã kiểm tra ${checked} bản ghi.`,
  };
}
