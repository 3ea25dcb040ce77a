// Journeys 1 and 2 of issue 2: a newcomer logs in with a demo account, and finds a colleague by typing the
// name without diacritics.
import { afterAll, beforeAll, describe } from 'vitest';
import {
  expect,
  fold,
  loginAs,
  searchPeople,
  startHarness,
  test,
  useHarness,
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

describe('Người mới dùng hệ thống', () => {
  test('a newcomer logs in with a demo account and sees the dashboard with the agency name', async ({
    page,
  }) => {
    await page.goto('/');
    // Anonymous: sent to the login page.
    await page.getByTestId('login-submit').waitFor();
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');

    await loginAs(page, h!, 'officer');

    expect(new URL(page.url()).pathname).toBe('/');
    await expect
      .poll(() => page.getByTestId('agency-name').textContent())
      .toMatch(/Sở Công Thương (tỉnh )?Gia Lai/);
    await page.getByTestId('nav').waitFor();
  });

  test('a wrong password is refused with a Vietnamese message and no session', async ({ page }) => {
    await page.goto('/dang-nhap');
    await page.getByTestId('login-username').fill(h!.accounts[0]!.username);
    await page.getByTestId('login-password').fill('sai-mat-khau-hoan-toan');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('không đúng');
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
  });

  test('an officer finds "Nguyễn Thị Hằng" by typing "nguyen thi hang" in the staff search', async ({
    page,
  }) => {
    await loginAs(page, h!, 'officer');
    await page.getByTestId('nav-people').click();
    await page.getByTestId('people-table').waitFor();

    const found = await searchPeople(page, 'nguyen thi hang');

    expect(found).toContain('Nguyễn Thị Hằng');
    // Every row shown matches the query once diacritics and case are ignored.
    for (const name of found) {
      for (const word of ['nguyen', 'thi', 'hang']) expect(fold(name).split(' ')).toContain(word);
    }

    const names = page.getByTestId('person-link');
    await names.filter({ hasText: 'Nguyễn Thị Hằng' }).first().click();
    await expect.poll(() => page.getByTestId('person-detail').textContent()).toContain('Nguyễn Thị Hằng');
    await expect
      .poll(() => page.getByTestId('person-detail').textContent())
      .toContain('Phòng Quản lý Thương mại');
  });
});
