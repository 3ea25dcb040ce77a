import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase, testEngine } from '../testing.ts';
import { closeQuietly } from '../close-quietly.ts';
import { verifyAuditChain } from '../audit.ts';
import { verifyPassword } from '../../../auth/src/password.ts';
import { FAMILY_NAMES } from './names.ts';
import { DEMO_PASSWORD, seedDemo } from './index.ts';
import type { Database } from '../connection.ts';

describe(`demo agency seed on ${testEngine()}`, () => {
  let database: Database;
  let other: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    other = await openTestDatabase();
    const [a, b] = [await seedDemo(database.db), await seedDemo(other.db)];
    expect(a.seeded).toBe(true);
    expect(b.seeded).toBe(true);
  });
  afterAll(async () => {
    await closeQuietly(database);
    await closeQuietly(other);
  });

  it('models Sở Công Thương Gia Lai under UBND tỉnh Gia Lai, with Bộ Công Thương', async () => {
    const db = database.db;
    const sct = await db
      .selectFrom('agencies')
      .selectAll()
      .where('code', '=', 'SCT-GL')
      .executeTakeFirstOrThrow();
    expect(sct).toMatchObject({
      kind: 'department',
      name: 'Sở Công Thương tỉnh Gia Lai',
      symbol: 'SCT',
      place_name: 'Gia Lai',
      parent_name: 'UBND TỈNH GIA LAI',
    });
    const parent = await db
      .selectFrom('agencies')
      .selectAll()
      .where('id', '=', sct.parent_id!)
      .executeTakeFirstOrThrow();
    expect(parent).toMatchObject({ kind: 'province', name: 'UBND tỉnh Gia Lai' });
    expect(
      await db.selectFrom('agencies').select('kind').where('name', '=', 'Bộ Công Thương').executeTakeFirst(),
    ).toEqual({ kind: 'ministry' });
  });

  it('has the leadership board and seven units, and 50 people = 34 công chức + 14 viên chức + 2 hợp đồng', async () => {
    const db = database.db;
    const units = await db
      .selectFrom('units')
      .select(['code', 'kind', 'name'])
      .orderBy('sort_order')
      .execute();
    expect(units).toHaveLength(8);
    expect(units.filter((u) => u.kind === 'lanh-dao').map((u) => u.name)).toEqual(['Ban Giám đốc']);
    expect(units.filter((u) => u.kind !== 'lanh-dao').map((u) => u.name)).toEqual([
      'Văn phòng',
      'Thanh tra',
      'Phòng Kế hoạch – Tài chính',
      'Phòng Quản lý Công nghiệp',
      'Phòng Quản lý Thương mại',
      'Chi cục Quản lý thị trường',
      'Trung tâm Khuyến công và Xúc tiến thương mại',
    ]);
    const byCategory = await db
      .selectFrom('people')
      .select(['category', db.fn.countAll<number>().as('n')])
      .groupBy('category')
      .orderBy('category')
      .execute();
    expect(byCategory).toEqual([
      { category: 'cong-chuc', n: 34 },
      { category: 'hop-dong', n: 2 },
      { category: 'vien-chuc', n: 14 },
    ]);
    const board = await db
      .selectFrom('people as p')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select(['p.position', 'p.is_leader'])
      .where('u.code', '=', 'BGD')
      .orderBy('p.id')
      .execute();
    expect(board).toEqual([
      { position: 'Giám đốc', is_leader: true },
      { position: 'Phó Giám đốc', is_leader: true },
      { position: 'Phó Giám đốc', is_leader: true },
      { position: 'Phó Giám đốc', is_leader: true },
    ]);
    // Every unit has a head flagged as leader.
    const heads = await sql<{
      code: string;
      n: number;
    }>`SELECT u.code, count(p.id) AS n FROM units u LEFT JOIN people p ON p.unit_id = u.id AND p.is_leader GROUP BY u.code`.execute(
      db,
    );
    for (const h of heads.rows) expect(h.n).toBeGreaterThanOrEqual(2);
  });

  it('has realistic NFC Vietnamese names, consistent with gender, unique, with computed name fields', async () => {
    const people = await database.db.selectFrom('people').selectAll().execute();
    const families = new Set(FAMILY_NAMES.map(([f]) => f));
    expect(new Set(people.map((p) => p.full_name)).size).toBe(50);
    for (const p of people) {
      expect(p.full_name).toBe(p.full_name.normalize('NFC'));
      const words = p.full_name.split(' ');
      expect(families.has(words[0]!)).toBe(true);
      if (words[1] === 'Thị') expect(p.gender).toBe('nu');
      if (words[1] === 'Văn') expect(p.gender).toBe('nam');
      expect(p.given_name).toBe(words[words.length - 1]);
      expect(`${p.family_name} ${p.given_name}`).toBe(p.full_name);
      expect(p.search_text).toMatch(/^[a-z ]+$/);
      expect(p.birth_date! < p.start_date!).toBe(true);
      expect(p.sector_since! <= p.start_date!).toBe(true);
    }
  });

  it('has "Nguyễn Thị Hằng" in Phòng Quản lý Thương mại, found without diacritics', async () => {
    const found = await database.db
      .selectFrom('people as p')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select(['p.full_name', 'p.gender', 'u.name as unit'])
      .where('p.search_text', 'like', '%nguyen thi hang%')
      .execute();
    expect(found).toEqual([{ full_name: 'Nguyễn Thị Hằng', gender: 'nu', unit: 'Phòng Quản lý Thương mại' }]);
  });

  it('has Đảng ủy of 6 and 42 party members in 3 chi bộ, a Công đoàn cơ sở and a Chi đoàn', async () => {
    const db = database.db;
    const orgs = await db
      .selectFrom('side_organisations')
      .select(['kind', 'name', 'member_count', 'id'])
      .orderBy('id')
      .execute();
    expect(orgs.map((o) => o.kind)).toEqual([
      'dang-bo',
      'dang-uy',
      'chi-bo',
      'chi-bo',
      'chi-bo',
      'cong-doan',
      'chi-doan',
    ]);
    expect(orgs.find((o) => o.kind === 'dang-uy')?.member_count).toBe(6);
    expect(orgs.find((o) => o.kind === 'dang-bo')?.member_count).toBe(42);
    const members = await db
      .selectFrom('people')
      .select(['party_member', 'party_cell_id', 'party_joined_on'])
      .where('party_member', '=', true)
      .execute();
    expect(members).toHaveLength(42);
    const cells = orgs.filter((o) => o.kind === 'chi-bo');
    const perCell = cells.map((c) => members.filter((m) => m.party_cell_id === c.id).length);
    expect(perCell.reduce((a, b) => a + b, 0)).toBe(42);
    expect(perCell).toEqual(cells.map((c) => c.member_count));
    expect(members.every((m) => m.party_joined_on !== null)).toBe(true);
    const nonMembers = await db
      .selectFrom('people')
      .select('party_cell_id')
      .where('party_member', '=', false)
      .execute();
    expect(nonMembers.every((m) => m.party_cell_id === null)).toBe(true);
    const youth = await db.selectFrom('people').select('id').where('youth_member', '=', true).execute();
    expect(youth.length).toBeGreaterThan(0);
    expect(orgs.find((o) => o.kind === 'chi-doan')?.member_count).toBe(youth.length);
    expect(orgs.find((o) => o.kind === 'cong-doan')?.member_count).toBe(50);
  });

  it('keeps unit history: one open row per person in their current unit, and some transfers', async () => {
    const db = database.db;
    const open = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM person_unit_history h JOIN people p ON p.id = h.person_id WHERE h.to_date IS NULL AND h.unit_id = p.unit_id`.execute(
      db,
    );
    expect(open.rows[0]?.n).toBe(50);
    const moved = await sql<{
      n: number;
    }>`SELECT count(DISTINCT person_id) AS n FROM person_unit_history WHERE to_date IS NOT NULL`.execute(db);
    expect(moved.rows[0]?.n).toBeGreaterThanOrEqual(5);
  });

  it('puts the agency in the Khối and in Cụm thi đua số VIII for 2023–2025, with one leader and one deputy a year', async () => {
    const db = database.db;
    const groups = await db
      .selectFrom('emulation_groups')
      .select(['id', 'kind', 'level', 'name'])
      .orderBy('id')
      .execute();
    expect(groups.map((g) => [g.kind, g.level, g.name])).toEqual([
      ['khoi', 'tinh', 'Khối thi đua các sở, ngành kinh tế tỉnh Gia Lai'],
      ['cum', 'bo', 'Cụm thi đua số VIII'],
      ['cum', 'bo', 'Cụm thi đua V'], // seed 003; its years are checked in modules/clusters
    ]);
    const rows = await db
      .selectFrom('emulation_group_members as m')
      .innerJoin('agencies as a', 'a.id', 'm.agency_id')
      .select(['m.group_id', 'm.year', 'm.role', 'a.code', 'a.name'])
      .execute();
    for (const g of groups.slice(0, 2)) {
      for (const year of [2023, 2024, 2025]) {
        const ys = rows.filter((r) => r.group_id === g.id && r.year === year);
        expect(ys.filter((r) => r.role === 'leader')).toHaveLength(1);
        expect(ys.filter((r) => r.role === 'deputy')).toHaveLength(1);
        expect(ys.some((r) => r.code === 'SCT-GL')).toBe(true);
        expect(ys).toHaveLength(g.kind === 'cum' ? 5 : 7);
      }
    }
    const cum = rows
      .filter((r) => r.group_id === groups[1]!.id && r.year === 2023)
      .map((r) => r.name)
      .sort();
    expect(cum).toEqual(
      [
        'Sở Công Thương tỉnh Gia Lai',
        'Sở Công Thương tỉnh Kon Tum',
        'Sở Công Thương tỉnh Đắk Lắk',
        'Sở Công Thương tỉnh Đắk Nông',
        'Sở Công Thương tỉnh Lâm Đồng',
      ].sort(),
    );
  });

  it('creates one account per role with the demo password, linked where a person is meant', async () => {
    const db = database.db;
    const users = await db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .leftJoin('people as p', 'p.id', 'u.person_id')
      .select([
        'u.username',
        'u.password_hash',
        'u.must_change_password',
        'r.role',
        'r.unit_id',
        'p.full_name',
      ])
      .orderBy('u.id')
      .execute();
    expect(users.map((u) => u.role)).toEqual([
      'admin',
      'officer',
      'council',
      'unit-head',
      'staff',
      'cluster-leader',
      'reviewer',
      'officer',
      'officer',
      'officer',
      'officer',
      'cluster-leader',
      'reviewer',
    ]);
    expect(users.every((u) => !u.must_change_password && u.password_hash.startsWith('$argon2id$'))).toBe(
      true,
    );
    expect(await verifyPassword(users[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
    expect(users.find((u) => u.role === 'staff')?.full_name).toBe('Nguyễn Thị Hằng');
    const head = users.find((u) => u.role === 'unit-head')!;
    const unit = await db
      .selectFrom('units')
      .select('code')
      .where('id', '=', head.unit_id!)
      .executeTakeFirstOrThrow();
    expect(unit.code).toBe('QLTM');
    const headPerson = await db
      .selectFrom('people')
      .select(['position', 'unit_id'])
      .where('full_name', '=', head.full_name!)
      .executeTakeFirstOrThrow();
    expect(headPerson).toEqual({ position: 'Trưởng phòng', unit_id: head.unit_id });
  });

  it('writes a "seed" audit entry and the chain verifies', async () => {
    const entries = await database.db.selectFrom('audit_log').select(['action', 'entity']).execute();
    expect(entries).toEqual([{ action: 'seed', entity: 'database' }]);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 1 });
  });

  it('is deterministic: two fresh databases get identical rows', async () => {
    for (const table of [
      'agencies',
      'units',
      'side_organisations',
      'people',
      'person_unit_history',
      'emulation_groups',
      'emulation_group_members',
      'user_roles',
    ] as const) {
      const a = await database.db.selectFrom(table).selectAll().orderBy('id').execute();
      const b = await other.db.selectFrom(table).selectAll().orderBy('id').execute();
      expect(b, table).toEqual(a);
    }
    const hashes = async (d: Database) =>
      (await d.db.selectFrom('audit_log').select('hash').execute()).map((r) => r.hash);
    expect(await hashes(other)).toEqual(await hashes(database));
  });

  it('is idempotent: a second run changes nothing and still lists the accounts', async () => {
    const before = await sql<{
      n: number;
    }>`SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_log) AS n`.execute(
      database.db,
    );
    const again = await seedDemo(database.db);
    expect(again.seeded).toBe(false);
    expect(again.accounts.map((a) => a.username)).toEqual([
      'admin',
      'vanthu.tdkt',
      'hoidong.tdkt',
      'truongphong.qltm',
      'hang.nt',
      'cumtruong.cum8',
      'btdkt.gialai',
      'vanthu.sct.laichau',
      'vanthu.sct.dienbien',
      'vanthu.sct.sonla',
      'vanthu.sct.hoabinh',
      'cumtruong.cum5',
      'btdkt.bocongthuong',
    ]);
    expect(again.accounts.every((a) => a.password === DEMO_PASSWORD)).toBe(true);
    const after = await sql<{
      n: number;
    }>`SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_log) AS n`.execute(
      database.db,
    );
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });
});
