// Seeds the demo agency on first run (see demo-data.ts for what it contains and why). One transaction;
// does nothing when any agency exists, so it is safe to call on every start, from several processes at
// once (an advisory lock serialises them).
import { sql, type Kysely, type Transaction } from 'kysely';
import {
  foldDiacritics,
  nameSortKey,
  nfc,
  splitVietnameseName,
} from '../../../domain/src/text/vietnamese.ts';
import { hashPassword } from '../../../auth/src/password.ts';
import { writeAudit } from '../audit.ts';
import type { DB } from '../schema.ts';
import { SETTING_WORKING_YEAR } from '../repositories/working-year.ts';
import { seedCycleDemo } from './areas/cycle.ts';
import { seedHistoryDemo } from './areas/history.ts';
import { seedCouncilsDemo } from './areas/councils.ts';
import { seedProposalsDemo } from './areas/proposals.ts';
import { seedClustersDemo } from './areas/clusters.ts';
import { seedClusterScoringDemo } from './areas/cluster-scoring.ts';
import { seedReportsDemo } from './areas/reports.ts';
import {
  ACCOUNTS,
  AGENCIES,
  CELLS,
  DEMO_PASSWORD,
  GROUPS,
  DEMO_WORKING_YEAR,
  HOME_AGENCY,
  SEEDED_AT,
  UNITS,
  buildPeoplePlan,
  type CellNo,
} from './demo-data.ts';

export { ACCOUNTS, DEMO_PASSWORD } from './demo-data.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  description: string;
}

export interface SeedResult {
  seeded: boolean;
  accounts: DemoAccount[];
}

const SEED_LOCK_KEY = 7_210_2026;

/** The demo accounts and their (demo-only) password, whether or not this run seeded them. */
export function demoAccounts(): DemoAccount[] {
  return ACCOUNTS.map((a) => ({
    username: a.username,
    password: DEMO_PASSWORD,
    role: a.role,
    description: a.description,
  }));
}

function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`Dữ liệu mẫu không nhất quán: thiếu ${what}.`);
  return v;
}

export async function seedDemo(db: Kysely<DB>): Promise<SeedResult> {
  const accounts = demoAccounts();
  if (await db.selectFrom('agencies').select('id').limit(1).executeTakeFirst())
    return { seeded: false, accounts };
  // Hash before the transaction: argon2 takes ~80 ms a password and needs no lock.
  const hashes = new Map<string, string>();
  for (const a of ACCOUNTS) hashes.set(a.username, await hashPassword(DEMO_PASSWORD));
  const seeded = await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`.execute(trx);
    const existing = await trx.selectFrom('agencies').select('id').limit(1).executeTakeFirst();
    if (existing) return false;
    await insertDemo(trx, hashes);
    return true;
  });
  return { seeded, accounts };
}

async function insertDemo(trx: Transaction<DB>, hashes: Map<string, string>): Promise<void> {
  const stamp = { created_at: SEEDED_AT, updated_at: SEEDED_AT };

  // Agencies, parents first (the list is in that order).
  const agencyId = new Map<string, number>();
  for (const a of AGENCIES) {
    const row = await trx
      .insertInto('agencies')
      .values({
        parent_id: a.parentCode ? must(agencyId.get(a.parentCode), a.parentCode) : null,
        kind: a.kind,
        code: a.code,
        name: a.name,
        short_name: a.shortName,
        parent_name: a.parentName,
        place_name: a.placeName,
        symbol: a.symbol,
        address: a.address,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    agencyId.set(a.code, row.id);
  }
  const home = must(agencyId.get(HOME_AGENCY), HOME_AGENCY);

  const unitId = new Map<string, number>();
  for (const [i, u] of UNITS.entries()) {
    const row = await trx
      .insertInto('units')
      .values({
        agency_id: home,
        kind: u.kind,
        code: u.code,
        name: u.name,
        short_name: u.shortName,
        sort_order: i * 10,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    unitId.set(u.code, row.id);
  }

  const people = buildPeoplePlan();

  // Side organisations: Đảng bộ Sở → Đảng ủy (6) and three chi bộ; Công đoàn cơ sở; Chi đoàn Thanh niên.
  const side = async (
    kind: 'dang-bo' | 'dang-uy' | 'chi-bo' | 'cong-doan' | 'chi-doan',
    name: string,
    parentId: number | null,
    count: number | null,
  ) =>
    (
      await trx
        .insertInto('side_organisations')
        .values({ agency_id: home, parent_id: parentId, kind, name, member_count: count, ...stamp })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const partyCount = people.filter((p) => p.partyMember).length;
  const dangBo = await side('dang-bo', 'Đảng bộ Sở Công Thương', null, partyCount);
  await side('dang-uy', 'Đảng ủy Sở Công Thương', dangBo, 6);
  const cellId = new Map<CellNo, number>();
  for (const no of [1, 2, 3] as const) {
    cellId.set(no, await side('chi-bo', CELLS[no], dangBo, people.filter((p) => p.cell === no).length));
  }
  await side('cong-doan', 'Công đoàn cơ sở Sở Công Thương', null, people.filter((p) => p.unionMember).length);
  await side(
    'chi-doan',
    'Chi đoàn Thanh niên Sở Công Thương',
    null,
    people.filter((p) => p.youthMember).length,
  );

  // People and their unit history.
  const personId = new Map<string, number>();
  for (const p of people) {
    const fullName = nfc(p.fullName);
    const { family, given } = splitVietnameseName(fullName);
    const row = await trx
      .insertInto('people')
      .values({
        agency_id: home,
        unit_id: must(unitId.get(p.unit), p.unit),
        code: p.code,
        full_name: fullName,
        family_name: family,
        given_name: given,
        sort_key: nameSortKey(fullName),
        search_text: foldDiacritics(fullName),
        gender: p.gender,
        birth_date: p.birthDate,
        category: p.category,
        position: p.position,
        is_leader: p.isLeader,
        start_date: p.startDate,
        sector_since: p.sectorSince,
        party_member: p.partyMember,
        party_joined_on: p.partyJoinedOn,
        party_cell_id: p.cell === null ? null : must(cellId.get(p.cell), `chi bộ ${p.cell}`),
        union_member: p.unionMember,
        youth_member: p.youthMember,
        email: p.email,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (p.key) personId.set(p.key, row.id);
    await trx
      .insertInto('person_unit_history')
      .values(
        p.history.map((h) => ({
          person_id: row.id,
          unit_id: must(unitId.get(h.unit), h.unit),
          position: h.position,
          is_leader: h.isLeader,
          from_date: h.fromDate,
          to_date: h.toDate,
          note: h.note,
        })),
      )
      .execute();
  }

  // Emulation groups and their yearly membership with roles.
  const groupId = new Map<string, number>();
  for (const g of GROUPS) {
    const row = await trx
      .insertInto('emulation_groups')
      .values({
        kind: g.kind,
        level: g.level,
        code: g.code,
        name: g.name,
        organiser_agency_id: must(agencyId.get(g.organiser), g.organiser),
        description: g.description,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    groupId.set(g.code, row.id);
    for (const [yearText, y] of Object.entries(g.years)) {
      const year = Number(yearText);
      await trx
        .insertInto('emulation_group_members')
        .values(
          y.members.map((code) => ({
            group_id: row.id,
            agency_id: must(agencyId.get(code), code),
            year,
            role:
              code === y.leader
                ? ('leader' as const)
                : code === y.deputy
                  ? ('deputy' as const)
                  : ('member' as const),
            role_since: code === y.leader || code === y.deputy ? (y.since ?? `${year}-01-15`) : null,
          })),
        )
        .execute();
    }
  }

  // Accounts.
  const people_ = new Map(people.map((p) => [p.key, p]));
  for (const a of ACCOUNTS) {
    const linked = a.personKey ? must(people_.get(a.personKey), a.personKey) : null;
    const user = await trx
      .insertInto('users')
      .values({
        username: a.username,
        password_hash: must(hashes.get(a.username), a.username),
        display_name: a.displayName ?? linked?.fullName ?? a.username,
        person_id: a.personKey ? must(personId.get(a.personKey), a.personKey) : null,
        agency_id: a.homeAgency ? must(agencyId.get(a.homeAgency), a.homeAgency) : null,
        must_change_password: false,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('user_roles')
      .values({
        user_id: user.id,
        role: a.role,
        agency_id: a.scope.agency ? must(agencyId.get(a.scope.agency), a.scope.agency) : null,
        unit_id: a.scope.unit ? must(unitId.get(a.scope.unit), a.scope.unit) : null,
        group_id: a.scope.group ? must(groupId.get(a.scope.group), a.scope.group) : null,
      })
      .execute();
  }

  // The yearly cycle of the demo agency, one file per part (seed/areas/).
  await seedCycleDemo(trx, home);
  await seedHistoryDemo(trx, home);
  await seedCouncilsDemo(trx, home);
  await seedProposalsDemo(trx, home);
  await seedClustersDemo(trx, home);
  await seedClusterScoringDemo(trx, home);
  await seedReportsDemo(trx, home);
  // The demo is the year-end of 2025: every agency's pages open on that year whatever today's date is.
  await trx
    .insertInto('agency_settings')
    .values(
      [...agencyId.values()].map((id) => ({
        agency_id: id,
        key: SETTING_WORKING_YEAR,
        value: JSON.stringify(DEMO_WORKING_YEAR),
      })),
    )
    .onConflict((oc) => oc.columns(['agency_id', 'key']).doNothing())
    .execute();

  const count = (c: string) => people.filter((p) => p.category === c).length;
  await writeAudit(trx, {
    userId: null,
    username: null,
    action: 'seed',
    entity: 'database',
    entityId: null,
    agencyId: home,
    summary: `Khởi tạo dữ liệu mẫu: Sở Công Thương tỉnh Gia Lai (${people.length} người, ${UNITS.length} đơn vị, ${GROUPS.length} khối/cụm thi đua, ${ACCOUNTS.length} tài khoản).`,
    before: null,
    after: {
      agencies: AGENCIES.length,
      units: UNITS.length,
      people: people.length,
      congChuc: count('cong-chuc'),
      vienChuc: count('vien-chuc'),
      hopDong: count('hop-dong'),
      partyMembers: partyCount,
      groups: GROUPS.map((g) => g.code),
      accounts: ACCOUNTS.map((a) => a.username),
    },
    at: SEEDED_AT,
  });
}
