// Reviewed SQL migrations, applied in file-name order, each in its own transaction, recorded with a
// checksum so an edited, already-applied file is reported instead of silently diverging. Several app
// processes starting together against one PostgreSQL server are serialised by an advisory lock.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');
const LOCK_KEY = 7_210_2024; // arbitrary constant shared by every tdkt process

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql: text, checksum: crypto.createHash('sha256').update(text).digest('hex') };
    });
}

export async function migrate(db: Kysely<DB>, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = listMigrations(dir);
  const applied: string[] = [];
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  await db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${LOCK_KEY})`.execute(conn);
    try {
      const done = new Map(
        (
          await sql<{ name: string; checksum: string }>`SELECT name, checksum FROM schema_migrations`.execute(
            conn,
          )
        ).rows.map((r) => [r.name, r.checksum]),
      );
      for (const file of files) {
        const prior = done.get(file.name);
        if (prior !== undefined) {
          if (prior !== file.checksum) {
            throw new Error(
              `Migration ${file.name} đã chạy nhưng nội dung tệp đã bị sửa (checksum khác). Hãy thêm migration mới thay vì sửa migration cũ.`,
            );
          }
          continue;
        }
        await conn.transaction().execute(async (trx) => {
          await sql.raw(file.sql).execute(trx);
          await sql`INSERT INTO schema_migrations (name, checksum) VALUES (${file.name}, ${file.checksum})`.execute(
            trx,
          );
        });
        applied.push(file.name);
      }
    } finally {
      await sql`SELECT pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
    }
  });
  return applied;
}
