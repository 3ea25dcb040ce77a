// Issue 5 item 8, "a full December" on the demo agency (Sở Công Thương Gia Lai, 2025), in order, each step
// on the page that does it:
//  1. the officer rates Phòng Quản lý Thương mại in the grid and sees the verdicts follow (a rating lowered
//     to HTNV turns that person's LĐTT verdict to "not eligible", with its reasons in the drawer);
//  2. the Hội đồng Thi đua – Khen thưởng receives Phòng QLTM's proposals and votes by secret ballot on the
//     ballot page (three members in turn, the others' paper ballots entered by the secretary) on the CSTĐCS
//     list, one more than the quota: the count leaves one candidate passed but over the quota
//     ("CSTĐCS: 6/6 đã dùng"), and the session closes;
//  3. the Giám đốc's CSTĐCS decision is issued from the council's elected list (.docx downloaded);
//  4. a Bằng khen of the Chủ tịch UBND tỉnh is proposed for Nguyễn Thị Hằng with its dossier, and sent;
//  5. the province's decision is recorded, answering the proposal (which becomes "decided");
//  6. Hằng's history shows CSTĐCS 2025 and the Bằng khen, and her 2026 forecast counts the Bằng khen
//     (Bằng khen of the Prime Minister: 5 more CSTĐCS years instead of 6).
// Every step goes through the pages; the test reads ids from the database and the session's JSON only to
// find the rows to click.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { inspectDocx } from '../../packages/documents/src/inspect-docx.ts';
import { expect, fetchInPage, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-december-'));
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const YEAR = 2025;
let qltmId = 0;
let sessionId = 0;

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  const db = h.database.db;
  qltmId = (await db.selectFrom('units').select('id').where('code', '=', 'QLTM').executeTakeFirstOrThrow())
    .id;
  sessionId = (
    await db
      .selectFrom('council_sessions')
      .select('id')
      .where('year', '=', YEAR)
      .where('purpose', '=', 'binh-xet')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const field = (page: Page, testId: string) =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

async function choose(page: Page, testId: string, search: string | null, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  if (search !== null) await page.keyboard.type(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
}

async function date(page: Page, testId: string, value: string): Promise<void> {
  const input = field(page, testId);
  await input.click();
  await input.fill(value);
  await page.keyboard.press('Enter');
}

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
  await page.context().clearCookies();
  await go(page, '/dang-nhap');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(h!.accounts.find((a) => a.username === username)!.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

const as = signIn;

/** One member's secret ballot on the ballot page: yes to all, or no to one candidate. */
async function vote(page: Page, username: string, noTo: number | null): Promise<void> {
  await as(page, username);
  await page.getByTestId('nav-councils').click();
  await page.getByTestId('council-my-ballots').click();
  await page.locator('[data-testid^="ballot-all-yes-"]').click();
  if (noTo !== null) await page.getByTestId(`ballot-choice-${noTo}`).getByText('Không đồng ý').click();
  await page.locator('[data-testid^="ballot-submit-"]').click();
  expect((await page.getByTestId('ballot-receipt').textContent())!.trim()).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  await poll(() => page.getByText('Bạn đã bỏ phiếu').count()).toBe(1);
}

interface Candidate {
  id: number;
  name: string;
}
interface Session {
  rounds: { candidates: Candidate[] }[];
}

describe('Tháng Mười Hai của Sở Công Thương Gia Lai: từ xếp loại đến quyết định', () => {
  test('1. the officer rates Phòng QLTM and the verdicts follow the ratings', async ({ page }) => {
    await signIn(page, 'vanthu.tdkt');
    await page.getByTestId('nav-ratings').click();
    await go(page, `/danh-gia-xep-loai?donVi=${qltmId}&nam=${YEAR}`);
    const tag = (code: string, target: string) =>
      page.getByTestId(`ratings-verdicts-${code}`).locator(`[data-target="${target}"]`);
    await tag('CB031', 'lao-dong-tien-tien').waitFor({ timeout: 60_000 });
    expect(await tag('CB031', 'lao-dong-tien-tien').getAttribute('data-status')).toBe('eligible');
    expect(await tag('CB028', 'chien-si-thi-dua-co-so').getAttribute('data-status')).not.toBe('ineligible');

    // Phan Thị Hà (CB031) is rated HTNV after all: LĐTT needs HTTNV or better.
    await page.getByTestId('rating-final-CB031').click();
    await page.keyboard.type('HTNV');
    await page.keyboard.press('Enter');
    await poll(() => page.getByTestId('ratings-dirty-count').textContent()).toBe('1 dòng chưa lưu');
    await page.getByTestId('ratings-save').click();
    // The unit was already over the HTXSNV share with a reason on record: the reason is asked again if needed.
    const reason = page.getByTestId('ratings-reason');
    await poll(
      async () => (await reason.isVisible()) || (await page.getByTestId('ratings-dirty-count').count()) === 0,
    ).toBe(true);
    if (await reason.isVisible()) {
      await reason.fill(
        'Hai cá nhân chủ trì các chương trình xúc tiến thương mại trọng điểm của tỉnh năm 2025.',
      );
      await page.getByTestId('ratings-reason-ok').click();
    }
    await poll(() => page.getByTestId('ratings-dirty-count').count()).toBe(0);
    await poll(() => tag('CB031', 'lao-dong-tien-tien').getAttribute('data-status')).toBe('ineligible');

    await page.getByTestId('ratings-verdict-open-CB031').click();
    const drawer = page.getByTestId('verdict-drawer');
    await drawer.getByTestId('verdict-lao-dong-tien-tien').click();
    await poll(() => drawer.textContent()).toMatch(/Hoàn thành nhiệm vụ|HTNV/);
    await poll(() => drawer.textContent()).toMatch(/Điều \d+/);
  });

  test('2. the council votes by secret ballot and hits the CSTĐCS quota', async ({ page }) => {
    const doubted = 'Nguyễn Thị Loan';
    await as(page, 'vanthu.tdkt');
    await page.getByTestId('nav-councils').click();
    await page.getByTestId(`council-session-${YEAR}`).click();
    const quota = page.getByTestId('council-quota-chien-si-thi-dua-co-so');
    await poll(() => quota.textContent()).toBe('CSTĐCS: 0/6 đã dùng');
    // Phòng QLTM's meeting proposals (Hằng, Hiếu) join the ballot: 7 candidates for 6 places.
    await page.getByTestId('council-import-proposals').click();
    await poll(() => page.getByTestId('council-candidates-1').locator('tbody tr').count()).toBe(7);
    await page.getByTestId('council-open-voting').click();
    await poll(() => page.getByTestId('council-session-status').textContent()).toBe('Đang bỏ phiếu');
    const s = (await fetchInPage(page, `/api/council-sessions/${sessionId}`)).body as Session;
    const loan = s.rounds[0]!.candidates.find((c) => c.name === doubted)!;
    const hang = s.rounds[0]!.candidates.find((c) => c.name === 'Nguyễn Thị Hằng')!;

    // The three members with accounts vote secretly in turn; one says no to the doubted candidate.
    await vote(page, 'hoidong.tdkt', null);
    await vote(page, 'vanthu.tdkt', null);
    await vote(page, 'truongphong.qltm', loan.id);

    // The secretary enters the other three members' paper ballots and counts.
    await as(page, 'vanthu.tdkt');
    await go(page, `/binh-xet/phien/${sessionId}`);
    await page.getByTestId('council-paper-1').click();
    const members = page.getByTestId('council-paper-members').locator('input[type="checkbox"]');
    await poll(() => members.count()).toBe(3);
    for (let i = 0; i < 3; i++) await members.nth(i).check();
    await page.getByTestId(`council-paper-yes-${loan.id}`).fill('2');
    await page.getByTestId(`council-paper-no-${loan.id}`).fill('1');
    await page.getByTestId('council-paper-ok').click();
    await poll(() => page.getByTestId('council-voted-1').textContent()).toContain(
      'Đã bỏ phiếu: 6/6 (3 phiếu điện tử, 3 phiếu giấy)',
    );
    await page.getByTestId('council-close-round-1').click();
    // The quota is hit: six elected, the seventh passed the threshold but stays outside the quota.
    await poll(() => quota.textContent()).toBe('CSTĐCS: 6/6 đã dùng');
    await poll(() => page.getByTestId(`council-result-${loan.id}`).textContent()).toBe(
      'Đạt ngưỡng, ngoài chỉ tiêu',
    );
    await poll(() => page.getByTestId(`council-result-${hang.id}`).textContent()).toBe('Đạt');
    await page.getByTestId('council-close-session').click();
    await poll(() => page.getByTestId('council-session-status').textContent()).toBe('Đã kết thúc');
  });

  test('3. the Giám đốc’s CSTĐCS decision is issued from the council’s elected list', async ({ page }) => {
    await signIn(page, 'vanthu.tdkt');
    await page.getByTestId('nav-decisions').click();
    await page.getByTestId('decision-issue-open').click();
    await choose(page, 'issue-code', null, 'Chiến sĩ thi đua cơ sở');
    await field(page, 'issue-year').fill(String(YEAR));
    await choose(page, 'issue-session', null, `phiên xét năm ${YEAR}`);
    await page.getByTestId('issue-load-elected').click();
    await poll(() => page.getByTestId('issue-elected-note').textContent()).toBe(
      'Đã lấy 6 người/tập thể được Hội đồng bầu đạt.',
    );
    await page.getByTestId('issue-next').click();
    const list = (await page.getByTestId('issue-recipients').textContent()) ?? '';
    expect(list).toContain('Nguyễn Thị Hằng');
    expect(list).not.toContain('Nguyễn Thị Loan');
    await page.getByTestId('issue-next').click();
    await page.getByTestId('issue-number').fill('412');
    await date(page, 'issue-date', '26/12/2025');
    await page.getByTestId('issue-submit').click();
    await poll(() => page.getByTestId('issue-done').textContent()).toContain(
      'Đã ban hành Quyết định số 412/QĐ-SCT ngày 26/12/2025',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('issue-docx').click(),
    ]);
    const file = path.join(tmp, 'cstdcs-2025.docx');
    await download.saveAs(file);
    const texts = inspectDocx(fs.readFileSync(file)).allParagraphs.map((p) => p.text);
    expect(texts).toContain('Về việc công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025');
    expect(
      texts.some((t) =>
        t.startsWith('Xét đề nghị của Hội đồng Thi đua – Khen thưởng tại phiên họp ngày 18/12/2025'),
      ),
    ).toBe(true);
    expect(
      texts.some((t) =>
        t.startsWith('Điều 1. Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025 cho 6 cá nhân'),
      ),
    ).toBe(true);
  });

  test('4. a Bằng khen of the Chủ tịch UBND tỉnh is proposed for Hằng with its dossier and sent', async ({
    page,
  }) => {
    await signIn(page, 'vanthu.tdkt');
    await page.getByTestId('nav-proposals').click();
    await page.getByTestId('proposal-list').waitFor();
    await page.getByTestId('proposal-create').click();
    await field(page, 'proposal-year').fill(String(YEAR));
    await poll(() => page.getByTestId('proposal-authority').textContent()).toBe('Chủ tịch UBND tỉnh');
    await choose(page, 'proposal-person-pick', 'Hằng', 'Nguyễn Thị Hằng (CB028)');
    await page.getByTestId('proposal-cand-summary-0').waitFor();
    await page
      .getByTestId('proposal-cand-summary-0')
      .fill(
        'Hai năm liền Chiến sĩ thi đua cơ sở (2024, 2025); chủ trì Chương trình xúc tiến thương mại của tỉnh.',
      );
    await page.getByTestId('proposal-create-submit').click();
    await poll(() => new URL(page.url()).pathname).toMatch(/^\/de-nghi-khen-thuong\/\d+$/);
    for (const [action, status] of [
      ['submit', 'Đơn vị đề nghị'],
      ['check', 'Thường trực thẩm định'],
      ['to-council', 'Hội đồng xét'],
      ['to-signing', 'Trình Giám đốc ký'],
    ] as const) {
      await page.getByTestId(`proposal-action-${action}`).click();
      await poll(() => page.getByTestId('proposal-status').textContent()).toBe(status);
    }
    for (const code of ['bao-cao-thanh-tich', 'bien-ban-hop']) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId(`dossier-upload-${code}`).click();
      await (
        await chooser
      ).setFiles({
        name: `${code}.pdf`,
        mimeType: 'application/pdf',
        buffer: Buffer.from(`%PDF-1.4 ${code}`),
      });
      await poll(() => page.getByTestId(`dossier-state-${code}`).textContent()).toBe('Đã tải lên');
    }
    await page.getByTestId('dossier-generate-to-trinh').click();
    await poll(() => page.getByTestId('dossier-status').textContent()).toBe('Hồ sơ đã đủ thành phần.');
    await page.getByTestId('proposal-action-send').click();
    await poll(() => page.getByTestId('proposal-status').textContent()).toBe('Đã gửi cấp trên');
  });

  test('5. the province’s decision is recorded, answering the proposal', async ({ page }) => {
    await signIn(page, 'vanthu.tdkt');
    const before = await forecastTexts(page, true);
    expect(before).toContain(
      'Cần thêm 6 năm CSTĐCS (2027–2032) để đủ điều kiện Bằng khen của Thủ tướng Chính phủ.',
    );
    await page.getByTestId('nav-decisions').click();
    await page.getByTestId('decision-register-open').click();
    await page.getByTestId('received-issuer').fill('UBND tỉnh Gia Lai');
    await page.getByTestId('received-number').fill('286');
    await page.getByTestId('received-symbol').fill('QĐ-UBND');
    await date(page, 'received-date', '10/02/2026');
    await choose(page, 'received-code', 'Bằng khen cấp', 'Bằng khen cấp tỉnh');
    await field(page, 'received-from').fill('2024');
    await field(page, 'received-to').fill('2025');
    await choose(page, 'received-proposal', null, `năm ${YEAR}`);
    await choose(page, 'received-recipients-person', 'Hằng', 'Nguyễn Thị Hằng');
    await page.getByTestId('received-save').click();
    await poll(() => new URL(page.url()).pathname).toMatch(/^\/quyet-dinh\/\d+$/);
    await poll(() => page.getByTestId('decision-detail').textContent()).toContain('Trả lời đề nghị');

    const proposals = (await (await page.request.get(`/api/proposals?year=${YEAR}`)).json()) as {
      code: string;
      status: string;
    }[];
    expect(proposals.find((p) => p.code === 'bang-khen-cap-tinh')?.status).toBe('decided');
  });

  test('6. Hằng’s history holds CSTĐCS 2025 and the Bằng khen; her 2026 forecast counts them', async ({
    page,
  }) => {
    await signIn(page, 'hang.nt');
    await page.getByTestId('nav-award-history').click();
    const table = page.getByTestId('history-table');
    await table.waitFor();
    await poll(() => table.locator('tr[data-code="chien-si-thi-dua-co-so"]').count()).toBe(3);
    expect(
      await table.locator('tr[data-code="chien-si-thi-dua-co-so"][data-year="2025"]').textContent(),
    ).toContain('Quyết định số 412/QĐ-SCT ngày 26/12/2025');
    expect(await table.locator('tr[data-code="bang-khen-cap-tinh"]').textContent()).toContain(
      'Quyết định số 286/QĐ-UBND ngày 10/02/2026 (UBND tỉnh Gia Lai)',
    );
    const after = await forecastTexts(page, false);
    expect(after).toContain(
      'Cần thêm 5 năm CSTĐCS (2027–2031) để đủ điều kiện Bằng khen của Thủ tướng Chính phủ.',
    );
  });
});

/** Hằng's 2026 forecast as "Điều kiện khen thưởng cá nhân" shows it: the page opens on the agency's working
 * year (2025, the year-end being run) and the next year is chosen. */
async function forecastTexts(page: Page, pick: boolean): Promise<string[]> {
  await page.getByTestId('nav-person-eligibility').click();
  if (pick) await choose(page, 'eligibility-person', 'Hằng', 'Nguyễn Thị Hằng');
  const year = field(page, 'eligibility-year');
  await poll(() => year.inputValue()).toBe(String(YEAR));
  await year.fill('2026');
  await poll(() => year.inputValue()).toBe('2026');
  await page.getByText(/năm 2026 \(chế độ/).waitFor({ timeout: 60_000 });
  const card = page.locator('.ant-card').filter({ hasText: 'Dự báo' });
  await card.waitFor({ timeout: 60_000 });
  return card.locator('.ant-card-body > div').allTextContents();
}
