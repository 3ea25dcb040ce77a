import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { DEMO_PASSWORD, seedDemo } from '../../../../../packages/db/src/seed/index.ts';
import { AWARD_HISTORY_COLUMNS } from '../../../../../packages/spreadsheets/src/award-history.ts';
import { buildAgency, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../../testing/factories.ts';
import {
  login,
  multipartFile,
  openTestApp,
  waitForJob,
  type Client,
  type TestEnv,
} from '../../testing/http.ts';

interface Decision {
  id: number;
  status: string;
  version: number;
  reference: string;
  codeLabel: string;
  proposalId: number | null;
  recipients: { id: number; displayName: string; status: string; version: number; personId: number | null }[];
}
interface History {
  subject: { name: string };
  rows: { code: string; year: number; status: string; sourceText: string; source: string }[];
}
interface Forecast {
  target: string;
  earliestYear: number | null;
  missing: { code: string; text: string }[];
}

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Quá trình khen thưởng');
  ws.addRow(AWARD_HISTORY_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe(`decisions and award history (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let staff: Client;
  let agencyId: number;
  let unitId: number;
  let hang: { id: number; code: string };
  let binh: { id: number; code: string };
  let other: { id: number };

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const agency = await buildAgency(db, { name: 'Sở Công Thương' });
    agencyId = agency.id;
    await db
      .updateTable('agencies')
      .set({ parent_name: 'UBND tỉnh Gia Lai', place_name: 'Gia Lai', symbol: 'SCT' })
      .where('id', '=', agencyId)
      .execute();
    const bgd = await buildUnit(db, { agencyId, name: 'Ban Giám đốc', code: 'BGD', kind: 'lanh-dao' });
    await buildPerson(db, {
      unitId: bgd.id,
      fullName: 'Lê Văn Giám',
      position: 'Giám đốc',
      isLeader: true,
    });
    const unit = await buildUnit(db, { agencyId, name: 'Phòng Quản lý Thương mại', code: 'QLTM' });
    unitId = unit.id;
    hang = await buildPerson(db, {
      unitId,
      code: 'CB028',
      fullName: 'Nguyễn Thị Hằng',
      gender: 'nu',
      birthDate: '1986-03-14',
      position: 'Chuyên viên chính',
    });
    binh = await buildPerson(db, {
      unitId,
      code: 'CB030',
      fullName: 'Trần Văn Bình',
      position: 'Chuyên viên',
    });
    other = await buildPerson(db, { agencyId: (await buildAgency(db)).id });
    await buildUser(db, { username: 'vanthu', role: 'officer', agencyId });
    await buildUser(db, { username: 'hang', role: 'staff', agencyId, personId: hang.id });
    officer = await login(env.app, 'vanthu', TEST_PASSWORD);
    staff = await login(env.app, 'hang', TEST_PASSWORD);
  });
  afterAll(async () => env.close());

  const history = async (personId: number, c: Client = officer): Promise<History> => {
    const r = await c.get(`/api/award-history/ca-nhan/${personId}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as History;
  };
  const forecast = async (personId: number, target: string): Promise<Forecast | undefined> => {
    const r = await officer.get(`/api/people/${personId}/eligibility?year=2025`);
    expect(r.statusCode, r.body).toBe(200);
    const out = (r.json() as { output: { forecasts: Forecast[] } }).output;
    return out.forecasts.find((f) => f.target === target);
  };

  it('imports past titles from Excel all or nothing: every bad row and column named, nothing written', async () => {
    const tpl = await officer.get('/api/award-history/import/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(4).value).toBe('Danh hiệu/hình thức');

    const bad = await workbook([
      ['CB028', 'Nguyễn Thị Hằng', null, 'CSTĐCS', 2023, '112/QĐ-SCT', '20/12/2023', 'Giám đốc Sở'],
      ['CB999', null, null, 'LĐTT', 2023, null, null, null],
      [null, 'Trần Văn Bình', '01/01/1990', 'Huy chương Vàng', 'năm ngoái', null, null, null],
    ]);
    const mp = multipartFile('file', 'qua-trinh.xlsx', bad);
    const res = await officer.inject({ method: 'POST', url: '/api/award-history/import', ...mp });
    expect(res.statusCode, res.body).toBe(202);
    const job = await waitForJob(officer, (res.json() as { jobId: number }).jobId);
    expect(job.status).toBe('failed');
    const errs = (job.result as { errors: { row: number; column: string; message: string }[] }).errors;
    expect(errs.find((e) => e.row === 3)?.message).toBe(
      'Dòng 3, cột A (Mã cán bộ): Không có cán bộ mã CB999 trong cơ quan.',
    );
    expect(errs.filter((e) => e.row === 4).map((e) => e.column)).toEqual(['B', 'D', 'E']);
    expect((await history(hang.id)).rows).toHaveLength(0);
  });

  it('an imported CSTĐCS for 2023 and 2024 shows in the history and brings CSTĐ cấp tỉnh within reach in the 2025 forecast', async () => {
    const before = await forecast(hang.id, 'chien-si-thi-dua-cap-tinh');
    const good = await workbook([
      ['CB028', 'Nguyễn Thị Hằng', null, 'CSTĐCS', 2023, '112/QĐ-SCT', '20/12/2023', 'Giám đốc Sở'],
      [
        null,
        'Nguyễn Thị Hằng',
        '14/03/1986',
        'Chiến sĩ thi đua cơ sở',
        2024,
        '98/QĐ-SCT',
        '24/12/2024',
        null,
      ],
      ['CB030', null, null, 'LĐTT', 2024, '97/QĐ-SCT', '24/12/2024', 'Giám đốc Sở'],
      ['CB028', null, null, 'Bằng khen UBND tỉnh', 2022, '1450/QĐ-UBND', '15/03/2023', 'Chủ tịch UBND tỉnh'],
    ]);
    const mp = multipartFile('file', 'qua-trinh.xlsx', good);
    const res = await officer.inject({ method: 'POST', url: '/api/award-history/import', ...mp });
    const job = await waitForJob(officer, (res.json() as { jobId: number }).jobId);
    expect(job.status, JSON.stringify(job.result)).toBe('succeeded');
    expect(job.result).toEqual({ rows: 4, decisions: 4 });

    const h = await history(hang.id);
    expect(h.rows.map((r) => [r.code, r.year])).toEqual([
      ['chien-si-thi-dua-co-so', 2024],
      ['chien-si-thi-dua-co-so', 2023],
      ['bang-khen-cap-tinh', 2022],
    ]);
    expect(h.rows[0]!.sourceText).toBe(
      'Quyết định số 98/QĐ-SCT ngày 24/12/2024 — Giám đốc Sở (nhập từ Excel)',
    );

    const after = await forecast(hang.id, 'chien-si-thi-dua-cap-tinh');
    // Before: two more CSTĐCS years needed (2026–2027); after: the next one (2026) completes three in a row.
    expect(before?.earliestYear).toBe(2027);
    expect(after?.earliestYear).toBe(2026);
    expect(after?.missing.find((m) => m.code === 'more-cstdcs-years')?.text).toBe('1 năm CSTĐCS (2026)');

    // The same file again would double the history: refused, row by row.
    const again = await officer.inject({
      method: 'POST',
      url: '/api/award-history/import',
      ...multipartFile('file', 'x.xlsx', good),
    });
    const job2 = await waitForJob(officer, (again.json() as { jobId: number }).jobId);
    expect(job2.status).toBe('failed');
    expect(job2.message).toMatch(/4 lỗi ở 4 dòng/);
  });

  it('registers a received Bằng khen answering a proposal: the proposal is decided, the history cites the decision', async () => {
    const db = env.database.db;
    const proposal = await db
      .insertInto('proposals')
      .values({
        agency_id: agencyId,
        year: 2025,
        kind: 'cong-trang',
        code: 'bang-khen-cap-tinh',
        authority: 'chu-tich-ubnd-tinh',
        title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025',
        status: 'sent',
        sent_on: '2026-01-10',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const body = {
      authority: 'chu-tich-ubnd-tinh',
      issuerName: 'UBND tỉnh Gia Lai',
      number: '215',
      symbol: 'QĐ-UBND',
      decidedOn: '2026-02-05',
      code: 'bang-khen-cap-tinh',
      achievementFrom: 2024,
      achievementTo: 2025,
      proposalId: proposal.id,
      recipients: [{ subjectKind: 'person', personId: binh.id }],
    };
    const forbidden = await staff.post('/api/decisions/received', body);
    expect(forbidden.statusCode).toBe(403);
    const empty = await officer.post('/api/decisions/received', { ...body, recipients: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe('Quyết định phải có ít nhất một cá nhân hoặc tập thể được khen.');
    const outsider = await officer.post('/api/decisions/received', {
      ...body,
      recipients: [{ subjectKind: 'person', personId: other.id }],
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().path).toBe('recipients.0.personId');

    const r = await officer.post('/api/decisions/received', body);
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json() as Decision;
    expect(d.reference).toBe('Quyết định số 215/QĐ-UBND ngày 05/02/2026');
    expect(d.recipients[0]!.displayName).toBe('Trần Văn Bình');
    const p = await db
      .selectFrom('proposals')
      .select(['status', 'version'])
      .where('id', '=', proposal.id)
      .executeTakeFirstOrThrow();
    expect(p.status).toBe('decided');
    const h = await history(binh.id);
    expect(h.rows[0]).toMatchObject({
      code: 'bang-khen-cap-tinh',
      year: 2025,
      sourceText: 'Quyết định số 215/QĐ-UBND ngày 05/02/2026 (UBND tỉnh Gia Lai)',
    });
    // The signed scan is kept with the decision and downloads as uploaded.
    const scan = multipartFile(
      'file',
      'qd-215-ubnd.pdf',
      Buffer.from('%PDF-1.4 quyết định 215'),
      'application/pdf',
    );
    const up = await officer.inject({ method: 'POST', url: `/api/decisions/${d.id}/scan`, ...scan });
    expect(up.statusCode, up.body).toBe(200);
    expect((up.json() as { hasScan: boolean }).hasScan).toBe(true);
    const got = await officer.get(`/api/decisions/${d.id}/scan`);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.rawPayload.toString()).toBe('%PDF-1.4 quyết định 215');
    expect((await staff.post(`/api/decisions/${d.id}/scan`)).statusCode).toBe(403);
    const list = await officer.get('/api/decisions?authority=chu-tich-ubnd-tinh&year=2026');
    expect((list.json() as { id: number }[]).map((x) => x.id)).toEqual([d.id]);
    const xlsx = await officer.get('/api/decisions/export.xlsx?year=2026');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
  });

  it('issues the agency’s own CSTĐCS decision: register entry, decision and list .docx, history at once; a used number is refused', async () => {
    const body = {
      code: 'chien-si-thi-dua-co-so',
      year: 2025,
      number: '301',
      decidedOn: '2025-12-26',
      distribution: ['Ban Thi đua – Khen thưởng tỉnh'],
      recipients: [
        { subjectKind: 'person', personId: hang.id },
        { subjectKind: 'person', personId: binh.id },
      ],
    };
    const r = await officer.post('/api/decisions/own', body);
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json() as Decision & { document: { signerName: string } };
    expect(d.reference).toBe('Quyết định số 301/QĐ-SCT ngày 26/12/2025');
    expect(d.document.signerName).toBe('Lê Văn Giám');

    const docx = await officer.get(`/api/decisions/${d.id}/document.docx`);
    expect(docx.statusCode).toBe(200);
    const texts = inspectDocx(docx.rawPayload).allParagraphs.map((p) => p.text);
    expect(texts).toContain('GIÁM ĐỐC SỞ CÔNG THƯƠNG');
    expect(texts).toContain('Về việc công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025');
    expect(texts.some((t) => t.includes('Nghị định số 152/2025/NĐ-CP'))).toBe(true);
    expect(texts).toContain('Lê Văn Giám');
    const list = inspectDocx((await officer.get(`/api/decisions/${d.id}/list.docx`)).rawPayload);
    const table = list.tables.find((t) => t.texts[0]?.[0] === 'STT')!;
    expect(table.texts.slice(1).map((row) => row[1])).toEqual(['Nguyễn Thị Hằng', 'Trần Văn Bình']);

    const h = await history(hang.id);
    expect(h.rows[0]).toMatchObject({ code: 'chien-si-thi-dua-co-so', year: 2025, source: 'own' });

    const dup = await officer.post('/api/decisions/own', body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe(
      'Số 301/QĐ-SCT năm 2025 đã được dùng cho văn bản khác trong sổ văn bản đi.',
    );
    const collective = await officer.post('/api/decisions/own', {
      ...body,
      number: '302',
      code: 'tap-the-lao-dong-tien-tien',
    });
    expect(collective.statusCode).toBe(400);
    const unitDecision = await officer.post('/api/decisions/own', {
      ...body,
      number: '303',
      code: 'tap-the-lao-dong-tien-tien',
      recipients: [{ subjectKind: 'unit', unitId }],
    });
    expect(unitDecision.statusCode, unitDecision.body).toBe(201);
    const unitHistory = await officer.get(`/api/award-history/don-vi/${unitId}`);
    expect((unitHistory.json() as History).rows[0]).toMatchObject({ code: 'tap-the-lao-dong-tien-tien' });
  });

  it('an annulled CSTĐCS stays in the history, struck, and no longer counts toward CSTĐ cấp tỉnh', async () => {
    const list = await officer.get('/api/decisions?code=chien-si-thi-dua-co-so&year=2024');
    const imported = (list.json() as { id: number; number: string }[]).find((x) => x.number === '98')!;
    const d = (await officer.get(`/api/decisions/${imported.id}`)).json() as Decision;
    // CSTĐCS 2024 and 2025 held: one more year (2026) completes three in a row.
    const held = await forecast(hang.id, 'chien-si-thi-dua-cap-tinh');
    expect(held?.earliestYear).toBe(2026);
    expect(held?.missing.find((m) => m.code === 'more-cstdcs-years')?.text).toBe('1 năm CSTĐCS (2026)');
    const stale = await officer.post(`/api/decisions/${d.id}/recipients/${d.recipients[0]!.id}/annul`, {
      version: d.recipients[0]!.version + 1,
      annulledOn: '2025-03-01',
      reason: 'Phát hiện khai man thành tích',
    });
    expect(stale.statusCode).toBe(409);
    const early = await officer.post(`/api/decisions/${d.id}/annul`, {
      version: d.version,
      annulledOn: '2024-01-01',
      reason: 'x',
    });
    expect(early.statusCode).toBe(400);
    const ok = await officer.post(`/api/decisions/${d.id}/annul`, {
      version: d.version,
      annulledOn: '2025-03-01',
      reason: 'Phát hiện khai man thành tích',
      annulledByRef: 'Quyết định số 45/QĐ-SCT ngày 01/03/2025',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as Decision).status).toBe('annulled');

    const h = await history(hang.id);
    const row = h.rows.find((r) => r.code === 'chien-si-thi-dua-co-so' && r.year === 2024)!;
    expect(row.status).toBe('annulled');
    // 2024 no longer counts: the run restarts in 2025, two more CSTĐCS years are needed.
    const f = await forecast(hang.id, 'chien-si-thi-dua-cap-tinh');
    expect(f?.earliestYear).toBe(2027);
    expect(f?.missing.find((m) => m.code === 'more-cstdcs-years')?.text).toBe('2 năm CSTĐCS (2026–2027)');
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('entity', '=', 'decisions')
      .where('entity_id', '=', String(d.id))
      .execute();
    expect(audit.map((a) => a.action)).toContain('annul');
  });

  it('a unit head reads the decisions naming the unit or its people, and no other agency’s person', async () => {
    const db = env.database.db;
    const vp = await buildUnit(db, { agencyId, name: 'Văn phòng', code: 'VP' });
    const clerk = await buildPerson(db, { unitId: vp.id, code: 'CB040', fullName: 'Phạm Văn Thư' });
    const own = await officer.post('/api/decisions/own', {
      code: 'giay-khen',
      year: 2025,
      number: '305',
      decidedOn: '2025-12-29',
      recipients: [{ subjectKind: 'person', personId: clerk.id }],
    });
    expect(own.statusCode, own.body).toBe(201);
    await buildUser(db, { username: 'truongphong', role: 'unit-head', agencyId, unitId });
    const head = await login(env.app, 'truongphong', TEST_PASSWORD);
    const seen = (await head.get('/api/decisions')).json() as { id: number; recipientNames: string }[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((x) => x.recipientNames.includes('Phạm Văn Thư'))).toBe(false);
    expect((await head.get(`/api/decisions/${(own.json() as Decision).id}`)).statusCode).toBe(403);
    expect((await head.get(`/api/award-history/ca-nhan/${binh.id}`)).statusCode).toBe(200);
    expect((await head.get(`/api/award-history/ca-nhan/${other.id}`)).statusCode).toBe(403);
    expect((await head.get(`/api/award-history/don-vi/${unitId}`)).statusCode).toBe(200);
  });

  it('staff read their own history and decisions naming them, not a colleague’s', async () => {
    const own = await history(hang.id, staff);
    expect(own.subject.name).toBe('Nguyễn Thị Hằng');
    const colleague = await staff.get(`/api/award-history/ca-nhan/${binh.id}`);
    expect(colleague.statusCode).toBe(403);
    const decisions = (await staff.get('/api/decisions')).json() as { recipientNames: string }[];
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((x) => x.recipientNames.includes('Nguyễn Thị Hằng'))).toBe(true);
  });
});

describe(`the demo agency's award history (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let hangId: number;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    await seedDemo(env.database.db);
    officer = await login(env.app, 'vanthu.tdkt', DEMO_PASSWORD);
    hangId = (
      await env.database.db
        .selectFrom('people')
        .select('id')
        .where('code', '=', 'CB028')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => env.close());

  it('Nguyễn Thị Hằng holds CSTĐCS 2023 and 2024, so her 2025 forecast names CSTĐ cấp tỉnh for 2026', async () => {
    const h = (await officer.get(`/api/award-history/ca-nhan/${hangId}`)).json() as History;
    const cstdcs = h.rows.filter((r) => r.code === 'chien-si-thi-dua-co-so').map((r) => r.year);
    expect(cstdcs).toEqual([2024, 2023]);
    expect(h.rows.find((r) => r.year === 2024 && r.code === 'chien-si-thi-dua-co-so')?.sourceText).toMatch(
      /^Quyết định số 241\/QĐ-SCT ngày 26\/12\/2024 \(Sở Công Thương/,
    );
    const r = await officer.get(`/api/people/${hangId}/eligibility?year=2025`);
    const f = (r.json() as { output: { forecasts: Forecast[] } }).output.forecasts.find(
      (x) => x.target === 'chien-si-thi-dua-cap-tinh',
    );
    expect(f?.earliestYear).toBeLessThanOrEqual(2026);
  });

  it('lists the seeded decisions with an annulled LĐTT recipient kept; the own decisions print', async () => {
    const list = (await officer.get('/api/decisions?year=2022')).json() as {
      id: number;
      code: string;
      source: string;
    }[];
    expect(list.map((d) => d.code)).toEqual(
      expect.arrayContaining(['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien']),
    );
    const ldtt = list.find((d) => d.code === 'lao-dong-tien-tien')!;
    const d = (await officer.get(`/api/decisions/${ldtt.id}`)).json() as Decision;
    expect(d.recipients.filter((x) => x.status === 'annulled')).toHaveLength(1);
    const docx = await officer.get(`/api/decisions/${ldtt.id}/document.docx`);
    expect(docx.statusCode).toBe(200);
    const texts = inspectDocx(docx.rawPayload).allParagraphs.map((p) => p.text);
    expect(texts).toContain('Về việc công nhận danh hiệu “Lao động tiên tiến” năm 2022');
    expect(texts.some((t) => t.includes('Nghị định số 91/2017/NĐ-CP'))).toBe(true);
  });
});
