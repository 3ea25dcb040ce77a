// Issue 5 item 2, "eligibility in context": the officer opens the rating grid of a unit and sees, per
// person, the engine's verdicts for the year (LĐTT, CSTĐCS, Giấy khen …) with the reasons and citations
// in a drawer and the forecast; records an unpaid leave in the leave editor and watches months worked
// and the LĐTT verdict follow; rates the unit as a collective and sees its TT LĐTT verdict; then finds
// the same verdicts on the person's "Điều kiện khen thưởng" tab and on the unit page.
import { afterAll, beforeAll, describe } from 'vitest';
import { buildPerson, buildUnit } from '../../apps/api/src/testing/factories.ts';
import { accountWithRole, expect, loginAs, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
let unitId = 0;
const ids: Record<string, number> = {};
const YEAR = 2024;

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  const db = h.database.db;
  const officer = accountWithRole(h, 'officer');
  const { agency_id } = await db
    .selectFrom('users')
    .select('agency_id')
    .where('username', '=', officer.username)
    .executeTakeFirstOrThrow();
  const unit = await buildUnit(db, { agencyId: agency_id!, name: 'Phòng Điều kiện thử', code: 'DKT' });
  unitId = unit.id;
  const people: [string, string][] = [
    ['DK01', 'Nguyễn Thị Hoà'],
    ['DK02', 'Lê Văn Bình'],
    ['DK03', 'Phạm Thị Cúc'],
  ];
  for (const [code, fullName] of people) {
    const p = await buildPerson(db, { unitId, code, fullName });
    ids[code] = p.id;
    await db
      .insertInto('ratings')
      .values({
        agency_id: agency_id!,
        person_id: p.id,
        unit_id: unitId,
        year: YEAR,
        final_rating: 'httnv',
        months_worked: code === 'DK03' ? null : 12,
      })
      .execute();
  }
  await db
    .insertInto('disciplines')
    .values({
      agency_id: agency_id!,
      person_id: ids.DK02!,
      year: YEAR,
      level: 'khien-trach',
      decision_ref: '12/QĐ-SCT',
    })
    .execute();
});
afterAll(async () => {
  await h?.close();
});

describe('Điều kiện khen thưởng trên bảng xếp loại, trang cán bộ và trang đơn vị', () => {
  test('verdicts per person with reasons, a leave that changes them, the collective verdict', async ({
    page,
  }) => {
    await loginAs(page, h!, 'officer');
    await page.goto(`/danh-gia-xep-loai?donVi=${unitId}&nam=${YEAR}`);
    const tag = (code: string, target: string) =>
      page.getByTestId(`ratings-verdicts-${code}`).locator(`[data-target="${target}"]`);
    await tag('DK01', 'lao-dong-tien-tien').waitFor();
    expect(await tag('DK01', 'lao-dong-tien-tien').getAttribute('data-status')).toBe('eligible');
    expect(await tag('DK02', 'lao-dong-tien-tien').getAttribute('data-status')).toBe('ineligible');

    // The reasons and citations of the refused LĐTT, and the forecast.
    await page.getByTestId('ratings-verdict-open-DK02').click();
    const drawer = page.getByTestId('verdict-drawer');
    await drawer.getByTestId('verdict-lao-dong-tien-tien').click();
    await expect.poll(() => drawer.textContent()).toMatch(/kỷ luật/i);
    await expect.poll(() => drawer.textContent()).toMatch(/Điều \d+/);
    expect(await drawer.getByTestId('verdict-forecast').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Months not entered for DK03: an unpaid leave of 8 months makes 4 months worked and refuses LĐTT.
    await page.getByTestId('ratings-leave-DK03').click();
    const leave = page.getByTestId('leave-drawer');
    await leave.getByTestId('leave-kind').click();
    await page.getByTitle('Nghỉ không lương', { exact: true }).click();
    const range = leave.locator('.ant-picker-range input');
    await range.nth(0).click();
    await range.nth(0).fill('01/02/2024');
    await page.keyboard.press('Enter');
    await range.nth(1).fill('30/09/2024');
    await page.keyboard.press('Enter');
    await leave.getByTestId('leave-submit').click();
    await expect.poll(() => leave.getByTestId('leave-list').textContent()).toContain('Nghỉ không lương');
    await expect.poll(() => leave.getByTestId('leave-months').textContent()).toBe('4');
    await page.keyboard.press('Escape');
    await leave.waitFor({ state: 'hidden' });
    await expect.poll(() => tag('DK03', 'lao-dong-tien-tien').getAttribute('data-status')).toBe('ineligible');
    // The grid's empty months cell shows what the leave makes of the year.
    await expect
      .poll(() =>
        page
          .locator('input[data-testid="rating-months-DK03"], [data-testid="rating-months-DK03"] input')
          .getAttribute('placeholder'),
      )
      .toBe('4');

    // The unit as a collective: HTTNV recorded → TT LĐTT is judged (2 of 3 LĐTT; one disciplined).
    await page.getByTestId('collective-rating').click();
    await page.getByTitle('Hoàn thành tốt nhiệm vụ', { exact: true }).click();
    await page.getByTestId('collective-save').click();
    await page
      .getByTestId('collective-verdicts')
      .locator('[data-target="tap-the-lao-dong-tien-tien"]')
      .waitFor();
    expect(await page.getByTestId('collective-card').textContent()).toContain('LĐTT đủ điều kiện: 1/3 người');

    // The person page's tab shows the same verdicts and what is lacking.
    await page.goto(`/can-bo/${ids.DK02}`);
    await page.getByTestId('person-tab-eligibility').click();
    const yearInput = page.locator(
      'input[data-testid="person-eligibility-year"], [data-testid="person-eligibility-year"] input',
    );
    await yearInput.fill(String(YEAR));
    await yearInput.press('Tab');
    await page.getByTestId('person-eligibility-verdicts').waitFor();
    await expect
      .poll(() => page.getByTestId('verdict-lao-dong-tien-tien').getAttribute('data-status'))
      .toBe('ineligible');
    await expect.poll(() => page.getByTestId('person-eligibility-lacking').textContent()).toMatch(/kỷ luật/i);

    // The unit page: collective verdicts and the people's summary.
    await page.goto('/don-vi');
    await page.getByTestId('unit-eligibility-DKT').click();
    const ud = page.getByTestId('unit-eligibility-drawer');
    await ud.locator('.ant-drawer-extra input').first().fill(String(YEAR));
    await ud.locator('.ant-drawer-extra input').first().press('Tab');
    await expect
      .poll(() => ud.getByTestId('unit-eligibility-summary').textContent())
      .toContain('Lao động tiên tiến 1/3 người');
    expect(await ud.getByTestId('unit-eligibility-people').textContent()).toContain('Lê Văn Bình');
  });
});
