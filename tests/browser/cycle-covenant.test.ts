// Issue 4, "the agency's covenant": the officer drafts the year's covenant inside the agency — its
// content, the units that sign with who signs for each, the date and place — and downloads the BẢN
// GIAO ƯỚC THI ĐUA (.docx) with one signature per unit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { inspectDocx } from '../../packages/documents/src/inspect-docx.ts';
import { accountWithRole, expect, loginAs, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
let unitNames: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  const officer = accountWithRole(h, 'officer');
  const units = await h.database.db
    .selectFrom('units as u')
    .innerJoin('users as s', 's.agency_id', 'u.agency_id')
    .select('u.name')
    .where('s.username', '=', officer.username)
    .where('u.active', '=', true)
    .orderBy('u.id')
    .execute();
  unitNames = units.slice(0, 2).map((u) => u.name);
});
afterAll(async () => {
  await h?.close();
});

describe('Giao ước thi đua trong cơ quan', () => {
  test('the officer enters the covenant with its signing units and downloads the signed-paper layout', async ({
    page,
  }) => {
    await loginAs(page, h!, 'officer');
    await page.goto('/giao-uoc');
    const year = page.locator('.ant-input-number input').first();
    await year.fill('2026');
    await year.press('Tab');
    await page.getByTestId('covenant-create').click();
    await page.getByTestId('covenant-title').fill('Giao ước thi đua năm 2026 giữa các phòng, đơn vị');
    await page
      .getByTestId('covenant-content')
      .fill(
        '1. 100% công chức hoàn thành tốt nhiệm vụ trở lên.\n\n2. Mỗi đơn vị có ít nhất 01 sáng kiến cấp cơ sở.',
      );
    const signers: [string, string][] = [
      ['Nguyễn Văn Hùng', 'Chánh Văn phòng'],
      ['Trần Thị Lan', 'Trưởng phòng'],
    ];
    for (const [i, [name, title]] of signers.entries()) {
      await page.getByTestId('covenant-add-signatory').click();
      const row = page.getByTestId(`covenant-signatory-${i}`);
      await row.locator('.ant-select').click();
      await page.keyboard.type(unitNames[i]!);
      await page.keyboard.press('Enter');
      await row.getByPlaceholder('Người ký').fill(name);
      await row.getByPlaceholder('Chức vụ (Trưởng phòng …)').fill(title);
    }
    const date = page.locator(
      '[data-testid="covenant-signed-on"] input, input[data-testid="covenant-signed-on"]',
    );
    await date.click();
    await date.fill('15/01/2026');
    await page.keyboard.press('Enter');
    await page.getByPlaceholder('Hội trường Sở').fill('Hội trường Sở');
    await page.getByTestId('covenant-save').click();
    const row = page.getByRole('row').filter({ hasText: 'Giao ước thi đua năm 2026 giữa các phòng, đơn vị' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Đã ký');
    expect(await row.textContent()).toContain(`${unitNames[0]} (Nguyễn Văn Hùng)`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Bản giao ước (.docx)' }).click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-covenant-')), 'giao-uoc.docx');
    await download.saveAs(file);
    const paras = inspectDocx(fs.readFileSync(file)).allParagraphs.map((p) => p.text);
    for (const s of [
      'BẢN GIAO ƯỚC THI ĐUA',
      'Giao ước thi đua năm 2026 giữa các phòng, đơn vị',
      'CHÁNH VĂN PHÒNG',
      'Nguyễn Văn Hùng',
      'Trần Thị Lan',
      '2. Mỗi đơn vị có ít nhất 01 sáng kiến cấp cơ sở.',
    ])
      expect(
        paras.some((p) => p.includes(s)),
        s,
      ).toBe(true);
    expect(paras.join('\n')).toMatch(/Hôm nay, ngày 15 tháng 01 năm 2026, tại Hội trường Sở/);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
