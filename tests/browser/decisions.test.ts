// Issue 5, items 6 and 7 in the browser on the demo agency: the officer finds the seeded decisions (an
// annulled LĐTT struck through), registers a Bằng khen received from the Chủ tịch UBND tỉnh, issues the
// agency's own Giấy khen through the wizard and downloads the Quyết định .docx, annuls one recipient, and
// imports past awards from Excel; Nguyễn Thị Hằng (staff) reads her own award history.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { inspectDocx } from '../../packages/documents/src/inspect-docx.ts';
import { AWARD_HISTORY_COLUMNS } from '../../packages/spreadsheets/src/award-history.ts';
import { expect, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
/** expect.poll with the page's own timeout (the server may take longer than poll's 1 s on PostgreSQL). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-decisions-'));

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/**
 * page.goto that waits out a web build running at the same moment (another test run rebuilding apps/web/dist
 * answers 404 for a few seconds): retried until the app's root renders.
 */
async function go(page: Page, url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const res = await page.goto(url);
    if (res && res.status() < 400 && (await page.locator('#root').count()) > 0) return;
    if (attempt >= 20) throw new Error(`${url}: ${res?.status() ?? 'no response'}`);
    await page.waitForTimeout(3000);
  }
}

async function signIn(page: Page, username: string): Promise<void> {
  await go(page, '/dang-nhap');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(h!.accounts.find((a) => a.username === username)!.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Types into an antd Select with search and picks the option containing `text`. */
async function choose(page: Page, testId: string, search: string | null, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  if (search !== null) await page.keyboard.type(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
}

/** The `<input>` of an antd InputNumber / DatePicker whichever element carries the test id. */
function field(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

async function date(page: Page, testId: string, value: string): Promise<void> {
  const input = field(page, testId);
  await input.click();
  await input.fill(value);
  await page.keyboard.press('Enter');
}

describe('Quyết định khen thưởng và quá trình khen thưởng', () => {
  test('the officer finds the seeded decisions; an annulled LĐTT stays, struck through', async ({ page }) => {
    await signIn(page, 'vanthu.tdkt');
    await page.getByTestId('nav-decisions').click();
    await poll(() => new URL(page.url()).pathname).toBe('/quyet-dinh');
    await page.getByTestId('decisions-table').locator('tr.ant-table-row').first().waitFor();
    await field(page, 'decisions-filter-year').fill('2022');
    await poll(() => new URL(page.url()).searchParams.get('year')).toBe('2022');
    await poll(() => page.getByTestId('decisions-table').textContent()).toContain('Lao động tiên tiến');
    await page
      .getByTestId('decisions-table')
      .locator('tr.ant-table-row')
      .filter({ hasText: '198/QĐ-SCT' })
      .getByTestId('decision-link')
      .click();
    await page.getByTestId('decision-recipients').waitFor();
    const annulled = page.getByTestId('recipient-annulled');
    await poll(() => annulled.count()).toBe(1);
    expect(await annulled.textContent()).toContain('Thu hồi theo Quyết định số 52/QĐ-SCT');
    const struck = await page
      .getByTestId('decision-recipients')
      .locator('tr[data-status="annulled"] a')
      .evaluate((el) => (el as unknown as { style: { textDecoration: string } }).style.textDecoration);
    expect(struck).toBe('line-through');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('decision-docx').click(),
    ]);
    const file = path.join(tmp, 'ldtt-2022.docx');
    await download.saveAs(file);
    const texts = inspectDocx(fs.readFileSync(file)).allParagraphs.map((p) => p.text);
    expect(texts).toContain('QUYẾT ĐỊNH');
    expect(texts).toContain('Về việc công nhận danh hiệu “Lao động tiên tiến” năm 2022');
    expect(texts).toContain('GIÁM ĐỐC SỞ CÔNG THƯƠNG');
  });

  test('the officer registers a Bằng khen of the Chủ tịch UBND tỉnh and sees it in Hằng’s history', async ({
    page,
  }) => {
    await signIn(page, 'vanthu.tdkt');
    await page.getByTestId('nav-decisions').click();
    await page.getByTestId('decision-register-open').click();
    await page.getByTestId('received-issuer').fill('UBND tỉnh Gia Lai');
    await page.getByTestId('received-number').fill('1450');
    await page.getByTestId('received-symbol').fill('QĐ-UBND');
    await date(page, 'received-date', '15/03/2025');
    await choose(page, 'received-code', 'Bằng khen cấp', 'Bằng khen cấp tỉnh');
    await field(page, 'received-from').fill('2023');
    await field(page, 'received-to').fill('2024');
    await choose(page, 'received-recipients-person', 'Hằng', 'Nguyễn Thị Hằng');
    await poll(() => page.getByTestId('received-recipients').textContent()).toContain('Nguyễn Thị Hằng');
    await page.getByTestId('received-save').click();
    await poll(() => new URL(page.url()).pathname).toMatch(/^\/quyet-dinh\/\d+$/);
    await poll(() => page.getByTestId('decision-detail').textContent()).toContain('Bằng khen cấp tỉnh');

    await page.getByTestId('decision-recipients').getByRole('link', { name: 'Nguyễn Thị Hằng' }).click();
    await page.getByTestId('history-table').waitFor();
    const row = page
      .getByTestId('history-table')
      .locator('tr[data-code="bang-khen-cap-tinh"][data-year="2024"]');
    await poll(() => row.textContent()).toContain('Quyết định số 1450/QĐ-UBND ngày 15/03/2025');
    expect(
      await page.getByTestId('history-table').locator('tr[data-code="chien-si-thi-dua-co-so"]').count(),
    ).toBe(2);
  });

  test('the officer issues the agency’s Giấy khen through the wizard, downloads it, and withdraws one award', async ({
    page,
  }) => {
    await signIn(page, 'vanthu.tdkt');
    await page.getByTestId('nav-decisions').click();
    await page.getByTestId('decision-issue-open').click();
    await choose(page, 'issue-code', null, 'Giấy khen');
    await field(page, 'issue-year').fill('2025');
    await page.getByTestId('issue-next').click();
    await choose(page, 'issue-recipients-person', 'Hằng', 'Nguyễn Thị Hằng');
    await choose(page, 'issue-recipients-person', 'CB030', 'CB030');
    await poll(() => page.getByTestId('issue-recipients').locator('tr.ant-table-row').count()).toBe(2);
    await page.getByTestId('issue-next').click();
    await page.getByTestId('issue-number').fill('318');
    await date(page, 'issue-date', '26/12/2025');
    await page.getByTestId('issue-submit').click();
    await poll(() => page.getByTestId('issue-done').textContent()).toContain(
      'Đã ban hành Quyết định số 318/QĐ-SCT ngày 26/12/2025',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('issue-docx').click(),
    ]);
    const file = path.join(tmp, 'giay-khen.docx');
    await download.saveAs(file);
    const texts = inspectDocx(fs.readFileSync(file)).allParagraphs.map((p) => p.text);
    expect(texts).toContain('Về việc tặng Giấy khen năm 2025');
    expect(
      texts.some((t) => t.startsWith('Điều 1. Tặng Giấy khen của Giám đốc Sở Công Thương cho 2 cá nhân')),
    ).toBe(true);
    const [list] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('issue-list-docx').click(),
    ]);
    const listFile = path.join(tmp, 'danh-sach.docx');
    await list.saveAs(listFile);
    const table = inspectDocx(fs.readFileSync(listFile)).tables.find((t) => t.texts[0]?.[0] === 'STT')!;
    expect(table.texts.slice(1).map((r) => r[1])).toContain('Nguyễn Thị Hằng');

    await page.getByTestId('issue-open-decision').click();
    await page.getByTestId('decision-recipients').waitFor();
    await page
      .getByTestId('decision-recipients')
      .locator('tr.ant-table-row')
      .filter({ hasText: 'Nguyễn Thị Hằng' })
      .getByTestId('recipient-annul')
      .click();
    await page.getByTestId('annul-reason').fill('Nhầm đối tượng, đã được khen ở quyết định khác');
    await page.getByTestId('annul-submit').click();
    await poll(() => page.getByTestId('recipient-annulled').count()).toBe(1);
    expect(await page.getByTestId('recipient-annulled').textContent()).toContain('Nhầm đối tượng');
  });

  test('the officer imports past awards from Excel: a bad row is named, the fixed file is written', async ({
    page,
  }) => {
    const write = async (rows: (string | number | null)[][], name: string) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Quá trình khen thưởng');
      ws.addRow(AWARD_HISTORY_COLUMNS.map((c) => c.header));
      for (const r of rows) ws.addRow(r);
      const file = path.join(tmp, name);
      await wb.xlsx.writeFile(file);
      return file;
    };
    await signIn(page, 'vanthu.tdkt');
    await page.getByTestId('nav-decisions').click();
    await page.getByTestId('history-import-open').click();
    const bad = await write(
      [
        ['CB035', null, null, 'LĐTT', 2021, '150/QĐ-SCT', '28/12/2021', 'Giám đốc Sở'],
        ['CB999', null, null, 'Huân chương gì đó', 2021, null, null, null],
      ],
      'bad.xlsx',
    );
    await page.getByTestId('history-import-file').setInputFiles(bad);
    await page.getByTestId('history-import-submit').click();
    await page.getByTestId('history-import-errors').waitFor();
    const errors = await page.getByTestId('history-import-errors').textContent();
    expect(errors).toContain('Dòng 3, cột A (Mã cán bộ): Không có cán bộ mã CB999 trong cơ quan.');
    expect(errors).toContain('Dòng 3, cột D (Danh hiệu/hình thức)');

    const good = await write(
      [
        ['CB035', null, null, 'LĐTT', 2021, '150/QĐ-SCT', '28/12/2021', 'Giám đốc Sở'],
        ['CB035', null, null, 'CSTĐCS', 2021, '151/QĐ-SCT', '28/12/2021', 'Giám đốc Sở'],
      ],
      'good.xlsx',
    );
    await page.getByTestId('history-import-file').setInputFiles(good);
    await page.getByTestId('history-import-submit').click();
    await poll(() => page.getByTestId('history-import-done').textContent()).toContain(
      'Đã nhập 2 danh hiệu/hình thức khen thưởng của 1 cán bộ',
    );
  });

  test('Nguyễn Thị Hằng (staff) reads her own award history: CSTĐCS 2023 and 2024 with their decisions', async ({
    page,
  }) => {
    await signIn(page, 'hang.nt');
    await page.getByTestId('nav-award-history').click();
    await page.getByTestId('history-table').waitFor();
    const rows = page.getByTestId('history-table').locator('tr[data-code="chien-si-thi-dua-co-so"]');
    await poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('Quyết định số 241/QĐ-SCT ngày 26/12/2024');
    expect(await page.getByTestId('history-chooser').count()).toBe(0);
  });
});
