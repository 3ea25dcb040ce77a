// Issue 5 journey, bình xét: the officer opens 2025's council session, receives the Phòng QLTM proposals
// (7 CSTĐCS candidates for a quota of 6), opens the secret ballot; three council members log in in turn and
// vote (a receipt shown once); one checks the receipt; the secretary enters three paper ballots; the count
// elects six and leaves the seventh over the quota; electing the seventh is refused until the officer gives
// a reason; kiểm phiếu lại agrees; the session closes and the minutes .docx are downloaded and read back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { inspectDocx } from '../../packages/documents/src/inspect-docx.ts';
import { expect, fetchInPage, login, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
/** The pages wait on the server; on a loaded machine that takes more than expect.poll's default second. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-binh-xet-'));

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Cand {
  id: number;
  name: string;
  result: string;
}
interface S {
  session: { id: number };
  rounds: { candidates: Cand[] }[];
}

async function as(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await login(page, username, h!.accounts.find((a) => a.username === username)!.password);
}

async function vote(page: Page, username: string, noTo: number | null): Promise<string> {
  await as(page, username);
  await page.getByTestId('nav-councils').click();
  await page.getByTestId('council-my-ballots').click();
  const ballot = page.locator('[data-testid^="ballot-all-yes-"]');
  await ballot.click();
  if (noTo !== null) await page.getByTestId(`ballot-choice-${noTo}`).getByText('Không đồng ý').click();
  await page.locator('[data-testid^="ballot-submit-"]').click();
  const receipt = (await page.getByTestId('ballot-receipt').textContent())!.trim();
  expect(receipt).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  await poll(() => page.getByText('Bạn đã bỏ phiếu').count()).toBe(1);
  return receipt;
}

describe('Bình xét: Hội đồng Thi đua – Khen thưởng bỏ phiếu kín trong chỉ tiêu', () => {
  test('members vote secretly, a receipt is checked, the quota blocks one more CSTĐCS until an override with a reason, minutes downloaded', async ({
    page,
  }) => {
    await as(page, 'vanthu.tdkt');
    await page.getByTestId('nav-councils').click();
    await page.getByTestId('council-session-2025').click();
    await poll(() => page.getByTestId('council-session-status').textContent()).toBe('Đang chuẩn bị');
    const quota = page.getByTestId('council-quota-chien-si-thi-dua-co-so');
    await poll(() => quota.textContent()).toBe('CSTĐCS: 0/6 đã dùng');
    expect(await page.getByTestId('council-quorum').textContent()).toContain(
      'Có mặt 6/7 thành viên; tối thiểu 5',
    );
    await page.getByTestId('council-import-proposals').click();
    await poll(() => page.getByTestId('council-candidates-1').locator('tbody tr').count()).toBe(7);
    // The engine's verdict is on the ballot for each, with its citation in the tooltip.
    await poll(() =>
      page.getByTestId('council-candidates-1').getByText('Đủ điều kiện').count(),
    ).toBeGreaterThan(0);
    await page.getByTestId('council-open-voting').click();
    await poll(() => page.getByTestId('council-session-status').textContent()).toBe('Đang bỏ phiếu');
    const sessionId = Number(new URL(page.url()).pathname.split('/').pop());
    const s = (await fetchInPage(page, `/api/council-sessions/${sessionId}`)).body as S;
    const cands = s.rounds[0]!.candidates;
    const last = cands[cands.length - 1]!;

    // Three members vote in turn; the third says no to the last candidate.
    const receipt = await vote(page, 'hoidong.tdkt', null);
    await vote(page, 'vanthu.tdkt', null);
    await vote(page, 'truongphong.qltm', last.id);

    // A receipt shows the ballot stored, not yet counted.
    await as(page, 'hoidong.tdkt');
    await page.goto('/binh-xet/kiem-tra-phieu');
    await page.getByTestId('verify-receipt-input').fill(receipt);
    await page.getByTestId('verify-receipt-submit').click();
    await poll(() => page.getByTestId('verify-counted').textContent()).toBe(
      'Phiếu của bạn đã được lưu; vòng 1 chưa kiểm phiếu.',
    );
    expect(await page.getByTestId('verify-result').getByText('Đồng ý', { exact: true }).count()).toBe(7);

    // The secretary enters the three paper ballots (the last candidate: 2 yes, 1 no) and counts.
    await as(page, 'vanthu.tdkt');
    await page.goto(`/binh-xet/phien/${sessionId}`);
    await page.getByTestId('council-paper-1').click();
    const members = page.getByTestId('council-paper-members').locator('input[type="checkbox"]');
    await poll(() => members.count()).toBe(3);
    for (let i = 0; i < 3; i++) await members.nth(i).check();
    await page.getByTestId(`council-paper-yes-${last.id}`).fill('2');
    await page.getByTestId(`council-paper-no-${last.id}`).fill('1');
    await page.getByTestId('council-paper-ok').click();
    await poll(() => page.getByTestId('council-voted-1').textContent()).toContain(
      'Đã bỏ phiếu: 6/6 (3 phiếu điện tử, 3 phiếu giấy)',
    );
    await page.getByTestId('council-close-round-1').click();
    await poll(() => quota.textContent()).toBe('CSTĐCS: 6/6 đã dùng');
    await poll(() => page.getByTestId(`council-result-${last.id}`).textContent()).toBe(
      'Đạt ngưỡng, ngoài chỉ tiêu',
    );

    // One more CSTĐCS is refused without a reason, accepted with one.
    await page.getByTestId(`council-elect-${last.id}`).click();
    await page.getByTestId('council-elect-ok').click();
    await poll(() => page.getByRole('dialog').textContent()).toContain(
      'CSTĐCS: 6/6 đã dùng. Công nhận vượt chỉ tiêu phải do người có thẩm quyền quyết định và ghi rõ lý do.',
    );
    await page
      .getByTestId('council-elect-reason')
      .fill('Có sáng kiến được công nhận cấp tỉnh năm 2025; Giám đốc Sở quyết định công nhận vượt chỉ tiêu.');
    await page.getByTestId('council-elect-ok').click();
    await poll(() => page.getByTestId(`council-result-${last.id}`).textContent()).toBe('Đạt (vượt chỉ tiêu)');
    await poll(() => quota.textContent()).toBe('CSTĐCS: 7/6 đã dùng (vượt 1, có quyết định kèm lý do)');

    // Kiểm phiếu lại from the stored ballots agrees with the stored result.
    await page.getByTestId('council-recount-1').click();
    await poll(() => page.getByTestId('council-recount-result-1').textContent()).toContain(
      'Kiểm phiếu lại vòng 1 từ 3 phiếu điện tử và 3 phiếu giấy: cùng kết quả đã lưu.',
    );

    await page.getByTestId('council-close-session').click();
    await poll(() => page.getByTestId('council-session-status').textContent()).toBe('Đã kết thúc');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('council-minutes-docx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('bien-ban-hop-hoi-dong-thi-dua-khen-thuong-2025.docx');
    const file = path.join(tmp, 'bien-ban.docx');
    await download.saveAs(file);
    const doc = inspectDocx(fs.readFileSync(file));
    const text = doc.allParagraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Thành viên có mặt (6/7)');
    expect(text).toContain('CHỦ TỊCH HỘI ĐỒNG');
    expect(text).toContain('THƯ KÝ');
    const table = doc.tables.find((t) => t.texts[0]?.[0] === 'STT')!;
    expect(table.texts).toHaveLength(8);
    expect(table.texts.find((r) => r[1]?.startsWith(last.name))!.at(-1)).toBe('Đạt (vượt chỉ tiêu)');

    // After the count the receipt says the ballot was counted.
    await as(page, 'hoidong.tdkt');
    await page.goto('/binh-xet/kiem-tra-phieu');
    await page.getByTestId('verify-receipt-input').fill(receipt);
    await page.getByTestId('verify-receipt-submit').click();
    await poll(() => page.getByTestId('verify-counted').textContent()).toBe(
      'Phiếu của bạn đã được lưu và đã được tính khi kiểm phiếu vòng 1.',
    );
  });
});
