// Test databases for the `db` suite, on the engine named by TDKT_TEST_ENGINE:
//  - pglite (default): a fresh in-memory PGlite, migrated;
//  - postgres: a fresh database created on the server of DATABASE_URL, migrated, dropped at close.
// A test that asks for postgres without DATABASE_URL fails: it is never silently skipped.
import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from './connection.ts';
import { migrate } from './migrate.ts';

export function testEngine(): Engine {
  const e = process.env.TDKT_TEST_ENGINE ?? 'pglite';
  if (e !== 'pglite' && e !== 'postgres') throw new Error(`TDKT_TEST_ENGINE không hợp lệ: ${e}`);
  return e;
}

export async function openTestDatabase(): Promise<Database> {
  const engine = testEngine();
  if (engine === 'pglite') {
    const database = await openDatabase({ engine: 'pglite', dataDir: null });
    await migrate(database.db);
    return database;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('TDKT_TEST_ENGINE=postgres cần DATABASE_URL trỏ tới một máy chủ PostgreSQL.');
  const name = `tdkt_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: u.toString(), poolSize: 5 });
  await migrate(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        // Pool#end() resolves before its clients have disconnected; dropping at once would kill a backend
        // still saying goodbye, and its FATAL 57P01 surfaces as an unhandled error in the test run.
        // Wait (up to 5 s) until no session of this database is left, then drop.
        for (let i = 0; i < 250; i++) {
          const r = await c.query<{ n: string }>(
            'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1',
            [name],
          );
          if (Number(r.rows[0]?.n ?? 0) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
