import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { sql } from 'kysely';
import { openTestDatabase, testEngine } from '../../../packages/db/src/testing.ts';
import { closeQuietly } from '../../../packages/db/src/close-quietly.ts';
import type { Database } from '../../../packages/db/src/connection.ts';
import { verifyPassword } from '../../../packages/auth/src/password.ts';
import { openDatabase } from '../../../packages/db/src/connection.ts';
import { listMigrations, migrate } from '../../../packages/db/src/migrate.ts';
import { seedDemo } from '../../../packages/db/src/seed/index.ts';
import { defaultBackupPath, run } from './main.ts';

interface Ran {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI against `database` (left open), with `stdin` as standard input. */
async function tdkt(database: Database, argv: string[], stdin = ''): Promise<Ran> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await run(
    argv,
    { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, env: {}, cwd: os.tmpdir() },
    {
      openDatabase: async () => ({ ...database, close: async () => undefined }),
      now: () => new Date(2025, 0, 2, 3, 4, 5),
    },
  );
  return { code, out, err };
}

describe(`tdkt command on ${testEngine()}`, () => {
  let database: Database;
  let dir: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-cli-'));
  });
  afterAll(async () => {
    await closeQuietly(database);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints help, and rejects unknown commands and bad options with exit code 2', async () => {
    const help = await tdkt(database, ['help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('backup [--output TỆP]');
    const unknown = await tdkt(database, ['frobnicate']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.err).toContain('Lệnh không hợp lệ');
    expect((await tdkt(database, ['restore'])).err).toContain('Thiếu --input');
    expect((await tdkt(database, ['backup', '--bogus'])).code).toBe(2);
    expect((await tdkt(database, ['audit'])).code).toBe(2);
  });

  it('names default backups by date under the data directory, or the working directory with PostgreSQL', () => {
    const at = new Date(2025, 0, 2, 3, 4, 5);
    expect(defaultBackupPath({ TDKT_DATA_DIR: '/srv/tdkt' }, '/home/x', at)).toBe(
      '/srv/tdkt/backups/tdkt-20250102-030405.jsonl.gz',
    );
    expect(defaultBackupPath({}, '/home/x', at)).toBe('/home/x/data/backups/tdkt-20250102-030405.jsonl.gz');
    expect(defaultBackupPath({ DATABASE_URL: 'postgres://h/db' }, '/home/x', at)).toBe(
      '/home/x/backups/tdkt-20250102-030405.jsonl.gz',
    );
  });

  it('migrates and seeds, listing the demo accounts; a second seed changes nothing', async () => {
    expect((await tdkt(database, ['migrate'])).out).toContain('phiên bản mới nhất');
    const seeded = await tdkt(database, ['seed']);
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain('Đã nạp dữ liệu mẫu');
    expect(seeded.out).toMatch(/admin\s+Demo@2025/);
    const again = await tdkt(database, ['seed']);
    expect(again.out).toContain('không nạp dữ liệu mẫu');
  });

  it('creates a user, resets the password from stdin and unlocks, each audited', async () => {
    const created = await tdkt(database, [
      'user',
      'create',
      'thuky.hd',
      '--role',
      'council',
      '--agency',
      'SCT-GL',
      '--person',
      'CB002',
    ]);
    expect(created.code).toBe(0);
    const temp = /Mật khẩu tạm thời[^:]*: (\S+)/.exec(created.out)?.[1];
    expect(temp).toHaveLength(16);
    const user = await database.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'thuky.hd')
      .executeTakeFirstOrThrow();
    expect(user.must_change_password).toBe(true);
    expect(await verifyPassword(user.password_hash, temp!)).toBe(true);
    const role = await database.db
      .selectFrom('user_roles')
      .select(['role', 'agency_id'])
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(role).toEqual({ role: 'council', agency_id: user.agency_id });

    expect(
      (await tdkt(database, ['user', 'create', 'thuky.hd', '--role', 'staff', '--person', 'CB003'])).err,
    ).toContain('đã tồn tại');
    expect((await tdkt(database, ['user', 'create', 'x.y', '--role', 'unit-head'])).code).toBe(2);
    expect(
      (await tdkt(database, ['user', 'reset-password', 'thuky.hd', '--password-stdin'], 'ngắn\n')).err,
    ).toContain('ít nhất 10');

    const reset = await tdkt(
      database,
      ['user', 'reset-password', 'thuky.hd', '--password-stdin'],
      'Mật-khẩu-mới-2025\n',
    );
    expect(reset.code).toBe(0);
    const after = await database.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(after.password_hash, 'Mật-khẩu-mới-2025')).toBe(true);
    expect(after.must_change_password).toBe(false);

    await database.db
      .updateTable('users')
      .set({ failed_logins: 5, locked_until: new Date(Date.now() + 900_000) })
      .where('id', '=', user.id)
      .execute();
    expect((await tdkt(database, ['user', 'unlock', 'thuky.hd'])).code).toBe(0);
    expect(
      await database.db
        .selectFrom('users')
        .select(['failed_logins', 'locked_until'])
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({
      failed_logins: 0,
      locked_until: null,
    });
    expect((await tdkt(database, ['user', 'unlock', 'khong.co'])).code).toBe(2);
    const actions = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'users')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['create', 'reset-password', 'unlock']);
  });

  it('verifies the audit chain, and reports a tampered entry with exit code 1', async () => {
    const ok = await tdkt(database, ['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('toàn vẹn');
    const target = await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'unlock')
      .executeTakeFirstOrThrow();
    const saved = await database.db
      .selectFrom('audit_log')
      .select('summary')
      .where('id', '=', target.id)
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('audit_log')
      .set({ summary: 'đã sửa' })
      .where('id', '=', target.id)
      .execute();
    const broken = await tdkt(database, ['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain(`#${target.id}`);
    await database.db
      .updateTable('audit_log')
      .set({ summary: saved.summary })
      .where('id', '=', target.id)
      .execute();
  });

  it('backs up to a file and restores it into an empty database; refuses a non-empty one without --force', async () => {
    const file = path.join(dir, 'sub', 'tdkt.jsonl.gz');
    const backup = await tdkt(database, ['backup', '--output', file]);
    expect(backup.code).toBe(0);
    expect(backup.out).toContain('Đã sao lưu');
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const target = await openTestDatabase();
    try {
      const restored = await tdkt(target, ['restore', '--input', file]);
      expect(restored.code).toBe(0);
      expect(restored.out).toContain('Đã khôi phục');
      expect(restored.out).toContain('toàn vẹn');
      const count = async (d: Database) =>
        (await sql<{ n: number }>`SELECT count(*) AS n FROM people`.execute(d.db)).rows[0]?.n;
      expect(await count(target)).toBe(await count(database));
      const again = await tdkt(target, ['restore', '--input', file]);
      expect(again.code).toBe(2);
      expect(again.err).toContain('--force');
      expect((await tdkt(target, ['restore', '--input', file, '--force'])).code).toBe(0);
      expect((await tdkt(target, ['restore', '--input', path.join(dir, 'missing.gz')])).code).toBe(2);
    } finally {
      await closeQuietly(target);
    }
  });

  it('restores a backup of an older version into a fresh database, then upgrades it', async () => {
    // The "older version": every migration but the last (all of them when there is only one).
    const all = listMigrations();
    const older = all.length > 1 ? all.slice(0, -1) : all;
    const oldDir = fs.mkdtempSync(path.join(dir, 'old-migrations-'));
    for (const m of older) fs.writeFileSync(path.join(oldDir, m.name), m.sql);
    const old = await openDatabase({ engine: 'pglite', dataDir: null });
    const fresh = await openDatabase({ engine: 'pglite', dataDir: null });
    try {
      await migrate(old.db, oldDir);
      await seedDemo(old.db);
      const file = path.join(dir, 'old.jsonl.gz');
      expect((await tdkt(old, ['backup', '--output', file])).code).toBe(0);
      const restored = await tdkt(fresh, ['restore', '--input', file]);
      expect(restored.code).toBe(0);
      if (all.length > older.length)
        expect(restored.out).toContain(
          `Đã nâng cấp cơ sở dữ liệu thêm 1 migration: ${all[all.length - 1]!.name}`,
        );
      const names = await fresh.db.selectFrom('schema_migrations').select('name').orderBy('name').execute();
      expect(names.map((n) => n.name)).toEqual(all.map((m) => m.name));
      expect((await sql<{ n: number }>`SELECT count(*) AS n FROM people`.execute(fresh.db)).rows[0]?.n).toBe(
        50,
      );
      const garbage = path.join(dir, 'garbage.gz');
      fs.writeFileSync(garbage, 'không phải gzip');
      const bad = await tdkt(fresh, ['restore', '--input', garbage]);
      expect(bad.code).toBe(2);
    } finally {
      await old.close();
      await fresh.close();
    }
  });
});
