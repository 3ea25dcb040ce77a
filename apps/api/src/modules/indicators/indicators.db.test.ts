// Indicators through the HTTP API on the engine of TDKT_TEST_ENGINE: the officer of Sở Công Thương
// defines seed 001's indicators for 2023, enters January–June (June still an estimate), and reads back
// the figures the mid-year report prints. Plans and prior-year figures are the ones derived from the
// seed in packages/domain/src/indicators/figures.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { buildAgency, buildUser } from '../../testing/factories.ts';
import {
  login,
  multipartFile,
  openTestApp,
  waitForJob,
  type Client,
  type TestEnv,
} from '../../testing/http.ts';

interface Item {
  id: number;
  code: string;
  text: Record<string, string | null>;
  raw: Record<string, string | null>;
  estimated: boolean;
  children: Item[];
}

const flat = (xs: Item[]): Item[] => xs.flatMap((x) => [x, ...flat(x.children)]);

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu 2023');
  ws.addRow([
    'Mã chỉ tiêu',
    'Tên chỉ tiêu',
    'Đơn vị tính',
    'Loại số liệu',
    ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
  ]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe(`Indicators and administrative-procedure figures (${testEngine()})`, () => {
  let env: TestEnv;
  let agencyId: number;
  let otherAgencyId: number;
  let officer: Client;
  let otherOfficer: Client;
  let staff: Client;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    agencyId = (await buildAgency(db, { name: 'Sở Công Thương Gia Lai' })).id;
    otherAgencyId = (await buildAgency(db, { name: 'Sở Công Thương Kon Tum' })).id;
    const o = await buildUser(db, { role: 'officer', agencyId, username: 'canbo.tdkt' });
    officer = await login(env.app, o.username, o.password);
    const o2 = await buildUser(db, { role: 'officer', agencyId: otherAgencyId });
    otherOfficer = await login(env.app, o2.username, o2.password);
    const s = await buildUser(db, { role: 'staff', agencyId });
    staff = await login(env.app, s.username, s.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  const define = async (body: Record<string, unknown>) => {
    const r = await officer.post('/api/indicators', { agencyId, year: 2023, ...body });
    expect(r.statusCode, r.body).toBe(201);
    ids[body.code as string] = r.json().id;
    return r.json();
  };
  const put = (
    c: Client,
    code: string,
    month: number,
    kind: 'estimate' | 'actual',
    body: Record<string, unknown>,
  ) => c.put(`/api/indicators/${ids[code]}/values/${month}/${kind}`, body);

  it('the officer defines seed 001 indicators with units, precisions, plans and breakdowns', async () => {
    await define({
      code: 'gtsx-cn',
      name: 'Tổng giá trị sản xuất công nghiệp (giá so sánh 2010)',
      kind: 'amount',
      unit: 'tỷ đồng',
      precision: 1,
      percentPrecision: 1,
      planValue: '31620',
    });
    await define({
      code: 'ban-le',
      name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ',
      kind: 'amount',
      unit: 'tỷ đồng',
      precision: 0,
      percentPrecision: 2,
      planValue: '108000',
    });
    const xk = await define({
      code: 'xk',
      name: 'Kim ngạch xuất khẩu',
      kind: 'amount',
      unit: 'triệu USD',
      precision: 2,
      percentPrecision: 2,
      planValue: '681',
    });
    await define({
      code: 'xk-ca-phe',
      name: 'Cà phê',
      kind: 'amount',
      unit: 'triệu USD',
      quantityUnit: 'tấn',
      precision: 2,
      percentPrecision: 2,
      parentId: xk.id,
    });
    await define({
      code: 'nk',
      name: 'Kim ngạch nhập khẩu',
      kind: 'amount',
      unit: 'triệu USD',
      precision: 2,
      percentPrecision: 1,
      planValue: '110',
    });
    await define({
      code: 'ho-dung-dien',
      name: 'Hộ dân sử dụng điện',
      kind: 'fraction',
      unit: 'hộ',
      percentPrecision: 1,
    });
    await define({
      code: 'xa-tieu-chi-4',
      name: 'Xã đạt tiêu chí số 4 điện nông thôn',
      kind: 'fraction',
      unit: 'xã',
      percentPrecision: 2,
    });
    const iip = await define({
      code: 'iip',
      name: 'Chỉ số sản xuất công nghiệp',
      kind: 'index',
      unit: '%',
      precision: 2,
      percentPrecision: 2,
    });
    await define({
      code: 'iip-che-bien',
      name: 'Công nghiệp chế biến, chế tạo',
      kind: 'index',
      unit: '%',
      precision: 2,
      percentPrecision: 2,
      parentId: iip.id,
    });

    const dup = await officer.post('/api/indicators', {
      agencyId,
      year: 2023,
      code: 'xk',
      name: 'Trùng',
      kind: 'amount',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe('Mã chỉ tiêu "xk" đã có trong năm 2023.');

    const list = await officer.get(`/api/indicators?agencyId=${agencyId}&year=2023`);
    expect(list.json().map((i: { code: string }) => i.code)).toEqual([
      'gtsx-cn',
      'ban-le',
      'xk',
      'xk-ca-phe',
      'nk',
      'ho-dung-dien',
      'xa-tieu-chi-4',
      'iip',
      'iip-che-bien',
    ]);
  });

  it('January–June entered (June an estimate) give back seed 001: 14.103,4 tỷ đồng = 44,6% kế hoạch, tăng 14,9% …', async () => {
    const series: Record<string, string[]> = {
      'gtsx-cn': ['2356.2', '2289.5', '2512.8', '2498.6', '2511.3', '1935'],
      'ban-le': ['7512', '7340', '7698', '7905', '8131', '8242'],
      xk: ['75', '62', '78', '71', '74', '60'],
      nk: ['12.5', '10.2', '11.8', '9.6', '10.9', '4'],
    };
    const prior: Record<string, string> = { 'gtsx-cn': '12274', 'ban-le': '36493', xk: '420', nk: '86.8' };
    for (const [code, values] of Object.entries(series)) {
      for (let m = 1; m <= 6; m++) {
        const body =
          m === 6 ? { value: values[m - 1], priorYearValue: prior[code] } : { value: values[m - 1] };
        const r = await put(officer, code, m, m === 6 ? 'estimate' : 'actual', body);
        expect(r.statusCode, r.body).toBe(200);
      }
    }
    expect(
      (
        await put(officer, 'xk-ca-phe', 6, 'estimate', {
          value: '338',
          quantity: '165000',
          reportedCumulative: '338',
          priorYearValue: '330',
          priorYearQuantity: '162003',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await put(officer, 'ho-dung-dien', 6, 'actual', { numerator: '478395', denominator: '478833' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await put(officer, 'xa-tieu-chi-4', 6, 'actual', { numerator: '181', denominator: '182' })).statusCode,
    ).toBe(200);
    expect((await put(officer, 'iip', 6, 'estimate', { value: '111.3' })).statusCode).toBe(200);
    expect((await put(officer, 'iip-che-bien', 6, 'estimate', { value: '120.30' })).statusCode).toBe(200);

    const r = await officer.get(`/api/indicators/summary?agencyId=${agencyId}&year=2023&uptoMonth=6`);
    expect(r.statusCode, r.body).toBe(200);
    const byCode = new Map(flat(r.json().indicators as Item[]).map((x) => [x.code, x]));
    const t = (code: string) => byCode.get(code)!.text;
    expect(t('gtsx-cn')).toMatchObject({
      monthValue: '1.935',
      cumulative: '14.103,4',
      percentOfPlan: '44,6%',
      change: 'tăng 14,9%',
    });
    expect(byCode.get('gtsx-cn')!.estimated).toBe(true);
    expect(byCode.get('gtsx-cn')!.raw).toMatchObject({
      cumulative: '14103.4',
      plan: '31620',
      percentOfPlan: '44.6',
      changePercent: '14.9',
    });
    expect(t('ban-le')).toMatchObject({
      monthValue: '8.242',
      cumulative: '46.828',
      percentOfPlan: '43,36%',
      change: 'tăng 28,32%',
    });
    expect(t('xk')).toMatchObject({
      monthValue: '60',
      cumulative: '420',
      percentOfPlan: '61,67%',
      change: 'tương đương',
    });
    expect(t('nk')).toMatchObject({
      monthValue: '4',
      cumulative: '59',
      percentOfPlan: '53,6%',
      change: 'giảm 32%',
    });
    expect(t('xk-ca-phe')).toMatchObject({
      cumulative: '338',
      cumulativeQuantity: '165.000',
      quantityChange: 'tăng 1,85%',
      change: 'tăng 2,42%',
    });
    expect(t('ho-dung-dien')).toMatchObject({ fraction: '478.395/478.833', fractionPercent: '99,9%' });
    expect(t('xa-tieu-chi-4')).toMatchObject({ fraction: '181/182', fractionPercent: '99,45%' });
    expect(t('iip')).toMatchObject({ change: 'tăng 11,3%' });
    expect(t('iip-che-bien')).toMatchObject({ change: 'tăng 20,3%' });
    // Breakdowns are nested under their parent.
    const top = (r.json().indicators as Item[]).map((x) => x.code);
    expect(top).not.toContain('xk-ca-phe');
    expect((r.json().indicators as Item[]).find((x) => x.code === 'xk')!.children.map((c) => c.code)).toEqual(
      ['xk-ca-phe'],
    );
  });

  it('the grid lists every indicator × 12 months with its cells and figures; children come indented after their parent', async () => {
    const r = await officer.get(`/api/indicators/grid?agencyId=${agencyId}&year=2023`);
    expect(r.statusCode, r.body).toBe(200);
    const g = r.json();
    expect(g.uptoMonth).toBe(6);
    const row = g.rows.find((x: { indicator: { code: string } }) => x.indicator.code === 'gtsx-cn');
    expect(row.months).toHaveLength(12);
    expect(row.months[0].actual.value).toBe('2356.2');
    expect(row.months[5].estimate.value).toBe('1935');
    expect(row.months[5].actual).toBeNull();
    expect(row.summary.text.percentOfPlan).toBe('44,6%');
    const child = g.rows.find((x: { indicator: { code: string } }) => x.indicator.code === 'xk-ca-phe');
    expect(child.depth).toBe(1);
  });

  it('a correction keeps its history: who, when, old → new; a stale version is refused', async () => {
    const grid = (await officer.get(`/api/indicators/grid?agencyId=${agencyId}&year=2023`)).json();
    const cell = grid.rows.find((x: { indicator: { code: string } }) => x.indicator.code === 'gtsx-cn')
      .months[5].estimate;
    const ok = await put(officer, 'gtsx-cn', 6, 'estimate', {
      value: '1940.1',
      priorYearValue: '12274',
      version: cell.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().changed).toBe(true);
    const stale = await put(officer, 'gtsx-cn', 6, 'estimate', {
      value: '1950',
      priorYearValue: '12274',
      version: cell.version,
    });
    expect(stale.statusCode).toBe(409);
    // The actual replaces the estimate in the cumulative.
    expect(
      (await put(officer, 'gtsx-cn', 6, 'actual', { value: '1935', priorYearValue: '12274' })).statusCode,
    ).toBe(200);
    const s = (
      await officer.get(`/api/indicators/summary?agencyId=${agencyId}&year=2023&uptoMonth=6`)
    ).json();
    const g = flat(s.indicators).find((x) => x.code === 'gtsx-cn')!;
    expect(g.text.cumulative).toBe('14.103,4');
    expect(g.estimated).toBe(false);

    const h = await officer.get(`/api/indicators/${ids['gtsx-cn']}/revisions?month=6&kind=estimate`);
    expect(h.statusCode).toBe(200);
    const revs = h.json();
    expect(revs).toHaveLength(2);
    expect(revs[0]).toMatchObject({
      beforeText: '1.935',
      afterText: '1.940,1',
      changedBy: 'canbo.tdkt',
      source: 'grid',
    });
    expect(revs[1]).toMatchObject({ beforeText: '(trống)', afterText: '1.935' });
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select(['summary', 'entity'])
      .where('entity', '=', 'indicator_values')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.summary).toContain('Tổng giá trị sản xuất công nghiệp');
  });

  it('wrong figures are refused with Vietnamese messages', async () => {
    const r = await put(officer, 'ho-dung-dien', 5, 'actual', { value: '99' });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toBe('Chỉ tiêu dạng tỷ lệ nhập tử số/mẫu số, không nhập giá trị.');
    const r2 = await put(officer, 'gtsx-cn', 5, 'actual', { value: '14.103,4' });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().message).toContain('Giá trị phải là số thập phân');
    const r3 = await put(officer, 'xa-tieu-chi-4', 5, 'actual', { numerator: '1', denominator: '0' });
    expect(r3.statusCode).toBe(400);
    expect(r3.json().message).toBe('Mẫu số phải lớn hơn 0.');
    const r4 = await put(officer, 'gtsx-cn', 9, 'actual', { priorYearValue: '12000' });
    expect(r4.statusCode).toBe(400);
    expect(r4.json().message).toContain('Hãy nhập số liệu của tháng');
  });

  it("another agency's officer cannot write or read this agency's indicators; staff cannot write", async () => {
    expect((await put(otherOfficer, 'gtsx-cn', 7, 'estimate', { value: '1' })).statusCode).toBe(403);
    expect(
      (
        await otherOfficer.post('/api/indicators', {
          agencyId,
          year: 2023,
          code: 'moi',
          name: 'Mới',
          kind: 'amount',
        })
      ).statusCode,
    ).toBe(403);
    expect((await otherOfficer.get(`/api/indicators/grid?agencyId=${agencyId}&year=2023`)).statusCode).toBe(
      403,
    );
    expect(
      (await otherOfficer.get(`/api/indicators/summary?agencyId=${agencyId}&year=2023&uptoMonth=6`))
        .statusCode,
    ).toBe(403);
    expect((await put(staff, 'gtsx-cn', 7, 'estimate', { value: '1' })).statusCode).toBe(403);
    const n = await env.database.db
      .selectFrom('indicator_values')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('month', '=', 7)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });

  it('administrative procedures of seed 001: 10.042 received, 9.946 resolved, 0 late, 9.816 online = "hơn 98%"', async () => {
    const r = await officer.post('/api/admin-procedures', {
      agencyId,
      periodFrom: '2022-12-15',
      periodTo: '2023-05-31',
      received: 10042,
      resolved: 9946,
      onTime: 9946,
      late: 0,
      online: 9816,
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().year).toBe(2023);
    expect(r.json().text).toMatchObject({
      period: 'từ ngày 15/12/2022 đến 31/05/2023',
      received: '10.042',
      resolved: '9.946',
      late: '0',
      online: '9.816',
      onlinePercent: '98,69%',
      onlinePhrase: 'hơn 98%',
    });
    const bad = await officer.post('/api/admin-procedures', {
      agencyId,
      periodFrom: '2023-01-01',
      periodTo: '2023-06-30',
      received: 10,
      resolved: 11,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe('Số hồ sơ đã giải quyết không được lớn hơn số đã tiếp nhận.');
    expect(
      (
        await otherOfficer.post('/api/admin-procedures', {
          agencyId,
          periodFrom: '2023-01-01',
          periodTo: '2023-06-30',
          received: 1,
          resolved: 1,
        })
      ).statusCode,
    ).toBe(403);
    const upd = await officer.put(`/api/admin-procedures/${r.json().id}`, {
      periodFrom: '2022-12-15',
      periodTo: '2023-05-31',
      received: 10042,
      resolved: 9946,
      onTime: 9946,
      late: 0,
      online: 9816,
      note: 'Dịch vụ công mức độ 3, 4',
      version: r.json().version,
    });
    expect(upd.statusCode, upd.body).toBe(200);
    const s = (
      await officer.get(`/api/indicators/summary?agencyId=${agencyId}&year=2023&uptoMonth=6`)
    ).json();
    expect(s.adminProcedures).toHaveLength(1);
    expect(s.adminProcedures[0].text.onlinePhrase).toBe('hơn 98%');
    // Up to April the period ending 31/5 is not yet reported.
    expect(
      (await officer.get(`/api/indicators/summary?agencyId=${agencyId}&year=2023&uptoMonth=4`)).json()
        .adminProcedures,
    ).toHaveLength(0);
  });

  it('an Excel file with bad cells names each row and column and writes nothing; the fixed file imports in one go', async () => {
    const countValues = async () =>
      Number(
        (
          await env.database.db
            .selectFrom('indicator_values')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const countRevisions = async () =>
      Number(
        (
          await env.database.db
            .selectFrom('indicator_value_revisions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = [await countValues(), await countRevisions()];
    const bad = await workbook([
      [
        'gtsx-cn',
        'Tổng giá trị sản xuất công nghiệp',
        'tỷ đồng',
        'Ước',
        null,
        null,
        null,
        null,
        null,
        null,
        '2.101,5',
      ],
      ['ban-le', 'Bán lẻ', 'tỷ đồng', 'Thực hiện', null, null, null, null, null, null, 'tám nghìn'],
      ['khong-co', 'Không có', null, 'Ước', null, null, null, null, null, null, 5],
      [
        'ho-dung-dien',
        'Hộ dùng điện',
        'hộ',
        'Thực hiện',
        null,
        null,
        null,
        null,
        null,
        null,
        '478.500/478.900',
      ],
    ]);
    const mp = multipartFile('file', 'chi-tieu.xlsx', bad);
    const r = await officer.inject({
      method: 'POST',
      url: `/api/indicators/import?agencyId=${agencyId}&year=2023`,
      payload: mp.payload,
      headers: mp.headers,
    });
    // The import runs as a job (like the ratings import): it fails naming every row and column.
    expect(r.statusCode, r.body).toBe(202);
    const failed = await waitForJob(officer, r.json().jobId);
    expect(failed.status).toBe('failed');
    expect(failed.message).toBe('Tệp có 2 lỗi ở 2 dòng. Chưa ghi số liệu nào; hãy sửa tệp rồi nhập lại.');
    const errs = (failed.result as { errors: { row: number; column: string; message: string }[] }).errors;
    expect(errs.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'K', 'Dòng 3, cột K (Tháng 7): "tám nghìn" không phải số (viết như 14.103,4).'],
      [4, 'A', 'Dòng 4, cột A (Mã chỉ tiêu): không có chỉ tiêu mã "khong-co" trong năm 2023.'],
    ]);
    expect([await countValues(), await countRevisions()]).toEqual(before);

    const good = await workbook([
      [
        'gtsx-cn',
        'Tổng giá trị sản xuất công nghiệp',
        'tỷ đồng',
        'Ước',
        null,
        null,
        null,
        null,
        null,
        null,
        '2.101,5',
      ],
      ['ban-le', 'Bán lẻ', 'tỷ đồng', 'Thực hiện', 7512, null, null, null, null, null, 8000],
      [
        'ho-dung-dien',
        'Hộ dùng điện',
        'hộ',
        'Thực hiện',
        null,
        null,
        null,
        null,
        null,
        null,
        '478.500/478.900',
      ],
    ]);
    const mp2 = multipartFile('file', 'chi-tieu.xlsx', good);
    const r2 = await officer.inject({
      method: 'POST',
      url: `/api/indicators/import?agencyId=${agencyId}&year=2023`,
      payload: mp2.payload,
      headers: mp2.headers,
    });
    expect(r2.statusCode, r2.body).toBe(202);
    const done = await waitForJob(officer, r2.json().jobId);
    expect(done.status, done.message ?? '').toBe('succeeded');
    expect(done.result).toMatchObject({ cells: 4, written: 3, unchanged: 1 });
    expect(done.progress).toBe(4);
    expect(done.total).toBe(4);
    const grid = (
      await officer.get(`/api/indicators/grid?agencyId=${agencyId}&year=2023&uptoMonth=7`)
    ).json();
    const row = (code: string) =>
      grid.rows.find((x: { indicator: { code: string } }) => x.indicator.code === code);
    expect(row('gtsx-cn').months[6].estimate.value).toBe('2101.5');
    expect(row('ho-dung-dien').months[6].actual).toMatchObject({
      numerator: '478500',
      denominator: '478900',
    });
    const revs = (await officer.get(`/api/indicators/${ids['ban-le']}/revisions?month=7`)).json();
    expect(revs[0]).toMatchObject({ source: 'import', afterText: '8.000' });

    const other = multipartFile('file', 'chi-tieu.xlsx', good);
    expect(
      (
        await otherOfficer.inject({
          method: 'POST',
          url: `/api/indicators/import?agencyId=${agencyId}&year=2023`,
          payload: other.payload,
          headers: other.headers,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('the export holds the months, the cumulative, % of plan and the change; the template only the indicators', async () => {
    const r = await officer.get(`/api/indicators/export.xlsx?agencyId=${agencyId}&year=2023&uptoMonth=6`);
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([
      'Mã chỉ tiêu',
      'Tên chỉ tiêu',
      'Đơn vị tính',
      'Loại số liệu',
      ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
      'Lũy kế',
      'Kế hoạch năm',
      '% kế hoạch',
      'So cùng kỳ',
    ]);
    const actual = rows.find((x) => x[0] === 'gtsx-cn' && x[3] === 'Thực hiện')!;
    expect(actual[4]).toBe(2356.2);
    expect(actual.slice(16)).toEqual([14103.4, 31620, '44,6%', 'tăng 14,9%']);
    const t = await officer.get(`/api/indicators/import/template.xlsx?agencyId=${agencyId}&year=2023`);
    expect(t.statusCode).toBe(200);
    // The template, filled and sent back unchanged, imports nothing and fails on nothing.
    const back = multipartFile('file', 'mau.xlsx', t.rawPayload);
    const r2 = await officer.inject({
      method: 'POST',
      url: `/api/indicators/import?agencyId=${agencyId}&year=2023`,
      payload: back.payload,
      headers: back.headers,
    });
    expect(r2.statusCode, r2.body).toBe(202);
    const job = await waitForJob(officer, r2.json().jobId);
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ written: 0 });
  });

  it('a breakdown sums into its parent: a parent without figures shows the sum; a parent with its own says when they differ', async () => {
    await define({
      code: 'xk-bg',
      name: 'Xuất khẩu qua biên giới',
      kind: 'amount',
      unit: 'triệu USD',
      precision: 1,
    });
    await define({
      code: 'xk-bg-bh',
      name: 'Hàng bách hóa',
      kind: 'amount',
      unit: 'triệu USD',
      precision: 1,
      parentId: ids['xk-bg'],
    });
    await define({
      code: 'xk-bg-pb',
      name: 'Phân bón',
      kind: 'amount',
      unit: 'triệu USD',
      precision: 1,
      parentId: ids['xk-bg'],
    });
    expect(
      (await put(officer, 'xk-bg-bh', 6, 'actual', { value: '1', priorYearValue: '2' })).statusCode,
    ).toBe(200);
    expect(
      (await put(officer, 'xk-bg-pb', 6, 'actual', { value: '7.5', priorYearValue: '6.5' })).statusCode,
    ).toBe(200);
    const r = await officer.get(`/api/indicators/summary?agencyId=${agencyId}&year=2023&uptoMonth=6`);
    const byCode = new Map(
      flat(r.json().indicators as Item[]).map((x) => [x.code, x as Item & { breakdown: unknown }]),
    );
    // 1 + 7,5 = 8,5 against 2 + 6,5 = 8,5 last year.
    expect(byCode.get('xk-bg')!.text).toMatchObject({ cumulative: '8,5', change: 'tương đương' });
    expect(byCode.get('xk-bg')!.breakdown).toMatchObject({ derived: true, mismatch: false, sumText: '8,5' });
    // Exports: 420 of its own; the one commodity listed (coffee, 338) does not add up to it, and it says so.
    expect(byCode.get('xk')!.text.cumulative).toBe('420');
    expect(byCode.get('xk')!.breakdown).toMatchObject({
      derived: false,
      mismatch: true,
      note: 'Tổng các chỉ tiêu con là 338 triệu USD, khác số của chỉ tiêu (420 triệu USD): các chỉ tiêu con có thể chỉ liệt kê các mặt hàng, ngành chính; nếu không, hãy kiểm tra lại số liệu.',
    });
    // An index breakdown is not summed.
    expect(byCode.get('iip')!.breakdown).toBeNull();
  });
});
