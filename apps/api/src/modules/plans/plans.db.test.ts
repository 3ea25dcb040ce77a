// Plans of seed 000/004 entered through the API: every deadline shape, the views, next year's plan, the
// lead unit's head reporting progress (and refused on another unit's task), the Word document and the
// Excel export. Dates that matter are fixed: services take `today` as an argument.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import { convertToPdf, findLibreOffice, hasBinary } from '../../../../../packages/documents/src/pdf.ts';
import { resolveSession } from '../../auth/service.ts';
import { todayIn } from '../../context.ts';
import { buildAgency, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, multipartFile, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';
import { addDays, shiftYear, taskFlags } from './deadlines.ts';
import * as service from './service.ts';

interface TaskJson {
  id: number;
  quarter: number | null;
  content: string;
  deadline: {
    kind: string;
    on: string | null;
    month: string | null;
    monthTo: string | null;
    text: string | null;
  };
  deadlineText: string;
  dueOn: string | null;
  status: string;
  effectiveStatus: string;
  overdue: boolean;
  dueSoon: boolean;
  doneOn: string | null;
  evidence: string | null;
  leadUnits: { unitId: number | null; name: string }[];
  coordinatingUnits: { unitId: number | null; name: string }[];
  files: { id: number; name: string }[];
  canUpdate: boolean;
  version: number;
}

async function readXlsx(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    out.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))),
    ),
  );
  return out;
}

const inCI = process.env.CI === 'true';
const canConvert = findLibreOffice() !== null && hasBinary('pdfinfo');

describe(`plans and tasks (${testEngine()})`, () => {
  let env: TestEnv;
  let agencyId: number;
  let vp: number; // Văn phòng Sở
  let qltm: number; // Phòng Quản lý Thương mại
  let officer: Client;
  let headVp: Client;
  let headQltm: Client;
  let planId: number;
  const tasks: Record<string, TaskJson> = {};

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const agency = await buildAgency(db, { name: 'Sở Công Thương tỉnh Lạng Sơn' });
    agencyId = agency.id;
    await db
      .updateTable('agencies')
      .set({
        short_name: 'Sở Công Thương',
        parent_name: 'UBND tỉnh Lạng Sơn',
        place_name: 'Lạng Sơn',
        symbol: 'SCT',
      })
      .where('id', '=', agencyId)
      .execute();
    vp = (await buildUnit(db, { agencyId, code: 'VP', name: 'Văn phòng Sở', kind: 'van-phong' })).id;
    qltm = (await buildUnit(db, { agencyId, code: 'QLTM', name: 'Phòng Quản lý Thương mại' })).id;
    const o = await buildUser(db, { role: 'officer', agencyId });
    officer = await login(env.app, o.username, o.password);
    const h1 = await buildUser(db, { role: 'unit-head', unitId: vp });
    headVp = await login(env.app, h1.username, h1.password);
    const h2 = await buildUser(db, { role: 'unit-head', unitId: qltm });
    headQltm = await login(env.app, h2.username, h2.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('the officer enters the seed 004 plan header, sections, legal basis and a deputy signer', async () => {
    const r = await officer.post('/api/plans', {
      agencyId,
      year: 2024,
      title: 'Công tác thi đua, khen thưởng năm 2024',
      symbol: 'KH-SCT',
      issuedOn: '2024-01-12',
      legalBasis:
        'Thực hiện Kế hoạch số 241/KH-UBND ngày 28/12/2023 của UBND tỉnh về công tác thi đua, khen thưởng năm 2024. Sở Công Thương xây dựng kế hoạch công tác thi đua, khen thưởng năm 2024 như sau:',
      signerLine: 'KT. GIÁM ĐỐC',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signerName: 'Trần Thị Hoa',
      recipients: ['Hội đồng TĐKT Bộ Công Thương', 'Lãnh đạo Sở', 'Các phòng thuộc Sở', 'Lưu: VT, VP.'],
      sections: [
        {
          heading: 'MỤC ĐÍCH, YÊU CẦU',
          body: '1. Mục đích\nĐẩy mạnh các phong trào thi đua trong năm 2024.\n2. Yêu cầu\nCác phong trào thi đua phải đảm bảo tính thiết thực, chất lượng và hiệu quả.',
        },
        { heading: 'NỘI DUNG', body: '[NHIỆM VỤ]' },
        {
          heading: 'TỔ CHỨC THỰC HIỆN',
          body: '1. Trưởng các phòng chuyên môn của Sở tổ chức triển khai thực hiện công tác thi đua, khen thưởng theo kế hoạch này.\n- Văn phòng Sở đôn đốc thực hiện.',
        },
        {
          heading: '',
          body: 'Trên đây là Kế hoạch triển khai công tác thi đua, khen thưởng năm 2024 của Sở Công Thương Lạng Sơn./.',
        },
      ],
    });
    expect(r.statusCode, r.body).toBe(201);
    const p = r.json() as {
      id: number;
      year: number;
      sections: unknown[];
      signerLine: string;
      recipients: string[];
    };
    planId = p.id;
    expect(p).toMatchObject({ year: 2024, signerLine: 'KT. GIÁM ĐỐC' });
    expect(p.sections).toHaveLength(4);
    expect(p.recipients).toContain('Lưu: VT, VP.');
  });

  it('tasks in every deadline shape of seeds 000 and 004 are stored with their computed last day', async () => {
    const shapes: [string, Record<string, unknown>, string, string | null][] = [
      ['before', { kind: 'before', on: '2024-02-28' }, 'Trước ngày 28/02/2024', '2024-02-28'],
      ['on', { kind: 'on', on: '2024-10-30' }, '30/10/2024', '2024-10-30'],
      ['month', { kind: 'month', month: '2024-12' }, 'Tháng 12/2024', '2024-12-31'],
      ['months', { kind: 'months', month: '2024-06', monthTo: '2024-07' }, 'Tháng 06-07/2024', '2024-07-31'],
      ['regularly', { kind: 'regularly' }, 'Thường xuyên', null],
      ['per-higher-plan', { kind: 'per-higher-plan', text: 'Khối' }, 'Theo Kế hoạch của Khối', null],
      [
        'other',
        { kind: 'other', text: 'Trong năm 2024 (khen theo công trạng, chuyên đề)' },
        'Trong năm 2024 (khen theo công trạng, chuyên đề)',
        null,
      ],
    ];
    const quarterOf: Record<string, number | null> = {
      before: 1,
      on: 4,
      month: 4,
      months: 2,
      regularly: null,
      'per-higher-plan': 3,
      other: null,
    };
    for (const [key, deadline, text, due] of shapes) {
      const r = await officer.post(`/api/plans/${planId}/tasks`, {
        quarter: quarterOf[key],
        content: `Nhiệm vụ ${key}: xây dựng, ban hành kế hoạch công tác thi đua năm 2024.`,
        leadUnitIds: key === 'on' ? [qltm] : [vp],
        leadLabels: key === 'regularly' ? ['HĐ TĐKT'] : [],
        coordinatingUnitIds: key === 'before' ? [qltm] : [],
        coordinatingLabels: key === 'before' ? ['Các phòng, đơn vị thuộc Sở'] : [],
        deadline,
      });
      expect(r.statusCode, r.body).toBe(201);
      const t = r.json() as TaskJson;
      expect(t.deadlineText).toBe(text);
      expect(t.dueOn).toBe(due);
      tasks[key] = t;
    }
    expect(tasks.before!.leadUnits).toEqual([{ unitId: vp, name: 'Văn phòng Sở' }]);
    expect(tasks.before!.coordinatingUnits.map((u) => u.name)).toEqual([
      'Phòng Quản lý Thương mại',
      'Các phòng, đơn vị thuộc Sở',
    ]);
    const list = (await officer.get(`/api/plans/${planId}/tasks`)).json() as TaskJson[];
    // By quarter, whole-year tasks last.
    expect(list.map((t) => t.quarter)).toEqual([1, 2, 3, 4, 4, null, null]);
  });

  it('an invalid deadline is refused with the field named', async () => {
    const r = await officer.post(`/api/plans/${planId}/tasks`, {
      quarter: 1,
      content: 'X',
      leadUnitIds: [vp],
      deadline: { kind: 'before' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Hãy chọn ngày hạn.');
    const other = await buildUnit(env.database.db);
    const r2 = await officer.post(`/api/plans/${planId}/tasks`, {
      quarter: 1,
      content: 'X',
      leadUnitIds: [other.id],
      deadline: { kind: 'regularly' },
    });
    expect(r2.statusCode).toBe(400);
    expect((r2.json() as { path: string }).path).toBe('leadUnitIds');
  });

  it('overdue and due-soon flags follow the given day and the agency reminder days', async () => {
    const actor = await resolveSession(env.app.tdkt.ctx, officer.cookie);
    const at = async (today: string) => {
      const r = await service.listTasks(env.app.tdkt.ctx, actor!, planId, {}, today);
      return Object.fromEntries(r.tasks.map((t) => [t.id, taskFlags(t, today, r.view.soonDays)]));
    };
    const feb22 = await at('2024-02-22');
    expect(feb22[tasks.before!.id]).toMatchObject({ dueSoon: true, overdue: false, daysLeft: 6 });
    const feb20 = await at('2024-02-20');
    expect(feb20[tasks.before!.id]).toMatchObject({ dueSoon: false, overdue: false });
    const mar1 = await at('2024-03-01');
    expect(mar1[tasks.before!.id]).toMatchObject({ overdue: true, effectiveStatus: 'late' });
    expect(mar1[tasks.regularly!.id]).toMatchObject({ overdue: false, dueSoon: false, daysLeft: null });
    const overdue = await service.listTasks(
      env.app.tdkt.ctx,
      actor!,
      planId,
      { flag: 'overdue' },
      '2024-08-01',
    );
    expect(overdue.tasks.map((t) => t.id)).toEqual([tasks.before!.id, tasks.months!.id]);
  });

  it('views: by quarter, by month of the concrete deadline, a timeline and the undated tasks', async () => {
    const v = (await officer.get(`/api/plans/${planId}/views`)).json() as {
      quarters: { quarter: number | null }[];
      months: { month: string; taskIds: number[] }[];
      timeline: { taskId: number; start: string; end: string }[];
      undated: number[];
    };
    expect(v.quarters.map((q) => q.quarter)).toEqual([1, 2, 3, 4, null]);
    expect(v.months.map((m) => m.month)).toEqual(['2024-02', '2024-07', '2024-10', '2024-12']);
    expect(v.timeline.find((t) => t.taskId === tasks.months!.id)).toEqual({
      taskId: tasks.months!.id,
      start: '2024-06-01',
      end: '2024-07-31',
    });
    expect(v.timeline.find((t) => t.taskId === tasks.before!.id)).toEqual({
      taskId: tasks.before!.id,
      start: '2024-01-01',
      end: '2024-02-28',
    });
    expect(v.undated.sort()).toEqual(
      [tasks.regularly!.id, tasks['per-higher-plan']!.id, tasks.other!.id].sort(),
    );
  });

  it('the head of the lead unit reports done with evidence; the head of another unit is refused (403)', async () => {
    const t = tasks.before!;
    const refused = await headQltm.post(`/api/plan-tasks/${t.id}/progress`, {
      status: 'done',
      evidence: 'x',
      version: t.version,
    });
    expect(refused.statusCode).toBe(403);
    // Coordinating is not leading: Phòng QLTM coordinates this task but may not report it.
    const upload = multipartFile(
      'file',
      'Báo cáo kết quả.pdf',
      Buffer.from('%PDF-1.4 minh chung'),
      'application/pdf',
    );
    const refusedFile = await headQltm.inject({
      method: 'POST',
      url: `/api/plan-tasks/${t.id}/files`,
      payload: upload.payload,
      headers: upload.headers,
    });
    expect(refusedFile.statusCode).toBe(403);
    const noEvidence = await headVp.post(`/api/plan-tasks/${t.id}/progress`, {
      status: 'done',
      version: t.version,
    });
    expect(noEvidence.statusCode).toBe(400);
    const up = await headVp.inject({
      method: 'POST',
      url: `/api/plan-tasks/${t.id}/files`,
      payload: upload.payload,
      headers: upload.headers,
    });
    expect(up.statusCode, up.body).toBe(201);
    const withFile = up.json() as TaskJson;
    expect(withFile.files.map((f) => f.name)).toEqual(['Báo cáo kết quả.pdf']);
    const done = await headVp.post(`/api/plan-tasks/${t.id}/progress`, {
      status: 'done',
      evidence: 'Đã ban hành Kế hoạch số 15/KH-SCT.',
      doneOn: '2024-02-20',
      version: withFile.version,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'done',
      doneOn: '2024-02-20',
      evidence: 'Đã ban hành Kế hoạch số 15/KH-SCT.',
      overdue: false,
    });
    const file = await headQltm.get(`/api/plan-tasks/${t.id}/files/${withFile.files[0]!.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain('minh chung');
    // A unit head may not edit the plan itself.
    expect(
      (
        await headVp.put(`/api/plan-tasks/${t.id}`, {
          quarter: 1,
          content: 'x',
          leadUnitIds: [vp],
          deadline: { kind: 'regularly' },
          version: 9,
        })
      ).statusCode,
    ).toBe(403);
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select(['entity', 'summary'])
      .where('entity', 'in', ['plan_tasks', 'plan_task_files'])
      .where('entity_id', 'like', `${t.id}%`)
      .execute();
    expect(audit.map((a) => a.entity)).toEqual(expect.arrayContaining(['plan_tasks', 'plan_task_files']));
  });

  it('"my deadlines": a unit head sees the tasks their unit leads or coordinates, by deadline; an officer sees all', async () => {
    const mine = (await headQltm.get('/api/plans/my-deadlines?includeDone=true')).json() as TaskJson[];
    expect(mine.map((t) => t.id)).toEqual([tasks.before!.id, tasks.on!.id]);
    const open = (await headQltm.get('/api/plans/my-deadlines')).json() as TaskJson[];
    expect(open.map((t) => t.id)).toEqual([tasks.on!.id]);
    expect(open[0]!.canUpdate).toBe(true);
    const all = (await officer.get('/api/plans/my-deadlines?year=2024')).json() as TaskJson[];
    expect(all.map((t) => t.dueOn)).toEqual(['2024-07-31', '2024-10-30', '2024-12-31', null, null, null]);
  });

  it('the next year plan: dates moved a year, texts say 2025, statuses and evidence reset, in one transaction', async () => {
    const r = await officer.post(`/api/plans/${planId}/next-year`);
    expect(r.statusCode, r.body).toBe(201);
    const p = r.json() as {
      id: number;
      year: number;
      title: string;
      number: string | null;
      issuedOn: string | null;
      copiedFromId: number;
      sections: { body: string }[];
      signerName: string;
    };
    expect(p).toMatchObject({
      year: 2025,
      title: 'Công tác thi đua, khen thưởng năm 2025',
      number: null,
      issuedOn: null,
      copiedFromId: planId,
      signerName: 'Trần Thị Hoa',
    });
    expect(p.sections[0]!.body).toContain('năm 2025');
    const next = (await officer.get(`/api/plans/${p.id}/tasks`)).json() as TaskJson[];
    expect(next).toHaveLength(7);
    expect(next.map((t) => t.dueOn)).toEqual([
      '2025-02-28',
      '2025-07-31',
      null,
      '2025-10-30',
      '2025-12-31',
      null,
      null,
    ]);
    expect(next.every((t) => t.status === 'not-started' && t.evidence === null && t.files.length === 0)).toBe(
      true,
    );
    expect(next[0]!.content).toContain('năm 2025');
    expect(next.find((t) => t.deadline.kind === 'other')!.deadlineText).toBe(
      'Trong năm 2025 (khen theo công trạng, chuyên đề)',
    );
    expect(next[0]!.coordinatingUnits.map((u) => u.name)).toEqual([
      'Phòng Quản lý Thương mại',
      'Các phòng, đơn vị thuộc Sở',
    ]);
    expect(shiftYear('2024-02-29')).toBe('2025-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('exports the filtered task list to Excel', async () => {
    const r = await officer.get(`/api/plans/${planId}/tasks/export.xlsx?quarter=4`);
    expect(r.statusCode).toBe(200);
    const rows = await readXlsx(r.rawPayload);
    const header = rows.findIndex((row) => row.includes('Nội dung'));
    expect(rows[header]).toEqual(
      expect.arrayContaining(['Quý', 'Nội dung', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái']),
    );
    const body = rows.slice(header + 1);
    expect(body).toHaveLength(2);
    expect(body.map((row) => row[5])).toEqual(['30/10/2024', 'Tháng 12/2024']);
  });

  it('exports the list of plans of a year to Excel', async () => {
    const r = await officer.get('/api/plans/export.xlsx?year=2024');
    expect(r.statusCode, r.body).toBe(200);
    const rows = await readXlsx(r.rawPayload);
    const header = rows.findIndex((row) => row.includes('Trích yếu'));
    expect(rows.slice(header + 1).map((row) => row.slice(0, 3))).toEqual([
      ['2024', 'Công tác thi đua, khen thưởng năm 2024', '…/KH-SCT'],
    ]);
  });

  it('the plan as .docx has the Decree 30 header, the task table by quarter and the "KT. GIÁM ĐỐC" signature, and opens in LibreOffice', async () => {
    const r = await headVp.get(`/api/plans/${planId}/document.docx`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain('.docx');
    const doc = inspectDocx(r.rawPayload);
    const texts = doc.allParagraphs.map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'UBND TỈNH LẠNG SƠN',
        'SỞ CÔNG THƯƠNG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'KẾ HOẠCH',
        'Công tác thi đua, khen thưởng năm 2024',
      ]),
    );
    expect(texts.some((t) => t.includes('…/KH-SCT'))).toBe(true);
    expect(texts.some((t) => t.includes('Lạng Sơn, ngày 12 tháng 01 năm 2024'))).toBe(true);
    expect(texts).toEqual(
      expect.arrayContaining([
        'I. MỤC ĐÍCH, YÊU CẦU',
        'II. NỘI DUNG',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Mục đích',
      ]),
    );
    const table = doc.tables.find((t) => t.texts[0]?.[1] === 'Nội dung');
    expect(table, 'task table').toBeDefined();
    const firstCells = table!.texts.map((row) => row[0]);
    expect(firstCells).toEqual([
      'STT',
      'QUÝ I',
      '1',
      'QUÝ II',
      '1',
      'QUÝ III',
      '1',
      'QUÝ IV',
      '1',
      '2',
      'CẢ NĂM',
      '1',
      '2',
    ]);
    expect(table!.texts.flat()).toEqual(
      expect.arrayContaining([
        'Trước ngày 28/02/2024',
        'Tháng 06-07/2024',
        'Thường xuyên',
        'Theo Kế hoạch của Khối',
      ]),
    );
    expect(texts).toEqual(
      expect.arrayContaining(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Hoa', '- Lưu: VT, VP.']),
    );
    expect(texts.some((t) => t.startsWith('Trên đây là Kế hoạch'))).toBe(true);
    if (!canConvert && !inCI) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-plan-'));
    try {
      const file = path.join(dir, 'ke-hoach-2024.docx');
      fs.writeFileSync(file, r.rawPayload);
      const pdf = await convertToPdf(file, dir);
      expect(fs.statSync(pdf).size).toBeGreaterThan(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the .docx in the list layout of seed 000: "1. Nhiệm vụ quý I", "1.1. …", deadline and responsibility lines', async () => {
    const r = await officer.get(`/api/plans/${planId}/document.docx?layout=list`);
    expect(r.statusCode).toBe(200);
    const texts = inspectDocx(r.rawPayload).allParagraphs.map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining(['1. Nhiệm vụ quý I', '2. Nhiệm vụ quý II', '5. Nhiệm vụ cả năm']),
    );
    expect(texts).toContain('- Thời gian hoàn thành: Trước ngày 28/02/2024.');
    expect(texts).toContain(
      '- Trách nhiệm thực hiện: Văn phòng Sở chủ trì, phối hợp Phòng Quản lý Thương mại, các phòng, đơn vị thuộc Sở.',
    );
  });

  it('a staff member of another agency sees neither the plan nor its tasks', async () => {
    const stranger = await buildUser(env.database.db, { role: 'officer' });
    const c = await login(env.app, stranger.username, stranger.password);
    expect((await c.get(`/api/plans/${planId}`)).statusCode).toBe(404);
    expect((await c.get('/api/plans')).json()).toEqual([]);
    expect((await c.post(`/api/plans/${planId}/next-year`)).statusCode).toBe(404);
    expect(todayIn('Asia/Ho_Chi_Minh')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
