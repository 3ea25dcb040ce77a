import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough, Readable, Writable } from 'node:stream';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { openTestDatabase, testEngine } from './testing.ts';
import { closeQuietly } from './close-quietly.ts';
import { openDatabase, type Database } from './connection.ts';
import { migrate } from './migrate.ts';
import { verifyAuditChain, writeAudit } from './audit.ts';
import { seedDemo } from './seed/index.ts';
import { backupDatabase, orderByForeignKeys, restoreDatabase, type BackupSummary } from './backup.ts';

async function backupToBuffer(
  database: Database,
  pageSize?: number,
): Promise<{ data: Buffer; summary: BackupSummary }> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  const summary = await backupDatabase(database.db, sink, pageSize ? { pageSize } : {});
  return { data: Buffer.concat(chunks), summary };
}

/** Every table's rows as PostgreSQL prints them, in primary-key order: equal means identical. */
async function dump(database: Database): Promise<Record<string, string[]>> {
  const tables = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`.execute(database.db);
  const out: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    if (name === 'schema_migrations') continue;
    const r = await sql
      .raw<{ j: string }>(`SELECT to_jsonb(t)::text AS j FROM "${name}" t ORDER BY to_jsonb(t)::text`)
      .execute(database.db);
    out[name] = r.rows.map((x) => x.j);
  }
  return out;
}

function lines(data: Buffer): string[] {
  return zlib.gunzipSync(data).toString('utf8').trimEnd().split('\n');
}

function regzip(ls: string[]): Buffer {
  return zlib.gzipSync(Buffer.from(ls.join('\n') + '\n', 'utf8'));
}

async function addAwkwardRows(database: Database): Promise<void> {
  const db = database.db;
  // A parent with a higher id than its child: the self-reference has to be restored in a second pass.
  const late = await db
    .insertInto('agencies')
    .values({ kind: 'other', code: 'LATE', name: 'Cơ quan tạo sau', parent_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('agencies').set({ parent_id: late.id }).where('code', '=', 'BCT').execute();
  const sct = await db
    .selectFrom('agencies')
    .select('id')
    .where('code', '=', 'SCT-GL')
    .executeTakeFirstOrThrow();
  const bytes = Buffer.from([0, 1, 2, 255, 254, 0x5c, 0x27, 10, 13]);
  await db
    .insertInto('files')
    .values({
      agency_id: sct.id,
      name: 'Quyết định khen thưởng.docx',
      mime: 'application/octet-stream',
      size: bytes.length,
      sha256: 'x',
      content: bytes,
    })
    .execute();
  await db
    .insertInto('agency_settings')
    .values({
      agency_id: sct.id,
      key: 'quota',
      value:
        '{"lđtt": 0.9, "cstđcs": 0.15, "big": 12345678901234567890.000000001, "nested": {"b": [1, 2.50, null]}}',
    }) // exact digits: never parsed in JS
    .execute();
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('sessions')
    .values({
      id: 'a'.repeat(64),
      user_id: admin.id,
      csrf_token: 'csrf',
      expires_at: '2030-01-01T00:00:00.123456+07:00',
      ip: '127.0.0.1',
      user_agent: 'Tiếng Việt "quoted" \\ back',
    })
    .execute();
  await db
    .insertInto('jobs')
    .values({ kind: 'import', params: JSON.stringify({ rows: 3, tên: 'Hằng' }), result: null })
    .execute();
  await writeAudit(db, {
    userId: admin.id,
    username: 'admin',
    action: 'update',
    entity: 'agencies',
    entityId: String(late.id),
    agencyId: null,
    summary: 'Sửa',
    before: { a: 1 },
    after: { a: 2.5 },
  });
}

describe(`backup and restore on ${testEngine()}`, () => {
  let source: Database;
  let backup: { data: Buffer; summary: BackupSummary };
  beforeAll(async () => {
    source = await openTestDatabase();
    await seedDemo(source.db);
    await addAwkwardRows(source);
    backup = await backupToBuffer(source, 7); // small pages: the keyset paging is exercised
  });
  afterAll(async () => {
    await closeQuietly(source);
  });

  it('orders tables parents first, with self-references deferred', () => {
    const r = orderByForeignKeys(
      ['people', 'agencies', 'units', 'users'],
      [
        { child: 'units', parent: 'agencies', columns: ['agency_id'] },
        { child: 'people', parent: 'units', columns: ['unit_id'] },
        { child: 'users', parent: 'people', columns: ['person_id'] },
        { child: 'agencies', parent: 'agencies', columns: ['parent_id'] },
      ],
    );
    expect(r.tables).toEqual(['agencies', 'units', 'people', 'users']);
    expect(r.deferred.get('agencies')).toEqual(['parent_id']);
    const cyc = orderByForeignKeys(
      ['a', 'b'],
      [
        { child: 'a', parent: 'b', columns: ['b_id'] },
        { child: 'b', parent: 'a', columns: ['a_id'] },
      ],
    );
    expect(cyc.tables).toEqual(['a', 'b']);
    expect(cyc.deferred.get('a')).toEqual(['b_id']);
  });

  it('writes a header, rows of every table and a footer with counts and sha256', () => {
    const ls = lines(backup.data);
    const header = JSON.parse(ls[0]!) as {
      format: string;
      migrations: { name: string }[];
      tables: { name: string }[];
    };
    expect(header.format).toBe('tdkt-backup/1');
    expect(header.migrations.length).toBeGreaterThan(0);
    const names = header.tables.map((t) => t.name);
    expect(names.indexOf('agencies')).toBeLessThan(names.indexOf('units'));
    expect(names.indexOf('units')).toBeLessThan(names.indexOf('people'));
    expect(names.indexOf('people')).toBeLessThan(names.indexOf('users'));
    expect(names).not.toContain('schema_migrations');
    const footer = JSON.parse(ls[ls.length - 1]!) as { counts: Record<string, number>; rows: number };
    expect(footer.counts.people).toBe(50);
    expect(footer.rows).toBe(ls.length - 2);
    expect(backup.summary.counts.people).toBe(50);
    // bytea as base64 (the demo has files of its own: look for this test's file among them)
    const ours = ls.filter(
      (l) => l.startsWith('{"t":"files"') && l.includes('Quyết định khen thưởng.docx') && l.includes('"x"'),
    );
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain(Buffer.from([0, 1, 2, 255, 254, 0x5c, 0x27, 10, 13]).toString('base64'));
  });

  it('round-trips: every table identical, the audit chain verifies, identities continue', async () => {
    const target = await openTestDatabase();
    try {
      const summary = await restoreDatabase(target.db, Readable.from(backup.data));
      expect(summary.rows).toBe(backup.summary.rows);
      expect(await dump(target)).toEqual(await dump(source));
      expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true, checked: 2 });
      const maxId = (
        await target.db
          .selectFrom('agencies')
          .select((eb) => eb.fn.max('id').as('m'))
          .executeTakeFirstOrThrow()
      ).m;
      const fresh = await target.db
        .insertInto('agencies')
        .values({ kind: 'other', code: 'NEW', name: 'Mới' })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(fresh.id).toBe(Number(maxId) + 1);
      // An empty table's sequence starts at 1.
      const n = await target.db
        .insertInto('notifications')
        .values({ user_id: 1, kind: 'k', title: 't' })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(n.id).toBe(1);
    } finally {
      await closeQuietly(target);
    }
  });

  it('refuses a database that has data, and --force (replace) restores over it', async () => {
    const target = await openTestDatabase();
    try {
      await seedDemo(target.db);
      await expect(restoreDatabase(target.db, Readable.from(backup.data))).rejects.toThrow(/đã có dữ liệu/);
      await restoreDatabase(target.db, Readable.from(backup.data), { replace: true });
      expect(await dump(target)).toEqual(await dump(source));
    } finally {
      await closeQuietly(target);
    }
  });

  it('refuses a corrupted, truncated or foreign file and writes nothing', async () => {
    const target = await openTestDatabase();
    try {
      const ls = lines(backup.data);
      const tampered = ls.map((l) =>
        l.includes('Nguyễn Thị Hằng') ? l.replace('Nguyễn Thị Hằng', 'Nguyễn Thị Hà') : l,
      );
      await expect(restoreDatabase(target.db, Readable.from(regzip(tampered)))).rejects.toThrow(/SHA-256/);
      await expect(restoreDatabase(target.db, Readable.from(regzip(ls.slice(0, -1))))).rejects.toThrow(
        /cắt cụt/,
      );
      await expect(restoreDatabase(target.db, Readable.from(regzip(['{"hello":1}'])))).rejects.toThrow(
        /không phải bản sao lưu/,
      );
      await expect(restoreDatabase(target.db, Readable.from(Buffer.from('not gzip')))).rejects.toThrow();
      const people = await target.db.selectFrom('people').select('id').execute();
      expect(people).toEqual([]);
    } finally {
      await closeQuietly(target);
    }
  });

  it('refuses a database with other migrations, saying so in Vietnamese', async () => {
    const target = await openTestDatabase();
    try {
      await sql`UPDATE schema_migrations SET checksum = 'khac' WHERE name = (SELECT min(name) FROM schema_migrations)`.execute(
        target.db,
      );
      await expect(restoreDatabase(target.db, Readable.from(backup.data))).rejects.toThrow(/migration khác/);
    } finally {
      await closeQuietly(target);
    }
  });

  it.runIf(testEngine() === 'postgres')('restores a PGlite backup into PostgreSQL and back', async () => {
    const lite = await openDatabase({ engine: 'pglite', dataDir: null });
    try {
      await migrate(lite.db);
      await seedDemo(lite.db);
      await addAwkwardRows(lite);
      const fromLite = await backupToBuffer(lite);
      const pgTarget = await openTestDatabase();
      try {
        await restoreDatabase(pgTarget.db, Readable.from(fromLite.data));
        expect(await dump(pgTarget)).toEqual(await dump(lite));
        expect(await verifyAuditChain(pgTarget.db)).toMatchObject({ ok: true });
        // And back: PostgreSQL → a fresh PGlite.
        const fromPg = await backupToBuffer(pgTarget);
        const lite2 = await openDatabase({ engine: 'pglite', dataDir: null });
        try {
          await migrate(lite2.db);
          await restoreDatabase(lite2.db, Readable.from(fromPg.data));
          expect(await dump(lite2)).toEqual(await dump(lite));
        } finally {
          await lite2.close();
        }
      } finally {
        await closeQuietly(pgTarget);
      }
    } finally {
      await lite.close();
    }
  });

  it('streams through a slow consumer (backpressure)', async () => {
    const slow = new PassThrough({ highWaterMark: 16 });
    const received: Buffer[] = [];
    slow.on('data', (c: Buffer) => received.push(c));
    const summary = await backupDatabase(source.db, slow);
    expect(summary.counts.people).toBe(50);
    expect(lines(Buffer.concat(received)).length).toBe(summary.rows + 2);
  });
});
