// Journey 3 of issue 2: an officer edits a person and sees the audit entry, in the person's history and in
// the audit view.
import { afterAll, beforeAll, describe } from 'vitest';
import { expect, loginAs, searchPeople, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
});
afterAll(async () => {
  await h?.close();
});

describe('Sửa hồ sơ cán bộ và nhật ký', () => {
  test('an officer edits a person’s phone number and sees who changed what, before and after, in the person’s history and in the audit view', async ({
    page,
  }) => {
    const officer = await loginAs(page, h!, 'officer');
    await page.getByTestId('nav-people').click();
    expect(await searchPeople(page, 'nguyen thi hang')).toContain('Nguyễn Thị Hằng');
    const link = page.getByTestId('person-link').filter({ hasText: 'Nguyễn Thị Hằng' }).first();
    await link.click();
    await page.getByTestId('person-detail').waitFor();
    const personPath = new URL(page.url()).pathname;

    await page.getByTestId('person-edit').click();
    const phone = page.getByTestId('person-phone');
    await phone.waitFor();
    const before = await phone.inputValue();
    const after = '0269 3824 999';
    expect(before).not.toBe(after);
    await phone.fill(after);
    await page.getByTestId('person-save').click();

    // Back on the detail page with the new value.
    await expect.poll(() => new URL(page.url()).pathname).toBe(personPath);
    await expect.poll(() => page.getByTestId('person-detail').textContent()).toContain(after);

    // The person's history: newest first, by the officer, an update; expanding it shows before and after.
    const history = page.getByTestId('person-audit-table');
    const newest = history.locator('tbody tr.ant-table-row').first();
    await expect.poll(() => newest.textContent()).toContain(officer.username);
    await newest.locator('.ant-table-row-expand-icon').click();
    const diff = history.locator('.audit-diff').first();
    await expect.poll(() => diff.textContent()).toContain(after);
    if (before) expect(await diff.textContent()).toContain(before);

    // The audit view (newest first) shows the same entry: the officer updated this person's record.
    const personId = personPath.split('/').pop();
    await page.getByTestId('nav-audit').click();
    const auditTable = page.getByTestId('audit-table');
    await auditTable.waitFor();
    const entry = auditTable
      .locator('tbody tr.ant-table-row')
      .filter({ hasText: `#${personId}` })
      .first();
    await expect.poll(() => entry.textContent()).toContain(officer.username);
    expect(await entry.textContent()).toContain('Sửa');
    await entry.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => auditTable.locator('.audit-diff').first().textContent()).toContain(after);
  });
});
