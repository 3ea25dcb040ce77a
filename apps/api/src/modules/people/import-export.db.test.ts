import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { STAFF_COLUMNS } from '../../../../../packages/spreadsheets/src/staff-columns.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../../testing/factories.ts';
import {
  login,
  multipartFile,
  openTestApp,
  waitForJob,
  type Client,
  type TestEnv,
} from '../../testing/http.ts';

type Cell = string | Date | null;

async function workbook(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách cán bộ');
  ws.addRow(STAFF_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(r);
  ws.getColumn(4).numFmt = 'dd/mm/yyyy';
  ws.getColumn(9).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));

async function readXlsx(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const out: string[][] = [];
  ws.eachRow((row) =>
    out.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))),
    ),
  );
  return out;
}

describe(`Excel import and export of staff (${testEngine()})`, () => {
  let env: TestEnv;
  let agencyId: number;
  let officer: Client;
  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    agencyId = (await buildAgency(db)).id;
    await buildUnit(db, { agencyId, code: 'VP', name: 'Văn phòng' });
    await buildUnit(db, { agencyId, code: 'QLTM', name: 'Phòng Quản lý Thương mại' });
    await buildPerson(db, {
      agencyId,
      unitId: (await db.selectFrom('units').select('id').where('code', '=', 'VP').executeTakeFirstOrThrow())
        .id,
      code: 'CB100',
      fullName: 'Đỗ Văn Cũ',
    });
    const o = await buildUser(db, { role: 'officer', agencyId });
    officer = await login(env.app, o.username, o.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  const goodRows = (): Cell[][] => [
    [
      'CB201',
      'Nguyễn Thị Hằng',
      'Nữ',
      d(1984, 12, 19),
      'QLTM',
      'Công chức',
      'Chuyên viên',
      'Không',
      d(2009, 1, 1),
      'Có',
      'hang@example.vn',
      '0912345678',
    ],
    [
      'CB202',
      'Trần Văn Bình',
      'Nam',
      '05/07/1990',
      'Văn phòng',
      'Viên chức',
      null,
      'Không',
      null,
      'Không',
      null,
      null,
    ],
    ['CB203', 'Lê Thị Cúc', 'Nữ', d(1992, 3, 3), 'VP', 'Hợp đồng', null, null, null, null, null, null],
    [
      'CB204',
      'Phạm Văn Dũng',
      'Nam',
      d(1980, 1, 1),
      'VP',
      'Công chức',
      'Chánh Văn phòng',
      'Có',
      d(2005, 6, 1),
      'Có',
      null,
      null,
    ],
    [
      'CB205',
      'Hoàng Thị Em',
      'Nữ',
      d(1995, 9, 9),
      'QLTM',
      'Công chức',
      null,
      'Không',
      null,
      'Không',
      null,
      null,
    ],
    [
      'CB100',
      'Đỗ Văn Cũ',
      'Nam',
      d(1970, 2, 2),
      'QLTM',
      'Công chức',
      'Phó Trưởng phòng',
      'Có',
      null,
      'Có',
      null,
      null,
    ],
  ];

  it('the template has the contract headers and an example row', async () => {
    const r = await officer.get(`/api/people/import/template.xlsx?agencyId=${agencyId}`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const rows = await readXlsx(r.rawPayload);
    expect(rows[0]).toEqual(STAFF_COLUMNS.map((c) => c.header));
    expect(rows[1]![1]).toBe('Nguyễn Thị Hằng');
  });

  it('a file with one bad row (row 7, a 31 February birth date) fails naming row and column, and nothing is written; the fixed file then imports', async () => {
    const rows = goodRows();
    rows[5]![3] = '31/02/1990'; // Excel row 7 (header is row 1)
    const before = await env.database.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const auditBefore = await env.database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const mp = multipartFile('file', 'can-bo.xlsx', await workbook(rows));
    const r = await officer.inject({
      method: 'POST',
      url: `/api/people/import?agencyId=${agencyId}`,
      payload: mp.payload,
      headers: mp.headers,
    });
    expect(r.statusCode).toBe(202);
    const job = await waitForJob(officer, r.json().jobId);
    expect(job.status).toBe('failed');
    const errs = (
      job.result as { errors: { row: number; column: string; columnName: string; message: string }[] }
    ).errors;
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ row: 7, column: 'D', columnName: 'Ngày sinh' });
    expect(errs[0]!.message).toMatch(/^Dòng 7, cột D \(Ngày sinh\): 31\/02\/1990 không phải ngày hợp lệ/);
    const after = await env.database.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const auditAfter = await env.database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));

    const fixed = multipartFile('file', 'can-bo.xlsx', await workbook(goodRows()));
    const r2 = await officer.inject({
      method: 'POST',
      url: `/api/people/import?agencyId=${agencyId}`,
      payload: fixed.payload,
      headers: fixed.headers,
    });
    const job2 = await waitForJob(officer, r2.json().jobId);
    expect(job2.status).toBe('succeeded');
    expect(job2.result).toEqual({ created: 5, updated: 1 });
    expect(job2.progress).toBe(6);
    const hang = (await officer.get('/api/people?q=nguyen thi hang')).json().items[0];
    expect(hang).toMatchObject({
      code: 'CB201',
      birthDate: '1984-12-19',
      unitName: 'Phòng Quản lý Thương mại',
      partyMember: true,
    });
    const binh = (await officer.get('/api/people?q=CB202')).json().items[0];
    expect(binh.birthDate).toBe('1990-07-05');
    const cu = (await officer.get('/api/people?q=CB100')).json().items[0];
    expect(cu).toMatchObject({
      unitName: 'Phòng Quản lý Thương mại',
      position: 'Phó Trưởng phòng',
      isLeader: true,
    });
  });

  it('every bad cell of every row is reported, not just the first', async () => {
    const rows: Cell[][] = [
      ['', 'Nguyễn Văn A', 'Nam', null, 'VP', 'Công chức', null, null, null, null, null, null],
      [
        'CB301',
        'Trần B',
        'Khác',
        '1/1/1990',
        'Phòng Không Có',
        'Biên chế',
        null,
        'Có lẽ',
        null,
        null,
        'sai-email',
        null,
      ],
    ];
    const mp = multipartFile('file', 'x.xlsx', await workbook(rows));
    const r = await officer.inject({
      method: 'POST',
      url: `/api/people/import?agencyId=${agencyId}`,
      payload: mp.payload,
      headers: mp.headers,
    });
    const job = await waitForJob(officer, r.json().jobId);
    const errs = (job.result as { errors: { row: number; column: string }[] }).errors;
    expect(errs.map((e) => `${e.row}${e.column}`)).toEqual(['2A', '3C', '3E', '3F', '3H', '3K']);
  });

  it('a council member may not import (policy), and a file that is not xlsx fails as a job with a Vietnamese message', async () => {
    const council = await buildUser(env.database.db, { role: 'council', agencyId });
    const c = await login(env.app, council.username, council.password);
    const mp = multipartFile('file', 'x.xlsx', Buffer.from('not a workbook'));
    expect(
      (
        await c.inject({
          method: 'POST',
          url: `/api/people/import?agencyId=${agencyId}`,
          payload: mp.payload,
          headers: mp.headers,
        })
      ).statusCode,
    ).toBe(403);
    const r = await officer.inject({
      method: 'POST',
      url: `/api/people/import?agencyId=${agencyId}`,
      payload: mp.payload,
      headers: mp.headers,
    });
    const job = await waitForJob(officer, r.json().jobId);
    expect(job.status).toBe('failed');
    expect(JSON.stringify(job.result)).toContain('không phải bảng tính Excel');
    // A job is visible to whoever started it (and the administrator), not to colleagues.
    expect((await c.get(`/api/jobs/${r.json().jobId}`)).statusCode).toBe(404);
    expect((await officer.get('/api/jobs')).json()[0].id).toBe(r.json().jobId);
  });

  it('exporting a filtered list returns a valid xlsx with exactly the filtered rows in list order', async () => {
    const list = (await officer.get('/api/people?category=cong-chuc&pageSize=500')).json();
    const r = await officer.get('/api/people/export.xlsx?category=cong-chuc');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain('.xlsx');
    const rows = await readXlsx(r.rawPayload);
    expect(rows[0]!.slice(0, 3)).toEqual(['Mã cán bộ', 'Họ và tên', 'Giới tính']);
    expect(rows.slice(1).map((x) => x[0])).toEqual(list.items.map((p: { code: string }) => p.code));
    expect(rows.length - 1).toBe(list.total);
    const hang = rows.find((x) => x[0] === 'CB201')!;
    expect(hang[3]).toBe('1984-12-19'); // a real date cell
  });

  it('units and the audit log export too', async () => {
    const units = await officer.get(`/api/units/export.xlsx?agencyId=${agencyId}`);
    expect((await readXlsx(units.rawPayload)).map((r) => r[0])).toEqual([
      'Danh sách đơn vị',
      'Mã đơn vị',
      'VP',
      'QLTM',
    ]);
    const audit = await officer.get('/api/audit/export.xlsx?action=create');
    const rows = await readXlsx(audit.rawPayload);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.slice(1).every((r) => r[3] === 'Thêm')).toBe(true);
    const list = (await officer.get('/api/audit?action=create&pageSize=2')).json();
    expect(list.items).toHaveLength(2);
    expect(list.items[0].id).toBeGreaterThan(list.items[1].id);
  });
});
