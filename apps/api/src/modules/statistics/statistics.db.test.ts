// Statistics and role dashboards (issue #7 items 4–5), on PGlite and PostgreSQL: every figure is checked
// against the records inserted by fixtures.ts, and every figure's drill-down lists exactly the rows it counts.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';
import { buildStatsFixture, type StatsFixture } from './fixtures.ts';

type Json = Record<string, unknown> & { [k: string]: never | unknown };

describe(`statistics and dashboards (${testEngine()})`, () => {
  let env: TestEnv;
  let fx: StatsFixture;
  let officer: Client;
  let head: Client;
  let staff: Client;
  let director: Client;
  let outsider: Client;

  const get = async (c: Client, url: string, status = 200) => {
    const r = await c.get(url);
    expect(r.statusCode, r.body).toBe(status);
    return r.json() as Json;
  };
  const qs = (drill: Record<string, string | number | boolean>) =>
    new URLSearchParams(Object.entries(drill).map(([k, v]): [string, string] => [k, String(v)])).toString();
  const drillTotal = async (c: Client, drill: Record<string, string | number | boolean>) =>
    (await get(c, `/api/statistics/records?${qs(drill)}&pageSize=500`)).total as number;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    fx = await buildStatsFixture(db);
    const o = await buildUser(db, { role: 'officer', agencyId: fx.agencyId });
    officer = await login(env.app, o.username, o.password);
    const h = await buildUser(db, { role: 'unit-head', unitId: fx.u1, agencyId: fx.agencyId });
    head = await login(env.app, h.username, h.password);
    const s = await buildUser(db, { role: 'staff', personId: fx.people.B, agencyId: fx.agencyId });
    staff = await login(env.app, s.username, s.password);
    const d = await buildUser(db, { role: 'council', personId: fx.people.F, agencyId: fx.agencyId });
    director = await login(env.app, d.username, d.password);
    const x = await buildUser(db, { role: 'officer', agencyId: fx.otherAgencyId });
    outsider = await login(env.app, x.username, x.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('counts awards by year, level, form and unit; annulled awards and other agencies never count', async () => {
    const s = await get(officer, '/api/statistics/awards?from=2023&to=2024');
    expect(s.total).toBe(14);
    expect(s.byYear).toEqual([
      expect.objectContaining({ year: 2023, titles: 3, forms: 0, total: 3 }),
      expect.objectContaining({ year: 2024, titles: 10, forms: 1, total: 11 }),
    ]);
    expect((s.byLevel as { authority: string; count: number }[]).map((x) => [x.authority, x.count])).toEqual([
      ['chu-tich-ubnd-tinh', 1],
      ['giam-doc-so', 13],
    ]);
    const forms = Object.fromEntries(
      (s.byForm as { code: string; count: number }[]).map((x) => [x.code, x.count]),
    );
    expect(forms).toEqual({
      'lao-dong-tien-tien': 10,
      'chien-si-thi-dua-co-so': 1,
      'tap-the-lao-dong-xuat-sac': 1,
      'tap-the-lao-dong-tien-tien': 1,
      'bang-khen-cap-tinh': 1,
    });
    const units = (s.byUnit as { unitId: number; count: number }[]).map((x) => [x.unitId, x.count]);
    expect(units).toEqual([
      [fx.u1, 9],
      [fx.u2, 5],
    ]);
  });

  it('every award figure drills down to exactly the records it counts, with their decisions', async () => {
    const s = await get(officer, '/api/statistics/awards?from=2023&to=2024');
    type Fig = {
      count?: number;
      total?: number;
      titles?: number;
      drill: Record<string, string | number>;
      drillTitles?: Record<string, string | number>;
    };
    for (const key of ['byLevel', 'byForm', 'byUnit'] as const)
      for (const f of s[key] as Fig[]) expect(await drillTotal(officer, f.drill)).toBe(f.count);
    for (const y of s.byYear as Fig[]) {
      expect(await drillTotal(officer, y.drill)).toBe(y.total);
      expect(await drillTotal(officer, y.drillTitles!)).toBe(y.titles);
    }
    // "LĐTT 2024 – Phòng Kinh tế thử: 4" → the four rows, each with decision 12/QĐ-SCT of 15/01/2025.
    const r = await get(
      officer,
      `/api/statistics/records?from=2024&to=2024&code=lao-dong-tien-tien&unitId=${fx.u1}`,
    );
    expect(r.total).toBe(4);
    expect(r.description).toBe('Lao động tiên tiến · năm 2024 · Phòng Kinh tế thử · Sở Công Thương thử');
    const items = r.items as {
      name: string;
      number: string;
      symbol: string;
      decidedOn: string;
      decisionId: number;
    }[];
    expect(items.map((i) => i.name).sort()).toEqual([
      'Lê Thị Cúc',
      'Nguyễn Văn An',
      'Phạm Văn Dũng',
      'Trần Thị Bích',
    ]);
    expect(new Set(items.map((i) => `${i.decisionId} ${i.number}/${i.symbol} ${i.decidedOn}`))).toEqual(
      new Set([`${fx.decisions.ldtt2024} 12/QĐ-SCT 2025-01-15`]),
    );
    // The annulled LĐTT of E is in the history list only when asked for.
    expect(await drillTotal(officer, { from: 2024, to: 2024, code: 'lao-dong-tien-tien' })).toBe(7);
    expect(
      await drillTotal(officer, { from: 2024, to: 2024, code: 'lao-dong-tien-tien', includeAnnulled: true }),
    ).toBe(8);
  });

  it('a unit head sees their unit only; staff and another agency are refused', async () => {
    const s = await get(head, '/api/statistics/awards?from=2023&to=2024');
    expect(s.total).toBe(9);
    expect((s.byUnit as { unitId: number }[]).map((x) => x.unitId)).toEqual([fx.u1]);
    expect(await drillTotal(head, { from: 2024, to: 2024, unitId: fx.u2 })).toBe(0);
    await get(staff, '/api/statistics/awards', 403);
    await get(outsider, `/api/statistics/awards?agencyId=${fx.agencyId}`, 403);
    const own = await get(outsider, '/api/statistics/awards?from=2024&to=2024');
    expect(own.total).toBe(1);
  });

  it("an admin picks the agency; every figure's drill-down names it, so its link opens that agency's records", async () => {
    const a = await buildUser(env.database.db, { role: 'admin', agencyId: null });
    const admin = await login(env.app, a.username, a.password);
    const none = await admin.get('/api/statistics/awards');
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ path: 'agencyId', message: 'Hãy chọn cơ quan để xem thống kê.' });
    const s = await get(admin, `/api/statistics/awards?agencyId=${fx.agencyId}&from=2023&to=2024`);
    const ldtt = (s.byForm as { code: string; count: number; drill: Record<string, string | number> }[]).find(
      (x) => x.code === 'lao-dong-tien-tien',
    )!;
    expect(ldtt.drill).toEqual({ agencyId: fx.agencyId, from: 2023, to: 2024, code: 'lao-dong-tien-tien' });
    expect(await drillTotal(admin, ldtt.drill)).toBe(10);
    const t = await get(admin, `/api/statistics/titles?agencyId=${fx.agencyId}&year=2024`);
    expect((t.drill as Record<string, Record<string, unknown>>).ldtt).toMatchObject({
      agencyId: fx.agencyId,
    });
  });

  it('titles per unit against the targets: 75% LĐTT from the agency movement, CSTĐCS 15% of LĐTT, TT LĐXS 30% of units', async () => {
    const t = await get(officer, '/api/statistics/titles?year=2024');
    const targets = Object.fromEntries(
      (t.targets as { code: string; percent: number; source: string }[]).map((x) => [x.code, x]),
    );
    expect(targets['lao-dong-tien-tien']).toMatchObject({ percent: 75, comparison: 'at-least' });
    expect(targets['lao-dong-tien-tien']!.source).toContain('Phong trào thi đua yêu nước năm 2024');
    expect(targets['chien-si-thi-dua-co-so']).toMatchObject({ percent: 15, comparison: 'at-most' });
    expect(targets['tap-the-lao-dong-xuat-sac']).toMatchObject({ percent: 30, comparison: 'at-least' });
    const units = t.units as {
      unitId: number;
      headcount: number;
      ldtt: number;
      cstdcs: number;
      ldttShare: number;
      ldttMet: boolean;
      cstdcsWithin: boolean;
      collective: string;
      drillLdtt: Record<string, number>;
    }[];
    const u1 = units.find((u) => u.unitId === fx.u1)!;
    const u2 = units.find((u) => u.unitId === fx.u2)!;
    expect(u1).toMatchObject({
      headcount: 5,
      ldtt: 4,
      cstdcs: 1,
      ldttShare: 0.8,
      ldttMet: true,
      cstdcsWithin: false,
      collective: 'tap-the-lao-dong-xuat-sac',
    });
    expect(u2).toMatchObject({
      headcount: 4,
      ldtt: 3,
      cstdcs: 0,
      ldttShare: 0.75,
      ldttMet: true,
      cstdcsWithin: true,
      collective: 'tap-the-lao-dong-tien-tien',
    });
    expect(await drillTotal(officer, u1.drillLdtt)).toBe(4);
    expect(t.totals).toMatchObject({
      headcount: 9,
      ldtt: 7,
      cstdcs: 1,
      units: 2,
      ttldxs: 1,
      ttldxsShare: 0.5,
    });
    expect(t.met).toEqual({ ldtt: true, cstdcs: true, ttldxs: true });
  });

  it('fairness: leaders and women with counts and shares, rotation year after year, days to decision', async () => {
    const f = await get(officer, '/api/statistics/fairness?year=2024&from=2023&to=2024');
    const leaders = Object.fromEntries((f.leaders as { key: string }[]).map((x) => [x.key, x]));
    expect(leaders.leader).toMatchObject({ people: 2, awards: 2, recipients: 2 });
    expect(leaders.staff).toMatchObject({ people: 7, awards: 7, recipients: 5 });
    expect((leaders.leader as unknown as { awardShare: number }).awardShare).toBeCloseTo(2 / 9, 6);
    const gender = Object.fromEntries((f.gender as { key: string }[]).map((x) => [x.key, x]));
    expect(gender.nu).toMatchObject({ people: 4, awards: 6, recipients: 4 });
    expect(gender.nam).toMatchObject({ people: 5, awards: 3, recipients: 3 });
    for (const g of [
      ...(f.leaders as { awards: number; drill: Record<string, string> }[]),
      ...(f.gender as { awards: number; drill: Record<string, string> }[]),
    ])
      expect(await drillTotal(officer, g.drill)).toBe(g.awards);
    const ldtt = (
      f.rotation as { code: string; recipients: number; repeated: number; drill: Record<string, string> }[]
    ).find((r) => r.code === 'lao-dong-tien-tien')!;
    expect(ldtt).toMatchObject({ recipients: 7, repeated: 3 });
    const again = await get(officer, `/api/statistics/records?${qs(ldtt.drill)}`);
    expect((again.items as { name: string }[]).map((i) => i.name).sort()).toEqual(
      ['Đỗ Văn Giang', 'Lê Thị Cúc', 'Trần Thị Bích'].sort(),
    );
    const timely = Object.fromEntries((f.timeliness as { authority: string }[]).map((x) => [x.authority, x]));
    // giam-doc-so: 3 awards at −11 days (2023) and 10 at 15 days (2024) → (−33 + 150) / 13 = 9,0.
    expect(timely['giam-doc-so']).toMatchObject({
      decisions: 5,
      awards: 13,
      avgDays: 9,
      minDays: -11,
      maxDays: 15,
    });
    expect(timely['chu-tich-ubnd-tinh']).toMatchObject({
      decisions: 1,
      awards: 1,
      avgDays: 90,
      minDays: 90,
      maxDays: 90,
    });
    const buckets = f.timelinessBuckets as { label: string; awards: number; drill: Record<string, string> }[];
    expect(buckets.map((b) => [b.label, b.awards])).toEqual([
      ['Trước khi kết thúc kỳ', 3],
      ['0–30 ngày', 10],
      ['31–90 ngày', 1],
      ['91–180 ngày', 0],
      ['181–365 ngày', 0],
      ['Trên 365 ngày', 0],
    ]);
    for (const b of buckets) expect(await drillTotal(officer, b.drill)).toBe(b.awards);
    for (const t of f.timeliness as { awards: number; drill: Record<string, string> }[])
      expect(await drillTotal(officer, t.drill)).toBe(t.awards);
  });

  it('plan tasks by status (overdue = open past its due date) and indicators against plan by month', async () => {
    const t = await get(officer, '/api/statistics/tasks?year=2024');
    const states = Object.fromEntries(
      (t.states as { state: string; count: number }[]).map((x) => [x.state, x.count]),
    );
    expect(states).toEqual({ done: 1, 'in-progress': 0, 'not-started': 1, late: 2, cancelled: 1 });
    const overdue = await get(officer, '/api/statistics/tasks/records?year=2024&state=late');
    expect(overdue.total).toBe(2);
    expect((overdue.items as { content: string; leadUnits: string }[])[0]).toMatchObject({
      content: 'Tổng hợp đăng ký thi đua của các đơn vị',
      leadUnits: 'Văn phòng thử',
    });
    const mine = await get(head, '/api/statistics/tasks?year=2024');
    expect(mine.total).toBe(2);
    const i = await get(officer, '/api/statistics/indicators?year=2024');
    expect(i.uptoMonth).toBe(2);
    const series = i.series as { name: string; points: { month: number; percentOfPlan: number }[] }[];
    expect(series.map((s) => [s.name, s.points.map((p) => p.percentOfPlan)])).toEqual([
      ['Giá trị sản xuất công nghiệp', [10, 25]],
    ]);
  });

  it('every chart exports its data to Excel, and a drill-down list too', async () => {
    const sheet = async (url: string) => {
      const r = await officer.get(url);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const years = await sheet('/api/statistics/export.xlsx?chart=awards-by-year&from=2023&to=2024');
    expect(years[1]).toEqual(['Năm', 'Danh hiệu thi đua', 'Hình thức khen thưởng', 'Tổng']);
    expect(years.slice(2)).toEqual([
      [2023, 3, 0, 3],
      [2024, 10, 1, 11],
    ]);
    const titles = await sheet('/api/statistics/export.xlsx?chart=titles-vs-targets&year=2024');
    expect(titles[2]).toEqual(['Phòng Kinh tế thử', 5, 4, 80, 1, 25, 'Tập thể LĐXS']);
    const charts = [
      'awards-by-level',
      'awards-by-form',
      'awards-by-unit',
      'indicators-by-month',
      'tasks-by-status',
      'fairness-leaders',
      'fairness-gender',
      'rotation',
      'timeliness',
      'timeliness-buckets',
    ];
    for (const c of charts)
      expect((await sheet(`/api/statistics/export.xlsx?chart=${c}&year=2024`)).length).toBeGreaterThan(2);
    const list = await sheet(`/api/statistics/records.xlsx?from=2024&to=2024&code=bang-khen-cap-tinh`);
    expect(list.length).toBe(3);
    expect(list[2]!.slice(0, 6)).toEqual([
      2024,
      'Lê Thị Cúc',
      'Phòng Kinh tế thử',
      'Bằng khen cấp tỉnh',
      'Cấp tỉnh (Chủ tịch UBND tỉnh)',
      '456/QĐ-UBND',
    ]);
    const tasks = await sheet('/api/statistics/tasks/records.xlsx?year=2024&state=done');
    expect(tasks.length).toBe(3);
  });

  it('bad input is refused with a Vietnamese message naming the field', async () => {
    const r = await officer.get('/api/statistics/awards?from=2025&to=2020');
    // invalid-input is 400 in this API (http/errors.ts), with the field and a Vietnamese message.
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({
      code: 'invalid-input',
      path: 'from',
      message: 'Năm bắt đầu phải không sau năm kết thúc.',
    });
    const c = await officer.get('/api/statistics/export.xlsx?chart=khong-co');
    expect(c.statusCode).toBe(400);
  });

  it('the overview composes cards by role: officer, unit head, staff, director', async () => {
    const o = await get(officer, '/api/dashboard');
    expect(o.year).toBe(2024);
    const oc = o.officer as Json & {
      deadlines: { overdue: number; open: number };
      proposals: { pending: number; awaitingDecision: number; oldestSentOn: string };
      quotas: { code: string; used: number; limit: number }[];
      indicators: { items: { percentOfPlan: number }[] };
    };
    expect(oc.deadlines).toMatchObject({ overdue: 2, open: 2 });
    expect(oc.proposals).toMatchObject({ pending: 2, awaitingDecision: 1, oldestSentOn: '2025-02-01' });
    expect(oc.quotas.find((q) => q.code === 'chien-si-thi-dua-co-so')).toMatchObject({ used: 1, limit: 1 });
    expect(oc.indicators.items.map((i) => i.percentOfPlan)).toEqual([25]);
    expect(o.director).toMatchObject({
      people: 9,
      awards: { titles: 10, forms: 1 },
      proposals: { pending: 2, decided: 1 },
    });
    expect(o.unitHead).toBeNull();
    expect(o.staff).toBeNull();

    const h = await get(head, '/api/dashboard?year=2024');
    expect(h.officer).toBeNull();
    expect(h.unitHead).toMatchObject({
      unitName: 'Phòng Kinh tế thử',
      ratings: { people: 5, finalised: 3, htxsnv: 1 },
      tasks: { total: 2, done: 1, overdue: 1 },
      registrations: { registered: 2, unitRegistered: true },
      titles: { ldtt: 4, cstdcs: 1, collective: 'tap-the-lao-dong-xuat-sac' },
    });

    const s = await get(staff, '/api/dashboard?year=2024');
    expect(s.officer).toBeNull();
    expect(s.director).toBeNull();
    const sc = s.staff as {
      fullName: string;
      history: { year: number; code: string }[];
      forecast: unknown[];
    };
    expect(sc.fullName).toBe('Trần Thị Bích');
    expect(sc.history.map((x) => `${x.year} ${x.code}`)).toEqual([
      '2024 chien-si-thi-dua-co-so',
      '2024 lao-dong-tien-tien',
      '2023 lao-dong-tien-tien',
    ]);
    // My forecast comes from the eligibility engine over my records (B has LĐTT 2023–2024 and CSTĐCS 2024).
    const fc = sc.forecast as { target: string; earliestYear: number | null; text: string | null }[];
    expect(fc.map((x) => x.target)).toEqual([
      'lao-dong-tien-tien',
      'chien-si-thi-dua-co-so',
      'giay-khen',
      'bang-khen-cap-tinh',
    ]);
    expect(fc.find((x) => x.target === 'bang-khen-cap-tinh')).toMatchObject({ earliestYear: 2025 });
    expect(s.staff).toMatchObject({ forecastError: null });

    const d = await get(director, '/api/dashboard?year=2024');
    expect(d.director).toMatchObject({ people: 9 });
    expect(d.staff).toMatchObject({ fullName: 'Vũ Thị Phương' });
  });
});
