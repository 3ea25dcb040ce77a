// The yearly-cycle schema (0002_cycle.sql) on the engine of TDKT_TEST_ENGINE: a small realistic chain is
// written and read back through the Kysely types — plan → movement → registration → initiative → rating →
// council with secret ballots → proposal → decision → award history → indicators → cluster scoring — and
// the key constraints are exercised (they must refuse bad rows on both engines, not only in the app).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase, testEngine } from './testing.ts';
import type { Database } from './connection.ts';

const json = (v: unknown): string => JSON.stringify(v);
const receipt = (): { token: string; hash: string } => {
  const token = crypto.randomBytes(24).toString('base64url');
  return { token, hash: crypto.createHash('sha256').update(token).digest('hex') };
};

describe(`cycle schema on ${testEngine()}`, () => {
  let database: Database;
  type Key =
    | 'agency'
    | 'lc'
    | 'db'
    | 'vp'
    | 'qltm'
    | 'hang'
    | 'binh'
    | 'mai'
    | 'duc'
    | 'nguyet'
    | 'user'
    | 'group'
    | 'plan'
    | 'task'
    | 'movement'
    | 'covenant'
    | 'initiative'
    | 'session'
    | 'councilCandidate'
    | 'proposal'
    | 'proposalCandidate';
  const ids = {} as Record<Key, number>;

  beforeAll(async () => {
    database = await openTestDatabase();
    const db = database.db;
    const ag = await db
      .insertInto('agencies')
      .values([
        {
          kind: 'department',
          code: 'SCT-GL',
          name: 'Sở Công Thương tỉnh Gia Lai',
          short_name: 'Sở Công Thương',
          parent_name: 'UBND TỈNH GIA LAI',
          place_name: 'Gia Lai',
          symbol: 'SCT',
        },
        { kind: 'department', code: 'SCT-LC', name: 'Sở Công Thương tỉnh Lai Châu' },
        { kind: 'department', code: 'SCT-DB', name: 'Sở Công Thương tỉnh Điện Biên' },
      ])
      .returning('id')
      .execute();
    ids.agency = ag[0]!.id;
    ids.lc = ag[1]!.id;
    ids.db = ag[2]!.id;
    const units = await db
      .insertInto('units')
      .values([
        { agency_id: ids.agency, kind: 'van-phong', code: 'VP', name: 'Văn phòng' },
        { agency_id: ids.agency, kind: 'phong', code: 'QLTM', name: 'Phòng Quản lý Thương mại' },
      ])
      .returning('id')
      .execute();
    ids.vp = units[0]!.id;
    ids.qltm = units[1]!.id;
    const person = (code: string, full: string, given: string, unit: number, leader = false) => ({
      agency_id: ids.agency,
      unit_id: unit,
      code,
      full_name: full,
      family_name: full.slice(0, full.length - given.length - 1),
      given_name: given,
      sort_key: given.toLowerCase(),
      search_text: full.toLowerCase(),
      gender: 'nu' as const,
      category: 'cong-chuc' as const,
      is_leader: leader,
    });
    const people = await db
      .insertInto('people')
      .values([
        person('P001', 'Nguyễn Thị Hằng', 'Hằng', ids.qltm),
        person('P002', 'Trần Văn Bình', 'Bình', ids.qltm, true),
        person('P003', 'Lê Thị Mai', 'Mai', ids.vp, true),
        person('P004', 'Phạm Văn Đức', 'Đức', ids.vp),
        person('P005', 'Đào Thị Thu Nguyệt', 'Nguyệt', ids.vp, true),
      ])
      .returning('id')
      .execute();
    [ids.hang, ids.binh, ids.mai, ids.duc, ids.nguyet] = people.map((p) => p.id) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const user = await db
      .insertInto('users')
      .values({
        username: 'vanphong',
        password_hash: 'x',
        display_name: 'Văn phòng Sở',
        agency_id: ids.agency,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.user = user.id;
    const g = await db
      .insertInto('emulation_groups')
      .values({ kind: 'cum', level: 'bo', code: 'CUM-V', name: 'Cụm thi đua V' })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.group = g.id;
  });

  afterAll(async () => {
    await database?.close();
  });

  it('a plan keeps tasks by quarter with every deadline shape and derives due_on', async () => {
    const db = database.db;
    const doc = await db
      .insertInto('outgoing_documents')
      .values({
        agency_id: ids.agency,
        year: 2023,
        kind: 'ke-hoach',
        number: '15',
        symbol: 'KH-SCT',
        place_name: 'Gia Lai',
        issued_on: '2023-02-10',
        title: 'Kế hoạch công tác thi đua, khen thưởng năm 2023',
        signer_line: 'KT. GIÁM ĐỐC',
        signer_title: 'PHÓ GIÁM ĐỐC',
        signer_name: 'Đào Thị Thu Nguyệt',
        recipients: json(['Ban TĐKT tỉnh (b/c);', 'Lưu: VT, VP.']),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // the clerk's register does not give the same number twice for a symbol and year
    await expect(
      db
        .insertInto('outgoing_documents')
        .values({
          agency_id: ids.agency,
          year: 2023,
          kind: 'ke-hoach',
          number: '15',
          symbol: 'KH-SCT',
          title: 'trùng số',
        })
        .execute(),
    ).rejects.toThrow();
    const plan = await db
      .insertInto('plans')
      .values({ agency_id: ids.agency, year: 2023, title: 'Kế hoạch TĐKT 2023', document_id: doc.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.plan = plan.id;
    await db
      .insertInto('plan_sections')
      .values({
        plan_id: plan.id,
        position: 1,
        heading: 'I. NHIỆM VỤ CHUNG',
        body: 'Tiếp tục tuyên truyền, quán triệt …',
      })
      .execute();
    const tasks = await db
      .insertInto('plan_tasks')
      .values([
        {
          plan_id: plan.id,
          quarter: 1,
          number: '1.1',
          position: 1,
          content: 'Xây dựng, ban hành kế hoạch công tác thi đua',
          deadline_kind: 'before',
          deadline_on: '2023-02-28',
        },
        {
          plan_id: plan.id,
          quarter: 4,
          number: '4.2',
          position: 2,
          content: 'Họp Hội đồng sáng kiến',
          deadline_kind: 'on',
          deadline_on: '2023-10-30',
        },
        {
          plan_id: plan.id,
          quarter: 2,
          number: '2.1',
          position: 3,
          content: 'Sơ kết 6 tháng',
          deadline_kind: 'month',
          deadline_month: '2023-06-01',
        },
        {
          plan_id: plan.id,
          quarter: 3,
          number: '3.1',
          position: 4,
          content: 'Giao lưu, học hỏi kinh nghiệm',
          deadline_kind: 'months',
          deadline_month: '2023-06-01',
          deadline_month_to: '2023-07-01',
        },
        {
          plan_id: plan.id,
          quarter: null,
          number: '5',
          position: 5,
          content: 'Tuyên truyền gương điển hình',
          deadline_kind: 'regularly',
        },
        {
          plan_id: plan.id,
          quarter: 1,
          number: '1.2',
          position: 6,
          content: 'Ký kết giao ước Khối',
          deadline_kind: 'per-higher-plan',
          deadline_text: 'Theo kế hoạch của Khối',
        },
      ])
      .returning(['id', 'due_on'])
      .execute();
    expect(tasks.map((t) => t.due_on)).toEqual([
      '2023-02-28',
      '2023-10-30',
      '2023-06-30',
      '2023-07-31',
      null,
      null,
    ]);
    ids.task = tasks[0]!.id;
    await db
      .insertInto('plan_task_units')
      .values([
        { task_id: ids.task, role: 'lead', unit_id: ids.vp },
        { task_id: ids.task, role: 'coordinate', label: 'các phòng, đơn vị thuộc Sở' },
      ])
      .execute();
    await expect(
      db.insertInto('plan_task_units').values({ task_id: ids.task, role: 'lead' }).execute(),
    ).rejects.toThrow();
    // a "before" deadline needs its date; "done" needs the day it was done
    await expect(
      db
        .insertInto('plan_tasks')
        .values({ plan_id: plan.id, position: 9, content: 'x', deadline_kind: 'before' })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db.updateTable('plan_tasks').set({ status: 'done' }).where('id', '=', ids.task).execute(),
    ).rejects.toThrow();
    // optimistic concurrency: the second writer holding version 1 updates nothing
    const first = await db
      .updateTable('plan_tasks')
      .set({ status: 'done', done_on: '2023-02-20', evidence: 'KH số 15/KH-SCT', version: sql`version + 1` })
      .where('id', '=', ids.task)
      .where('version', '=', 1)
      .executeTakeFirst();
    const second = await db
      .updateTable('plan_tasks')
      .set({ status: 'in-progress', version: sql`version + 1` })
      .where('id', '=', ids.task)
      .where('version', '=', 1)
      .executeTakeFirst();
    expect(Number(first.numUpdatedRows)).toBe(1);
    expect(Number(second.numUpdatedRows)).toBe(0);
    const overdue = await db
      .selectFrom('plan_tasks')
      .select('number')
      .where('plan_id', '=', plan.id)
      .where('due_on', '<', '2023-07-01')
      .where('status', '<>', 'done')
      .orderBy('due_on')
      .execute();
    expect(overdue.map((t) => t.number)).toEqual(['2.1']);
    await db
      .insertInto('task_reminders')
      .values({
        task_id: tasks[1]!.id,
        kind: 'reminder',
        user_id: ids.user,
        channel: 'in-app',
        due_on: '2023-10-30',
      })
      .execute();
    await expect(
      db
        .insertInto('task_reminders')
        .values({
          task_id: tasks[1]!.id,
          kind: 'reminder',
          user_id: ids.user,
          channel: 'in-app',
          due_on: '2023-10-30',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('a movement holds seed 002: theme, slogan, phases, targets, rewards and results like "220/220 xã"', async () => {
    const db = database.db;
    const ind = await db
      .insertInto('indicators')
      .values({
        agency_id: ids.agency,
        year: 2018,
        code: 'gtsx-cn',
        name: 'Giá trị sản xuất công nghiệp (giá so sánh 2010)',
        value_kind: 'amount',
        unit: 'tỷ đồng',
        plan_value: '19663',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const mv = await db
      .insertInto('movements')
      .values({
        agency_id: ids.agency,
        launched_by: 'co-quan',
        year: 2018,
        name: 'Phong trào thi đua năm 2018',
        theme: 'Kỷ cương - Hành động - Chung tay cùng tỉnh Gia Lai phát triển',
        slogan: 'Đồng thuận cao, thi đua giỏi, về đích sớm',
        from_date: '2018-01-01',
        to_date: '2018-12-31',
        decision_ref: 'Chỉ thị số 01/CTLT-BCT-CDCT ngày 16/01/2018',
        status: 'active',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.movement = mv.id;
    const phases = await db
      .insertInto('movement_phases')
      .values([
        {
          movement_id: mv.id,
          position: 1,
          name: 'Đợt thứ nhất',
          from_date: '2018-01-01',
          to_date: '2018-06-30',
        },
        {
          movement_id: mv.id,
          position: 2,
          name: 'Đợt thứ hai',
          from_date: '2018-07-01',
          to_date: '2018-12-31',
        },
      ])
      .returning('id')
      .execute();
    await expect(
      db
        .insertInto('movement_phases')
        .values({
          movement_id: mv.id,
          position: 3,
          name: 'sai',
          from_date: '2018-07-01',
          to_date: '2018-06-30',
        })
        .execute(),
    ).rejects.toThrow();
    const targets = await db
      .insertInto('movement_targets')
      .values([
        {
          movement_id: mv.id,
          position: 1,
          kind: 'quantitative',
          content: '90% công chức, viên chức đạt danh hiệu Lao động tiên tiến',
          target_value: 90,
          unit: '%',
          comparison: 'at-least',
          title_code: 'lao-dong-tien-tien',
        },
        {
          movement_id: mv.id,
          position: 2,
          kind: 'quantitative',
          content: 'Giá trị sản xuất công nghiệp đạt 19.663 tỷ đồng',
          target_value: '19663',
          unit: 'tỷ đồng',
          indicator_id: ind.id,
        },
        { movement_id: mv.id, position: 3, kind: 'qualitative', content: 'Cơ quan đạt công sở văn hoá' },
      ])
      .returning('id')
      .execute();
    await expect(
      db
        .insertInto('movement_targets')
        .values({ movement_id: mv.id, position: 4, kind: 'quantitative', content: 'thiếu số' })
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('movement_rewards')
      .values([
        { movement_id: mv.id, code: 'co-thi-dua-cap-tinh' },
        { movement_id: mv.id, code: 'khac', other_name: 'Cơ quan đạt chuẩn văn hoá' },
      ])
      .execute();
    await expect(
      db.insertInto('movement_rewards').values({ movement_id: mv.id, code: 'khac' }).execute(),
    ).rejects.toThrow();
    await expect(
      sql`INSERT INTO movement_rewards (movement_id, code) VALUES (${mv.id}, 'bang-khen-tot')`.execute(db),
    ).rejects.toThrow();
    await db
      .insertInto('movement_participants')
      .values([
        { movement_id: mv.id, unit_id: ids.vp },
        { movement_id: mv.id, unit_id: ids.qltm },
      ])
      .execute();
    await db
      .insertInto('movement_results')
      .values([
        {
          movement_id: mv.id,
          phase_id: phases[0]!.id,
          reported_on: '2018-06-15',
          content: 'Xã, phường, thị trấn sử dụng điện lưới quốc gia',
          numerator: 220,
          denominator: 220,
          unit: 'xã',
          text: '220/220 xã',
        },
        {
          movement_id: mv.id,
          phase_id: phases[0]!.id,
          reported_on: '2018-06-15',
          content: 'Hộ dân sử dụng điện',
          numerator: 478395,
          denominator: 478833,
          unit: 'hộ',
        },
        {
          movement_id: mv.id,
          phase_id: phases[1]!.id,
          target_id: targets[2]!.id,
          reported_on: '2018-12-15',
          content: 'Vi phạm kỷ luật',
          value: 0,
          unit: 'trường hợp',
          text: '0 trường hợp vi phạm',
        },
      ])
      .execute();
    await expect(
      db
        .insertInto('movement_results')
        .values({ movement_id: mv.id, reported_on: '2018-06-15', content: 'x', numerator: 1 })
        .execute(),
    ).rejects.toThrow();
    const r = await db
      .selectFrom('movement_results')
      .select(['numerator', 'denominator', sql<number>`round(numerator / denominator * 100, 1)`.as('pct')])
      .where('movement_id', '=', mv.id)
      .where('unit', '=', 'hộ')
      .executeTakeFirstOrThrow();
    expect(r).toEqual({ numerator: 478395, denominator: 478833, pct: 99.9 });
  });

  it('registrations are unique per person and year, and a return needs a reason', async () => {
    const db = database.db;
    const reg = await db
      .insertInto('registrations')
      .values({
        agency_id: ids.agency,
        year: 2024,
        subject_kind: 'person',
        person_id: ids.hang,
        status: 'submitted',
        deadline_on: '2024-02-28',
        submitted_at: '2024-02-20T08:00:00+07:00',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('registration_items')
      .values([
        { registration_id: reg.id, code: 'lao-dong-tien-tien' },
        { registration_id: reg.id, code: 'chien-si-thi-dua-co-so' },
      ])
      .execute();
    await db
      .insertInto('registrations')
      .values({ agency_id: ids.agency, year: 2024, subject_kind: 'unit', unit_id: ids.qltm })
      .execute();
    await expect(
      db
        .insertInto('registrations')
        .values({ agency_id: ids.agency, year: 2024, subject_kind: 'person', person_id: ids.hang })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('registrations')
        .values({ agency_id: ids.agency, year: 2024, subject_kind: 'person', unit_id: ids.vp })
        .execute(),
    ).rejects.toThrow();
    // the same person may register separately for a topical movement
    await db
      .insertInto('registrations')
      .values({
        agency_id: ids.agency,
        year: 2024,
        movement_id: ids.movement,
        subject_kind: 'person',
        person_id: ids.hang,
      })
      .execute();
    await expect(
      db.updateTable('registrations').set({ status: 'returned' }).where('id', '=', reg.id).execute(),
    ).rejects.toThrow();
    await db
      .updateTable('registrations')
      .set({ status: 'returned', returned_reason: 'Thiếu chỉ tiêu sáng kiến', returned_by: ids.user })
      .where('id', '=', reg.id)
      .execute();
    const cov = await db
      .insertInto('covenants')
      .values({
        agency_id: ids.lc,
        group_id: ids.group,
        year: 2023,
        title: 'Giao ước thi đua Cụm V năm 2023',
        status: 'signed',
        signed_on: '2023-04-20',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.covenant = cov.id;
    await db
      .insertInto('covenant_signatories')
      .values([
        { covenant_id: cov.id, agency_id: ids.lc, signer_name: 'Nguyễn Sỹ Chín', signed: true },
        { covenant_id: cov.id, agency_id: ids.agency },
      ])
      .execute();
    await expect(
      db
        .insertInto('covenants')
        .values({
          agency_id: ids.lc,
          group_id: ids.group,
          year: 2023,
          title: 'bản thứ hai',
          status: 'signed',
          signed_on: '2023-05-01',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('an initiative has authors with shares and council scores clamped to each criterion', async () => {
    const db = database.db;
    const council = await db
      .insertInto('councils')
      .values({ kind: 'sang-kien', agency_id: ids.agency, name: 'Hội đồng sáng kiến Sở Công Thương' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = await db
      .insertInto('council_members')
      .values([
        { council_id: council.id, person_id: ids.nguyet, role: 'chair' },
        { council_id: council.id, person_id: ids.mai, role: 'member' },
        { council_id: council.id, person_id: ids.duc, role: 'secretary' },
        { council_id: council.id, person_id: ids.binh, role: 'member' },
      ])
      .returning('id')
      .execute();
    const ini = await db
      .insertInto('initiatives')
      .values({
        agency_id: ids.agency,
        unit_id: ids.qltm,
        year: 2024,
        title: 'Số hoá sổ theo dõi hồ sơ thi đua',
        field: 'quan-ly',
        registered_on: '2024-08-25',
        status: 'under-review',
        proposed_scope: 'co-so',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.initiative = ini.id;
    await db
      .insertInto('initiative_authors')
      .values([
        { initiative_id: ini.id, person_id: ids.hang, share: 70, is_lead: true },
        { initiative_id: ini.id, person_id: ids.duc, share: '30' },
      ])
      .execute();
    await expect(
      db
        .insertInto('initiative_authors')
        .values({ initiative_id: ini.id, person_id: ids.mai, share: 0 })
        .execute(),
    ).rejects.toThrow();
    // the author (Đức) and the author's unit head (Bình) are recused
    await db
      .insertInto('initiative_recusals')
      .values([
        { initiative_id: ini.id, member_id: members[2]!.id, kind: 'author' },
        { initiative_id: ini.id, member_id: members[3]!.id, kind: 'unit-head' },
      ])
      .execute();
    await expect(
      db
        .insertInto('initiative_recusals')
        .values({ initiative_id: ini.id, member_id: members[1]!.id, kind: 'declared' })
        .execute(),
    ).rejects.toThrow();
    const crit = await db
      .insertInto('initiative_criteria')
      .values([
        { council_id: council.id, year: 2024, position: 1, name: 'Tính mới', max_points: 40 },
        { council_id: council.id, year: 2024, position: 2, name: 'Hiệu quả', max_points: 60 },
      ])
      .returning(['id', 'max_points'])
      .execute();
    const score = (m: number, c: number, points: number | string, max = crit[c]!.max_points) => ({
      initiative_id: ini.id,
      member_id: members[m]!.id,
      criterion_id: crit[c]!.id,
      max_points: max,
      points,
    });
    await db
      .insertInto('initiative_scores')
      .values([score(0, 0, 35), score(0, 1, 50), score(1, 0, 30), score(1, 1, '55.5')])
      .execute();
    await expect(
      db
        .insertInto('initiative_scores')
        .values(score(1, 0, 41))
        .execute(),
    ).rejects.toThrow(); // above the max
    await expect(
      db
        .insertInto('initiative_scores')
        .values(score(0, 0, -1))
        .execute(),
    ).rejects.toThrow(); // below zero
    await expect(
      db
        .insertInto('initiative_scores')
        .values({ ...score(2, 0, 90), max_points: 100 })
        .execute(),
    ).rejects.toThrow(); // a forged max
    // narrowing a criterion below the scores already given fails instead of leaving them out of range
    await expect(
      db.updateTable('initiative_criteria').set({ max_points: 30 }).where('id', '=', crit[0]!.id).execute(),
    ).rejects.toThrow();
    const avg = await db
      .selectFrom('initiative_scores')
      .select(sql<number>`round(sum(points) / count(DISTINCT member_id), 2)`.as('avg'))
      .where('initiative_id', '=', ini.id)
      .executeTakeFirstOrThrow();
    expect(avg.avg).toBe(85.25);
    await expect(
      db.updateTable('initiatives').set({ status: 'recognized' }).where('id', '=', ini.id).execute(),
    ).rejects.toThrow();
    await db
      .updateTable('initiatives')
      .set({ status: 'recognized', scope: 'co-so', recognized_on: '2024-10-30', average_score: avg.avg })
      .where('id', '=', ini.id)
      .execute();
    const back = await db
      .selectFrom('initiatives')
      .innerJoin('initiative_authors as a', 'a.initiative_id', 'initiatives.id')
      .select(['a.person_id', 'a.share', 'initiatives.scope', 'initiatives.average_score'])
      .where('initiatives.id', '=', ini.id)
      .orderBy('a.position')
      .orderBy('a.person_id')
      .execute();
    expect(back).toEqual([
      { person_id: ids.hang, share: 70, scope: 'co-so', average_score: 85.25 },
      { person_id: ids.duc, share: 30, scope: 'co-so', average_score: 85.25 },
    ]);
  });

  it('ratings are one per person and year, within their scales, with disciplines and leaves', async () => {
    const db = database.db;
    await db
      .insertInto('ratings')
      .values([
        {
          agency_id: ids.agency,
          person_id: ids.hang,
          unit_id: ids.qltm,
          year: 2024,
          self_rating: 'htxsnv',
          proposed_rating: 'htxsnv',
          final_rating: 'htxsnv',
          months_worked: 12,
          recruited_on: '2019-03-01',
          absence_days: 0,
        },
        {
          agency_id: ids.agency,
          person_id: ids.duc,
          unit_id: ids.vp,
          year: 2024,
          final_rating: 'khtnv',
          months_worked: '9.5',
          absence_days: '2.5',
          maternity_leave: false,
        },
      ])
      .execute();
    await expect(
      db
        .insertInto('ratings')
        .values({
          agency_id: ids.agency,
          person_id: ids.hang,
          unit_id: ids.qltm,
          year: 2024,
          final_rating: 'httnv',
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('ratings')
        .values({ agency_id: ids.agency, person_id: ids.mai, unit_id: ids.vp, year: 2024, months_worked: 13 })
        .execute(),
    ).rejects.toThrow();
    await expect(
      sql`INSERT INTO ratings (agency_id, person_id, unit_id, year, final_rating) VALUES (${ids.agency}, ${ids.mai}, ${ids.vp}, 2024, 'tot')`.execute(
        db,
      ),
    ).rejects.toThrow();
    await db
      .insertInto('disciplines')
      .values({
        agency_id: ids.agency,
        person_id: ids.duc,
        year: 2024,
        level: 'khien-trach',
        decided_on: '2024-05-10',
        decision_ref: '45/QĐ-SCT',
        from_date: '2024-05-10',
        to_date: '2025-05-09',
      })
      .execute();
    await expect(
      sql`INSERT INTO disciplines (agency_id, person_id, year, level) VALUES (${ids.agency}, ${ids.duc}, 2024, 'nhac-nho')`.execute(
        db,
      ),
    ).rejects.toThrow();
    await db
      .insertInto('person_leaves')
      .values({ person_id: ids.mai, kind: 'thai-san', from_date: '2024-03-01', to_date: '2024-08-31' })
      .execute();
    await db
      .insertInto('collective_ratings')
      .values([
        { subject_kind: 'unit', unit_id: ids.qltm, year: 2024, rating: 'htxsnv' },
        {
          subject_kind: 'agency',
          agency_id: ids.agency,
          year: 2024,
          rating: 'httnv',
          rated_by_text: 'UBND tỉnh',
        },
      ])
      .execute();
    await expect(
      db
        .insertInto('collective_ratings')
        .values({ subject_kind: 'unit', unit_id: ids.qltm, year: 2024, rating: 'htnv' })
        .execute(),
    ).rejects.toThrow();
    const facts = await db
      .selectFrom('ratings as r')
      .leftJoin('disciplines as d', (j) =>
        j.onRef('d.person_id', '=', 'r.person_id').onRef('d.year', '=', 'r.year'),
      )
      .select(['r.person_id', 'r.final_rating', 'r.months_worked', 'r.absence_days', 'd.level'])
      .where('r.agency_id', '=', ids.agency)
      .where('r.year', '=', 2024)
      .orderBy('r.person_id')
      .execute();
    expect(facts).toEqual([
      { person_id: ids.hang, final_rating: 'htxsnv', months_worked: 12, absence_days: 0, level: null },
      {
        person_id: ids.duc,
        final_rating: 'khtnv',
        months_worked: 9.5,
        absence_days: 2.5,
        level: 'khien-trach',
      },
    ]);
  });

  it('secret ballots have no voter column, one ballot per receipt, one vote per member and round, and a reproducible tally', async () => {
    const db = database.db;
    const cols = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name IN ('council_ballots', 'council_ballot_choices')`.execute(
      db,
    );
    expect(cols.rows.length).toBeGreaterThan(0);
    for (const c of cols.rows)
      expect(c.column_name).not.toMatch(/member|voter|user|person|by|_at$|created|time/);
    expect(cols.rows.find((c) => c.table_name === 'council_ballots' && c.column_name === 'id')).toBeDefined();
    const idType = await sql<{
      data_type: string;
    }>`SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'council_ballots' AND column_name = 'id'`.execute(
      db,
    );
    expect(idType.rows[0]?.data_type).toBe('uuid'); // not a sequence that orders ballots like their voters

    const council = await db
      .insertInto('councils')
      .values({
        kind: 'thi-dua-khen-thuong',
        agency_id: ids.agency,
        name: 'Hội đồng Thi đua - Khen thưởng Sở',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = await db
      .insertInto('council_members')
      .values(
        [ids.nguyet, ids.mai, ids.binh, ids.duc].map((p, i) => ({
          council_id: council.id,
          person_id: p,
          role: i === 0 ? ('chair' as const) : ('member' as const),
        })),
      )
      .returning('id')
      .execute();
    const session = await db
      .insertInto('council_sessions')
      .values({
        council_id: council.id,
        agency_id: ids.agency,
        year: 2024,
        purpose: 'binh-xet',
        held_on: '2024-12-12',
        member_count: 5,
        quorum: 3,
        status: 'open',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.session = session.id;
    await db
      .insertInto('council_attendance')
      .values(members.map((m) => ({ session_id: session.id, member_id: m.id, status: 'present' as const })))
      .execute();
    const round = await db
      .insertInto('council_rounds')
      .values({ session_id: session.id, round_no: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const cand = await db
      .insertInto('council_candidates')
      .values({
        round_id: round.id,
        position: 1,
        code: 'chien-si-thi-dua-co-so',
        subject_kind: 'person',
        person_id: ids.hang,
        threshold_base: 'members',
        threshold_share: '0.5',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.councilCandidate = cand.id;
    await expect(
      db
        .insertInto('council_candidates')
        .values({
          round_id: round.id,
          position: 2,
          code: 'chien-si-thi-dua-co-so',
          subject_kind: 'person',
          person_id: ids.hang,
        })
        .execute(),
    ).rejects.toThrow();

    // each member votes in one transaction: "voted" (who) and the ballot (what) are separate rows
    const choices = ['yes', 'yes', 'no', 'yes'] as const;
    const receipts: string[] = [];
    for (let i = 0; i < members.length; i++) {
      const r = receipt();
      receipts.push(r.hash);
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('council_voters')
          .values({ round_id: round.id, member_id: members[i]!.id, channel: 'electronic' })
          .execute();
        const b = await trx
          .insertInto('council_ballots')
          .values({ round_id: round.id, receipt_hash: r.hash })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('council_ballot_choices')
          .values({ ballot_id: b.id, candidate_id: cand.id, choice: choices[i]! })
          .execute();
      });
    }
    // a member cannot vote twice in the round …
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('council_voters')
          .values({ round_id: round.id, member_id: members[0]!.id, channel: 'electronic' })
          .execute();
        await trx
          .insertInto('council_ballots')
          .values({ round_id: round.id, receipt_hash: receipt().hash })
          .execute();
      }),
    ).rejects.toThrow();
    // … and one receipt is one ballot
    await expect(
      db.insertInto('council_ballots').values({ round_id: round.id, receipt_hash: receipts[0]! }).execute(),
    ).rejects.toThrow();
    await expect(
      db.insertInto('council_ballots').values({ round_id: round.id, receipt_hash: 'not-a-hash' }).execute(),
    ).rejects.toThrow();
    expect(
      await db
        .selectFrom('council_ballots')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('round_id', '=', round.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ n: 4 });

    // the voter checks their own ballot with the token's hash
    const mine = await db
      .selectFrom('council_ballots as b')
      .innerJoin('council_ballot_choices as c', 'c.ballot_id', 'b.id')
      .select(['c.choice'])
      .where('b.receipt_hash', '=', receipts[2]!)
      .executeTakeFirstOrThrow();
    expect(mine.choice).toBe('no');

    // the absent-in-person member's paper ballot is entered as counts, marked as paper
    const m5 = await db
      .insertInto('council_members')
      .values({ council_id: council.id, person_id: ids.hang, role: 'member' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('council_voters')
      .values({ round_id: round.id, member_id: m5.id, channel: 'paper' })
      .execute();
    await db
      .insertInto('council_paper_tallies')
      .values({ candidate_id: cand.id, ballots_count: 1, yes_count: 1, no_count: 0, entered_by: ids.user })
      .execute();
    await expect(
      db
        .insertInto('council_paper_tallies')
        .values({ candidate_id: cand.id, ballots_count: 2, yes_count: 1, no_count: 0 })
        .execute(),
    ).rejects.toThrow();

    // the tally is reproducible from what is stored
    const tally = await sql<{ yes: number; no: number; ballots: number; voters: number }>`
      SELECT
        (SELECT count(*) FROM council_ballot_choices WHERE candidate_id = ${cand.id} AND choice = 'yes')
          + coalesce((SELECT yes_count FROM council_paper_tallies WHERE candidate_id = ${cand.id}), 0) AS yes,
        (SELECT count(*) FROM council_ballot_choices WHERE candidate_id = ${cand.id} AND choice = 'no')
          + coalesce((SELECT no_count FROM council_paper_tallies WHERE candidate_id = ${cand.id}), 0) AS no,
        (SELECT count(*) FROM council_ballots WHERE round_id = ${round.id})
          + coalesce((SELECT ballots_count FROM council_paper_tallies WHERE candidate_id = ${cand.id}), 0) AS ballots,
        (SELECT count(*) FROM council_voters WHERE round_id = ${round.id}) AS voters`.execute(db);
    expect(tally.rows[0]).toEqual({ yes: 4, no: 1, ballots: 5, voters: 5 });
    await db
      .updateTable('council_candidates')
      .set({
        yes_count: 4,
        no_count: 1,
        abstain_count: 0,
        result: 'passed',
        tally: json({ members: 5, yes: 4, share: 0.8, threshold: 0.5, passed: true }),
      })
      .where('id', '=', cand.id)
      .execute();

    // the unit's own bình xét with open counts
    const um = await db
      .insertInto('unit_meetings')
      .values({
        agency_id: ids.agency,
        unit_id: ids.qltm,
        year: 2024,
        held_on: '2024-12-05',
        total_count: 8,
        present_count: 8,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('unit_meeting_candidates')
      .values({
        meeting_id: um.id,
        code: 'chien-si-thi-dua-co-so',
        person_id: ids.hang,
        yes_count: 8,
        proposed: true,
      })
      .execute();
    await expect(
      db
        .insertInto('unit_meetings')
        .values({ agency_id: ids.agency, unit_id: ids.vp, year: 2024, total_count: 5, present_count: 6 })
        .execute(),
    ).rejects.toThrow();
  });

  it('a proposal carries candidates with eligibility snapshots, a dossier checklist and dated steps', async () => {
    const db = database.db;
    const run = await db
      .insertInto('eligibility_runs')
      .values({
        agency_id: ids.agency,
        year: 2024,
        evaluated_on: '2025-01-10',
        regime: 'B',
        engine_version: '1.0.0',
        input_sha256: 'a'.repeat(64),
        input: json({ format: 'tdkt-history/1', year: 2024 }),
        output: json({ format: 'tdkt-eligibility/1', year: 2024, regime: 'B', results: [] }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const verdict = {
      subject: 'P001',
      target: 'bang-khen-cap-tinh',
      status: 'eligible',
      checks: [{ criterion: 'two-years-htxsnv', outcome: 'met' }],
    };
    await db
      .insertInto('eligibility_verdicts')
      .values({
        run_id: run.id,
        subject_kind: 'person',
        person_id: ids.hang,
        target: 'bang-khen-cap-tinh',
        status: 'eligible',
        result: json(verdict),
      })
      .execute();
    await db
      .insertInto('quota_overrides')
      .values({
        agency_id: ids.agency,
        year: 2024,
        target: 'chien-si-thi-dua-co-so',
        base: 40,
        quota_limit: 6,
        granted: 7,
        reason: 'Thành tích đột xuất trong năm',
        overridden_by: ids.user,
      })
      .execute();
    await expect(
      db
        .insertInto('quota_overrides')
        .values({
          agency_id: ids.agency,
          year: 2024,
          target: 'chien-si-thi-dua-co-so',
          base: 40,
          quota_limit: 6,
          granted: 7,
          reason: '  ',
          overridden_by: ids.user,
        })
        .execute(),
    ).rejects.toThrow();

    const p = await db
      .insertInto('proposals')
      .values({
        agency_id: ids.agency,
        year: 2024,
        kind: 'cong-trang',
        code: 'bang-khen-cap-tinh',
        authority: 'chu-tich-ubnd-tinh',
        regime: 'B',
        title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2024',
        achievement_from: 2023,
        achievement_to: 2024,
        session_id: ids.session,
        created_by: ids.user,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.proposal = p.id;
    const pc = await db
      .insertInto('proposal_candidates')
      .values({
        proposal_id: p.id,
        position: 1,
        subject_kind: 'person',
        person_id: ids.hang,
        display_name: 'Bà Nguyễn Thị Hằng',
        position_title: 'Chuyên viên Phòng Quản lý Thương mại',
        eligibility_run_id: run.id,
        eligibility: json(verdict),
        vote: json({ yes: 4, no: 1, members: 5 }),
        council_candidate_id: ids.councilCandidate,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.proposalCandidate = pc.id;
    await expect(
      db
        .insertInto('proposal_candidates')
        .values({
          proposal_id: p.id,
          position: 2,
          subject_kind: 'person',
          person_id: ids.hang,
          display_name: 'lần hai',
        })
        .execute(),
    ).rejects.toThrow();
    const file = await db
      .insertInto('files')
      .values({
        agency_id: ids.agency,
        name: 'to-trinh.docx',
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: 3,
        sha256: 'b'.repeat(64),
        content: new Uint8Array([1, 2, 3]),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('dossier_items')
      .values([
        { proposal_id: p.id, kind: 'to-trinh', label: 'Tờ trình', status: 'generated', file_id: file.id },
        { proposal_id: p.id, kind: 'bien-ban-hop', label: 'Biên bản họp Hội đồng TĐKT Sở' },
        { proposal_id: p.id, candidate_id: pc.id, kind: 'bao-cao-thanh-tich', label: 'Báo cáo thành tích' },
      ])
      .execute();
    await expect(
      db
        .insertInto('dossier_items')
        .values({ proposal_id: p.id, kind: 'khac', label: 'x', status: 'uploaded' })
        .execute(),
    ).rejects.toThrow();
    const missing = await db
      .selectFrom('dossier_items')
      .select('label')
      .where('proposal_id', '=', p.id)
      .where('required', '=', true)
      .where('status', '=', 'missing')
      .orderBy('id')
      .execute();
    expect(missing.map((m) => m.label)).toEqual(['Biên bản họp Hội đồng TĐKT Sở', 'Báo cáo thành tích']);

    await db
      .insertInto('proposal_steps')
      .values([
        {
          proposal_id: p.id,
          from_status: 'draft',
          to_status: 'officer-check',
          on_date: '2024-12-10',
          user_id: ids.user,
        },
        {
          proposal_id: p.id,
          from_status: 'officer-check',
          to_status: 'returned',
          on_date: '2024-12-11',
          user_id: ids.user,
          reason: 'Thiếu báo cáo thành tích',
        },
      ])
      .execute();
    await expect(
      db
        .insertInto('proposal_steps')
        .values({ proposal_id: p.id, to_status: 'returned', on_date: '2024-12-11' })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db.updateTable('proposals').set({ status: 'returned' }).where('id', '=', p.id).execute(),
    ).rejects.toThrow();
    await db
      .updateTable('proposals')
      .set({
        status: 'sent',
        sent_on: '2025-03-12',
        sent_to: 'Sở Nội vụ (Ban TĐKT)',
        version: sql`version + 1`,
      })
      .where('id', '=', p.id)
      .where('version', '=', 1)
      .execute();
    // the simplified procedure is only for sudden feats
    await expect(
      db
        .insertInto('proposals')
        .values({
          agency_id: ids.agency,
          year: 2024,
          kind: 'cong-trang',
          code: 'giay-khen',
          authority: 'giam-doc-so',
          procedure: 'simplified',
          title: 'x',
        })
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('proposals')
      .values({
        agency_id: ids.agency,
        year: 2024,
        kind: 'dot-xuat',
        code: 'giay-khen',
        authority: 'giam-doc-so',
        procedure: 'simplified',
        title: 'Khen thưởng đột xuất',
      })
      .execute();
    await db
      .insertInto('proposal_comments')
      .values({ proposal_id: p.id, received_on: '2025-02-01', content: 'Không có ý kiến' })
      .execute();

    const back = await db
      .selectFrom('proposal_candidates')
      .select(['eligibility', 'vote'])
      .where('id', '=', pc.id)
      .executeTakeFirstOrThrow();
    expect(back.eligibility).toEqual(verdict);
    const pending = await db
      .selectFrom('proposals')
      .select(['sent_on', 'version'])
      .where('status', '=', 'sent')
      .where('authority', '=', 'chu-tich-ubnd-tinh')
      .execute();
    expect(pending).toEqual([{ sent_on: '2025-03-12', version: 2 }]);
  });

  it('decisions become award history for persons, units and agencies, annulment kept', async () => {
    const db = database.db;
    const received = await db
      .insertInto('decisions')
      .values({
        agency_id: ids.agency,
        source: 'received',
        authority: 'chu-tich-ubnd-tinh',
        issuer_name: 'UBND tỉnh Gia Lai',
        number: '215',
        symbol: 'QĐ-UBND',
        decided_on: '2025-04-02',
        year: 2025,
        code: 'bang-khen-cap-tinh',
        achievement_from: 2023,
        achievement_to: 2024,
        proposal_id: ids.proposal,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('decision_recipients')
      .values({
        decision_id: received.id,
        subject_kind: 'person',
        person_id: ids.hang,
        display_name: 'Bà Nguyễn Thị Hằng',
        proposal_candidate_id: ids.proposalCandidate,
        reward_amount: '1490000',
      })
      .execute();
    const own = await db
      .insertInto('decisions')
      .values({
        agency_id: ids.agency,
        source: 'own',
        authority: 'giam-doc-so',
        number: '301',
        symbol: 'QĐ-SCT',
        decided_on: '2024-12-25',
        year: 2024,
        code: 'lao-dong-tien-tien',
        achievement_from: 2024,
        achievement_to: 2024,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('decision_recipients')
      .values([
        {
          decision_id: own.id,
          position: 1,
          subject_kind: 'person',
          person_id: ids.hang,
          display_name: 'Nguyễn Thị Hằng',
        },
        {
          decision_id: own.id,
          position: 2,
          subject_kind: 'person',
          person_id: ids.duc,
          display_name: 'Phạm Văn Đức',
        },
      ])
      .execute();
    await expect(
      db
        .insertInto('decision_recipients')
        .values({ decision_id: own.id, subject_kind: 'person', person_id: ids.hang, display_name: 'trùng' })
        .execute(),
    ).rejects.toThrow();
    const unitTitle = await db
      .insertInto('decisions')
      .values({
        agency_id: ids.agency,
        source: 'own',
        authority: 'giam-doc-so',
        number: '302',
        symbol: 'QĐ-SCT',
        decided_on: '2024-12-25',
        year: 2024,
        code: 'tap-the-lao-dong-tien-tien',
        achievement_to: 2024,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('decision_recipients')
      .values({
        decision_id: unitTitle.id,
        subject_kind: 'unit',
        unit_id: ids.qltm,
        display_name: 'Phòng Quản lý Thương mại',
      })
      .execute();
    const flag = await db
      .insertInto('decisions')
      .values({
        agency_id: ids.agency,
        source: 'received',
        authority: 'bo-truong',
        issuer_name: 'Bộ Công Thương',
        number: '88',
        symbol: 'QĐ-BCT',
        decided_on: '2024-02-15',
        year: 2024,
        code: 'co-thi-dua-cap-tinh',
        achievement_to: 2023,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('decision_recipients')
      .values({
        decision_id: flag.id,
        subject_kind: 'agency',
        agency_id: ids.agency,
        display_name: 'Sở Công Thương tỉnh Gia Lai',
      })
      .execute();
    // a past campaign award imported without its number
    const past = await db
      .insertInto('decisions')
      .values({
        agency_id: ids.agency,
        source: 'imported',
        authority: 'chu-tich-ubnd-tinh',
        year: 2021,
        kind: 'chuyen-de',
        code: 'bang-khen-cap-tinh',
        achievement_from: 2016,
        achievement_to: 2020,
        movement_id: ids.movement,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('decision_recipients')
      .values({
        decision_id: past.id,
        subject_kind: 'person',
        person_id: ids.hang,
        display_name: 'Nguyễn Thị Hằng',
      })
      .execute();
    // a received decision needs its date; annulment needs date and reason
    await expect(
      db
        .insertInto('decisions')
        .values({
          agency_id: ids.agency,
          source: 'received',
          authority: 'thu-tuong',
          year: 2024,
          code: 'bang-khen-thu-tuong',
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .updateTable('decision_recipients')
        .set({ status: 'annulled' })
        .where('decision_id', '=', own.id)
        .where('person_id', '=', ids.duc)
        .execute(),
    ).rejects.toThrow();
    await db
      .updateTable('decision_recipients')
      .set({
        status: 'annulled',
        annulled_on: '2025-03-01',
        annulled_reason: 'Kê khai không trung thực thời gian công tác',
        version: sql`version + 1`,
      })
      .where('decision_id', '=', own.id)
      .where('person_id', '=', ids.duc)
      .execute();
    // a draft decision is not history
    const draft = await db
      .insertInto('decisions')
      .values({
        agency_id: ids.agency,
        source: 'own',
        authority: 'giam-doc-so',
        year: 2025,
        code: 'giay-khen',
        status: 'draft',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('decision_recipients')
      .values({
        decision_id: draft.id,
        subject_kind: 'person',
        person_id: ids.hang,
        display_name: 'Nguyễn Thị Hằng',
      })
      .execute();

    const hang = await db
      .selectFrom('award_history')
      .select([
        'code',
        'category',
        'kind',
        'source',
        'period_from',
        'period_to',
        'year',
        'decided_on',
        'status',
      ])
      .where('person_id', '=', ids.hang)
      .orderBy('year')
      .orderBy('code')
      .execute();
    expect(hang).toEqual([
      {
        code: 'bang-khen-cap-tinh',
        category: 'form',
        kind: 'chuyen-de',
        source: 'imported',
        period_from: 2016,
        period_to: 2020,
        year: 2020,
        decided_on: null,
        status: 'granted',
      },
      {
        code: 'bang-khen-cap-tinh',
        category: 'form',
        kind: 'cong-trang',
        source: 'received',
        period_from: 2023,
        period_to: 2024,
        year: 2024,
        decided_on: '2025-04-02',
        status: 'granted',
      },
      {
        code: 'lao-dong-tien-tien',
        category: 'title',
        kind: 'cong-trang',
        source: 'own',
        period_from: 2024,
        period_to: 2024,
        year: 2024,
        decided_on: '2024-12-25',
        status: 'granted',
      },
    ]);
    const duc = await db
      .selectFrom('award_history')
      .select(['status', 'annulled_on', 'annulled_reason'])
      .where('person_id', '=', ids.duc)
      .execute();
    expect(duc).toEqual([
      {
        status: 'annulled',
        annulled_on: '2025-03-01',
        annulled_reason: 'Kê khai không trung thực thời gian công tác',
      },
    ]);
    const collectives = await db
      .selectFrom('award_history')
      .select(['subject_kind', 'code', 'category', 'year'])
      .where('person_id', 'is', null)
      .orderBy('subject_kind')
      .execute();
    expect(collectives).toEqual([
      { subject_kind: 'agency', code: 'co-thi-dua-cap-tinh', category: 'title', year: 2023 },
      { subject_kind: 'unit', code: 'tap-the-lao-dong-tien-tien', category: 'title', year: 2024 },
    ]);
    // annulling the whole decision annuls every recipient in history
    await db
      .updateTable('decisions')
      .set({ status: 'annulled', annulled_on: '2025-06-01', annulled_reason: 'Thẩm định sai' })
      .where('id', '=', unitTitle.id)
      .execute();
    const unitRow = await db
      .selectFrom('award_history')
      .select(['status', 'annulled_reason'])
      .where('unit_id', '=', ids.qltm)
      .executeTakeFirstOrThrow();
    expect(unitRow).toEqual({ status: 'annulled', annulled_reason: 'Thẩm định sai' });
  });

  it('indicators with monthly values give seed 001 figures back (14.103,4 tỷ đồng, 44,6% kế hoạch)', async () => {
    const db = database.db;
    const ind = await db
      .insertInto('indicators')
      .values({
        agency_id: ids.agency,
        year: 2023,
        code: 'gtsx-cn',
        name: 'Tổng giá trị sản xuất công nghiệp (giá so sánh 2010)',
        value_kind: 'amount',
        unit: 'tỷ đồng',
        precision: 1,
        plan_value: '31622',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const months = ['2301.2', '2205.6', '2410.3', '2550.1', '2700.2', '1936'];
    await db
      .insertInto('indicator_values')
      .values(
        months.map((v, i) => ({ indicator_id: ind.id, month: i + 1, kind: 'actual' as const, value: v })),
      )
      .execute();
    await db
      .insertInto('indicator_values')
      .values({ indicator_id: ind.id, month: 6, kind: 'estimate', value: 1935, note: 'ước thực hiện' })
      .execute();
    await expect(
      db
        .insertInto('indicator_values')
        .values({ indicator_id: ind.id, month: 6, kind: 'actual', value: 1 })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('indicator_values')
        .values({ indicator_id: ind.id, month: 13, kind: 'actual', value: 1 })
        .execute(),
    ).rejects.toThrow();
    const cum = await sql<{ cum: number; pct: number }>`
      SELECT sum(v.value) AS cum, round(sum(v.value) / i.plan_value * 100, 1) AS pct
      FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
      WHERE i.id = ${ind.id} AND v.kind = 'actual' AND v.month <= 6 GROUP BY i.plan_value`.execute(db);
    expect(cum.rows[0]).toEqual({ cum: 14103.4, pct: 44.6 });
    // a breakdown child with quantity and value; a fraction indicator
    const coffee = await db
      .insertInto('indicators')
      .values({
        agency_id: ids.agency,
        year: 2023,
        parent_id: ind.id,
        code: 'xk-ca-phe',
        name: 'Cà phê',
        value_kind: 'amount',
        unit: 'triệu USD',
        quantity_unit: 'tấn',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('indicator_values')
      .values({
        indicator_id: coffee.id,
        month: 6,
        kind: 'estimate',
        quantity: 165000,
        value: 338,
        reported_cumulative: 338,
      })
      .execute();
    const hh = await db
      .insertInto('indicators')
      .values({
        agency_id: ids.agency,
        year: 2023,
        code: 'ho-dung-dien',
        name: 'Hộ dân sử dụng điện',
        value_kind: 'fraction',
        unit: 'hộ',
        aggregation: 'last',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('indicator_values')
      .values({ indicator_id: hh.id, month: 6, kind: 'actual', numerator: 478395, denominator: 478833 })
      .execute();
    await expect(
      db
        .insertInto('indicator_values')
        .values({ indicator_id: hh.id, month: 5, kind: 'actual', numerator: 1 })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('indicators')
        .values({ agency_id: ids.agency, year: 2023, code: 'gtsx-cn', name: 'trùng', value_kind: 'amount' })
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('admin_procedure_stats')
      .values({
        agency_id: ids.agency,
        year: 2023,
        period_from: '2022-12-15',
        period_to: '2023-05-31',
        received: 10042,
        resolved: 9946,
        late: 0,
        online: 9816,
      })
      .execute();
    const rep = await db
      .insertInto('reports')
      .values({
        agency_id: ids.agency,
        year: 2023,
        kind: 'so-ket-6-thang',
        period_from: '2023-01-01',
        period_to: '2023-06-30',
        title: 'Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('report_sections')
      .values({
        report_id: rep.id,
        key: 'han-che',
        heading: 'Hạn chế, nguyên nhân',
        body: 'Cán bộ làm công tác TĐKT kiêm nhiệm.',
      })
      .execute();
    await expect(
      db
        .insertInto('report_sections')
        .values({ report_id: rep.id, key: 'han-che', body: 'bản thứ hai' })
        .execute(),
    ).rejects.toThrow();
  });

  it('cluster criteria and score sheets: ranges clamp scores, a member never cross-scores itself, ranks are unique', async () => {
    const db = database.db;
    const grp = await db
      .insertInto('cluster_criteria_groups')
      .values({
        group_id: ids.group,
        year: 2023,
        covenant_id: ids.covenant,
        position: 1,
        code: 'I',
        name: 'Thực hiện nhiệm vụ chính trị',
        max_points: 70,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const crit = await db
      .insertInto('cluster_criteria')
      .values([
        {
          criteria_group_id: grp.id,
          position: 1,
          code: '1.1',
          name: 'Hoàn thành chỉ tiêu kế hoạch',
          max_points: 20,
          evidence_required: 'Báo cáo kết quả',
        },
        {
          criteria_group_id: grp.id,
          position: 2,
          code: '1.2',
          name: 'Điểm thưởng',
          kind: 'bonus',
          max_points: 5,
        },
        {
          criteria_group_id: grp.id,
          position: 3,
          code: '1.3',
          name: 'Điểm trừ: nộp báo cáo chậm',
          kind: 'penalty',
          min_points: -5,
          max_points: 0,
        },
      ])
      .returning(['id', 'min_points', 'max_points'])
      .execute();
    await expect(
      db
        .insertInto('cluster_criteria')
        .values({
          criteria_group_id: grp.id,
          position: 4,
          name: 'sai',
          kind: 'penalty',
          min_points: 0,
          max_points: 5,
        })
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('cluster_criteria_comments')
      .values({
        criteria_group_id: grp.id,
        criterion_id: crit[0]!.id,
        agency_id: ids.agency,
        content: 'Đề nghị bổ sung minh chứng',
      })
      .execute();

    const sheet = (scored: number, kind: 'self' | 'leader' | 'cross', scorer: number) => ({
      group_id: ids.group,
      year: 2023,
      scored_agency_id: scored,
      scorer_kind: kind,
      scorer_agency_id: scorer,
    });
    const sheets = await db
      .insertInto('cluster_score_sheets')
      .values([
        sheet(ids.agency, 'self', ids.agency),
        sheet(ids.agency, 'leader', ids.lc),
        sheet(ids.agency, 'cross', ids.db),
      ])
      .returning('id')
      .execute();
    await expect(
      db
        .insertInto('cluster_score_sheets')
        .values(sheet(ids.agency, 'cross', ids.agency))
        .execute(),
    ).rejects.toThrow(); // never itself
    await expect(
      db
        .insertInto('cluster_score_sheets')
        .values(sheet(ids.agency, 'self', ids.db))
        .execute(),
    ).rejects.toThrow(); // self is self
    await expect(
      db
        .insertInto('cluster_score_sheets')
        .values(sheet(ids.agency, 'self', ids.agency))
        .execute(),
    ).rejects.toThrow(); // one sheet
    await db
      .insertInto('cluster_conflicts')
      .values({
        group_id: ids.group,
        year: 2023,
        scorer_agency_id: ids.db,
        scored_agency_id: ids.lc,
        reason: 'Cùng thực hiện dự án liên tỉnh',
      })
      .execute();

    const score = (s: number, c: number, points: number | string) => ({
      sheet_id: sheets[s]!.id,
      criterion_id: crit[c]!.id,
      min_points: crit[c]!.min_points,
      max_points: crit[c]!.max_points,
      points,
    });
    await db
      .insertInto('cluster_scores')
      .values([
        score(0, 0, 19.5),
        score(0, 1, 3),
        score(0, 2, -1),
        score(1, 0, 18),
        score(1, 1, 2),
        score(1, 2, '-1.5'),
      ])
      .execute();
    await expect(
      db
        .insertInto('cluster_scores')
        .values(score(2, 0, 20.5))
        .execute(),
    ).rejects.toThrow(); // above max
    await expect(
      db
        .insertInto('cluster_scores')
        .values(score(2, 2, -6))
        .execute(),
    ).rejects.toThrow(); // below a penalty's floor
    await expect(
      db
        .insertInto('cluster_scores')
        .values({ ...score(2, 0, 25), max_points: 30 })
        .execute(),
    ).rejects.toThrow(); // forged range
    await expect(
      db
        .insertInto('cluster_scores')
        .values(score(0, 0, 10))
        .execute(),
    ).rejects.toThrow(); // one score per criterion
    // widening a criterion's range follows into the scores (ON UPDATE CASCADE); narrowing below a score fails
    await db
      .updateTable('cluster_criteria')
      .set({ max_points: 25, version: sql`version + 1` })
      .where('id', '=', crit[0]!.id)
      .execute();
    expect(
      (
        await db
          .selectFrom('cluster_scores')
          .select('max_points')
          .where('criterion_id', '=', crit[0]!.id)
          .execute()
      ).map((r) => r.max_points),
    ).toEqual([25, 25]);
    await expect(
      db.updateTable('cluster_criteria').set({ max_points: 18.5 }).where('id', '=', crit[0]!.id).execute(),
    ).rejects.toThrow();

    await expect(
      db
        .updateTable('cluster_score_sheets')
        .set({ status: 'returned' })
        .where('id', '=', sheets[0]!.id)
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .updateTable('cluster_score_sheets')
        .set({ status: 'published' })
        .where('id', '=', sheets[1]!.id)
        .execute(),
    ).rejects.toThrow();
    const totals = await db
      .selectFrom('cluster_scores')
      .select(['sheet_id', (e) => e.fn.sum<number>('points').as('total')])
      .groupBy('sheet_id')
      .orderBy('sheet_id')
      .execute();
    expect(totals.map((t) => t.total)).toEqual([21.5, 18.5]);

    await db
      .insertInto('cluster_results')
      .values([
        {
          group_id: ids.group,
          year: 2023,
          agency_id: ids.lc,
          total: 92,
          rank: 1,
          proposed_code: 'co-thi-dua-cap-tinh',
        },
        {
          group_id: ids.group,
          year: 2023,
          agency_id: ids.agency,
          total: 92,
          rank: 2,
          tie_break: 'Nhiều điểm thưởng hơn xếp trên',
          proposed_code: 'bang-khen-cap-tinh',
        },
      ])
      .execute();
    await expect(
      db
        .insertInto('cluster_results')
        .values({ group_id: ids.group, year: 2023, agency_id: ids.db, total: 80, rank: 2 })
        .execute(),
    ).rejects.toThrow();
    const meeting = await db
      .insertInto('cluster_meetings')
      .values({
        group_id: ids.group,
        year: 2023,
        kind: 'tong-ket',
        held_on: '2024-01-18',
        host_agency_id: ids.lc,
        form: 'truc-tiep',
        present_count: 5,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('cluster_meeting_votes')
      .values([
        { meeting_id: meeting.id, subject: 'ranking', votes_for: 5, votes_total: 5, passed: true },
        {
          meeting_id: meeting.id,
          subject: 'leader',
          agency_id: ids.db,
          for_year: 2024,
          votes_for: 5,
          votes_total: 5,
          passed: true,
        },
      ])
      .execute();
    await expect(
      db
        .insertInto('cluster_meeting_votes')
        .values({ meeting_id: meeting.id, subject: 'deputy', votes_for: 5, votes_total: 5, passed: true })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('cluster_meeting_votes')
        .values({
          meeting_id: meeting.id,
          subject: 'flag',
          votes_for: 4,
          votes_against: 2,
          votes_total: 5,
          passed: true,
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('every table of 0002 has a version column when it is edited in place', async () => {
    const appendOnly = new Set([
      'task_reminders',
      'plan_task_files',
      'plan_task_units',
      'movement_rewards',
      'movement_participants',
      'registration_items',
      'council_attendance',
      'council_ballots',
      'council_ballot_choices',
      'council_voters',
      'initiative_authors',
      'initiative_files',
      'initiative_recusals',
      'eligibility_runs',
      'eligibility_verdicts',
      'quota_overrides',
      'proposal_steps',
      'cluster_criteria_comments',
      'cluster_conflicts',
      'cluster_meeting_votes',
    ]);
    const r = await sql<{ table_name: string; has_version: boolean }>`
      SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'version') AS has_version
      FROM information_schema.tables t WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`.execute(
      database.db,
    );
    const cycle = r.rows.filter(
      (x) =>
        ![
          'agencies',
          'units',
          'side_organisations',
          'people',
          'person_unit_history',
          'emulation_groups',
          'emulation_group_members',
          'users',
          'user_roles',
          'sessions',
          'login_attempts',
          'audit_log',
          'files',
          'jobs',
          'notifications',
          'agency_settings',
          'schema_migrations',
          'indicator_value_revisions', // 0005, append-only
        ].includes(x.table_name),
    );
    // Every table 0002_cycle.sql creates exists (later migrations add tables; they need a version column too,
    // unless listed above as append-only).
    const declared = [
      ...fs
        .readFileSync(new URL('../migrations/0002_cycle.sql', import.meta.url), 'utf8')
        .matchAll(/^CREATE TABLE (\w+)/gm),
    ].map((m) => m[1]);
    expect(declared.length).toBe(63);
    const present = new Set(cycle.map((x) => x.table_name));
    expect(declared.filter((t) => !present.has(t!))).toEqual([]);
    const missing = cycle
      .filter((x) => !x.has_version && !appendOnly.has(x.table_name))
      .map((x) => x.table_name);
    expect(missing).toEqual([]);
  });
});
