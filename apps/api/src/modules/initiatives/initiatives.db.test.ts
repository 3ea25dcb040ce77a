import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, multipartFile, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

interface Check {
  criterion: string;
  outcome: string;
  reason: { code: string };
}
interface Result {
  subject: string;
  target: string;
  status: string;
  checks: Check[];
  warnings?: { code: string }[];
}

describe(`initiatives and their council (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let hangClient: Client;
  const members: Record<string, Client> = {};
  let hang: { id: number };
  let councilId: number;
  let sessionId: number;
  let initiativeId: number;
  let criteria: { id: number; maxPoints: number }[];

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const agency = await buildAgency(db, { name: 'Sở Công Thương' });
    await db
      .updateTable('agencies')
      .set({ parent_name: 'UBND tỉnh Gia Lai', place_name: 'Gia Lai', symbol: 'SCT' })
      .where('id', '=', agency.id)
      .execute();
    const vp = await buildUnit(db, { agencyId: agency.id, name: 'Văn phòng', code: 'VP' });
    const kt = await buildUnit(db, { agencyId: agency.id, name: 'Phòng Kế hoạch - Tài chính', code: 'KHTC' });
    hang = await buildPerson(db, { unitId: vp.id, fullName: 'Nguyễn Thị Hằng', gender: 'nu' });
    const an = await buildPerson(db, {
      unitId: vp.id,
      fullName: 'Đặng Văn An',
      isLeader: true,
      position: 'Chánh Văn phòng',
    });
    const people = {
      binh: await buildPerson(db, { unitId: kt.id, fullName: 'Trần Văn Bình' }),
      cuc: await buildPerson(db, { unitId: kt.id, fullName: 'Lê Thị Cúc', gender: 'nu' }),
      dung: await buildPerson(db, { unitId: kt.id, fullName: 'Phạm Minh Dũng' }),
      em: await buildPerson(db, { unitId: kt.id, fullName: 'Vũ Văn Em' }),
    };
    const o = await buildUser(db, { role: 'officer', agencyId: agency.id });
    officer = await login(env.app, o.username, o.password);
    const h = await buildUser(db, { role: 'staff', personId: hang.id, agencyId: agency.id });
    hangClient = await login(env.app, h.username, h.password);
    const head = await buildUser(db, { role: 'unit-head', unitId: vp.id, personId: an.id });
    members.an = await login(env.app, head.username, head.password);
    for (const [k, p] of Object.entries(people)) {
      const u = await buildUser(db, { role: 'staff', personId: p.id, agencyId: agency.id });
      members[k] = await login(env.app, u.username, u.password);
    }
    const c = await officer.post('/api/initiative-councils', {
      name: 'Hội đồng sáng kiến Sở Công Thương',
      establishedBy: 'Quyết định số 12/QĐ-SCT ngày 05/01/2024',
      members: [
        { personId: people.binh.id, role: 'chair', title: 'Phó Giám đốc Sở' },
        { personId: people.cuc.id, role: 'secretary' },
        { personId: people.dung.id, role: 'member' },
        { personId: an.id, role: 'member', title: 'Chánh Văn phòng' },
        { personId: people.em.id, role: 'member' },
      ],
    });
    expect(c.statusCode, c.body).toBe(201);
    councilId = c.json().id;
    const r = await officer.put(`/api/initiative-councils/${councilId}/criteria`, {
      year: 2024,
      criteria: [
        { name: 'Tính mới', maxPoints: 40 },
        { name: 'Khả năng áp dụng', maxPoints: 30 },
        { name: 'Hiệu quả', maxPoints: 30 },
      ],
    });
    expect(r.statusCode, r.body).toBe(200);
    criteria = r.json().criteria;
    const s = await officer.post(`/api/initiative-councils/${councilId}/sessions`, {
      year: 2024,
      heldOn: '2024-10-15',
      place: 'Phòng họp Sở',
    });
    expect(s.statusCode, s.body).toBe(201);
    sessionId = s.json().id;
    // Hằng's 2024: HTTNV, 12 months, registered — CSTĐCS then turns on the initiative alone.
    await db
      .insertInto('ratings')
      .values({
        agency_id: agency.id,
        person_id: hang.id,
        unit_id: vp.id,
        year: 2024,
        final_rating: 'httnv',
        months_worked: 12,
        absence_days: 0,
      })
      .execute();
    await db
      .insertInto('registrations')
      .values({
        agency_id: agency.id,
        year: 2024,
        subject_kind: 'person',
        person_id: hang.id,
        status: 'accepted',
      })
      .execute();
  });
  afterAll(async () => {
    await env?.close();
  });

  const scores = (points: number[]) => ({
    scores: criteria.map((c, i) => ({ criterionId: c.id, points: points[i] })),
  });

  it('a staff member registers her initiative; shares must add up to 100%', async () => {
    const bad = await hangClient.post('/api/initiatives', {
      year: 2024,
      title: 'Số hoá hồ sơ thi đua',
      field: 'quan-ly',
      authors: [{ personId: hang.id, share: 80 }],
      submit: true,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/100%/);
    const r = await hangClient.post('/api/initiatives', {
      year: 2024,
      title: 'Số hoá hồ sơ thi đua, khen thưởng',
      field: 'quan-ly',
      summary: 'Lưu hồ sơ đề nghị khen thưởng trên phần mềm.',
      application: 'Áp dụng tại Văn phòng Sở từ tháng 3/2024.',
      benefits: 'Giảm 50% thời gian tổng hợp.',
      authors: [{ personId: hang.id, share: 100 }],
      submit: true,
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({
      status: 'registered',
      unitName: 'Văn phòng',
      authors: [{ fullName: 'Nguyễn Thị Hằng', share: 100, isLead: true }],
    });
    initiativeId = r.json().id;
  });

  it('the author attaches a file and reads it back; after the deadline staff can no longer register', async () => {
    const f = multipartFile(
      'file',
      'thuyet-minh-sang-kien.pdf',
      Buffer.from('%PDF-1.4 thuyết minh'),
      'application/pdf',
    );
    const up = await hangClient.inject({
      method: 'POST',
      url: `/api/initiatives/${initiativeId}/files`,
      payload: f.payload,
      headers: f.headers,
    });
    expect(up.statusCode, up.body).toBe(200);
    const file = up.json().files[0];
    expect(file).toMatchObject({ name: 'thuyet-minh-sang-kien.pdf', mime: 'application/pdf' });
    const dl = await hangClient.get(`/api/initiatives/${initiativeId}/files/${file.id}`);
    expect(dl.body).toBe('%PDF-1.4 thuyết minh');
    await officer.put('/api/registrations/settings', {
      year: 2024,
      registrationRequired: false,
      registrationDeadline: null,
      initiativeDeadline: '2024-08-30',
    });
    const late = await hangClient.post('/api/initiatives', {
      year: 2024,
      title: 'Sáng kiến nộp muộn',
      field: 'khac',
      authors: [{ personId: hang.id, share: 100 }],
      submit: true,
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().message).toBe('Đã hết hạn đăng ký sáng kiến năm 2024 (hạn cuối 30/08/2024).');
  });

  it('before the council decides, the engine sees a pending initiative (CSTĐCS needs review)', async () => {
    const r = await hangClient.get(`/api/people/${hang.id}/eligibility?year=2024`);
    expect(r.statusCode, r.body).toBe(200);
    const cstdcs = (r.json().output.results as Result[]).find((x) => x.target === 'chien-si-thi-dua-co-so')!;
    expect(cstdcs.checks.find((c) => c.criterion === 'initiative-co-so')).toMatchObject({
      outcome: 'unknown',
      reason: { code: 'initiative-pending' },
    });
  });

  it('sending it to the council records the author unit head as excluded', async () => {
    const r = await officer.post(`/api/initiatives/${initiativeId}/review`, { sessionId });
    expect(r.statusCode, r.body).toBe(200);
    const an = (r.json().members as { fullName: string; excluded: string | null }[]).find(
      (m) => m.fullName === 'Đặng Văn An',
    );
    expect(an?.excluded).toBe('unit-head');
  });

  it("the author's unit head is refused with 403 and a Vietnamese reason; the author cannot score", async () => {
    const r = await members.an!.put(`/api/initiatives/${initiativeId}/scores`, scores([40, 30, 30]));
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ code: 'forbidden' });
    expect(r.json().message).toMatch(/trưởng đơn vị của tác giả/);
    const self = await hangClient.put(`/api/initiatives/${initiativeId}/scores`, scores([40, 30, 30]));
    expect(self.statusCode).toBe(403);
  });

  it('a score above the criterion maximum is refused and names the criterion', async () => {
    const r = await members.binh!.put(`/api/initiatives/${initiativeId}/scores`, scores([45, 30, 30]));
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'invalid-input', path: 'scores.0.points' });
    expect(r.json().message).toMatch(/Tính mới.*0 đến 40/);
  });

  it('a member who declares a relation recuses with a reason and is then excluded', async () => {
    const noReason = await members.em!.post(`/api/initiatives/${initiativeId}/recusals`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const r = await members.em!.post(`/api/initiatives/${initiativeId}/recusals`, {
      reason: 'Là anh rể của tác giả',
    });
    expect(r.statusCode, r.body).toBe(200);
    const again = await members.em!.put(`/api/initiatives/${initiativeId}/scores`, scores([40, 30, 30]));
    expect(again.statusCode).toBe(403);
  });

  it('three members score and the average of their totals is computed (85, 70, 100 → 85)', async () => {
    for (const [k, pts] of [
      ['binh', [35, 25, 25]],
      ['cuc', [30, 20, 20]],
      ['dung', [40, 30, 30]],
    ] as const) {
      const r = await members[k]!.put(`/api/initiatives/${initiativeId}/scores`, scores([...pts]));
      expect(r.statusCode, r.body).toBe(200);
    }
    const d = (await officer.get(`/api/initiatives/${initiativeId}`)).json();
    expect(d.averageScore).toBe(85);
    const totals = Object.fromEntries(
      (d.members as { fullName: string; total: number | null }[]).map((m) => [m.fullName, m.total]),
    );
    expect(totals).toEqual({
      'Trần Văn Bình': 85,
      'Lê Thị Cúc': 70,
      'Phạm Minh Dũng': 100,
      'Đặng Văn An': null,
      'Vũ Văn Em': null,
    });
  });

  it('a member changing their scores replaces them (not added twice)', async () => {
    const r = await members.cuc!.put(`/api/initiatives/${initiativeId}/scores`, scores([30, 20, 20]));
    expect(r.json().averageScore).toBe(85);
  });

  it('the officer recognises it at cơ sở and proposes it for cấp tỉnh; the engine then counts it for CSTĐCS', async () => {
    const forbidden = await members.binh!.post(`/api/initiatives/${initiativeId}/result`, {
      recognized: true,
      scope: 'co-so',
      recognizedOn: '2024-10-20',
    });
    expect(forbidden.statusCode).toBe(403);
    const r = await officer.post(`/api/initiatives/${initiativeId}/result`, {
      recognized: true,
      scope: 'co-so',
      proposedScope: 'cap-tinh',
      recognizedOn: '2024-10-20',
      recognizedBy: 'Giám đốc Sở Công Thương',
      decisionRef: 'Quyết định số 150/QĐ-SCT',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'recognized', scope: 'co-so', proposedScope: 'cap-tinh' });
    const e = await hangClient.get(`/api/people/${hang.id}/eligibility?year=2024`);
    const body = e.json();
    expect(body.input.subjects[0].initiatives).toEqual([
      { year: 2024, scope: 'co-so', status: 'recognized' },
    ]);
    const cstdcs = (body.output.results as Result[]).find((x) => x.target === 'chien-si-thi-dua-co-so')!;
    expect(cstdcs.checks.find((c) => c.criterion === 'initiative-co-so')).toMatchObject({
      outcome: 'met',
      reason: { code: 'initiative-found' },
    });
    expect(cstdcs.status).toBe('eligible');
  });

  it('the minutes .docx names the council, the excluded members with their reason, the average and both signatures', async () => {
    await officer.put(`/api/initiative-sessions/${sessionId}/minutes`, {
      minutes: 'Hội đồng thống nhất đề nghị công nhận sáng kiến.',
      close: true,
    });
    const r = await officer.get(`/api/initiative-sessions/${sessionId}/minutes.docx`);
    expect(r.statusCode).toBe(200);
    const doc = inspectDocx(r.rawPayload);
    const text = doc.allParagraphs.map((p) => p.text).join('\n');
    expect(text).toMatch(/UBND TỈNH GIA LAI/);
    expect(text).toMatch(/SỞ CÔNG THƯƠNG/);
    expect(text).toMatch(/BIÊN BẢN/);
    expect(text).toMatch(/Họp Hội đồng sáng kiến năm 2024/);
    const table = doc.tables.find((t) => t.texts[0]?.[0] === 'STT')!;
    expect(table.texts).toHaveLength(2);
    expect(table.texts[1]![1]).toBe('Số hoá hồ sơ thi đua, khen thưởng');
    expect(table.texts[1]![4]).toMatch(/Đặng Văn An: không chấm \(Là trưởng đơn vị của tác giả\)/);
    expect(table.texts[1]![4]).toMatch(/Vũ Văn Em: không chấm \(Là anh rể của tác giả\)/);
    expect(table.texts[1]![5]).toBe('85');
    expect(table.texts[1]![6]).toMatch(/Công nhận cấp cơ sở; đề nghị cấp tỉnh/);
    expect(text).toMatch(/THƯ KÝ/);
    expect(text).toMatch(/CHỦ TỊCH/);
    expect(text).toMatch(/Trần Văn Bình/);
    expect(text).toMatch(/Lê Thị Cúc/);
  });

  it('the list exports to Excel', async () => {
    const r = await officer.get('/api/initiatives/export.xlsx?year=2024');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/spreadsheetml/);
  });
});
