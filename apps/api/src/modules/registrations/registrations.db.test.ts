import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

interface Result {
  target: string;
  status: string;
  checks: { criterion: string; outcome: string; reason: { code: string } }[];
  warnings?: { code: string }[];
}

describe(`emulation registration and "unregistered ⇒ not considered" (${testEngine()})`, () => {
  let env: TestEnv;
  let agencyId: number;
  let vp: { id: number };
  let tt: { id: number };
  let officer: Client;
  let hangC: Client;
  let dungC: Client;
  let headC: Client;
  let hang: { id: number };
  let dung: { id: number };
  let regId: number;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    agencyId = (await buildAgency(db, { name: 'Sở Công Thương' })).id;
    await db
      .updateTable('agencies')
      .set({ parent_name: 'UBND tỉnh Gia Lai', place_name: 'Gia Lai', symbol: 'SCT' })
      .where('id', '=', agencyId)
      .execute();
    vp = await buildUnit(db, { agencyId, name: 'Văn phòng', code: 'VP' });
    tt = await buildUnit(db, { agencyId, name: 'Thanh tra', code: 'TT' });
    hang = await buildPerson(db, { unitId: vp.id, fullName: 'Nguyễn Thị Hằng', gender: 'nu' });
    dung = await buildPerson(db, { unitId: tt.id, fullName: 'Trần Văn Dũng' });
    const o = await buildUser(db, { role: 'officer', agencyId });
    officer = await login(env.app, o.username, o.password);
    const h = await buildUser(db, { role: 'staff', personId: hang.id, agencyId });
    hangC = await login(env.app, h.username, h.password);
    const d = await buildUser(db, { role: 'staff', personId: dung.id, agencyId });
    dungC = await login(env.app, d.username, d.password);
    const head = await buildUser(db, { role: 'unit-head', unitId: vp.id });
    headC = await login(env.app, head.username, head.password);
    for (const [year, rating] of [
      [2023, 'htxsnv'],
      [2024, 'htxsnv'],
    ] as const) {
      await db
        .insertInto('ratings')
        .values({
          agency_id: agencyId,
          person_id: dung.id,
          unit_id: tt.id,
          year,
          final_rating: rating,
          months_worked: 12,
          absence_days: 0,
        })
        .execute();
    }
  });
  afterAll(async () => {
    await env?.close();
  });

  it('the officer sets the deadlines and the agency option; staff may not', async () => {
    const denied = await hangC.put('/api/registrations/settings', {
      year: 2099,
      registrationRequired: false,
      registrationDeadline: '2099-03-25',
      initiativeDeadline: null,
    });
    expect(denied.statusCode).toBe(403);
    for (const [year, deadline] of [
      [2099, '2099-03-25'],
      [2024, '2024-03-25'],
    ] as const) {
      const r = await officer.put('/api/registrations/settings', {
        year,
        registrationRequired: false,
        registrationDeadline: deadline,
        initiativeDeadline: `${year}-08-30`,
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    expect((await hangC.get('/api/registrations/settings?year=2099')).json()).toMatchObject({
      registrationDeadline: '2099-03-25',
      initiativeDeadline: '2099-08-30',
      registrationRequired: false,
    });
  });

  it('a staff member registers LĐTT and CSTĐCS before the deadline; a collective title is refused', async () => {
    const bad = await hangC.post('/api/registrations', {
      year: 2099,
      subjectKind: 'person',
      items: [{ code: 'tap-the-lao-dong-xuat-sac' }],
      submit: true,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().path).toBe('items.0.code');
    const r = await hangC.post('/api/registrations', {
      year: 2099,
      subjectKind: 'person',
      items: [{ code: 'lao-dong-tien-tien' }, { code: 'chien-si-thi-dua-co-so' }],
      commitments: 'Hoàn thành xuất sắc nhiệm vụ; có 01 sáng kiến.',
      submit: true,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      status: 'submitted',
      late: false,
      personName: 'Nguyễn Thị Hằng',
      unitName: 'Văn phòng',
      items: [{ label: 'Lao động tiên tiến' }, { label: 'Chiến sĩ thi đua cơ sở' }],
    });
    regId = r.json().id;
  });

  it('the officer cannot return without a reason; with one, the staff member sees it and resubmits; then it is accepted', async () => {
    const v = (await officer.get(`/api/registrations/${regId}`)).json().version;
    const noReason = await officer.post(`/api/registrations/${regId}/return`, { version: v, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toMatch(/lý do/);
    const byStaff = await hangC.post(`/api/registrations/${regId}/return`, { version: v, reason: 'x' });
    expect(byStaff.statusCode).toBe(403);
    const r = await officer.post(`/api/registrations/${regId}/return`, {
      version: v,
      reason: 'Bổ sung chỉ tiêu sáng kiến cụ thể',
    });
    expect(r.statusCode, r.body).toBe(200);
    const mine = (await hangC.get('/api/registrations?year=2099')).json();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      status: 'returned',
      returnedReason: 'Bổ sung chỉ tiêu sáng kiến cụ thể',
    });
    const again = await hangC.post('/api/registrations', {
      year: 2099,
      subjectKind: 'person',
      items: [{ code: 'lao-dong-tien-tien' }, { code: 'chien-si-thi-dua-co-so' }],
      commitments: 'Có 01 sáng kiến cấp cơ sở về số hoá hồ sơ.',
      submit: true,
    });
    expect(again.json()).toMatchObject({ id: regId, status: 'submitted' });
    const ok = await officer.post(`/api/registrations/${regId}/accept`, { version: again.json().version });
    expect(ok.json().status).toBe('accepted');
  });

  it('staff see only their own registration', async () => {
    await dungC.post('/api/registrations', {
      year: 2099,
      subjectKind: 'person',
      items: [{ code: 'lao-dong-tien-tien' }],
      submit: true,
    });
    const hangList = (await hangC.get('/api/registrations?year=2099')).json();
    expect(hangList.map((r: { personName: string }) => r.personName)).toEqual(['Nguyễn Thị Hằng']);
    const dungReg = (await officer.get('/api/registrations?year=2099'))
      .json()
      .find((r: { personName: string }) => r.personName === 'Trần Văn Dũng');
    expect((await hangC.get(`/api/registrations/${dungReg.id}`)).statusCode).toBe(403);
    expect(
      (
        await hangC.post('/api/registrations', {
          year: 2099,
          subjectKind: 'person',
          personId: dung.id,
          items: [{ code: 'lao-dong-tien-tien' }],
        })
      ).statusCode,
    ).toBe(403);
  });

  it("the officer's board shows each unit's status; a late unit registration is marked late", async () => {
    const u = await headC.post('/api/registrations', {
      year: 2024,
      subjectKind: 'unit',
      unitId: vp.id,
      items: [{ code: 'tap-the-lao-dong-xuat-sac' }],
      submit: true,
    });
    expect(u.statusCode, u.body).toBe(200);
    expect(u.json().late).toBe(true);
    const otherUnit = await headC.post('/api/registrations', {
      year: 2024,
      subjectKind: 'unit',
      unitId: tt.id,
      items: [{ code: 'tap-the-lao-dong-tien-tien' }],
    });
    expect(otherUnit.statusCode).toBe(403);
    const b = (await officer.get('/api/registrations/board?year=2024')).json();
    expect(
      b.units.map((x: { unitName: string; status: string; late: boolean }) => [x.unitName, x.status, x.late]),
    ).toEqual([
      ['Văn phòng', 'submitted', true],
      ['Thanh tra', 'not-sent', false],
    ]);
    expect((await hangC.get('/api/registrations/board?year=2024')).statusCode).toBe(403);
  });

  it('unregistered in 2023 (regime A): the engine blocks LĐTT on registration', async () => {
    const r = (await officer.get(`/api/people/${dung.id}/eligibility?year=2023`)).json();
    expect(r.output.regime).toBe('A');
    expect(r.input.subjects[0].years.find((y: { year: number }) => y.year === 2023).registered).toBe(false);
    const ldtt = (r.output.results as Result[]).find((x) => x.target === 'lao-dong-tien-tien')!;
    expect(ldtt.checks.find((c) => c.criterion === 'registered')).toMatchObject({
      outcome: 'not-met',
      reason: { code: 'not-registered' },
    });
    expect(ldtt.status).toBe('ineligible');
  });

  it('unregistered in 2024 (regime B): only a warning — unless the agency option says unregistered ⇒ not considered', async () => {
    const r = (await officer.get(`/api/people/${dung.id}/eligibility?year=2024`)).json();
    expect(r.output.regime).toBe('B');
    const ldtt = (r.output.results as Result[]).find((x) => x.target === 'lao-dong-tien-tien')!;
    expect(ldtt.checks.find((c) => c.criterion === 'registered')).toBeUndefined();
    expect(ldtt.warnings?.map((w) => w.code)).toContain('not-registered');
    await officer.put('/api/registrations/settings', {
      year: 2024,
      registrationRequired: true,
      registrationDeadline: '2024-03-25',
      initiativeDeadline: null,
    });
    const strict = (await officer.get(`/api/people/${dung.id}/eligibility?year=2024`)).json();
    expect(strict.input.agency.options).toEqual({ registrationRequired: true });
    const ldtt2 = (strict.output.results as Result[]).find((x) => x.target === 'lao-dong-tien-tien')!;
    expect(ldtt2.checks.find((c) => c.criterion === 'registered')).toMatchObject({ outcome: 'not-met' });
    expect(ldtt2.status).toBe('ineligible');
  });

  it('the registration list .docx groups by unit with the titles and the signature; the list exports to Excel', async () => {
    const r = await officer.get('/api/registrations/list.docx?year=2099');
    expect(r.statusCode).toBe(200);
    const doc = inspectDocx(r.rawPayload);
    const text = doc.allParagraphs.map((p) => p.text).join('\n');
    expect(text).toMatch(/UBND TỈNH GIA LAI/);
    expect(text).toMatch(/DANH SÁCH/);
    expect(text).toMatch(/Tập thể, cá nhân đăng ký thi đua năm 2099/);
    expect(text).toMatch(/Nơi nhận/);
    expect(text).toMatch(/GIÁM ĐỐC/);
    const t = doc.tables.find((x) => x.texts[0]?.[0] === 'STT')!;
    expect(t.texts.slice(1).map((row) => row.join(' | '))).toEqual([
      'Văn phòng',
      '1 | Nguyễn Thị Hằng | Lao động tiên tiến\nChiến sĩ thi đua cơ sở | ',
      'Thanh tra',
      '2 | Trần Văn Dũng | Lao động tiên tiến | ',
    ]);
    const x = await officer.get('/api/registrations/export.xlsx?year=2099');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toMatch(/spreadsheetml/);
  });
});
