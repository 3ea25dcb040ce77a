import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase, testEngine } from './testing.ts';
import { listMigrations, migrate } from './migrate.ts';
import type { Database } from './connection.ts';

describe(`migrations on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('every migration file is applied once and re-running applies nothing', async () => {
    const rows = await database.db.selectFrom('schema_migrations').select('name').orderBy('name').execute();
    expect(rows.map((r) => r.name)).toEqual(listMigrations().map((m) => m.name));
    expect(await migrate(database.db)).toEqual([]);
  });

  it('counts and dates come back with the same JS types on both engines', async () => {
    const r = await sql<{
      n: number;
      d: string;
      s: number;
    }>`SELECT count(*) AS n, date '2024-01-02' AS d, sum(x)::numeric AS s FROM (VALUES (1.5), (2)) v(x)`.execute(
      database.db,
    );
    expect(r.rows[0]).toEqual({ n: 2, d: '2024-01-02', s: 3.5 });
  });

  it("every session runs in the agencies' time zone, so a day filter and a backup mean the same on both engines", async () => {
    // Regression: PGlite starts in UTC and a server in its cluster's zone; a PGlite backup restored into a
    // PostgreSQL cluster initialised in Asia/Ho_Chi_Minh then compared unequal (+00:00 vs +07:00).
    const r = await sql<{ tz: string; j: string; d: boolean }>`SELECT current_setting('TimeZone') AS tz,
      to_jsonb(timestamptz '2025-01-01T17:30:00Z')::text AS j,
      timestamptz '2025-01-01T17:30:00Z' >= '2025-01-02'::date AS d`.execute(database.db);
    expect(r.rows[0]).toEqual({ tz: 'Asia/Ho_Chi_Minh', j: '"2025-01-02T00:30:00+07:00"', d: true });
  });

  it('search can fold diacritics in SQL with unaccent on both engines', async () => {
    const r = await sql<{ u: string }>`SELECT unaccent('Nguyễn Thị Hằng') AS u`.execute(database.db);
    expect(r.rows[0]?.u).toBe('Nguyen Thi Hang');
  });
});
