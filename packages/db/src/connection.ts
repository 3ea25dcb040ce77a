// One entry point to the database, whichever engine: a PostgreSQL server (DATABASE_URL) or the embedded
// PGlite (a directory, or memory for tests). Both get the same SQL migrations and the same type parsing,
// so the rest of the code cannot tell them apart.
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGlitePool } from './pglite-pool.ts';
import type { DB } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export type DatabaseConfig =
  | { engine: 'postgres'; url: string; poolSize?: number; timeZone?: string }
  | { engine: 'pglite'; dataDir: string | null /* null = in memory */; timeZone?: string };

/**
 * The session time zone of every connection, on both engines. PGlite starts in UTC and a PostgreSQL server
 * in whatever its cluster was initialised with; without one fixed zone, `timestamptz >= 'YYYY-MM-DD'::date`
 * (audit filters) means a different midnight on each engine, and rows rendered by the server
 * (`to_jsonb`, backups) differ in their offsets. Vietnam's offset is the agencies' day.
 */
export const DEFAULT_DB_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  close(): Promise<void>;
}

// Type OIDs whose parsing differs between node-postgres and PGlite by default.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const TIMESTAMP = 1114;
// int8 (counts, sums, identity ids) and numeric as JS numbers on both engines: ids stay far below 2^53
// and our numerics are indicator values with a few decimals. Dates stay 'YYYY-MM-DD' strings: a calendar
// date has no time zone, and turning it into a Date shifts it by the server's offset.
const parseNumber = (v: string): number => Number(v);
const identity = (v: string): string => v;

export class DataDirLockedError extends Error {
  readonly code = 'data-dir-locked';
}

/** PGlite has no inter-process lock: two processes on one directory silently lose writes. */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'tdkt.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(lockFile, 'utf8'));
      let alive = false;
      try {
        if (pid > 0 && pid !== process.pid) {
          process.kill(pid, 0);
          alive = true;
        }
      } catch {
        alive = false;
      }
      if (alive) {
        throw new DataDirLockedError(
          `Thư mục dữ liệu ${dataDir} đang được tiến trình ${pid} sử dụng. Chế độ nhúng (PGlite) chỉ cho một tiến trình; dùng PostgreSQL (DATABASE_URL) để chạy nhiều tiến trình.`,
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale lock of a dead process
    }
  }
  throw new DataDirLockedError(`Không lấy được khoá thư mục dữ liệu ${dataDir}.`);
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.engine === 'postgres') {
    const types = {
      getTypeParser: (oid: number, format?: string) => {
        if (oid === INT8 || oid === NUMERIC) return parseNumber;
        if (oid === DATE || oid === TIMESTAMP) return identity;
        return pg.types.getTypeParser(oid, format as 'text');
      },
    };
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      types,
      options: `-c TimeZone=${config.timeZone ?? DEFAULT_DB_TIME_ZONE}`,
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  let unlock: (() => void) | null = null;
  let pgDir: string | undefined;
  if (config.dataDir) {
    unlock = lockDataDir(config.dataDir);
    pgDir = path.join(config.dataDir, 'pg');
  }
  try {
    const lite = await PGlite.create(pgDir, {
      extensions: { unaccent },
      parsers: { [INT8]: parseNumber, [NUMERIC]: parseNumber, [DATE]: identity, [TIMESTAMP]: identity },
    });
    await lite.exec(`SET TIME ZONE '${(config.timeZone ?? DEFAULT_DB_TIME_ZONE).replace(/'/g, "''")}'`);
    const pool = new PGlitePool(lite);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
    return {
      db,
      engine: 'pglite',
      close: async () => {
        await db.destroy();
        unlock?.();
      },
    };
  } catch (e) {
    unlock?.();
    throw e;
  }
}

/** The configuration from the environment: DATABASE_URL wins; else PGlite under TDKT_DATA_DIR or ./data. */
export function databaseConfigFromEnv(env: Record<string, string | undefined>): DatabaseConfig {
  const timeZone = env.TDKT_TIMEZONE ?? DEFAULT_DB_TIME_ZONE;
  if (env.DATABASE_URL)
    return { engine: 'postgres', url: env.DATABASE_URL, poolSize: Number(env.TDKT_DB_POOL ?? 10), timeZone };
  return { engine: 'pglite', dataDir: path.resolve(env.TDKT_DATA_DIR ?? 'data'), timeZone };
}
