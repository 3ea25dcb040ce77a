// Issue 5 journey, "propose a Bằng khen": the demo agency's officer opens Đề nghị khen thưởng, proposes a
// Bằng khen of the provincial chairman for Nguyễn Thị Hằng (the wizard computes the deciding authority and
// lists the dossier with its citations), moves the proposal through the workflow to the director's signature,
// is refused the send because the dossier is incomplete (the missing items listed in Vietnamese), uploads
// the report and the minutes, has the tờ trình generated, sends it, sees it on the pending board next to
// the seeded proposals ("chờ Chủ tịch UBND tỉnh từ 20/12/2024"), and downloads the tờ trình (.docx).
import fs from 'node:fs';
import { afterAll, beforeAll, describe } from 'vitest';
import { inspectDocx } from '../../packages/documents/src/inspect-docx.ts';
import {
  expect,
  login,
  loginAs,
  openBrowser,
  startHarness,
  test,
  useHarness,
  accountWithRole,
  type Harness,
} from './harness.ts';

let h: Harness | undefined;

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
});
afterAll(async () => {
  await h?.close();
});

/** expect.poll with the page's own timeout (a locator may wait for its element longer than poll's 1 s). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

const today = (): string => {
  const d = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
  return d; // dd/mm/yyyy
};

describe('Đề nghị khen thưởng', () => {
  test('the officer proposes a Bằng khen, is blocked by the incomplete dossier, completes it, sends it and sees it pending', async ({
    page,
  }) => {
    await loginAs(page, h!, 'officer');
    await page.getByTestId('nav-proposals').click();
    await page.getByTestId('proposal-list').waitFor();

    // The wizard: Bằng khen của Chủ tịch UBND tỉnh is decided by the provincial chairman; three dossier items.
    await page.getByTestId('proposal-create').click();
    await poll(() => page.getByTestId('proposal-authority').textContent()).toBe('Chủ tịch UBND tỉnh');
    const preview = (await page.getByTestId('proposal-preview').textContent()) ?? '';
    expect(preview).toContain('Tờ trình đề nghị khen thưởng');
    expect(preview).toContain('Báo cáo thành tích');
    expect(preview).toContain('Biên bản họp Hội đồng');
    await page.getByTestId('proposal-person-pick').click();
    await page.keyboard.type('Hằng');
    await page.locator('.ant-select-item-option', { hasText: 'Nguyễn Thị Hằng' }).first().click();
    await page
      .getByTestId('proposal-cand-summary-0')
      .fill('Hoàn thành xuất sắc nhiệm vụ; chủ trì Chương trình xúc tiến thương mại của tỉnh.');
    await page.getByTestId('proposal-create-submit').click();
    await poll(() => new URL(page.url()).pathname).toMatch(/^\/de-nghi-khen-thuong\/\d+$/);
    await poll(() => page.getByTestId('proposal-status').textContent()).toBe('Dự thảo');
    expect(await page.getByTestId('proposal-candidates').textContent()).toContain('Bà Nguyễn Thị Hằng');

    // Up the chain to the director's signature, each step dated.
    for (const [action, status] of [
      ['submit', 'Đơn vị đề nghị'],
      ['check', 'Thường trực thẩm định'],
      ['to-council', 'Hội đồng xét'],
      ['to-signing', 'Trình Giám đốc ký'],
    ] as const) {
      await page.getByTestId(`proposal-action-${action}`).click();
      await poll(() => page.getByTestId('proposal-status').textContent()).toBe(status);
    }

    // Sending is refused: the dossier lacks the tờ trình, the report and the minutes.
    await page.getByTestId('proposal-action-send').click();
    await page.getByTestId('proposal-error').waitFor();
    const error = (await page.getByTestId('proposal-error').textContent()) ?? '';
    expect(error).toContain('Hồ sơ chưa đủ, chưa gửi được');
    expect(error).toContain('Báo cáo thành tích có xác nhận của cấp trình khen thưởng');
    expect(await page.getByTestId('proposal-status').textContent()).toBe('Trình Giám đốc ký');

    // Upload the report and the minutes; the system generates the tờ trình.
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
    await poll(() => page.getByTestId('dossier-state-to-trinh').textContent()).toBe('Hệ thống tạo');
    await poll(() => page.getByTestId('dossier-status').textContent()).toBe('Hồ sơ đã đủ thành phần.');

    await page.getByTestId('proposal-action-send').click();
    await poll(() => page.getByTestId('proposal-status').textContent()).toBe('Đã gửi cấp trên');
    const steps = (await page.getByTestId('proposal-steps').textContent()) ?? '';
    for (const s of ['Dự thảo', 'Đơn vị đề nghị', 'Hội đồng xét', 'Đã gửi cấp trên'])
      expect(steps).toContain(s);

    // The generated tờ trình downloads as a Decree 30 document.
    const download = page.waitForEvent('download');
    await page.getByTestId('proposal-doc-to-trinh').click();
    const file = await (await download).path();
    const doc = inspectDocx(fs.readFileSync(file));
    const text = doc.allParagraphs.map((p) => p.text).join('\n');
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Kính gửi: Ủy ban nhân dân tỉnh Gia Lai');
    expect(text).toContain('Bà Nguyễn Thị Hằng');

    // The pending board: the new proposal and the seeded one, grouped under the provincial chairman.
    // In-app navigation (menu, then the list's button): no page reload.
    await page.getByTestId('nav-proposals').click();
    await page.getByTestId('proposal-pending-link').click();
    const group = page.getByTestId('pending-group-chu-tich-ubnd-tinh');
    await group.waitFor();
    const board = (await group.textContent()) ?? '';
    expect(board).toContain('chờ Chủ tịch UBND tỉnh từ 20/12/2024');
    expect(board).toContain(`chờ Chủ tịch UBND tỉnh từ ${today()}`);
    expect(await page.getByTestId('pending-group-thu-tuong').textContent()).toContain(
      'chờ Thủ tướng Chính phủ từ 27/12/2024',
    );
  });

  test('two people edit the same proposal: the second save gets the conflict and the first one is kept', async ({
    page,
  }) => {
    const draft = await h!.database.db
      .selectFrom('proposals')
      .select('id')
      .where('title', '=', 'Đề nghị tặng Giấy khen đột xuất năm 2025')
      .executeTakeFirstOrThrow();
    await loginAs(page, h!, 'officer');
    const other = await openBrowser(h!.url);
    try {
      const admin = accountWithRole(h!, 'admin');
      await login(other.page, admin.username, admin.password);
      for (const p of [page, other.page]) {
        await p.goto(`/de-nghi-khen-thuong/${draft.id}`);
        await p.getByTestId('proposal-edit').click();
        await p.getByTestId('proposal-edit-title').waitFor();
      }
      await page
        .getByTestId('proposal-edit-title')
        .fill('Đề nghị tặng Giấy khen đột xuất (chống buôn lậu đường cát)');
      await page.getByTestId('proposal-edit-save').click();
      await poll(() => page.getByTestId('proposal-edit-title').count()).toBe(0);

      await other.page.getByTestId('proposal-edit-title').fill('Bản sửa thứ hai');
      await other.page.getByTestId('proposal-edit-save').click();
      await other.page.getByTestId('proposal-error').waitFor();
      expect(await other.page.getByTestId('proposal-error').textContent()).toContain(
        'Đề nghị đã được người khác sửa',
      );
      const row = await h!.database.db
        .selectFrom('proposals')
        .select(['title'])
        .where('id', '=', draft.id)
        .executeTakeFirstOrThrow();
      expect(row.title).toBe('Đề nghị tặng Giấy khen đột xuất (chống buôn lậu đường cát)');
    } finally {
      await other.close();
    }
  });
});
