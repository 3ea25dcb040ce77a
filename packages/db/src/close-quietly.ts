// Closing a test database without the shutdown race of node-postgres: Pool#end() resolves before its
// clients have disconnected, so a `DROP DATABASE … WITH (FORCE)` right after it (testing.ts) can kill a
// backend that is still saying goodbye, and its FATAL 57P01 surfaces as an unhandled error. Here the
// pool is ended first and the server is polled until no session of that database is left; then the
// normal close() (whose second destroy is a no-op) drops the database.
import { sql } from 'kysely';
import pg from 'pg';
import type { Database } from './connection.ts';

export async function closeQuietly(database: Database | undefined): Promise<void> {
  if (!database) return;
  if (database.engine !== 'postgres' || !process.env.DATABASE_URL) {
    await database.close();
    return;
  }
  const name = (await sql<{ d: string }>`SELECT current_database() AS d`.execute(database.db)).rows[0]?.d;
  await database.db.destroy();
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const r = await admin.query<{ n: string }>(
        'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (Number(r.rows[0]?.n ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await admin.end();
  }
  await database.close();
}
