// Issue 4 journeys for plans: the officer creates 2025's plan from 2024's and exports it to Word; the head of
// the lead unit marks a task done with evidence; a late task escalates to the unit head and the officer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { inspectDocx } from '../../packages/documents/src/inspect-docx.ts';
import { login as apiLogin, type Client } from '../../apps/api/src/testing/http.ts';
import { todayIn } from '../../apps/api/src/context.ts';
import { addDays } from '../../apps/api/src/modules/plans/deadlines.ts';
import { accountWithRole, expect, loginAs, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
let officer: Client;
let agencyId: number;
let qltm: number; // the demo unit head's unit (Phòng Quản lý Thương mại)
let plan2024: number;
let currentPlan: number;
let taskDueLater: number;
let taskLate: number;
const today = todayIn('Asia/Ho_Chi_Minh');
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  const o = accountWithRole(h, 'officer');
  officer = await apiLogin(h.app, o.username, o.password);
  const db = h.database.db;
  const user = await db
    .selectFrom('users')
    .select(['agency_id'])
    .where('username', '=', o.username)
    .executeTakeFirstOrThrow();
  agencyId = user.agency_id!;
  const head = accountWithRole(h, 'unit-head');
  const role = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('r.unit_id')
    .where('u.username', '=', head.username)
    .where('r.role', '=', 'unit-head')
    .executeTakeFirstOrThrow();
  qltm = role.unit_id!;
  const vp = (
    await db
      .selectFrom('units')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('id', '<>', qltm)
      .orderBy('sort_order')
      .executeTakeFirstOrThrow()
  ).id;

  const post = async (url: string, body: unknown) => {
    const r = await officer.post(url, body);
    if (r.statusCode !== 201) throw new Error(`${url} → ${r.statusCode} ${r.body}`);
    return r.json() as { id: number };
  };
  // Seed 004's plan for 2024, entered through the API.
  plan2024 = (
    await post('/api/plans', {
      agencyId,
      year: 2024,
      title: 'Công tác thi đua, khen thưởng năm 2024',
      symbol: 'KH-SCT',
      issuedOn: '2024-01-12',
      legalBasis:
        'Thực hiện Kế hoạch số 241/KH-UBND ngày 28/12/2023 của UBND tỉnh về công tác thi đua, khen thưởng năm 2024.',
      signerLine: 'KT. GIÁM ĐỐC',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signerName: 'Trần Thị Hoa',
      recipients: ['Hội đồng TĐKT tỉnh', 'Lãnh đạo Sở', 'Lưu: VT, VP.'],
      sections: [
        { heading: 'MỤC ĐÍCH, YÊU CẦU', body: '1. Mục đích\nĐẩy mạnh các phong trào thi đua năm 2024.' },
        { heading: 'NỘI DUNG', body: '[NHIỆM VỤ]' },
        { heading: 'TỔ CHỨC THỰC HIỆN', body: 'Văn phòng Sở đôn đốc, tổng hợp.' },
      ],
    })
  ).id;
  await post(`/api/plans/${plan2024}/tasks`, {
    quarter: 1,
    content: 'Tổ chức ký kết giao ước thi đua năm 2024.',
    leadUnitIds: [vp],
    coordinatingLabels: ['Các phòng, đơn vị trực thuộc Sở'],
    deadline: { kind: 'before', on: '2024-02-28' },
  });
  await post(`/api/plans/${plan2024}/tasks`, {
    quarter: 4,
    content: 'Tổng kết công tác thi đua khen thưởng năm 2024.',
    leadUnitIds: [vp],
    deadline: { kind: 'month', month: '2024-12' },
  });
  await post(`/api/plans/${plan2024}/tasks`, {
    quarter: null,
    content: 'Khen thưởng đột xuất.',
    leadLabels: ['HĐ TĐKT'],
    deadline: { kind: 'regularly' },
  });

  // This year's plan, with one task due in three weeks and one that was due yesterday, both led by Phòng QLTM.
  currentPlan = (
    await post('/api/plans', { agencyId, year, title: `Công tác thi đua, khen thưởng năm ${year}` })
  ).id;
  taskDueLater = (
    await post(`/api/plans/${currentPlan}/tasks`, {
      quarter: 4,
      content: 'Báo cáo kết quả phong trào thi đua của phòng.',
      leadUnitIds: [qltm],
      deadline: { kind: 'before', on: addDays(today, 21) },
    })
  ).id;
  taskLate = (
    await post(`/api/plans/${currentPlan}/tasks`, {
      quarter: 4,
      content: 'Gửi đăng ký thi đua của phòng về Văn phòng Sở.',
      leadUnitIds: [qltm],
      deadline: { kind: 'on', on: addDays(today, -1) },
    })
  ).id;
});
afterAll(async () => {
  await h?.close();
});

describe('Kế hoạch công tác thi đua, khen thưởng', () => {
  test('the officer creates 2025’s plan from 2024’s and exports it to .docx', async ({ page }) => {
    await loginAs(page, h!, 'officer');
    await page.getByTestId('nav-plans').click();
    await page.getByTestId('plan-link-2024').click();
    await expect.poll(() => page.getByTestId('plan-tasks').textContent()).toContain('Trước ngày 28/02/2024');
    await page.getByTestId('plan-next-year').click();
    await page.getByTestId('plan-next-year-confirm').click();
    await page.waitForURL(
      (u) => /\/ke-hoach\/\d+$/.test(u.pathname) && u.pathname !== `/ke-hoach/${plan2024}`,
    );
    await expect.poll(() => page.locator('.page-header h3').textContent()).toBe('Kế hoạch năm 2025');
    const tasks = page.getByTestId('plan-tasks');
    await expect.poll(() => tasks.textContent()).toContain('Trước ngày 28/02/2025');
    const text = (await tasks.textContent()) ?? '';
    expect(text).toContain('Tổ chức ký kết giao ước thi đua năm 2025.');
    expect(text).toContain('Tháng 12/2025');
    expect(text).toContain('Thường xuyên');
    expect(text).not.toContain('2024');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-export-docx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('Kế hoạch TĐKT năm 2025.docx');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-plan-')), 'ke-hoach.docx');
    await download.saveAs(file);
    const doc = inspectDocx(fs.readFileSync(file));
    const paragraphs = doc.allParagraphs.map((p) => p.text);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'KẾ HOẠCH',
        'Công tác thi đua, khen thưởng năm 2025',
        'KT. GIÁM ĐỐC',
        'PHÓ GIÁM ĐỐC',
        'Trần Thị Hoa',
      ]),
    );
    expect(paragraphs.some((p) => p.includes('…/KH-SCT'))).toBe(true);
    const table = doc.tables.find((t) => t.texts[0]?.[1] === 'Nội dung');
    expect(table?.texts.map((r) => r[0])).toEqual(['STT', 'QUÝ I', '1', 'QUÝ IV', '1', 'CẢ NĂM', '1']);
    expect(table?.texts.flat()).toEqual(
      expect.arrayContaining(['Trước ngày 28/02/2025', 'Tháng 12/2025', 'Thường xuyên']),
    );
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  test('a unit head marks their unit’s task done with evidence text and a file', async ({ page }) => {
    await loginAs(page, h!, 'unit-head');
    await page.getByTestId('nav-my-deadlines').click();
    const row = page.getByTestId(`deadline-row-${taskDueLater}`);
    await row.waitFor();
    await page.getByTestId(`task-progress-${taskDueLater}`).click();
    const modal = page.locator('.ant-modal');
    await modal.locator('input[type=file]').setInputFiles({
      name: 'Bao cao ket qua.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 bao cao'),
    });
    await page.getByTestId('progress-file-link').waitFor();
    await page.getByTestId('progress-status-done').click();
    await page.getByTestId('progress-evidence').fill('Đã gửi Báo cáo số 12/BC-QLTM về Văn phòng Sở.');
    await page.getByTestId('progress-save').click();
    await modal.waitFor({ state: 'hidden' });
    // Done tasks leave the open list; with "cả nhiệm vụ đã xong" it is back, marked done.
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('deadlines-include-done').click();
    await expect.poll(() => page.getByTestId(`task-status-${taskDueLater}`).textContent()).toBe('Hoàn thành');
    const stored = await h!.database.db
      .selectFrom('plan_tasks')
      .select(['status', 'evidence', 'done_on'])
      .where('id', '=', taskDueLater)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      status: 'done',
      evidence: 'Đã gửi Báo cáo số 12/BC-QLTM về Văn phòng Sở.',
      done_on: today,
    });
    const files = await h!.database.db
      .selectFrom('plan_task_files as tf')
      .innerJoin('files as f', 'f.id', 'tf.file_id')
      .select('f.name')
      .where('tf.task_id', '=', taskDueLater)
      .execute();
    expect(files.map((f) => f.name)).toEqual(['Bao cao ket qua.pdf']);
  });

  test('a late task shows red, and running the reminders escalates it to the officer and the unit head', async ({
    page,
  }) => {
    await loginAs(page, h!, 'officer');
    await page.getByTestId('nav-my-deadlines').click();
    await page.getByTestId(`task-overdue-${taskLate}`).waitFor();
    // Overdue rows are red (#fff1f0).
    expect(await page.getByTestId(`deadline-row-${taskLate}`).getAttribute('style')).toMatch(
      /rgb\(255, 241, 240\)|#fff1f0/i,
    );
    await page.getByTestId('run-reminders').click();
    await page
      .getByText(/báo trễ hạn/)
      .first()
      .waitFor();
    await page.getByTestId('notif-bell').click();
    await page
      .getByTestId('notif-item')
      .filter({ hasText: 'Quá hạn: Gửi đăng ký thi đua của phòng về Văn phòng Sở.' })
      .waitFor();
    const status = await h!.database.db
      .selectFrom('plan_tasks')
      .select('status')
      .where('id', '=', taskLate)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('late');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL((u) => u.pathname === '/dang-nhap');
    await loginAs(page, h!, 'unit-head');
    await expect.poll(() => page.getByTestId('notif-count').textContent()).toMatch(/[1-9]/);
    await page.getByTestId('notif-bell').click();
    const item = page
      .getByTestId('notif-item')
      .filter({ hasText: 'Quá hạn: Gửi đăng ký thi đua của phòng về Văn phòng Sở.' });
    await item.waitFor();
    expect(await item.textContent()).toContain('trễ 1 ngày');
    await item.click();
    await page.waitForURL((u) => u.pathname === `/ke-hoach/${currentPlan}`);
    await page.getByTestId(`task-overdue-${taskLate}`).waitFor();
  });
});
