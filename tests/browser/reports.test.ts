// Issue 7 journey: the demo agency's officer enters June's figure of the industrial production value in the
// 2025 indicator grid, opens the seeded mid-year report and generates its figures (seed 001's 14.103,4 tỷ
// đồng, 44,6% of plan, up 14,9%), writes a prose paragraph, changes June's figure, generates again and sees
// the new figure with the prose kept; the .docx downloads.
import { afterAll, beforeAll, describe } from 'vitest';
import { expect, fetchInPage, loginAs, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
});
afterAll(async () => {
  await h?.close();
});

describe('Báo cáo sơ kết 6 tháng', () => {
  test('June entered, the mid-year report generated, prose written, a figure changed and regenerated: new figure, prose kept', async ({
    page,
  }) => {
    await loginAs(page, h!, 'officer');

    // June's actual in the grid (the seed holds January–May and June's estimate with last year's figure).
    await page.goto('/chi-tieu?nam=2025&thang=6');
    await page.getByTestId('indicator-grid').waitFor();
    await page.getByTestId('indicator-kind').getByText('Thực hiện', { exact: true }).click();
    const june = page.getByTestId('cell-gtsx-cn-6');
    await june.fill('1.935');
    await june.press('Enter');
    await expect
      .poll(() => page.getByTestId('cum-gtsx-cn').textContent(), { timeout: 15_000 })
      .toBe('14.103,4');

    // The report from the menu.
    await page.getByTestId('nav-reports').click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/bao-cao');
    await page
      .getByTestId('report-list')
      .getByText('Sơ kết công tác thi đua 6 tháng đầu năm')
      .first()
      .click();
    await page.getByTestId('report-preview').waitFor();
    const reportUrl = new URL(page.url()).pathname;
    expect(reportUrl).toMatch(/^\/bao-cao\/\d+$/);
    await page.getByTestId('report-regenerate').click();
    const indicators = page.getByTestId('data-chi-tieu');
    await expect
      .poll(() => indicators.textContent(), { timeout: 15_000 })
      .toContain(
        'Tổng giá trị sản xuất công nghiệp (giá so sánh 2010) tháng 6 đạt 1.935 tỷ đồng, lũy kế 6 tháng đạt 14.103,4 tỷ đồng',
      );
    expect(await indicators.textContent()).toContain('đạt 44,6% kế hoạch và tăng 14,9% so với cùng kỳ');
    expect(await page.getByTestId('report-footnotes').textContent()).toContain(
      'Ước thực hiện các mặt hàng (tăng/giảm so cùng kỳ): Cà phê 165.000 tấn/338 triệu USD tăng 1,85% về lượng, tăng 2,42% về giá trị',
    );
    expect(await page.getByTestId('data-thu-tuc-hanh-chinh').textContent()).toContain(
      'tiếp nhận 10.042 hồ sơ thủ tục hành chính, đã giải quyết và trả kết quả 9.946 hồ sơ',
    );
    // The seeded prose is there; an unwritten part is marked.
    expect(await page.getByTestId('prose-uu-diem').textContent()).toContain(
      'Được sự quan tâm, chỉ đạo tích cực',
    );
    expect(await page.getByTestId('prose-nhiem-vu-chinh-tri').textContent()).toContain(
      '[Phần do cán bộ soạn: Kết quả thực hiện nhiệm vụ chính trị, chuyên môn]',
    );

    // The officer writes the strengths paragraph.
    const prose =
      'Các phong trào thi đua được triển khai sâu rộng; 100% phòng, đơn vị đăng ký thi đua đúng hạn.';
    await page.getByTestId('prose-edit-uu-diem').click();
    await page.getByTestId('prose-input-uu-diem').fill(prose);
    await page.getByTestId('prose-save-uu-diem').click();
    await expect
      .poll(() => page.getByTestId('prose-uu-diem').textContent(), { timeout: 15_000 })
      .toContain(prose);

    // June's figure changes in the grid …
    await page.goto('/chi-tieu?nam=2025&thang=6');
    await page.getByTestId('indicator-grid').waitFor();
    await page.getByTestId('indicator-kind').getByText('Thực hiện', { exact: true }).click();
    await page.getByTestId('cell-gtsx-cn-6').fill('2.035');
    await page.getByTestId('cell-gtsx-cn-6').press('Enter');
    await expect
      .poll(() => page.getByTestId('cum-gtsx-cn').textContent(), { timeout: 15_000 })
      .toBe('14.203,4');

    // … the report still shows the generated figures until it is generated again; then the new figure, the prose kept.
    await page.goto(reportUrl);
    await page.getByTestId('report-preview').waitFor();
    await expect
      .poll(() => page.getByTestId('data-chi-tieu').textContent(), { timeout: 15_000 })
      .toContain('14.103,4 tỷ đồng');
    await page.getByTestId('report-regenerate').click();
    await expect
      .poll(() => page.getByTestId('data-chi-tieu').textContent(), { timeout: 15_000 })
      .toContain(
        'tháng 6 đạt 2.035 tỷ đồng, lũy kế 6 tháng đạt 14.203,4 tỷ đồng, đạt 44,9% kế hoạch và tăng 15,7% so với cùng kỳ',
      );
    expect(await page.getByTestId('prose-uu-diem').textContent()).toContain(prose);
    await page.reload();
    await page.getByTestId('report-preview').waitFor();
    expect(await page.getByTestId('prose-uu-diem').textContent()).toContain(prose);
    expect(await page.getByTestId('data-chi-tieu').textContent()).toContain('14.203,4 tỷ đồng');

    // The .docx of the same report.
    const id = reportUrl.split('/').pop();
    const docx = await fetchInPage(page, `/api/reports/${id}/report.docx`);
    expect(docx.status).toBe(200);
  });
});
