// Issue 5 journey, "rate a unit": the demo agency's officer opens Đánh giá xếp loại for a unit of seven,
// rates it in the grid from the keyboard (changed rows highlighted, one "Lưu"), sees the HTXSNV counter
// reach 1/1 and then go over (5 HTTNV allow floor(20% × 5) = 1 HTXSNV, R-RATE-2), is asked for a reason
// when saving, gives it, and the ratings are saved with the reason and an audit entry.
import { afterAll, beforeAll, describe } from 'vitest';
import { buildPerson, buildUnit } from '../../apps/api/src/testing/factories.ts';
import { accountWithRole, expect, loginAs, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
let unitId = 0;
const CODES = ['XL01', 'XL02', 'XL03', 'XL04', 'XL05', 'XL06', 'XL07'];

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  const db = h.database.db;
  const officer = accountWithRole(h, 'officer');
  const user = await db
    .selectFrom('users')
    .select('agency_id')
    .where('username', '=', officer.username)
    .executeTakeFirstOrThrow();
  const unit = await buildUnit(db, { agencyId: user.agency_id!, name: 'Phòng Xếp loại thử', code: 'XLT' });
  unitId = unit.id;
  const names = [
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Lê Văn Cường',
    'Phạm Thị Dung',
    'Hoàng Văn Em',
    'Vũ Thị Giang',
    'Đỗ Văn Hùng',
  ];
  for (const [i, code] of CODES.entries()) await buildPerson(db, { unitId, code, fullName: names[i]! });
});
afterAll(async () => {
  await h?.close();
});

describe('Đánh giá xếp loại một đơn vị', () => {
  test('the officer rates a unit in the grid, hits the HTXSNV cap, gives a reason and saves', async ({
    page,
  }) => {
    await loginAs(page, h!, 'officer');
    await page.getByTestId('nav-ratings').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/danh-gia-xep-loai');
    await page.goto(`/danh-gia-xep-loai?donVi=${unitId}&nam=2024`);
    await page.getByTestId('ratings-row-XL01').waitFor();
    await expect.poll(() => page.getByTestId('ratings-cap').textContent()).toBe('HTXSNV: 0/0 đã dùng');

    // The first final rating by mouse and typing; the next rows from the keyboard (Ctrl+↓ to the cell below).
    const choose = async (level: string) => {
      await page.keyboard.type(level);
      await page.keyboard.press('Enter');
    };
    await page.getByTestId('rating-final-XL01').click();
    await choose('HTXSNV');
    for (let i = 1; i < CODES.length; i++) {
      await page.keyboard.press('Control+ArrowDown');
      await choose(i === CODES.length - 1 ? 'HTXSNV' : 'HTTNV');
      if (i === CODES.length - 2)
        await expect.poll(() => page.getByTestId('ratings-cap').textContent()).toBe('HTXSNV: 1/1 đã dùng');
    }
    await expect.poll(() => page.getByTestId('ratings-cap').textContent()).toBe('HTXSNV: 2/1 đã dùng');
    await expect.poll(() => page.getByTestId('ratings-cap-warning').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('ratings-dirty-count').textContent()).toBe('7 dòng chưa lưu');
    const dirtyBg = await page
      .getByTestId('ratings-row-XL03')
      .evaluate(
        (el) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }
          ).getComputedStyle(el).backgroundColor,
      );
    expect(dirtyBg).toBe('rgb(255, 251, 230)');

    // Saving asks for the reason (the server answered 422 rating-cap-exceeded; nothing written yet).
    await page.getByTestId('ratings-save').click();
    await page.getByTestId('ratings-reason').waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('vượt tỷ lệ 20%');
    const before = await h!.database.db
      .selectFrom('ratings')
      .select('id')
      .where('unit_id', '=', unitId)
      .execute();
    expect(before).toHaveLength(0);
    await page.getByTestId('ratings-reason').fill('Phòng hoàn thành xuất sắc nhiệm vụ chính trị năm 2024');
    await page.getByTestId('ratings-reason-ok').click();
    await expect.poll(() => page.getByTestId('ratings-dirty-count').count()).toBe(0);

    const saved = await h!.database.db
      .selectFrom('ratings as r')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .select(['p.code', 'r.final_rating', 'r.htxsnv_over_quota_reason'])
      .where('r.unit_id', '=', unitId)
      .orderBy('p.code')
      .execute();
    expect(saved.map((r) => `${r.code}:${r.final_rating}`)).toEqual([
      'XL01:htxsnv',
      'XL02:httnv',
      'XL03:httnv',
      'XL04:httnv',
      'XL05:httnv',
      'XL06:httnv',
      'XL07:htxsnv',
    ]);
    expect(saved.filter((r) => r.htxsnv_over_quota_reason).map((r) => r.code)).toEqual(['XL01', 'XL07']);
    const audit = await h!.database.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'cap-override')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual([
      expect.stringContaining('Phòng hoàn thành xuất sắc nhiệm vụ chính trị năm 2024'),
    ]);

    // After a reload the grid shows what was saved.
    await page.reload();
    await page.getByTestId('ratings-row-XL01').waitFor();
    await expect.poll(() => page.getByTestId('ratings-cap').textContent()).toBe('HTXSNV: 2/1 đã dùng');
  });
  test('a staff member enters only their own self-assessment', async ({ page }) => {
    const staff = await loginAs(page, h!, 'staff');
    await page.getByTestId('nav-ratings').click();
    await page.goto('/danh-gia-xep-loai?nam=2024');
    await page.getByTestId('self-assessment').waitFor();
    expect(await page.getByTestId('ratings-grid').count()).toBe(0);
    await page.getByTestId('self-rating').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: 'Hoàn thành tốt nhiệm vụ (HTTNV)' })
      .click();
    await page.getByTestId('self-rating-save').click();
    const user = await h!.database.db
      .selectFrom('users')
      .select('person_id')
      .where('username', '=', staff.username)
      .executeTakeFirstOrThrow();
    await expect
      .poll(
        async () =>
          (
            await h!.database.db
              .selectFrom('ratings')
              .select('self_rating')
              .where('person_id', '=', user.person_id!)
              .where('year', '=', 2024)
              .executeTakeFirst()
          )?.self_rating,
      )
      .toBe('httnv');
  });
});
