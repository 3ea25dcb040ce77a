// Issue 6 journey, clusters and blocks (Cụm thi đua V of seed 003 in the demo): Lai Châu's leader account
// enters a task into the cluster's 2025 plan and exports the plan (.docx signed "TM. CỤM THI ĐUA V / CỤM
// TRƯỞNG"); the 2025 year-end conference elects Điện Biên leader for 2026; a member officer (Sơn La) sees the
// rotation history and cannot open another cluster.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { inspectDocx } from '../../packages/documents/src/inspect-docx.ts';
import { DEMO_PASSWORD } from '../../packages/db/src/seed/index.ts';
import { expect, fetchInPage, login, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
/** The pages load their data after navigation; on a busy machine that takes more than poll's default second. */
const POLL = { timeout: 15_000 };
let cumV = 0;
let cumVIII = 0;

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  const groups = await h.database.db.selectFrom('emulation_groups').select(['id', 'code']).execute();
  cumV = groups.find((g) => g.code === 'CUM-V-BCT')!.id;
  cumVIII = groups.find((g) => g.code === 'CUM-VIII-BCT')!.id;
});
afterAll(async () => {
  await h?.close();
});

/** Picks an option in the open antd Select dropdown. */
async function pick(page: Page, title: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .getByTitle(title)
    .first()
    .click();
}

/** Picks in a single-choice Select and waits until its dropdown has closed (the next Select opens its own). */
async function pickOne(page: Page, title: string): Promise<void> {
  await pick(page, title);
  await expect
    .poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count(), POLL)
    .toBe(0);
}

async function openCumV(page: Page, year: number): Promise<void> {
  await page.getByTestId('nav-cluster-list').click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/cum-thi-dua');
  await page.goto(`/cum-thi-dua?nam=${year}`);
  await page.getByTestId('cluster-link-CUM-V-BCT').click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/cum-thi-dua/${cumV}`);
  await page.getByTestId('cluster-my-role').waitFor();
}

describe('Khối, cụm thi đua: Cụm thi đua V', () => {
  test("Lai Châu's leader enters a plan task and exports the plan as .docx", async ({ page }) => {
    await login(page, 'cumtruong.cum5', DEMO_PASSWORD);
    await openCumV(page, 2025);
    await expect.poll(() => page.getByTestId('cluster-my-role').textContent(), POLL).toBe('Cụm trưởng');
    await page.getByTestId('cluster-tab-plan').click();
    await page.getByTestId('plan-tasks').waitFor();
    expect(await page.getByTestId('plan-tasks').locator('tbody tr').count()).toBe(12);

    await page.getByTestId('plan-add-task').click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByTestId('task-content')
      .fill('Tổ chức đoàn kiểm tra chéo công tác thi đua, khen thưởng giữa các cơ quan trong Cụm');
    await dialog.getByTestId('task-lead').click();
    await pick(page, 'Sở Công Thương tỉnh Lai Châu');
    await pick(page, 'Sở Công Thương tỉnh Điện Biên');
    await page.keyboard.press('Escape');
    const month = dialog.locator('input[data-testid="task-month"], [data-testid="task-month"] input');
    await month.click();
    await month.fill('10/2025');
    await page.keyboard.press('Enter');
    await page.getByTestId('task-save').click();
    await expect.poll(() => page.getByTestId('plan-tasks').locator('tbody tr').count(), POLL).toBe(13);
    const last = page.getByTestId('plan-tasks').locator('tbody tr').last();
    const row = (await last.textContent()) ?? '';
    expect(row).toContain('Tổ chức đoàn kiểm tra chéo');
    expect(row).toContain('Sở Công Thương tỉnh Lai Châu; Sở Công Thương tỉnh Điện Biên');
    expect(row).toContain('Các cơ quan thành viên Cụm thi đua V');
    expect(row).toContain('Tháng 10/2025');

    // The plan gets its number in the document fields before it is exported.
    await page.getByTestId('plan-edit-header').click();
    await page.getByRole('dialog').getByLabel('Số', { exact: true }).fill('07');
    await page.getByTestId('plan-header-save').click();
    await expect.poll(async () => page.getByText('Số 07/KH-CTĐV').count(), POLL).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-docx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('Kế hoạch Cụm thi đua V năm 2025.docx');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-cum-')), 'ke-hoach.docx');
    await download.saveAs(file);
    const doc = inspectDocx(fs.readFileSync(file));
    const texts = doc.allParagraphs.map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'BỘ CÔNG THƯƠNG',
        'CỤM THI ĐUA V',
        'KẾ HOẠCH',
        'Tổ chức công tác thi đua, khen thưởng của Cụm Thi đua V năm 2025',
        'TM. CỤM THI ĐUA V',
        'CỤM TRƯỞNG',
        'Nguyễn Sỹ Chín',
      ]),
    );
    expect(texts.some((t) => t.includes('07/KH-CTĐV'))).toBe(true);
    const table = doc.tables.find((t) => t.texts[0]?.[1] === 'Nội dung, nhiệm vụ');
    expect(table?.texts).toHaveLength(14);
    expect(table?.texts[13]?.[4]).toBe('Tháng 10/2025');
  });

  test("the year-end conference elects next year's leader and deputy, with the votes", async ({ page }) => {
    await login(page, 'cumtruong.cum5', DEMO_PASSWORD);
    await openCumV(page, 2025);
    await page.getByTestId('cluster-tab-meetings').click();
    const date = page.locator(
      'input[data-testid="election-held-on"], [data-testid="election-held-on"] input',
    );
    await date.click();
    await date.fill('15/01/2026');
    await page.keyboard.press('Enter');
    const leader = page.getByTestId('election-candidate-0');
    await leader.locator('.ant-select').nth(1).click();
    await pickOne(page, 'Sở Công Thương tỉnh Điện Biên');
    await leader.getByLabel('Số phiếu tán thành').fill('5');
    const deputy = page.getByTestId('election-candidate-1');
    await deputy.locator('.ant-select').nth(1).click();
    await pickOne(page, 'Sở Công Thương tỉnh Hòa Bình');
    await deputy.getByLabel('Số phiếu tán thành').fill('4');
    await deputy.getByLabel('Số phiếu không tán thành').fill('1');
    await page.getByTestId('election-submit').click();
    await page.getByTestId('cluster-next-covenant').waitFor();
    const card = page.locator('.ant-card').filter({ hasText: 'Cụm trưởng năm 2026' }).first();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Cụm trưởng năm 2026');
    expect(text).toContain('Sở Công Thương tỉnh Điện Biên');
    expect(text).toContain('5/5');
    expect(text).toContain('Trúng cử');
    // The new leader is in next year's membership, dated the day of the conference.
    await page.goto(`/cum-thi-dua/${cumV}?nam=2026`);
    const members = page.getByTestId('cluster-members');
    await members.waitFor();
    const firstRow = (await members.locator('tbody tr').first().textContent()) ?? '';
    expect(firstRow).toContain('Sở Công Thương tỉnh Điện Biên');
    expect(firstRow).toContain('Cụm trưởng');
    expect(firstRow).toContain('15/01/2026');
    // Lai Châu's account is a member from 2026.
    await expect.poll(() => page.getByTestId('cluster-my-role').textContent(), POLL).toBe('Thành viên');
  });

  test('a member officer sees the rotation history, but not another cluster', async ({ page }) => {
    await login(page, 'vanthu.sct.sonla', DEMO_PASSWORD);
    await page.getByTestId('nav-cluster-list').click();
    await page.goto('/cum-thi-dua?nam=2025');
    await page.getByTestId('cluster-link-CUM-V-BCT').waitFor();
    expect(await page.getByTestId('clusters-table').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('cluster-link-CUM-V-BCT').click();
    await expect.poll(() => page.getByTestId('cluster-my-role').textContent(), POLL).toBe('Thành viên');
    const rotation = page.getByTestId('cluster-rotation');
    await rotation.waitFor();
    const rows = await rotation.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('2024');
    expect(rows[0]).toContain('Sở Công Thương tỉnh Sơn La');
    expect(rows[1]).toContain('Sở Công Thương tỉnh Lai Châu');
    expect(rows[2]).toContain('2026');
    expect(rows[2]).toContain('Sở Công Thương tỉnh Điện Biên');
    // A member reads the plan but has no editing buttons.
    await page.getByTestId('cluster-tab-plan').click();
    await page.getByTestId('plan-tasks').waitFor();
    expect(await page.getByTestId('plan-add-task').count()).toBe(0);
    // Another cluster (Cụm thi đua số VIII) is not found, in the page and in the API.
    await page.goto(`/cum-thi-dua/${cumVIII}?nam=2025`);
    await expect
      .poll(async () => (await page.locator('.ant-alert').textContent()) ?? '', POLL)
      .toContain('Không tìm thấy cụm, khối thi đua');
    expect((await fetchInPage(page, `/api/clusters/${cumVIII}?year=2025`)).status).toBe(404);
  });
});
