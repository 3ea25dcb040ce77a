// Issue #7 item 4 journey: the officer of an agency opens Thống kê, sees the charts drawn (SVG with the
// figures), opens the records behind a figure, exports a chart's data to Excel; the titles-against-targets,
// indicators, tasks and fairness charts render; a unit head sees their unit only. The agency is built by
// apps/api/src/modules/statistics/fixtures.ts (apart from the demo agency, so its figures are known).
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildUser } from '../../apps/api/src/testing/factories.ts';
import { buildStatsFixture, type StatsFixture } from '../../apps/api/src/modules/statistics/fixtures.ts';
import { expect, login, loginAs, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
let fx: StatsFixture;
const users: Record<'officer' | 'head', { username: string; password: string }> = {
  officer: { username: '', password: '' },
  head: { username: '', password: '' },
};

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  const db = h.database.db;
  fx = await buildStatsFixture(db, { prefix: 'BT' });
  const o = await buildUser(db, { role: 'officer', agencyId: fx.agencyId, username: 'thongke.vanthu' });
  users.officer = { username: o.username, password: o.password };
  const u = await buildUser(db, {
    role: 'unit-head',
    unitId: fx.u1,
    agencyId: fx.agencyId,
    username: 'thongke.truongphong',
  });
  users.head = { username: u.username, password: u.password };
});
afterAll(async () => {
  await h?.close();
});

/** The chart is drawn: an SVG inside it with shapes, and its text shows `text`. */
async function chartDrawn(page: Page, testId: string, text: string): Promise<void> {
  const chart = page.getByTestId(testId);
  await chart.locator('svg').first().waitFor();
  await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(2);
  await expect.poll(() => chart.locator('svg').first().textContent()).toContain(text);
}

async function xlsxRows(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('Thống kê', () => {
  test('the officer sees the award charts, opens the records behind a figure and exports a chart to Excel', async ({
    page,
  }) => {
    await login(page, users.officer.username, users.officer.password);
    await page.getByTestId('nav-statistics').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/thong-ke');
    await page.getByTestId('stats-from').click();
    await page.getByTitle('2023', { exact: true }).click();
    await page.getByTestId('awards-summary').waitFor();
    await expect
      .poll(() => page.getByTestId('awards-summary').textContent())
      .toContain('14 lượt khen thưởng các năm 2023–2024');
    await chartDrawn(page, 'chart-awards-by-year', '2024');
    await chartDrawn(page, 'chart-awards-by-level', 'Cấp cơ sở');
    await chartDrawn(page, 'chart-awards-by-form', 'LĐTT');
    await chartDrawn(page, 'chart-awards-by-unit', 'Phòng Kinh tế thử');

    // Excel of the "by year" chart: the same figures as the chart.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-awards-by-year').click(),
    ]);
    expect(download.suggestedFilename()).toBe('awards-by-year-2023-2024.xlsx');
    const rows = await xlsxRows(await download.path());
    expect(rows.slice(2)).toEqual([
      [2023, 3, 0, 3],
      [2024, 10, 1, 11],
    ]);

    // The "titles 2024: 10" figure opens its ten records, each with its decision.
    const card = page.getByTestId('card-awards-by-year');
    await card.getByTestId('figure-link').filter({ hasText: '10' }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/thong-ke/ho-so');
    await page.getByTestId('records-total').waitFor();
    await expect.poll(() => page.getByTestId('records-total').textContent()).toBe('10');
    expect(await page.getByTestId('records-description').textContent()).toContain(
      'Danh hiệu thi đua · năm 2024',
    );
    await expect.poll(() => page.getByTestId('record-name').count()).toBe(10);
    expect(await page.getByTestId('record-decision').allTextContents()).toContain(
      'Số 12/QĐ-SCT ngày 15/01/2025 – Sở Công Thương',
    );
    const [list] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('records-export').click(),
    ]);
    expect((await xlsxRows(await list.path())).length).toBe(12);
  });

  test('titles against the targets, indicators by month, tasks by status and fairness charts render', async ({
    page,
  }) => {
    await login(page, users.officer.username, users.officer.password);
    await page.goto('/thong-ke?tab=danh-hieu&nam=2024');
    await chartDrawn(page, 'chart-titles-vs-targets', 'Phòng Kinh tế thử');
    const totals = page.getByTestId('titles-totals');
    await totals.waitFor();
    await expect.poll(() => totals.textContent()).toContain('LĐTT: 7/9 cán bộ = 77,8%');
    expect(await page.getByTestId('title-targets').textContent()).toContain(
      'LĐTT: ít nhất 75% số cán bộ — 75% cán bộ đạt danh hiệu Lao động tiên tiến (Phong trào thi đua yêu nước năm 2024)',
    );
    // LĐTT of Phòng Kinh tế thử: 4 → the four people.
    await page
      .getByTestId('card-titles-vs-targets')
      .locator('tr', { hasText: 'Phòng Kinh tế thử' })
      .getByTestId('figure-link')
      .first()
      .click();
    await page.getByTestId('records-total').waitFor();
    await expect.poll(() => page.getByTestId('records-total').textContent()).toBe('4');
    expect((await page.getByTestId('record-name').allTextContents()).sort()).toEqual(
      ['Lê Thị Cúc', 'Nguyễn Văn An', 'Phạm Văn Dũng', 'Trần Thị Bích'].sort(),
    );
    // The annulled LĐTT of Hoàng Văn Em is in the history, marked, only when asked for; never in the figure.
    await page.getByTestId('records-include-annulled').click();
    await expect.poll(() => page.getByTestId('records-total').textContent()).toBe('5');
    await expect.poll(() => page.getByTestId('records-table').textContent()).toContain('Đã hủy');

    await page.goto('/thong-ke?tab=chi-tieu&nam=2024');
    await chartDrawn(page, 'chart-indicators-by-month', 'Tháng 2');

    await page.goto('/thong-ke?tab=nhiem-vu&nam=2024');
    await chartDrawn(page, 'chart-tasks-by-status', 'Trễ hạn');
    await page
      .getByTestId('card-tasks-by-status')
      .locator('tr', { hasText: 'Trễ hạn' })
      .getByTestId('figure-link')
      .click();
    await page.getByTestId('records-total').waitFor();
    await expect.poll(() => page.getByTestId('records-total').textContent()).toBe('2');

    await page.goto('/thong-ke?tab=cong-bang&nam=2024&tu=2023&den=2024');
    await chartDrawn(page, 'chart-fairness-leaders', 'Lãnh đạo');
    await chartDrawn(page, 'chart-fairness-gender', 'Nữ');
    await chartDrawn(page, 'chart-rotation', 'LĐTT');
    await chartDrawn(page, 'chart-timeliness', '0–30 ngày');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-fairness-gender').click(),
    ]);
    const rows = await xlsxRows(await download.path());
    expect(rows[2]).toEqual(['Nữ', 4, 44.4, 6, 66.7, 4, 150]);
  });

  test("the administrator picks another agency and its figures open that agency's records", async ({
    page,
  }) => {
    await loginAs(page, h!, 'admin');
    await page.goto(`/thong-ke?coQuan=${fx.agencyId}&tu=2023&den=2024`);
    await page.getByTestId('awards-summary').waitFor();
    await expect
      .poll(() => page.getByTestId('awards-summary').textContent())
      .toContain('Sở Công Thương thử: 14 lượt khen thưởng');
    await chartDrawn(page, 'chart-awards-by-form', 'LĐTT');
    await page
      .getByTestId('card-awards-by-form')
      .locator('tr', { has: page.getByText('Lao động tiên tiến', { exact: true }) })
      .getByTestId('figure-link')
      .click();
    await page.getByTestId('records-total').waitFor();
    await expect.poll(() => page.getByTestId('records-total').textContent()).toBe('10');
  });

  test('a unit head sees the statistics of their unit only', async ({ page }) => {
    await login(page, users.head.username, users.head.password);
    await page.goto('/thong-ke?tu=2023&den=2024');
    await page.getByTestId('awards-summary').waitFor();
    await expect
      .poll(() => page.getByTestId('awards-summary').textContent())
      .toContain('Phòng Kinh tế thử – Sở Công Thương thử: 9 lượt');
    await chartDrawn(page, 'chart-awards-by-unit', 'Phòng Kinh tế thử');
    expect(await page.getByTestId('chart-awards-by-unit').textContent()).not.toContain('Văn phòng thử');
  });
});
