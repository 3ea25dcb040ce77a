// A small, fully known agency-year for the statistics tests (API on both engines and the browser journeys):
// two units, nine people, the decisions of 2023 and 2024 (one annulled), a plan with tasks in every state,
// proposals, ratings, registrations, an indicator with a plan and a movement target "75% LĐTT". Every figure
// the tests assert is derived in the comments here from these rows.
import type { Kysely } from 'kysely';
import type { DB } from '../../../../../packages/db/src/schema.ts';
import { buildAgency, buildPerson, buildUnit } from '../../testing/factories.ts';

export interface StatsFixture {
  agencyId: number;
  otherAgencyId: number;
  u1: number; // Phòng Kinh tế thử: A (leader), B, C, D, E — 5 people
  u2: number; // Văn phòng thử: F (leader), G, H, I — 4 people
  people: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I', number>;
  decisions: { ldtt2024: number; bk2024: number };
  planId: number;
}

const NAMES = {
  A: ['Nguyễn Văn An', 'nam', true, 1],
  B: ['Trần Thị Bích', 'nu', false, 1],
  C: ['Lê Thị Cúc', 'nu', false, 1],
  D: ['Phạm Văn Dũng', 'nam', false, 1],
  E: ['Hoàng Văn Em', 'nam', false, 1],
  F: ['Vũ Thị Phương', 'nu', true, 2],
  G: ['Đỗ Văn Giang', 'nam', false, 2],
  H: ['Bùi Thị Hạnh', 'nu', false, 2],
  I: ['Đặng Văn Ích', 'nam', false, 2],
} as const;

export async function buildStatsFixture(
  db: Kysely<DB>,
  o: { agencyId?: number; prefix?: string } = {},
): Promise<StatsFixture> {
  const prefix = o.prefix ?? 'TK';
  const agencyId = o.agencyId ?? (await buildAgency(db, { name: 'Sở Công Thương thử' })).id;
  const otherAgencyId = (await buildAgency(db, { name: 'Sở Tài chính thử' })).id;
  const u1 = (await buildUnit(db, { agencyId, name: 'Phòng Kinh tế thử', code: `${prefix}KT` })).id;
  const u2 = (
    await buildUnit(db, { agencyId, name: 'Văn phòng thử', code: `${prefix}VP`, kind: 'van-phong' })
  ).id;
  const people = {} as StatsFixture['people'];
  for (const [key, [name, gender, leader, unit]] of Object.entries(NAMES)) {
    const p = await buildPerson(db, {
      unitId: unit === 1 ? u1 : u2,
      code: `${prefix}${key}`,
      fullName: name,
      gender,
      isLeader: leader,
      position: leader ? (unit === 1 ? 'Trưởng phòng' : 'Chánh Văn phòng') : 'Chuyên viên',
      startDate: '2015-01-01',
    });
    people[key as keyof typeof NAMES] = p.id;
  }
  const other = await buildPerson(db, { agencyId: otherAgencyId, fullName: 'Ngô Văn Khác' });

  const decide = async (
    d: {
      agencyId?: number;
      code: string;
      authority?: 'giam-doc-so' | 'chu-tich-ubnd-tinh';
      source?: 'own' | 'received';
      number: string;
      decidedOn: string;
      year: number;
      annulled?: boolean;
    },
    recipients: ({ personId: number; name: string } | { unitId: number; name: string })[],
  ) => {
    const row = await db
      .insertInto('decisions')
      .values({
        agency_id: d.agencyId ?? agencyId,
        source: d.source ?? 'own',
        authority: d.authority ?? 'giam-doc-so',
        issuer_name: d.authority === 'chu-tich-ubnd-tinh' ? 'UBND tỉnh Gia Lai' : 'Sở Công Thương',
        number: d.number,
        symbol: d.authority === 'chu-tich-ubnd-tinh' ? 'QĐ-UBND' : 'QĐ-SCT',
        decided_on: d.decidedOn,
        year: Number(d.decidedOn.slice(0, 4)),
        kind: 'cong-trang',
        code: d.code as never,
        achievement_from: d.year,
        achievement_to: d.year,
        status: d.annulled ? 'annulled' : 'in-force',
        annulled_on: d.annulled ? '2025-02-10' : null,
        annulled_reason: d.annulled ? 'Phát hiện vi phạm sau khi khen' : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('decision_recipients')
      .values(
        recipients.map((r, i) => ({
          decision_id: row.id,
          position: i,
          subject_kind: 'personId' in r ? ('person' as const) : ('unit' as const),
          person_id: 'personId' in r ? r.personId : null,
          unit_id: 'unitId' in r ? r.unitId : null,
          display_name: r.name,
        })),
      )
      .execute();
    return row.id;
  };
  const who = (...keys: (keyof typeof NAMES)[]) =>
    keys.map((k) => ({ personId: people[k], name: NAMES[k][0] as string }));

  // 2023: LĐTT to B, C, G, decided 20/12/2023 (11 days before the period ended).
  await decide(
    { code: 'lao-dong-tien-tien', number: '301', decidedOn: '2023-12-20', year: 2023 },
    who('B', 'C', 'G'),
  );
  // 2024 (decided 15/01/2025, 15 days after the period): LĐTT to A, B, C, D (unit 1) and F, G, H (unit 2);
  // CSTĐCS to B; Tập thể LĐXS to unit 1, Tập thể LĐTT to unit 2.
  const ldtt2024 = await decide(
    { code: 'lao-dong-tien-tien', number: '12', decidedOn: '2025-01-15', year: 2024 },
    who('A', 'B', 'C', 'D', 'F', 'G', 'H'),
  );
  await decide(
    { code: 'chien-si-thi-dua-co-so', number: '13', decidedOn: '2025-01-15', year: 2024 },
    who('B'),
  );
  await decide({ code: 'tap-the-lao-dong-xuat-sac', number: '14', decidedOn: '2025-01-15', year: 2024 }, [
    { unitId: u1, name: 'Phòng Kinh tế thử' },
  ]);
  await decide({ code: 'tap-the-lao-dong-tien-tien', number: '15', decidedOn: '2025-01-15', year: 2024 }, [
    { unitId: u2, name: 'Văn phòng thử' },
  ]);
  // Bằng khen of the provincial chairman to C, received, decided 31/03/2025 (90 days).
  const bk2024 = await decide(
    {
      code: 'bang-khen-cap-tinh',
      authority: 'chu-tich-ubnd-tinh',
      source: 'received',
      number: '456',
      decidedOn: '2025-03-31',
      year: 2024,
    },
    who('C'),
  );
  // Annulled: never counted. Another agency's decision: never in this agency's figures.
  await decide(
    { code: 'lao-dong-tien-tien', number: '16', decidedOn: '2025-01-20', year: 2024, annulled: true },
    who('E'),
  );
  await decide(
    {
      agencyId: otherAgencyId,
      code: 'lao-dong-tien-tien',
      number: '99',
      decidedOn: '2025-01-10',
      year: 2024,
    },
    [{ personId: other.id, name: other.full_name }],
  );

  // Plan 2024: T1 done, T2 in progress due 30/06/2024 (past due: shown late), T3 regularly (not started, no
  // date), T4 cancelled, T5 marked late by the reminder sweep (due 28/02/2024); unit 1 leads T1 and T2.
  const plan = await db
    .insertInto('plans')
    .values({ agency_id: agencyId, year: 2024, title: 'Kế hoạch công tác thi đua, khen thưởng năm 2024' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const task = async (
    position: number,
    content: string,
    status: 'done' | 'in-progress' | 'not-started' | 'cancelled' | 'late',
    deadline: { kind: 'on' | 'regularly'; on?: string },
    doneOn: string | null,
    lead: number | null,
  ) => {
    const t = await db
      .insertInto('plan_tasks')
      .values({
        plan_id: plan.id,
        quarter: 1,
        number: String(position),
        position,
        content,
        deadline_kind: deadline.kind,
        deadline_on: deadline.on ?? null,
        status,
        done_on: doneOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('plan_task_units')
      .values({ task_id: t.id, role: 'lead', unit_id: lead, label: lead === null ? 'Văn phòng Sở' : null })
      .execute();
  };
  await task(
    1,
    'Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2024',
    'done',
    { kind: 'on', on: '2024-01-31' },
    '2024-01-25',
    u1,
  );
  await task(
    2,
    'Sơ kết phong trào thi đua 6 tháng đầu năm',
    'in-progress',
    { kind: 'on', on: '2024-06-30' },
    null,
    u1,
  );
  await task(
    3,
    'Theo dõi, đôn đốc các đơn vị thực hiện phong trào',
    'not-started',
    { kind: 'regularly' },
    null,
    null,
  );
  await task(
    4,
    'Tổ chức hội thi cải cách hành chính',
    'cancelled',
    { kind: 'on', on: '2024-09-30' },
    null,
    u2,
  );
  await task(
    5,
    'Tổng hợp đăng ký thi đua của các đơn vị',
    'late',
    { kind: 'on', on: '2024-02-28' },
    null,
    u2,
  );

  // Proposals 2024: one at the council, one sent to the province (awaiting its decision), one decided.
  for (const [status, sentOn] of [
    ['council', null],
    ['sent', '2025-02-01'],
    ['decided', '2025-01-05'],
  ] as const)
    await db
      .insertInto('proposals')
      .values({
        agency_id: agencyId,
        year: 2024,
        kind: 'cong-trang',
        code: 'bang-khen-cap-tinh',
        authority: 'chu-tich-ubnd-tinh',
        title: `Đề nghị tặng Bằng khen năm 2024 (${status})`,
        status,
        sent_on: sentOn,
      })
      .execute();

  // Ratings 2024 of unit 1: A, B, C rated (B HTXSNV); D and E not yet.
  for (const [k, r] of [
    ['A', 'httnv'],
    ['B', 'htxsnv'],
    ['C', 'httnv'],
  ] as const)
    await db
      .insertInto('ratings')
      .values({ agency_id: agencyId, person_id: people[k], unit_id: u1, year: 2024, final_rating: r })
      .execute();
  // Registrations 2024: B and C (submitted), unit 1 (accepted).
  for (const k of ['B', 'C'] as const)
    await db
      .insertInto('registrations')
      .values({
        agency_id: agencyId,
        year: 2024,
        subject_kind: 'person',
        person_id: people[k],
        status: 'submitted',
      })
      .execute();
  await db
    .insertInto('registrations')
    .values({ agency_id: agencyId, year: 2024, subject_kind: 'unit', unit_id: u1, status: 'accepted' })
    .execute();

  // An indicator with a yearly plan of 1.000 tỷ đồng: 100 in January, 150 in February (10% then 25% of plan).
  const ind = await db
    .insertInto('indicators')
    .values({
      agency_id: agencyId,
      year: 2024,
      code: 'gtsx-cn',
      name: 'Giá trị sản xuất công nghiệp',
      value_kind: 'amount',
      unit: 'tỷ đồng',
      precision: 1,
      aggregation: 'sum',
      plan_value: 1000,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('indicator_values')
    .values([
      { indicator_id: ind.id, month: 1, kind: 'actual', value: 100 },
      { indicator_id: ind.id, month: 2, kind: 'actual', value: 150 },
    ])
    .execute();

  // The agency's own target for 2024: "75% LĐTT" (a movement's quantitative target).
  const mv = await db
    .insertInto('movements')
    .values({
      agency_id: agencyId,
      launched_by: 'co-quan',
      name: 'Phong trào thi đua yêu nước năm 2024',
      year: 2024,
      status: 'active',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('movement_targets')
    .values({
      movement_id: mv.id,
      position: 1,
      kind: 'quantitative',
      content: '75% cán bộ đạt danh hiệu Lao động tiên tiến',
      target_value: 75,
      unit: '%',
      comparison: 'at-least',
      title_code: 'lao-dong-tien-tien',
    })
    .execute();

  return { agencyId, otherAgencyId, u1, u2, people, decisions: { ldtt2024, bk2024 }, planId: plan.id };
}
