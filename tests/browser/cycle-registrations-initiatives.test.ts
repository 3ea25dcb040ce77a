// Issue 4 journeys for registrations and initiatives: a staff member registers and the officer returns it
// with a reason; an initiative is scored by three council members while the author's unit head is
// refused; the recognised initiative then appears in the author's eligibility.
import { afterAll, beforeAll, describe } from 'vitest';
import { login as apiLogin, type Client } from '../../apps/api/src/testing/http.ts';
import { buildUser, TEST_PASSWORD } from '../../apps/api/src/testing/factories.ts';
import {
  accountWithRole,
  expect,
  login,
  loginAs,
  fetchInPage,
  startHarness,
  test,
  useHarness,
  type Harness,
} from './harness.ts';

let h: Harness | undefined;
let officer: Client;
let sessionId: number;
const year = new Date().getFullYear();
const members: Record<string, string> = {}; // key → username (password TEST_PASSWORD or the demo one)
let hangId: number;

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  const o = accountWithRole(h, 'officer');
  officer = await apiLogin(h.app, o.username, o.password);
  const db = h.database.db;
  const agencyId = (
    await db
      .selectFrom('users')
      .select('agency_id')
      .where('username', '=', o.username)
      .executeTakeFirstOrThrow()
  ).agency_id!;
  // This journey runs the current calendar year: the officer moves the agency onto it (the demo works on 2025).
  const moved = await officer.put(`/api/agencies/${agencyId}/working-year`, { year });
  if (moved.statusCode !== 200) throw new Error(moved.body);
  const personOf = async (username: string) =>
    (
      await db
        .selectFrom('users')
        .select('person_id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).person_id!;
  hangId = await personOf('hang.nt');
  const headPerson = await personOf('truongphong.qltm');
  const chairPerson = await personOf('hoidong.tdkt');
  // Two more members with their own accounts: the Chánh Văn phòng and the Trưởng phòng KHTC.
  const others = await db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'u.code'])
    .where('p.agency_id', '=', agencyId)
    .where('p.is_leader', '=', true)
    .where('u.code', 'in', ['VP', 'KHTC'])
    .orderBy('u.code')
    .orderBy('p.id')
    .execute();
  for (const p of others) {
    if (members[p.code]) continue; // the first leader of each unit
    const u = await buildUser(db, { role: 'staff', personId: p.id, agencyId, username: `thanhvien.${p.id}` });
    members[p.code] = u.username;
  }
  const vpLeader = others.find((p) => p.code === 'VP')!;
  const khtcLeader = others.find((p) => p.code === 'KHTC')!;
  const council = await officer.post('/api/initiative-councils', {
    name: 'Hội đồng sáng kiến Sở Công Thương',
    members: [
      { personId: chairPerson, role: 'chair' },
      { personId: vpLeader.id, role: 'secretary' },
      { personId: khtcLeader.id, role: 'member' },
      { personId: headPerson, role: 'member' },
    ],
  });
  if (council.statusCode !== 201) throw new Error(council.body);
  const cid = council.json().id as number;
  await officer.put(`/api/initiative-councils/${cid}/criteria`, {
    year,
    criteria: [
      { name: 'Tính mới', maxPoints: 40 },
      { name: 'Khả năng áp dụng', maxPoints: 30 },
      { name: 'Hiệu quả', maxPoints: 30 },
    ],
  });
  const s = await officer.post(`/api/initiative-councils/${cid}/sessions`, {
    year,
    heldOn: `${year}-10-15`,
    place: 'Phòng họp Sở',
  });
  sessionId = s.json().id;
  await officer.put('/api/registrations/settings', {
    year,
    registrationRequired: false,
    registrationDeadline: `${year}-12-31`,
    initiativeDeadline: `${year}-12-31`,
  });
  const hang = await db
    .selectFrom('people')
    .select(['unit_id'])
    .where('id', '=', hangId)
    .executeTakeFirstOrThrow();
  await db.deleteFrom('ratings').where('person_id', '=', hangId).where('year', '=', year).execute();
  await db
    .insertInto('ratings')
    .values({
      agency_id: agencyId,
      person_id: hangId,
      unit_id: hang.unit_id,
      year,
      final_rating: 'httnv',
      months_worked: 12,
      absence_days: 0,
    })
    .execute();
});

/** Pages load in a few seconds on a busy machine: poll for up to 15 s. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

afterAll(async () => {
  await h?.close();
});

describe('a staff member registers and the officer returns it with a reason', () => {
  test('Hằng registers LĐTT and CSTĐCS with her commitments', async ({ page }) => {
    await loginAs(page, h!, 'staff');
    await page.goto('/dang-ky-thi-dua');
    const card = page.getByTestId('my-registration');
    await card.getByText('Lao động tiên tiến', { exact: true }).click();
    await card.getByText('Chiến sĩ thi đua cơ sở', { exact: true }).click();
    await page
      .getByTestId('registration-commitments')
      .fill('Hoàn thành xuất sắc nhiệm vụ; có 01 sáng kiến cấp cơ sở.');
    await page.getByTestId('registration-submit').click();
    await poll(() => card.getByTestId('registration-status').first().textContent()).toBe('Đã gửi');
  });

  test('the officer sees it on the list and returns it; a reason is required', async ({ page }) => {
    await loginAs(page, h!, 'officer');
    await page.goto('/dang-ky-thi-dua');
    const row = page.locator('tr', { hasText: 'Nguyễn Thị Hằng' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Trả lại' }).click();
    const confirm = page.getByTestId('registration-return-confirm');
    await poll(() => confirm.isDisabled()).toBe(true);
    await page.getByTestId('registration-return-reason').fill('Ghi rõ tên sáng kiến dự kiến');
    await confirm.click();
    await poll(() => row.getByTestId('registration-status').first().textContent()).toBe('Bị trả lại');
  });

  test('Hằng sees the reason on her registration', async ({ page }) => {
    await loginAs(page, h!, 'staff');
    await page.goto('/dang-ky-thi-dua');
    await poll(() => page.getByTestId('registration-returned-reason').textContent()).toBe(
      'Ghi rõ tên sáng kiến dự kiến',
    );
  });
});

describe('a unit head registers the unit and the officer’s board shows it', () => {
  test('the head of Phòng Quản lý Thương mại registers Tập thể lao động xuất sắc', async ({ page }) => {
    await loginAs(page, h!, 'unit-head');
    await page.goto('/dang-ky-thi-dua');
    const card = page.getByTestId('unit-registration');
    await card.getByText('Tập thể lao động xuất sắc', { exact: true }).click();
    await card.getByTestId('registration-submit').click();
    await poll(() => card.getByTestId('registration-status').first().textContent()).toBe('Đã gửi');
  });

  test('the officer’s board shows the unit as sent', async ({ page }) => {
    await loginAs(page, h!, 'officer');
    await page.goto('/dang-ky-thi-dua');
    const row = page.locator('tr', { hasText: 'Phòng Quản lý Thương mại' }).first();
    await poll(() => row.getByTestId('registration-status').first().textContent()).toBe('Đã gửi');
  });
});

describe('an initiative is scored by three members while its author’s unit head is refused', () => {
  let initiativeId: number;

  test('Hằng registers her initiative', async ({ page }) => {
    await loginAs(page, h!, 'staff');
    await page.goto('/sang-kien');
    await page.getByTestId('initiative-register').click();
    await page.getByTestId('initiative-title').fill('Số hoá hồ sơ thi đua, khen thưởng');
    await page.getByTestId('initiative-register-submit').click();
    const link = page
      .getByTestId('initiative-list')
      .getByRole('link', { name: 'Số hoá hồ sơ thi đua, khen thưởng' });
    await link.waitFor();
    const r = await officer.get(`/api/initiatives?year=${year}`);
    initiativeId = (r.json() as { id: number; title: string }[]).find(
      (i) => i.title === 'Số hoá hồ sơ thi đua, khen thưởng',
    )!.id;
  });

  test('the officer sends it to the council session', async ({ page }) => {
    await loginAs(page, h!, 'officer');
    await page.goto(`/sang-kien/${initiativeId}`);
    await page.getByTestId('send-session').click();
    await page.getByText(`Hội đồng sáng kiến Sở Công Thương — 15/10/${year}`).click();
    await page.getByTestId('send-submit').click();
    await poll(() => page.getByTestId('initiative-status').textContent()).toBe('Đang xét');
    const d = (await officer.get(`/api/initiatives/${initiativeId}`)).json() as { sessionId: number };
    expect(d.sessionId).toBe(sessionId);
  });

  test('the head of Hằng’s unit is refused with the reason', async ({ page }) => {
    await loginAs(page, h!, 'unit-head');
    await page.goto(`/sang-kien/${initiativeId}`);
    await page.getByTestId('score-input-1').fill('40');
    await page.getByTestId('score-input-2').fill('30');
    await page.getByTestId('score-input-3').fill('30');
    await page.getByTestId('score-submit').click();
    await poll(() => page.getByTestId('initiative-score-card').textContent()).toContain(
      'trưởng đơn vị của tác giả',
    );
    const d = (await officer.get(`/api/initiatives/${initiativeId}`)).json() as {
      averageScore: number | null;
    };
    expect(d.averageScore).toBeNull();
  });

  for (const [who, pts] of [
    ['chair', ['35', '25', '25']],
    ['VP', ['30', '20', '20']],
    ['KHTC', ['40', '30', '30']],
  ] as const) {
    test(`council member ${who} scores it`, async ({ page }) => {
      if (who === 'chair') await loginAs(page, h!, 'council');
      else await login(page, members[who]!, TEST_PASSWORD);
      await page.goto(`/sang-kien/${initiativeId}`);
      for (const [i, p] of pts.entries()) await page.getByTestId(`score-input-${i + 1}`).fill(p);
      await page.getByTestId('score-submit').click();
      await poll(
        async () =>
          (
            (await officer.get(`/api/initiatives/${initiativeId}`)).json() as {
              members: { total: number | null }[];
            }
          ).members.filter((m) => m.total !== null).length,
      ).toBe(who === 'chair' ? 1 : who === 'VP' ? 2 : 3);
    });
  }

  test('the average of the three is shown and the officer recognises it', async ({ page }) => {
    await loginAs(page, h!, 'officer');
    await page.goto(`/sang-kien/${initiativeId}`);
    await poll(() => page.getByTestId('initiative-average').textContent()).toBe('85');
    await page.getByTestId('decide-date').click();
    await page.getByTestId('decide-date').fill(`20/10/${year}`);
    await page.getByTestId('decide-date').press('Enter');
    await page.getByTestId('decide-recognize').click();
    await poll(() => page.getByTestId('initiative-status').textContent()).toBe('Được công nhận');
  });
});

describe('the recognised initiative appears in the author’s eligibility', () => {
  test('Hằng opens her eligibility: the initiative is counted for CSTĐCS', async ({ page }) => {
    await loginAs(page, h!, 'staff');
    await page.goto(`/dieu-kien-khen-thuong?year=${year}`);
    await poll(() => page.getByTestId('eligibility-initiatives').textContent()).toContain('được công nhận');
    await page.getByTestId('eligibility-status-chien-si-thi-dua-co-so').waitFor();
    const r = await fetchInPage(page, `/api/people/${hangId}/eligibility?year=${year}`);
    const body = r.body as {
      output: { results: { target: string; checks: { criterion: string; outcome: string }[] }[] };
    };
    const cstdcs = body.output.results.find((x) => x.target === 'chien-si-thi-dua-co-so')!;
    expect(cstdcs.checks.some((c) => c.criterion.includes('initiative') && c.outcome === 'met')).toBe(true);
  });
});

describe('movements and covenants pages', () => {
  test('the officer sees a movement with its theme and its results per phase, and a covenant', async ({
    page,
  }) => {
    const m = await officer.post('/api/movements', {
      launchedBy: 'tinh',
      launcherName: 'UBND tỉnh Gia Lai',
      name: 'Gia Lai chung sức xây dựng nông thôn mới',
      theme: 'Chung sức xây dựng nông thôn mới',
      year,
      fromDate: `${year}-01-01`,
      toDate: `${year}-12-31`,
      phases: [
        { name: 'Đợt thứ nhất', fromDate: `${year}-01-01`, toDate: `${year}-06-30` },
        { name: 'Đợt thứ hai', fromDate: `${year}-07-01`, toDate: `${year}-12-31` },
      ],
      targets: [
        { kind: 'quantitative', content: '100% xã có điện lưới quốc gia', targetValue: 100, unit: '%' },
      ],
    });
    expect(m.statusCode, m.body).toBe(201);
    const phase = (m.json() as { phases: { id: number }[] }).phases[1]!.id;
    await officer.post(`/api/movements/${m.json().id}/results`, {
      phaseId: phase,
      reportedOn: `${year}-12-10`,
      content: 'Xã sử dụng điện lưới quốc gia',
      numerator: 220,
      denominator: 220,
      unit: 'xã',
    });
    await officer.post('/api/covenants', {
      year,
      title: `Giao ước thi đua năm ${year}`,
      status: 'signed',
      signedOn: `${year}-02-10`,
    });
    await loginAs(page, h!, 'officer');
    await page.goto('/phong-trao');
    await page.getByText('Gia Lai chung sức xây dựng nông thôn mới').click();
    await page.getByText('220/220 xã').waitFor();
    await page.goto('/giao-uoc');
    await page.getByText(`Giao ước thi đua năm ${year}`).waitFor();
  });
});
