// The agency's working year: the year every page opens on. An agency's cycle for a year runs into the next
// spring, so the calendar year is only the default; the officer moves the agency on (audited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { DEMO_PASSWORD, seedDemo } from '../../../../../packages/db/src/seed/index.ts';
import { todayIn } from '../../context.ts';
import { buildAgency, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

describe(`working year of an agency (${testEngine()})`, () => {
  let env: TestEnv;
  let fresh: number;
  let other: number;
  let officer: Client;
  let otherOfficer: Client;
  let staff: Client;
  const calendarYear = Number(todayIn('Asia/Ho_Chi_Minh').slice(0, 4));

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    fresh = (await buildAgency(db, { name: 'Sở Công Thương tỉnh Kon Tum' })).id;
    other = (await buildAgency(db, { name: 'Sở Công Thương tỉnh Đắk Lắk' })).id;
    const o = await buildUser(db, { role: 'officer', agencyId: fresh });
    officer = await login(env.app, o.username, o.password);
    const o2 = await buildUser(db, { role: 'officer', agencyId: other });
    otherOfficer = await login(env.app, o2.username, o2.password);
    const s = await buildUser(db, { role: 'staff', agencyId: fresh });
    staff = await login(env.app, s.username, s.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('an agency that never set its working year opens on the calendar year', async () => {
    const me = (await officer.get('/api/auth/me')).json();
    expect(me.user.workingYear).toBe(calendarYear);
  });

  it('the officer moves the agency to the year whose year-end it is running; its staff open on it too, and the change is audited', async () => {
    const r = await officer.put(`/api/agencies/${fresh}/working-year`, { year: calendarYear - 1 });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ workingYear: calendarYear - 1 });
    expect((await officer.get('/api/auth/me')).json().user.workingYear).toBe(calendarYear - 1);
    expect((await staff.get('/api/auth/me')).json().user.workingYear).toBe(calendarYear - 1);
    // another agency keeps its own
    expect((await otherOfficer.get('/api/auth/me')).json().user.workingYear).toBe(calendarYear);
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select(['summary', 'after'])
      .where('entity', '=', 'agency_setting')
      .where('agency_id', '=', fresh)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toBe(`Chuyển năm công tác thi đua sang năm ${calendarYear - 1}.`);
  });

  it('only the agency’s own officer may move it, and not beyond next year', async () => {
    expect((await otherOfficer.put(`/api/agencies/${fresh}/working-year`, { year: 2024 })).statusCode).toBe(
      403,
    );
    expect((await staff.put(`/api/agencies/${fresh}/working-year`, { year: 2024 })).statusCode).toBe(403);
    const tooFar = await officer.put(`/api/agencies/${fresh}/working-year`, { year: calendarYear + 2 });
    expect(tooFar.statusCode).toBeGreaterThanOrEqual(400);
    expect(tooFar.statusCode).toBeLessThan(500);
    expect(tooFar.body).toContain('year');
    expect(tooFar.body).toContain(`Năm công tác không được sau năm ${calendarYear + 1}.`);
    expect((await officer.get('/api/auth/me')).json().user.workingYear).toBe(calendarYear - 1);
  });

  it('the demo agencies work on 2025 (the demo is a year-end of 2025), whatever today’s date', async () => {
    const demo = await openTestApp({ loginRateMax: 1000 });
    try {
      await seedDemo(demo.database.db);
      const vanthu = await login(demo.app, 'vanthu.tdkt', DEMO_PASSWORD);
      expect((await vanthu.get('/api/auth/me')).json().user.workingYear).toBe(2025);
      const laichau = await login(demo.app, 'vanthu.sct.laichau', DEMO_PASSWORD);
      expect((await laichau.get('/api/auth/me')).json().user.workingYear).toBe(2025);
    } finally {
      await demo.close();
    }
  });
});
