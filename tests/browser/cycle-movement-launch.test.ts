// Issue 4, "a movement launched in full": the officer enters seed 002 (Kế hoạch phát động phong trào thi
// đua năm 2018) through the movement form — theme and slogan, the titles it leads to, participating units,
// two phases, the targets (quantitative with their figures, qualitative as text) and the launch text
// (preamble, I. Mục đích yêu cầu, II.2 contents, III. Tổ chức thực hiện, closing, Nơi nhận, signature) —
// records a result for each phase, and downloads the launch plan (.docx) with the seed's shape.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { inspectDocx } from '../../packages/documents/src/inspect-docx.ts';
import {
  SEED_002_CLOSING,
  SEED_002_CONTENTS,
  SEED_002_IMPLEMENTATION,
  SEED_002_PREAMBLE,
  SEED_002_PURPOSE,
  SEED_002_RECIPIENTS,
  SEED_002_TARGETS,
} from '../../apps/api/src/modules/movements/fixtures/seed-002.ts';
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

/** Picks an option in the open antd Select dropdown. */
async function pick(page: Page, title: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .getByTitle(title)
    .first()
    .click();
}
async function range(page: Page, scope: ReturnType<Page['locator']>, from: string, to: string) {
  const inputs = scope.locator('.ant-picker-range input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill(from);
  await page.keyboard.press('Enter');
  await inputs.nth(1).fill(to);
  await page.keyboard.press('Enter');
}

const FIGURES: Record<number, [string, string]> = {
  1: ['19663', 'tỷ đồng'],
  2: ['57500', 'tỷ đồng'],
  3: ['470', 'triệu USD'],
  4: ['86', 'triệu USD'],
};

describe('Phong trào thi đua: kế hoạch phát động nhập đầy đủ trên giao diện', () => {
  test('the officer enters seed 002 in full, records results per phase and downloads the launch plan', async ({
    page,
  }) => {
    await loginAs(page, h!, 'officer');
    await page.goto('/phong-trao');
    const year = page.locator('.ant-input-number input').first();
    await year.fill('2018');
    await year.press('Tab');
    await page.getByTestId('movement-create').click();
    const dialog = page.getByRole('dialog');

    // General information.
    await page.getByTestId('movement-name').fill('Phong trào thi đua năm 2018');
    await page.getByTestId('movement-launcher').fill('Sở Công Thương');
    await page
      .getByTestId('movement-theme')
      .fill('Kỷ cương - Hành động - Chung tay cùng tỉnh Gia Lai phát triển');
    await page.getByTestId('movement-slogan').fill('Đồng thuận cao, thi đua giỏi, về đích sớm');
    await range(
      page,
      dialog.locator('.ant-form-item').filter({ hasText: 'Thời gian' }).first(),
      '01/01/2018',
      '31/12/2018',
    );
    const multi = async (testId: string, items: string[]) => {
      await page.getByTestId(testId).click();
      for (const t of items) {
        await page.keyboard.type(t);
        await page.keyboard.press('Enter');
      }
      await page.keyboard.press('Escape');
    };
    await multi('movement-rewards', [
      'Lao động tiên tiến',
      'Chiến sĩ thi đua cơ sở',
      'Tập thể lao động tiên tiến',
      'Tập thể lao động xuất sắc',
    ]);
    await multi('movement-units', unitNames);
    const chosen = (await dialog.locator('.ant-select-selection-item').allTextContents()).join('|');
    for (const u of unitNames) expect(chosen).toContain(u);
    expect(chosen).toContain('Tập thể lao động xuất sắc');

    // Phases and targets.
    await page.getByTestId('movement-tab-phases').click();
    const phases: [string, string, string, string][] = [
      [
        'Đợt thứ nhất',
        '01/01/2018',
        '30/06/2018',
        'với tinh thần thi đua lập thành tích chào mừng kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2018), mục tiêu phấn đấu hoàn thành các nhiệm vụ, chỉ tiêu kế hoạch 6 tháng đầu năm 2018;',
      ],
      [
        'Đợt thứ hai',
        '01/07/2018',
        '31/12/2018',
        'thi đua phấn đấu về đích sớm, vượt mức các chỉ tiêu, nhiệm vụ được giao trong năm 2018.',
      ],
    ];
    for (const [i, [name, from, to, text]] of phases.entries()) {
      await page.getByTestId('movement-add-phase').click();
      const row = page.getByTestId(`movement-phase-${i}`);
      await row.getByPlaceholder('Đợt thứ nhất').fill(name);
      await range(page, row, from, to);
      await row.getByPlaceholder('Nội dung đợt').fill(text);
    }
    for (const [i, line] of SEED_002_TARGETS.entries()) {
      await page.getByTestId('movement-add-target').click();
      const row = page.getByTestId(`movement-target-${i}`);
      await row
        .getByPlaceholder('90% công chức đạt danh hiệu Lao động tiên tiến')
        .fill(line.replace(/^-\s+/, ''));
      const f = FIGURES[i];
      if (f) {
        await row.locator('.ant-select').first().click();
        await pick(page, 'Định lượng');
        await row.getByPlaceholder('Giá trị').fill(f[0]);
        await row.getByPlaceholder('Đơn vị tính').fill(f[1]);
      }
    }

    // The launch document's own text.
    await page.getByTestId('movement-tab-launch').click();
    await page.getByTestId('launch-preamble').fill(SEED_002_PREAMBLE);
    await page.getByTestId('launch-purpose').fill(SEED_002_PURPOSE);
    await page.getByTestId('launch-contents').fill(SEED_002_CONTENTS);
    await page.getByTestId('launch-implementation').fill(SEED_002_IMPLEMENTATION);
    await page.getByTestId('launch-closing').fill(SEED_002_CLOSING);
    await page.getByTestId('launch-recipients').fill(SEED_002_RECIPIENTS.join('\n'));
    await page.getByTestId('launch-authority').fill('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
    await page.getByTestId('launch-signer').fill('Đào Thị Thu Nguyệt');
    await page.getByTestId('movement-save').click();
    await dialog.waitFor({ state: 'hidden' });

    // The movement's drawer: phases, targets with figures, units; a result per phase.
    await page.getByRole('cell', { name: 'Phong trào thi đua năm 2018' }).click();
    const drawer = page.locator('.ant-drawer-open');
    await expect.poll(() => drawer.textContent()).toContain('Đợt thứ hai: 01/07/2018 – 31/12/2018');
    const detail = (await drawer.textContent()) ?? '';
    expect(detail).toContain('19.663 tỷ đồng');
    expect(detail).toContain(unitNames[0]);
    for (const [phase, content, n, d] of [
      ['Đợt thứ nhất', 'Công chức hoàn thành nhiệm vụ 6 tháng đầu năm', '52', '54'],
      ['Đợt thứ hai', 'Công chức đạt danh hiệu Lao động tiên tiến', '49', '54'],
    ] as const) {
      await drawer.locator('.ant-select').filter({ hasText: /Đợt/ }).first().click();
      await pick(page, phase);
      await drawer.getByPlaceholder('Nội dung kết quả').fill(content);
      await drawer.getByPlaceholder('Đạt').fill(n);
      await drawer.getByPlaceholder('Trên tổng').fill(d);
      await drawer.locator('.ant-picker input').last().fill('20/12/2018');
      await page.keyboard.press('Enter');
      await drawer.getByRole('button', { name: 'Ghi kết quả' }).click();
      await expect.poll(() => drawer.textContent()).toContain(`${n}/${d}`);
    }
    const results = (await drawer.textContent()) ?? '';
    expect(results).toMatch(/Công chức hoàn thành nhiệm vụ 6 tháng đầu năm \(Đợt thứ nhất/);

    // The launch plan as a Vietnamese office signs it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('movement-launch-docx').click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-launch-')), 'ke-hoach.docx');
    await download.saveAs(file);
    const doc = inspectDocx(fs.readFileSync(file));
    const paras = doc.allParagraphs.map((p) => p.text);
    const text = paras.join('\n');
    for (const s of [
      'KẾ HOẠCH',
      'Phát động phong trào thi đua năm 2018',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THI ĐUA',
      '1. Chủ đề, khẩu hiệu thi đua:',
      '3. Phát động các đợt thi đua:',
      '4. Các chỉ tiêu thi đua:',
      '5. Danh hiệu thi đua, hình thức khen thưởng:',
      'III. TỔ CHỨC THỰC HIỆN',
      'Nơi nhận:',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Đào Thị Thu Nguyệt',
    ])
      expect(
        paras.some((p) => p.includes(s)),
        s,
      ).toBe(true);
    expect(text).toMatch(/Thực hiện Chỉ thị số 01\/CTLT-BCT-CDCT/);
    expect(text).toMatch(/Chủ đề: “Kỷ cương - Hành động - Chung tay cùng tỉnh Gia Lai phát triển”/);
    expect(text).toMatch(/được chia thành 02 đợt/);
    expect(text).toMatch(/Đợt thứ nhất: Từ ngày 01\/01\/2018 đến ngày 30\/06\/2018/);
    expect(text).toMatch(/\+ Giá trị sản xuất công nghiệp đạt 19\.663 tỷ đồng/);
    expect(text).toMatch(/Các tập thể và cá nhân không đăng ký thi đua, cuối năm sẽ không được xét/);
    expect(text).toMatch(/Lưu: VT, HSTD/);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
