// Background jobs and stored files: the job row is the state, so any app process can report progress.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './scope.ts';

export async function insertJob(
  db: Db,
  j: { kind: string; params: unknown; created_by: number | null; total?: number | null },
): Promise<number> {
  const r = await db
    .insertInto('jobs')
    .values({
      kind: j.kind,
      params: JSON.stringify(j.params ?? null),
      created_by: j.created_by,
      total: j.total ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

const jobColumns = [
  'id',
  'kind',
  'status',
  'progress',
  'total',
  'message',
  'params',
  'result',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export async function findJob(db: Db, id: number, createdBy?: number) {
  let q = db.selectFrom('jobs').select(jobColumns).where('id', '=', id);
  if (createdBy !== undefined) q = q.where('created_by', '=', createdBy);
  return q.executeTakeFirst();
}

export async function listJobs(db: Db, createdBy: number | undefined, limit: number) {
  let q = db.selectFrom('jobs').select(jobColumns);
  if (createdBy !== undefined) q = q.where('created_by', '=', createdBy);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

export type JobRecord = NonNullable<Awaited<ReturnType<typeof findJob>>>;

/** Claims a queued job for this process (so two processes never run the same job). */
export async function claimJob(db: Db, id: number, worker: string): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({ status: 'running', locked_by: worker, locked_at: sql`now()`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function updateJobProgress(
  db: Db,
  id: number,
  progress: number,
  total: number | null,
  message: string | null,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ progress, total, message, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function finishJob(
  db: Db,
  id: number,
  status: 'succeeded' | 'failed',
  message: string,
  result: unknown,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status, message, result: JSON.stringify(result ?? null), updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function insertFile(
  db: Db,
  f: {
    agency_id: number | null;
    name: string;
    mime: string;
    content: Uint8Array;
    uploaded_by: number | null;
  },
): Promise<number> {
  const sha256 = crypto.createHash('sha256').update(f.content).digest('hex');
  const r = await db
    .insertInto('files')
    .values({ ...f, size: f.content.byteLength, sha256 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function fileContent(db: Db, id: number): Promise<Uint8Array | undefined> {
  const r = await db.selectFrom('files').select('content').where('id', '=', id).executeTakeFirst();
  return r?.content;
}
