// Reading the audit log (writing goes through ../audit.ts, which keeps the hash chain). Scope: the
// agency recorded on each entry.
import { sql, type Expression, type SqlBool } from 'kysely';
import { inList, type Db, type OrgScope } from './scope.ts';

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  userId?: number | undefined;
  action?: string | undefined;
  /** 'YYYY-MM-DD', inclusive, in the server's time zone. */
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
}

function where(f: AuditFilter, scope: OrgScope): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (!scope.all) parts.push(inList(sql.ref('l.agency_id'), scope.agencyIds));
  if (f.entity) parts.push(sql<SqlBool>`l.entity = ${f.entity}`);
  if (f.entityId) parts.push(sql<SqlBool>`l.entity_id = ${f.entityId}`);
  if (f.userId !== undefined) parts.push(sql<SqlBool>`l.user_id = ${f.userId}`);
  if (f.action) parts.push(sql<SqlBool>`l.action = ${f.action}`);
  if (f.from) parts.push(sql<SqlBool>`l.at >= ${f.from}::date`);
  if (f.to) parts.push(sql<SqlBool>`l.at < (${f.to}::date + 1)`);
  if (f.q) {
    const p = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(
      sql<SqlBool>`(lower(coalesce(l.summary, '')) LIKE ${p} OR lower(coalesce(l.username, '')) LIKE ${p})`,
    );
  }
  return parts.length ? sql<SqlBool>`${sql.join(parts, sql` AND `)}` : sql<SqlBool>`true`;
}

function base(db: Db) {
  return db
    .selectFrom('audit_log as l')
    .select([
      'l.id',
      'l.at',
      'l.user_id',
      'l.username',
      'l.action',
      'l.entity',
      'l.entity_id',
      'l.agency_id',
      'l.summary',
      'l.before',
      'l.after',
    ]);
}

export type AuditRecord = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

export async function listAudit(
  db: Db,
  f: AuditFilter,
  scope: OrgScope,
  page: { offset: number; limit: number },
) {
  const w = where(f, scope);
  const [rows, count] = await Promise.all([
    base(db).where(w).orderBy('l.id', 'desc').offset(page.offset).limit(page.limit).execute(),
    db
      .selectFrom('audit_log as l')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(w)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function* iterateAudit(
  db: Db,
  f: AuditFilter,
  scope: OrgScope,
  batch = 1000,
): AsyncGenerator<AuditRecord> {
  let before: number | null = null;
  for (;;) {
    let q = base(db).where(where(f, scope));
    if (before !== null) q = q.where('l.id', '<', before);
    const rows = await q.orderBy('l.id', 'desc').limit(batch).execute();
    for (const r of rows) yield r;
    if (rows.length < batch) return;
    before = rows[rows.length - 1]!.id;
  }
}
