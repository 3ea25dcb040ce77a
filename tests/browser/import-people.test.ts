// Journey 4 of issue 2: an officer imports staff from Excel. The file is built from the template the page
// offers for download; one bad row is reported by row and column and nothing is written; once fixed, the
// same file imports and the new people appear in the list.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import {
  expect,
  fetchInPage,
  loginAs,
  searchPeople,
  startHarness,
  test,
  useHarness,
  type Harness,
} from './harness.ts';

let h: Harness | undefined;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-import-'));
  h = await startHarness();
  useHarness(h);
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, string>;

const good: Row = {
  'Mã cán bộ': 'NK-0001',
  'Họ và tên': 'Trịnh Văn Khải',
  'Giới tính': 'Nam',
  'Ngày sinh': '12/03/1988',
  'Đơn vị': 'Phòng Quản lý Thương mại',
  Loại: 'Công chức',
  'Chức vụ': 'Chuyên viên',
  'Lãnh đạo': 'Không',
  'Ngày vào cơ quan': '01/06/2015',
  'Đảng viên': 'Không',
  Email: 'khai.tv@example.vn',
  'Điện thoại': '0905123456',
};
const second: Row = {
  ...good,
  'Mã cán bộ': 'NK-0002',
  'Họ và tên': 'Đặng Thị Ngọc Ánh',
  'Giới tính': 'Nữ',
  'Ngày sinh': '31/02/1990', // no 31 February: the bad cell
  Email: 'anh.dtn@example.vn',
  'Điện thoại': '0905654321',
};

/** The template the page downloads, with its example rows replaced by `rows`; returns the Excel row numbers. */
async function fileFromTemplate(
  template: string,
  rows: Row[],
  out: string,
): Promise<{ headerRow: number; columns: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.worksheets[0]!;
  let headerRow = 0;
  const columns: string[] = [];
  ws.eachRow((row, n) => {
    if (headerRow) return;
    const values = (row.values as unknown[]).map(cellText);
    if (values.includes('Mã cán bộ')) {
      headerRow = n;
      values.forEach((v, i) => (columns[i] = v));
    }
  });
  if (!headerRow) throw new Error('Tệp mẫu không có dòng tiêu đề "Mã cán bộ".');
  if (ws.rowCount > headerRow) ws.spliceRows(headerRow + 1, ws.rowCount - headerRow);
  rows.forEach((r, i) => {
    const excelRow = ws.getRow(headerRow + 1 + i);
    columns.forEach((name, col) => {
      if (name && r[name] !== undefined) excelRow.getCell(col).value = r[name];
    });
    excelRow.commit();
  });
  await wb.xlsx.writeFile(out);
  return { headerRow, columns };
}

async function peopleTotal(page: Page): Promise<number> {
  const r = await fetchInPage(page, '/api/people?pageSize=1');
  expect(r.status).toBe(200);
  return (r.body as { total: number }).total;
}

function cellText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (v && typeof v === 'object' && 'richText' in v) {
    return (v as { richText: { text: string }[] }).richText
      .map((t) => t.text)
      .join('')
      .trim();
  }
  return '';
}

function columnLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

describe('Nhập danh sách cán bộ từ Excel', () => {
  test('an officer imports a file with one bad row, sees the row and column named and nothing written, fixes it and imports again', async ({
    page,
  }) => {
    await loginAs(page, h!, 'officer');
    await page.getByTestId('nav-people').click();
    await page.getByTestId('people-table').waitFor();
    const totalBefore = await peopleTotal(page);

    await page.getByTestId('import-open').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-template').click(),
    ]);
    const template = path.join(dir, 'mau.xlsx');
    await download.saveAs(template);

    // First attempt: the second data row has 31/02/1990 as its birth date.
    const file = path.join(dir, 'can-bo-moi.xlsx');
    const { headerRow, columns } = await fileFromTemplate(template, [good, second], file);
    const badRow = headerRow + 2;
    const badColumn = columnLetter(columns.indexOf('Ngày sinh'));
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByTestId('import-submit').click();

    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const errorRows = errors.locator('tbody tr.ant-table-row');
    await expect.poll(() => errorRows.count()).toBe(1);
    const cells = await errorRows.first().locator('td').allTextContents();
    expect(cells[0]).toBe(String(badRow));
    expect(cells[1]).toContain(badColumn);
    expect(cells[1]).toContain('Ngày sinh');
    expect(cells[2]!.length).toBeGreaterThan(0);
    // All or nothing: not even the good row was written.
    expect(await peopleTotal(page)).toBe(totalBefore);

    // Fixed: a real date in the same cell, the same file chosen again.
    await fileFromTemplate(template, [good, { ...second, 'Ngày sinh': '28/02/1990' }], file);
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByTestId('import-submit').click();
    await expect
      .poll(() => page.getByTestId('import-success').textContent(), { timeout: 30_000 })
      .toContain('Thêm mới 2');
    expect(await peopleTotal(page)).toBe(totalBefore + 2);

    await page.getByTestId('import-close').click();
    expect(await searchPeople(page, 'dang thi ngoc anh')).toContain('Đặng Thị Ngọc Ánh');
  });
});
