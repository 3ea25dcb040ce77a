// Issue 7 journey, step "enter June's indicators": the demo agency's officer opens the indicator grid for
// 2023, where January–May are already in tdkt (and last year's January–June, for the same period), types
// June's values the Vietnamese way and sees the cumulative, % of plan and change against the same period
// of seed 001 (14.103,4 tỷ đồng, 44,6%, tăng 14,9%; 46.828 tỷ đồng, 43,36%, tăng 28,32%); then the
// prior-year figure typed in a cell's detail changes the comparison; the revision history lists it all.
import { afterAll, beforeAll, describe } from 'vitest';
import { accountWithRole, expect, loginAs, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;

async function seedIndicators(hh: Harness): Promise<void> {
  const db = hh.database.db;
  const officer = accountWithRole(hh, 'officer');
  const user = await db
    .selectFrom('users')
    .select(['id', 'agency_id'])
    .where('username', '=', officer.username)
    .executeTakeFirstOrThrow();
  const agencyId = user.agency_id!;
  const define = async (
    year: number,
    code: string,
    name: string,
    plan: string | null,
    precision: number,
    percentPrecision: number,
    position: number,
  ) =>
    (
      await db
        .insertInto('indicators')
        .values({
          agency_id: agencyId,
          year,
          code,
          name,
          value_kind: 'amount',
          unit: 'tỷ đồng',
          precision,
          percent_precision: percentPrecision,
          aggregation: 'sum',
          plan_value: plan,
          position,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const months = async (id: number, values: string[]) => {
    for (const [i, v] of values.entries())
      await db
        .insertInto('indicator_values')
        .values({ indicator_id: id, month: i + 1, kind: 'actual', value: v })
        .execute();
  };
  // 2022, the same period: 12.274 and 36.493 tỷ đồng for January–June (the values seed 001's percentages imply).
  await months(await define(2022, 'gtsx-cn', 'Tổng giá trị sản xuất công nghiệp', null, 1, 1, 1), [
    '2000',
    '2000',
    '2000',
    '2000',
    '2000',
    '2274',
  ]);
  await months(await define(2022, 'ban-le', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', null, 0, 2, 2), [
    '6000',
    '6000',
    '6000',
    '6000',
    '6000',
    '6493',
  ]);
  // 2023: plans 31.620 and 108.000 tỷ đồng; January–May entered.
  await months(
    await define(2023, 'gtsx-cn', 'Tổng giá trị sản xuất công nghiệp (giá so sánh 2010)', '31620', 1, 1, 1),
    ['2356.2', '2289.5', '2512.8', '2498.6', '2511.3'],
  );
  await months(
    await define(2023, 'ban-le', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', '108000', 0, 2, 2),
    ['7512', '7340', '7698', '7905', '8131'],
  );
}

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  await seedIndicators(h);
});
afterAll(async () => {
  await h?.close();
});

describe('Nhập số liệu chỉ tiêu tháng 6', () => {
  test('the officer enters June in the grid and sees seed 001’s cumulative, % of plan and change; the correction is in the history', async ({
    page,
  }) => {
    const officer = await loginAs(page, h!, 'officer');
    await page.getByTestId('nav-indicators').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/chi-tieu');
    await page.goto('/chi-tieu?nam=2023&thang=6');
    await page.getByTestId('indicator-grid').waitFor();
    await expect.poll(() => page.getByTestId('cum-gtsx-cn').textContent()).toBe('12.168,4');

    // June, first as an estimate …
    await page.getByTestId('indicator-kind').getByText('Ước thực hiện').click();
    const june = page.getByTestId('cell-gtsx-cn-6');
    await june.fill('1.953');
    await june.press('Enter');
    await expect.poll(() => page.getByTestId('cum-gtsx-cn').textContent()).toBe('14.121,4 (ước)');

    // … then the actual replaces it.
    await page.getByTestId('indicator-kind').getByText('Thực hiện', { exact: true }).click();
    await page.getByTestId('cell-gtsx-cn-6').fill('1.935');
    await page.getByTestId('cell-gtsx-cn-6').press('Enter');
    await expect.poll(() => page.getByTestId('cum-gtsx-cn').textContent()).toBe('14.103,4');
    await expect.poll(() => page.getByTestId('plan-pct-gtsx-cn').textContent()).toBe('44,6%');
    await expect.poll(() => page.getByTestId('change-gtsx-cn').textContent()).toBe('tăng 14,9%');

    const retail = page.getByTestId('cell-ban-le-6');
    await retail.fill('8.242');
    await retail.press('Enter');
    await expect.poll(() => page.getByTestId('cum-ban-le').textContent()).toBe('46.828');
    await expect.poll(() => page.getByTestId('plan-pct-ban-le').textContent()).toBe('43,36%');
    await expect.poll(() => page.getByTestId('change-ban-le').textContent()).toBe('tăng 28,32%');

    // Something that is not a number is refused in the cell, in Vietnamese, and nothing changes.
    await page.getByTestId('cell-ban-le-7').fill('tám nghìn');
    await page.getByTestId('cell-ban-le-7').press('Enter');
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('"tám nghìn" không phải số');

    // Last year's figure typed in the cell's detail (as when last year is not in tdkt) wins over last
    // year's months: 14.103,4 against 12.500 is up 12,8%.
    await page.getByTestId('detail-gtsx-cn').click();
    await page.getByTestId('cell-detail-prior').fill('12.500');
    await page.getByTestId('cell-detail-save').click();
    await expect.poll(() => page.getByTestId('change-gtsx-cn').textContent()).toBe('tăng 12,8%');
    await expect.poll(() => page.getByTestId('cum-gtsx-cn').textContent()).toBe('14.103,4');

    // The history of the industrial production value: every change of its cells, by this officer.
    await page.getByTestId('history-gtsx-cn').click();
    const revisions = page.getByTestId('revisions-table');
    await revisions.waitFor();
    const rows = revisions.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(3);
    const text = await rows.allTextContents();
    expect(text[0]).toContain('1.935');
    expect(text[0]).toContain(officer.username);
    expect(text.join(' ')).toContain('1.953');
  });
});
