import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase, testEngine } from './testing.ts';
import { AUDIT_GENESIS_HASH, canonicalJson, verifyAuditChain, writeAudit, type AuditEntry } from './audit.ts';
import { closeQuietly } from './close-quietly.ts';
import type { Database } from './connection.ts';

function entry(i: number, extra: Partial<AuditEntry> = {}): AuditEntry {
  return {
    userId: null,
    username: i % 2 ? 'vanthu.tdkt' : null,
    action: 'update',
    entity: 'people',
    entityId: String(i),
    agencyId: i % 3 ? 2 : null,
    summary: `Sửa hồ sơ Nguyễn Thị Hằng (${i})`,
    // Keys out of order, nested objects, numbers jsonb rewrites (1.50, 1e21, 1e-7), a Date, Unicode.
    before: {
      z: 1.5,
      a: { y: [3, { q: 'Đặng', b: null }], x: 1e21 },
      date: new Date(Date.UTC(2024, 0, 2)),
      tiny: 1e-7,
    },
    after:
      i % 4 === 0
        ? null
        : { full_name: 'Nguyễn Thị Hằng'.normalize('NFC'), version: i, ok: true, skip: undefined },
    at: new Date(Date.UTC(2025, 0, 1, 8, 0, 0, 123 + i)),
    ...extra,
  };
}

describe(`audit chain on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await closeQuietly(database);
  });
  beforeEach(async () => {
    await sql`DELETE FROM audit_log`.execute(database.db);
  });

  it('canonical JSON sorts keys recursively and ignores undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"e":1,"f":2}]},"b":1}',
    );
  });

  it('an empty log verifies', async () => {
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 0, firstBrokenId: null });
  });

  it('a chain of writes verifies after the jsonb round trip, across pages', async () => {
    for (let i = 1; i <= 7; i++) {
      await database.db.transaction().execute((trx) => writeAudit(trx, entry(i)));
    }
    await writeAudit(database.db, entry(8)); // a plain Kysely opens its own transaction
    const rows = await database.db
      .selectFrom('audit_log')
      .select(['id', 'prev_hash', 'hash'])
      .orderBy('id')
      .execute();
    expect(rows).toHaveLength(8);
    expect(rows[0]?.prev_hash).toBe(AUDIT_GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    const r = await verifyAuditChain(database.db, 3);
    expect(r).toMatchObject({ ok: true, checked: 8, firstBrokenId: null });
    expect(r.message).toContain('8 bản ghi');
  });

  it('rolls back with the caller: an entry of a failed transaction leaves no trace', async () => {
    await writeAudit(database.db, entry(1));
    await expect(
      database.db.transaction().execute(async (trx) => {
        await writeAudit(trx, entry(2));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await writeAudit(database.db, entry(3));
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 2 });
  });

  it('concurrent writers keep the chain linear', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        database.db.transaction().execute(async (trx) => {
          await sql`SELECT 1`.execute(trx);
          await writeAudit(trx, entry(i + 1, { at: new Date() }));
        }),
      ),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 12 });
  });

  it('reports an edited row at its id', async () => {
    for (let i = 1; i <= 5; i++) await writeAudit(database.db, entry(i));
    const ids = (await database.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );
    const target = ids[2]!;
    await sql`UPDATE audit_log SET after = jsonb_set(after, '{version}', '99') WHERE id = ${target}`.execute(
      database.db,
    );
    const r = await verifyAuditChain(database.db, 2);
    expect(r).toMatchObject({ ok: false, firstBrokenId: target, checked: 2 });
    expect(r.message).toContain(`#${target}`);
    expect(r.message).toContain('bị sửa');
  });

  it('reports a deleted row at the next id', async () => {
    for (let i = 1; i <= 5; i++) await writeAudit(database.db, entry(i));
    const ids = (await database.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );
    await database.db.deleteFrom('audit_log').where('id', '=', ids[1]!).execute();
    const r = await verifyAuditChain(database.db);
    expect(r).toMatchObject({ ok: false, firstBrokenId: ids[2], checked: 1 });
    expect(r.message).toContain('xoá');
  });

  it('reports a deleted first row at the new first row', async () => {
    for (let i = 1; i <= 3; i++) await writeAudit(database.db, entry(i));
    const ids = (await database.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );
    await database.db.deleteFrom('audit_log').where('id', '=', ids[0]!).execute();
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      firstBrokenId: ids[1],
      checked: 0,
    });
  });
});
