import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

interface Verdict {
  target: string;
  status: string;
  checks: { criterion: string; outcome: string; text: string; citation: string }[];
}
interface UnitEligibility {
  unit: { id: number; name: string };
  regime: string;
  collective: { rating: string | null; ratingVersion: number | null; results: Verdict[] };
  people: {
    personId: number;
    fullName: string;
    results: Verdict[];
    forecasts: { target: string; text: string }[];
  }[];
}

const YEAR = 2024;

describe(`eligibility in context: a unit's verdicts, leave and transfers, collective rating (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let head: Client;
  let otherHead: Client;
  let unitId: number;
  let ids: { good: number; disciplined: number; unpaid: number; movedIn: number };

  const unit = async (c: Client = officer): Promise<UnitEligibility> => {
    const r = await c.get(`/api/units/${unitId}/eligibility?year=${YEAR}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as UnitEligibility;
  };
  const verdict = (u: UnitEligibility, personId: number, target: string) =>
    u.people.find((p) => p.personId === personId)!.results.find((r) => r.target === target)!;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const agencyId = (await buildAgency(db, { name: 'Sở Công Thương' })).id;
    unitId = (await buildUnit(db, { agencyId, name: 'Phòng Kế hoạch - Tài chính', code: 'KHTC' })).id;
    const other = await buildUnit(db, { agencyId, name: 'Văn phòng', code: 'VP' });
    const good = await buildPerson(db, { unitId, fullName: 'Nguyễn Thị Hoà' });
    const disciplined = await buildPerson(db, { unitId, fullName: 'Lê Văn Bình' });
    const unpaid = await buildPerson(db, { unitId, fullName: 'Phạm Thị Cúc' });
    const movedIn = await buildPerson(db, { unitId, fullName: 'Võ Minh Đức', startDate: '2024-05-01' });
    ids = { good: good.id, disciplined: disciplined.id, unpaid: unpaid.id, movedIn: movedIn.id };
    // Everyone completed tasks well (HTTNV); the months come from the grid for two of them only.
    for (const [p, months] of [
      [good.id, 12],
      [disciplined.id, 12],
      [unpaid.id, null],
      [movedIn.id, null],
    ] as const)
      await db
        .insertInto('ratings')
        .values({
          agency_id: agencyId,
          person_id: p,
          unit_id: unitId,
          year: YEAR,
          final_rating: 'httnv',
          months_worked: months,
        })
        .execute();
    await db
      .insertInto('disciplines')
      .values({ agency_id: agencyId, person_id: disciplined.id, year: YEAR, level: 'khien-trach' })
      .execute();
    const o = await buildUser(db, { role: 'officer', agencyId });
    officer = await login(env.app, o.username, o.password);
    const h = await buildUser(db, { role: 'unit-head', unitId });
    head = await login(env.app, h.username, h.password);
    const h2 = await buildUser(db, { role: 'unit-head', unitId: other.id });
    otherHead = await login(env.app, h2.username, h2.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('judges every person of the unit with reasons and citations: the disciplined one is refused LĐTT', async () => {
    const u = await unit();
    expect(u.people.map((p) => p.fullName).sort()).toEqual(
      ['Lê Văn Bình', 'Nguyễn Thị Hoà', 'Phạm Thị Cúc', 'Võ Minh Đức'].sort(),
    );
    expect(verdict(u, ids.good, 'lao-dong-tien-tien').status).toBe('eligible');
    const refused = verdict(u, ids.disciplined, 'lao-dong-tien-tien');
    expect(refused.status).toBe('ineligible');
    const why = refused.checks.find((c) => c.outcome === 'not-met')!;
    expect(why.text).toMatch(/kỷ luật/i);
    expect(why.citation).toMatch(/Điều|Nghị định|Luật|NĐ/);
    // The forecast says what is within reach (CSTĐCS needs an initiative or HTXSNV).
    expect(u.people.find((p) => p.personId === ids.good)!.forecasts.length).toBeGreaterThan(0);
    // Months not known yet for the two without months: not a silent pass.
    expect(verdict(u, ids.unpaid, 'lao-dong-tien-tien').status).not.toBe('eligible');
  });

  it('unpaid leave entered on the leave editor feeds months worked: 8 months away → 4 months, LĐTT refused', async () => {
    const r = await officer.post(`/api/people/${ids.unpaid}/leaves`, {
      kind: 'khong-luong',
      fromDate: '2024-02-01',
      toDate: '2024-09-30',
      note: 'Việc riêng gia đình',
    });
    expect(r.statusCode, r.body).toBe(201);
    const l = await officer.get(`/api/people/${ids.unpaid}/leaves?year=${YEAR}`);
    expect(l.json()).toMatchObject({
      leaves: [{ kind: 'khong-luong', kindText: 'Nghỉ không lương', fromDate: '2024-02-01' }],
      year: { monthsWorked: 4, absenceDays: 243 },
    });
    // The rating grid shows the derived months where its own cell is empty.
    const grid = (await officer.get(`/api/ratings/grid?unitId=${unitId}&year=${YEAR}`)).json() as {
      rows: { personId: number; monthsWorked: number | null; fromLeaves: { monthsWorked: number } | null }[];
    };
    expect(grid.rows.find((r) => r.personId === ids.unpaid)).toMatchObject({
      monthsWorked: null,
      fromLeaves: { monthsWorked: 4 },
    });
    const v = verdict(await unit(), ids.unpaid, 'lao-dong-tien-tien');
    expect(v.status).toBe('ineligible');
    expect(v.checks.find((c) => c.criterion === 'months-worked')).toMatchObject({ outcome: 'not-met' });
    // A stale version is refused; the audit log holds the change.
    const leave = (l.json() as { leaves: { id: number; version: number }[] }).leaves[0]!;
    const stale = await officer.put(`/api/person-leaves/${leave.id}`, {
      kind: 'khong-luong',
      fromDate: '2024-03-01',
      toDate: '2024-04-30',
      version: leave.version + 1,
    });
    expect(stale.statusCode).toBe(409);
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select(['entity', 'action'])
      .where('entity', '=', 'person_leaves')
      .execute();
    expect(audit).toEqual([{ entity: 'person_leaves', action: 'create' }]);
    // Bad input names the field in Vietnamese.
    const bad = await officer.post(`/api/people/${ids.unpaid}/leaves`, {
      kind: 'om-dau',
      fromDate: '2024-05-10',
      toDate: '2024-05-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Đến ngày không được trước từ ngày.');
  });

  it('a transfer in after 4 months elsewhere is stated to the engine; 7 months elsewhere warns that comments are needed', async () => {
    const t = await officer.post(`/api/people/${ids.movedIn}/transfers`, {
      direction: 'in',
      onDate: '2024-08-01',
      otherPlace: 'Sở Kế hoạch và Đầu tư tỉnh Gia Lai',
      decisionRef: 'Quyết định số 512/QĐ-UBND',
    });
    expect(t.statusCode, t.body).toBe(201);
    const l = await officer.get(`/api/people/${ids.movedIn}/leaves?year=${YEAR}`);
    expect(l.json()).toMatchObject({
      transfers: [
        { direction: 'in', otherPlace: 'Sở Kế hoạch và Đầu tư tỉnh Gia Lai', commentsReceived: false },
      ],
      year: {
        monthsWorked: 12,
        transferredFrom: 'Sở Kế hoạch và Đầu tư tỉnh Gia Lai',
        monthsAtPreviousUnit: 7,
      },
    });
    const v = verdict(await unit(), ids.movedIn, 'lao-dong-tien-tien');
    expect(JSON.stringify(v)).toMatch(/nhận xét|ý kiến/i);
  });

  it('the collective rating is recorded once (409 on a second first write) and the unit gets its TT LĐTT / TT LĐXS verdicts', async () => {
    const w = await officer.put(`/api/units/${unitId}/collective-rating`, {
      year: YEAR,
      rating: 'httnv',
      note: 'Theo kết quả đánh giá của Giám đốc Sở',
      version: null,
    });
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json()).toMatchObject({ rating: 'httnv', ratingText: 'Hoàn thành tốt nhiệm vụ', version: 1 });
    const again = await officer.put(`/api/units/${unitId}/collective-rating`, {
      year: YEAR,
      rating: 'htxsnv',
      version: null,
    });
    expect(again.statusCode).toBe(409);
    const headTry = await head.put(`/api/units/${unitId}/collective-rating`, {
      year: YEAR,
      rating: 'htxsnv',
      version: 1,
    });
    expect(headTry.statusCode).toBe(403);
    const u = await unit(head);
    expect(u.collective.rating).toBe('httnv');
    expect(u.collective.results.map((r) => r.target).sort()).toEqual([
      'tap-the-lao-dong-tien-tien',
      'tap-the-lao-dong-xuat-sac',
    ]);
    // TT LĐXS needs HTXSNV of the collective.
    expect(u.collective.results.find((r) => r.target === 'tap-the-lao-dong-xuat-sac')!.status).toBe(
      'ineligible',
    );
  });

  it("another unit's head is refused 403; the person tab and the engine input route agree", async () => {
    expect((await otherHead.get(`/api/units/${unitId}/eligibility?year=${YEAR}`)).statusCode).toBe(403);
    const s = await officer.get(`/api/people/${ids.disciplined}/eligibility/summary?year=${YEAR}`);
    expect(s.statusCode, s.body).toBe(200);
    const summary = s.json() as { results: Verdict[]; forecasts: unknown[] };
    const full = await officer.get(`/api/people/${ids.disciplined}/eligibility?year=${YEAR}`);
    expect(full.statusCode).toBe(200);
    const out = (full.json() as { output: { results: { target: string; status: string }[] } }).output;
    expect(summary.results.map((r) => [r.target, r.status])).toEqual(
      out.results.map((r) => [r.target, r.status]),
    );
  });

  it('a unit of 60 people is judged from one facts load (measured)', async () => {
    const db = env.database.db;
    const big = await buildUnit(db, { name: 'Chi cục Quản lý thị trường', code: 'QLTT' });
    for (let i = 0; i < 60; i++) await buildPerson(db, { unitId: big.id, fullName: `Trần Văn Số ${i + 1}` });
    const o = await buildUser(db, { role: 'officer', agencyId: big.agency_id });
    const c = await login(env.app, o.username, o.password);
    const t0 = performance.now();
    const r = await c.get(`/api/units/${big.id}/eligibility?year=${YEAR}`);
    const ms = performance.now() - t0;
    expect(r.statusCode).toBe(200);
    expect((r.json() as UnitEligibility).people).toHaveLength(60);
    console.log(`unit eligibility, 60 people: ${ms.toFixed(0)} ms (${testEngine()})`);
    expect(ms).toBeLessThan(5000);
  });
});
