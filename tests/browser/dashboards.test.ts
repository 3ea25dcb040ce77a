// Issue #7 item 5 journey: the overview page ("/") composes cards by role. The officer sees the agency's year
// (director's summary), deadlines, pending dossiers, quotas used and indicators against plan, and a quota opens
// its records; a unit head sees their unit's ratings, tasks and registrations; a staff member sees their award
// history, forecast and deadlines. Data: apps/api/src/modules/statistics/fixtures.ts in its own agency.
import { afterAll, beforeAll, describe } from 'vitest';
import { buildUser } from '../../apps/api/src/testing/factories.ts';
import { buildStatsFixture, type StatsFixture } from '../../apps/api/src/modules/statistics/fixtures.ts';
import { expect, login, loginAs, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
let fx: StatsFixture;
const users = { officer: '', head: '', staff: '' };
let password = '';

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  const db = h.database.db;
  fx = await buildStatsFixture(db, { prefix: 'DB' });
  const o = await buildUser(db, { role: 'officer', agencyId: fx.agencyId, username: 'tongquan.vanthu' });
  const u = await buildUser(db, {
    role: 'unit-head',
    unitId: fx.u1,
    agencyId: fx.agencyId,
    username: 'tongquan.truongphong',
  });
  const s = await buildUser(db, {
    role: 'staff',
    personId: fx.people.B,
    agencyId: fx.agencyId,
    username: 'tongquan.bich',
  });
  users.officer = o.username;
  users.head = u.username;
  users.staff = s.username;
  password = o.password;
});
afterAll(async () => {
  await h?.close();
});

describe('Tổng quan theo vai trò', () => {
  test("the officer's overview: the agency's year, deadlines, pending dossiers, quotas used, indicators", async ({
    page,
  }) => {
    await login(page, users.officer, password);
    expect(new URL(page.url()).pathname).toBe('/');
    const director = page.getByTestId('card-director');
    await director.waitFor();
    await expect.poll(() => director.textContent()).toContain('Năm 2024 của cơ quan');
    expect(await director.textContent()).toContain('10 / 1');
    const deadlines = page.getByTestId('card-deadlines');
    expect(await deadlines.textContent()).toContain('Trễ hạn: 2');
    expect(await page.getByTestId('officer-deadlines').textContent()).toContain(
      'Tổng hợp đăng ký thi đua của các đơn vị',
    );
    expect(await page.getByTestId('card-proposals').textContent()).toContain('Chờ cấp trên (từ 01/02/2025)');
    expect(await page.getByTestId('card-indicators').textContent()).toContain('Giá trị sản xuất công nghiệp');
    await expect
      .poll(() => page.getByTestId('quota-chien-si-thi-dua-co-so').textContent())
      .toBe('CSTĐCS: 1/1 (15% của 7 LĐTT)');
    await page.getByTestId('quota-chien-si-thi-dua-co-so').click();
    await page.getByTestId('records-total').waitFor();
    await expect.poll(() => page.getByTestId('records-total').textContent()).toBe('1');
    expect(await page.getByTestId('record-name').allTextContents()).toEqual(['Trần Thị Bích']);
  });

  test("a unit head's overview: the unit's ratings progress, tasks and registrations", async ({ page }) => {
    await login(page, users.head, password);
    const card = page.getByTestId('card-unit-head');
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain('Phòng Kinh tế thử – năm 2024');
    expect(await page.getByTestId('unit-ratings').textContent()).toBe(
      '3/5 đã xếp loại (0 tự đánh giá, 0 đề xuất, 1 HTXSNV)',
    );
    expect(await page.getByTestId('unit-tasks').textContent()).toBe('1/2 xong, 1 trễ hạn');
    expect(await page.getByTestId('unit-registrations').textContent()).toBe(
      '2/5 cá nhân đã đăng ký; đơn vị đã đăng ký',
    );
    expect(await page.getByTestId('card-director').count()).toBe(0);
  });

  test("a staff member's overview: my award history, my forecast and my deadlines", async ({ page }) => {
    await login(page, users.staff, password);
    const history = page.getByTestId('my-history');
    await history.waitFor();
    await expect.poll(() => history.locator('.ant-list-item').count()).toBe(3);
    expect(await history.textContent()).toContain('2024 – Chiến sĩ thi đua cơ sở');
    expect(await history.textContent()).toContain('QĐ số 13/QĐ-SCT ngày 15/01/2025');
    const forecast = page.getByTestId('my-forecast');
    await forecast.waitFor();
    expect(await forecast.textContent()).toContain('Bằng khen cấp tỉnh');
    await page.getByTestId('card-my-deadlines').waitFor();
    expect(await page.getByTestId('card-director').count()).toBe(0);
    expect(await page.getByTestId('card-deadlines').count()).toBe(0);
  });

  test('the demo officer still sees the overview of the demo agency', async ({ page }) => {
    await loginAs(page, h!, 'officer');
    await page.getByTestId('card-director').waitFor();
    await page.getByTestId('card-quotas').waitFor();
  });
});
