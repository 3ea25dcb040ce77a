import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { RATING_COLUMNS } from '../../../../../packages/spreadsheets/src/rating-workbook.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../../testing/factories.ts';
import {
  login,
  multipartFile,
  openTestApp,
  waitForJob,
  type Client,
  type TestEnv,
} from '../../testing/http.ts';

interface Row {
  personId: number;
  code: string;
  fullName: string;
  version: number | null;
  finalRating: string | null;
  proposedRating: string | null;
  selfRating: string | null;
  transferred: boolean;
  maternityLeave: boolean;
  disciplines: { level: string }[];
  warnings: { code: string; rule: string }[];
}
interface Grid {
  rows: Row[];
  cap: { used: number; allowed: number; text: string; exceeded: boolean };
  warnings: { code: string; rule: string; message: string }[];
}

const YEAR = 2024;

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Xếp loại');
  ws.addRow(RATING_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe(`ratings: grid, bulk save, cap, disciplines, self-assessment, Excel (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let head: Client;
  let staff: Client;
  let agencyId: number;
  let unitId: number;
  let otherUnitId: number;
  let people: { id: number; code: string }[];
  let staffPersonId: number;

  const grid = async (c: Client = officer, u = unitId): Promise<Grid> => {
    const r = await c.get(`/api/ratings/grid?unitId=${u}&year=${YEAR}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Grid;
  };

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    agencyId = (await buildAgency(db, { name: 'Sở Công Thương' })).id;
    const unit = await buildUnit(db, { agencyId, name: 'Phòng Quản lý thương mại', code: 'QLTM' });
    const other = await buildUnit(db, { agencyId, name: 'Văn phòng', code: 'VP' });
    unitId = unit.id;
    otherUnitId = other.id;
    people = [];
    for (let i = 0; i < 6; i++)
      people.push(
        await buildPerson(db, { unitId, code: `QL${i + 1}`, fullName: `Nguyễn Văn ${'ABCDEF'[i]}` }),
      );
    // One person transferred in from Văn phòng in July.
    const moved = await buildPerson(db, {
      unitId: otherUnitId,
      code: 'QL7',
      fullName: 'Trần Thị Chuyển',
      gender: 'nu',
      startDate: '2015-01-01',
    });
    await db
      .updateTable('person_unit_history')
      .set({ to_date: '2024-06-30' })
      .where('person_id', '=', moved.id)
      .execute();
    await db
      .insertInto('person_unit_history')
      .values({ person_id: moved.id, unit_id: unitId, from_date: '2024-07-01' })
      .execute();
    await db.updateTable('people').set({ unit_id: unitId }).where('id', '=', moved.id).execute();
    await db
      .insertInto('person_leaves')
      .values({ person_id: moved.id, kind: 'thai-san', from_date: '2024-02-01', to_date: '2024-07-31' })
      .execute();
    people.push(moved);
    staffPersonId = people[0]!.id;
    const o = await buildUser(db, { role: 'officer', agencyId });
    officer = await login(env.app, o.username, o.password);
    const h = await buildUser(db, { role: 'unit-head', unitId });
    head = await login(env.app, h.username, h.password);
    const s = await buildUser(db, { role: 'staff', personId: staffPersonId, agencyId });
    staff = await login(env.app, s.username, s.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('lists the unit with transfers and maternity leave read from the history, cap 0/0', async () => {
    const g = await grid();
    expect(g.rows.map((r) => r.code).sort()).toEqual(['QL1', 'QL2', 'QL3', 'QL4', 'QL5', 'QL6', 'QL7']);
    const moved = g.rows.find((r) => r.code === 'QL7')!;
    expect(moved).toMatchObject({ transferred: true, maternityLeave: true, version: null });
    expect(g.cap).toMatchObject({ used: 0, allowed: 0, text: 'HTXSNV: 0/0 đã dùng' });
    const vp = await grid(officer, otherUnitId);
    expect(vp.rows.map((r) => r.code)).toEqual([]);
  });

  it('a unit head of another unit is refused 403; staff cannot read the grid', async () => {
    const r = await head.get(`/api/ratings/grid?unitId=${otherUnitId}&year=${YEAR}`);
    expect(r.statusCode).toBe(403);
    const w = await head.put('/api/ratings/grid', { unitId: otherUnitId, year: YEAR, rows: [] });
    expect(w.statusCode).toBe(403);
    expect((await staff.get(`/api/ratings/grid?unitId=${unitId}&year=${YEAR}`)).statusCode).toBe(403);
  });

  it('bulk save in one transaction; cap exceeded → 422 and nothing written, then allowed with a reason and audited', async () => {
    const g = await grid();
    const byCode = new Map(g.rows.map((r) => [r.code, r]));
    // 5 HTTNV → 1 HTXSNV allowed; two HTXSNV exceed.
    const finals: Record<string, string> = {
      QL1: 'htxsnv',
      QL2: 'htxsnv',
      QL3: 'httnv',
      QL4: 'httnv',
      QL5: 'httnv',
      QL6: 'httnv',
      QL7: 'httnv',
    };
    const rows = Object.entries(finals).map(([code, finalRating]) => ({
      personId: byCode.get(code)!.personId,
      version: null,
      finalRating,
      monthsWorked: 12,
      absenceDays: 0,
    }));
    const refused = await officer.put('/api/ratings/grid', { unitId, year: YEAR, rows });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'rating-cap-exceeded', path: 'capOverrideReason' });
    expect(refused.json().message).toContain('vượt tỷ lệ 20%');
    const none = await env.database.db
      .selectFrom('ratings')
      .select('id')
      .where('unit_id', '=', unitId)
      .execute();
    expect(none).toHaveLength(0);

    const ok = await officer.put('/api/ratings/grid', {
      unitId,
      year: YEAR,
      capOverrideReason: 'Đơn vị hoàn thành xuất sắc nhiệm vụ chính trị được giao',
      rows,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const saved = ok.json() as Grid & { written: number };
    expect(saved.written).toBe(7);
    expect(saved.cap).toMatchObject({ used: 2, allowed: 1, exceeded: true, text: 'HTXSNV: 2/1 đã dùng' });
    expect(saved.warnings.map((w) => w.rule)).toContain('R-RATE-2');
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select(['summary', 'after'])
      .where('entity', '=', 'ratings')
      .where('action', '=', 'cap-override')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toContain('Đơn vị hoàn thành xuất sắc');
    const reasons = await env.database.db
      .selectFrom('ratings')
      .select('htxsnv_over_quota_reason')
      .where('final_rating', '=', 'htxsnv')
      .execute();
    expect(reasons.map((r) => r.htxsnv_over_quota_reason)).toEqual([
      'Đơn vị hoàn thành xuất sắc nhiệm vụ chính trị được giao',
      'Đơn vị hoàn thành xuất sắc nhiệm vụ chính trị được giao',
    ]);
  });

  it('a stale version → 409 and nothing of the batch written', async () => {
    const g = await grid();
    const a = g.rows.find((r) => r.code === 'QL3')!;
    const b = g.rows.find((r) => r.code === 'QL4')!;
    const r = await officer.put('/api/ratings/grid', {
      unitId,
      year: YEAR,
      rows: [
        { personId: a.personId, version: a.version, finalRating: 'htnv' },
        { personId: b.personId, version: b.version! + 5, finalRating: 'htnv' },
      ],
    });
    expect(r.statusCode).toBe(409);
    expect((await grid()).rows.find((x) => x.code === 'QL3')!.finalRating).toBe('httnv');
  });

  it('a disciplined person rated above KHTNV → R-RATE-1 warning', async () => {
    const p = people[3]!;
    const d = await officer.post('/api/disciplines', {
      personId: p.id,
      year: YEAR,
      level: 'khien-trach',
      decidedOn: '2024-05-10',
      decisionRef: '45/QĐ-SCT',
      fromDate: '2024-05-10',
      toDate: '2025-05-09',
    });
    expect(d.statusCode, d.body).toBe(201);
    expect(d.json()).toMatchObject({ levelText: 'Khiển trách', decisionRef: '45/QĐ-SCT' });
    const g = await grid();
    const row = g.rows.find((r) => r.personId === p.id)!;
    expect(row.disciplines).toHaveLength(1);
    expect(row.warnings).toEqual([
      expect.objectContaining({ code: 'disciplined-not-khtnv', rule: 'R-RATE-1' }),
    ]);
    expect(g.warnings.some((w) => w.code === 'disciplined-not-khtnv')).toBe(true);
    const list = await officer.get(`/api/people/${p.id}/disciplines`);
    expect(list.json()).toHaveLength(1);
    expect(
      (await head.post('/api/disciplines', { personId: p.id, year: YEAR, level: 'canh-cao' })).statusCode,
    ).toBe(403);
  });

  it('a unit head proposes but cannot set the final rating', async () => {
    const g = await grid(head);
    const r = g.rows.find((x) => x.code === 'QL5')!;
    const ok = await head.put('/api/ratings/grid', {
      unitId,
      year: YEAR,
      rows: [{ personId: r.personId, version: r.version, proposedRating: 'httnv' }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const r2 = (ok.json() as Grid).rows.find((x) => x.code === 'QL5')!;
    const no = await head.put('/api/ratings/grid', {
      unitId,
      year: YEAR,
      rows: [{ personId: r2.personId, version: r2.version, finalRating: 'htnv' }],
    });
    expect(no.statusCode).toBe(403);
  });

  it('staff enter only their own self-assessment', async () => {
    const mine = await staff.get(`/api/ratings/self?year=${YEAR}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ personId: staffPersonId, finalRating: 'htxsnv' });
    const r = await staff.put('/api/ratings/self', {
      year: YEAR,
      selfRating: 'httnv',
      version: mine.json().version,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ selfRating: 'httnv', finalRating: 'htxsnv' });
    expect((await staff.put('/api/ratings/grid', { unitId, year: YEAR, rows: [] })).statusCode).toBe(403);
  });

  it('Excel import with a bad row names the row and column and writes nothing; the fixed file writes', async () => {
    const db = env.database.db;
    const before = await db
      .selectFrom('ratings')
      .select(['person_id', 'final_rating', 'version'])
      .orderBy('person_id')
      .execute();
    const bad = await workbook([
      ['QL3', 'Nguyễn Văn C', 'Phòng Quản lý thương mại', null, null, 'HTNV', 12, 0, null, null, null],
      ['QL4', 'Nguyễn Văn D', 'Phòng Quản lý thương mại', null, null, 'Tốt lắm', 12, 0, null, null, null],
      ['QL5', 'Nguyễn Văn E', 'Phòng Quản lý thương mại', null, null, 'KHTNV', 13, 0, null, null, null],
    ]);
    const mp = multipartFile('file', 'xep-loai.xlsx', bad);
    const r = await officer.inject({
      method: 'POST',
      url: `/api/ratings/import?year=${YEAR}&agencyId=${agencyId}`,
      payload: mp.payload,
      headers: mp.headers,
    });
    expect(r.statusCode, r.body).toBe(202);
    const job = await waitForJob(officer, r.json().jobId);
    expect(job.status).toBe('failed');
    const errs = (
      job.result as { errors: { row: number; column: string; columnName: string; message: string }[] }
    ).errors;
    expect(errs.map((e) => [e.row, e.column, e.columnName])).toEqual([
      [3, 'F', 'Xếp loại'],
      [4, 'G', 'Số tháng công tác'],
    ]);
    expect(errs[0]!.message).toMatch(/^Dòng 3, cột F \(Xếp loại\): "Tốt lắm" không phải xếp loại hợp lệ/);
    const after = await db
      .selectFrom('ratings')
      .select(['person_id', 'final_rating', 'version'])
      .orderBy('person_id')
      .execute();
    expect(after).toEqual(before);

    const good = await workbook([
      ['QL3', 'Nguyễn Văn C', 'Phòng Quản lý thương mại', null, null, 'HTNV', 12, 0, null, null, null],
      [
        'QL4',
        'Nguyễn Văn D',
        'Phòng Quản lý thương mại',
        null,
        null,
        'KHTNV',
        11.5,
        3,
        null,
        null,
        'Bị kỷ luật khiển trách',
      ],
    ]);
    const mp2 = multipartFile('file', 'xep-loai.xlsx', good);
    const r2 = await officer.inject({
      method: 'POST',
      url: `/api/ratings/import?year=${YEAR}&agencyId=${agencyId}`,
      payload: mp2.payload,
      headers: mp2.headers,
    });
    const job2 = await waitForJob(officer, r2.json().jobId);
    expect(job2.status, job2.message ?? '').toBe('succeeded');
    const g = await grid();
    expect(g.rows.find((x) => x.code === 'QL4')).toMatchObject({ finalRating: 'khtnv', warnings: [] });
    expect(g.rows.find((x) => x.code === 'QL3')!.finalRating).toBe('htnv');
  });

  it('exports the unit to Excel', async () => {
    const r = await officer.get(`/api/ratings/export.xlsx?unitId=${unitId}&year=${YEAR}`);
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(6).value).toBe('Xếp loại');
    const codes: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) codes.push(String(row.getCell(1).value));
    });
    expect(codes).toHaveLength(7);
    const ql1 = [...Array(ws.rowCount).keys()]
      .map((i) => ws.getRow(i + 1))
      .find((x) => x.getCell(1).value === 'QL1')!;
    expect(ql1.getCell(6).value).toBe('HTXSNV');
  });
  it('the cap base is an agency setting: "HTTNV or above" counts the HTXSNV in the base (audited)', async () => {
    expect((await grid()).cap).toMatchObject({ used: 2, allowed: 0, base: 'httnv' });
    expect((await head.put('/api/ratings/settings', { capBase: 'httnv-or-above' })).statusCode).toBe(403);
    const r = await officer.put('/api/ratings/settings', { agencyId, capBase: 'httnv-or-above' });
    expect(r.statusCode, r.body).toBe(200);
    expect((await officer.get(`/api/ratings/settings?agencyId=${agencyId}`)).json()).toEqual({
      agencyId,
      capBase: 'httnv-or-above',
    });
    expect((await grid()).cap).toMatchObject({
      used: 2,
      allowed: 1,
      base: 'httnv-or-above',
      text: 'HTXSNV: 2/1 đã dùng',
    });
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity', '=', 'agency_settings')
      .execute();
    expect(audit.map((a) => a.summary)).toContain('Cách tính tỷ lệ HTXSNV: 20% số người HTTNV trở lên');
  });
});
