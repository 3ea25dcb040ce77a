import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

describe(`registration for a specific movement (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let staff: Client;
  let head: Client;
  let movementId: number;
  let unitId: number;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const agencyId = (await buildAgency(db, { name: 'Sở Công Thương' })).id;
    unitId = (await buildUnit(db, { agencyId, name: 'Phòng Quản lý công nghiệp', code: 'QLCN' })).id;
    const p = await buildPerson(db, { unitId, fullName: 'Nguyễn Thị Hằng' });
    const o = await buildUser(db, { role: 'officer', agencyId });
    officer = await login(env.app, o.username, o.password);
    const s = await buildUser(db, { role: 'staff', agencyId, personId: p.id });
    staff = await login(env.app, s.username, s.password);
    const h = await buildUser(db, { role: 'unit-head', unitId });
    head = await login(env.app, h.username, h.password);
    const m = await officer.post('/api/movements', {
      launchedBy: 'tinh',
      launcherName: 'UBND tỉnh Gia Lai',
      kind: 'chuyen-de',
      name: 'Gia Lai chung sức xây dựng nông thôn mới',
      year: 2025,
      rewards: [
        { code: 'lao-dong-tien-tien' },
        { code: 'giay-khen' },
        { code: 'tap-the-lao-dong-tien-tien' },
      ],
    });
    expect(m.statusCode, m.body).toBe(201);
    movementId = m.json().id;
  });
  afterAll(async () => {
    await env?.close();
  });

  it("a staff member registers for the movement's titles; the yearly registration stays separate", async () => {
    const r = await staff.post('/api/registrations', {
      year: 2025,
      movementId,
      subjectKind: 'person',
      items: [{ code: 'giay-khen' }],
      commitments: 'Vận động 2 hộ dân hiến đất làm đường liên thôn',
      submit: true,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      movementId,
      movementName: 'Gia Lai chung sức xây dựng nông thôn mới',
      status: 'submitted',
      items: [{ code: 'giay-khen', label: 'Giấy khen' }],
    });
    const yearly = await staff.post('/api/registrations', {
      year: 2025,
      subjectKind: 'person',
      items: [{ code: 'lao-dong-tien-tien' }],
      submit: true,
    });
    expect(yearly.statusCode, yearly.body).toBe(200);
    expect(yearly.json().id).not.toBe(r.json().id);
    const lists = await Promise.all([
      officer.get('/api/registrations?year=2025'),
      officer.get(`/api/registrations?year=2025&movementId=${movementId}`),
    ]);
    expect(lists[0].json().map((x: { movementId: number | null }) => x.movementId)).toEqual([null]);
    expect(lists[1].json().map((x: { items: { code: string }[] }) => x.items[0]!.code)).toEqual([
      'giay-khen',
    ]);
  });

  it("a title the movement does not lead to, a registration in another year than the movement's are refused", async () => {
    const bad = await staff.post('/api/registrations', {
      year: 2025,
      movementId,
      subjectKind: 'person',
      items: [{ code: 'chien-si-thi-dua-co-so' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('không xét danh hiệu, hình thức này');
    const wrongYear = await staff.post('/api/registrations', {
      year: 2024,
      movementId,
      subjectKind: 'person',
      items: [{ code: 'giay-khen' }],
    });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.body).toContain('thuộc năm 2025');
  });

  it('a unit head registers the unit; the officer accepts; the audit names the movement', async () => {
    const r = await head.post('/api/registrations', {
      year: 2025,
      movementId,
      subjectKind: 'unit',
      unitId,
      items: [{ code: 'tap-the-lao-dong-tien-tien' }],
      submit: true,
    });
    expect(r.statusCode, r.body).toBe(200);
    const a = await officer.post(`/api/registrations/${r.json().id}/accept`, { version: r.json().version });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json()).toMatchObject({ status: 'accepted', movementId });
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity', '=', 'registrations')
      .where('entity_id', '=', String(r.json().id))
      .execute();
    expect(audit.map((x) => x.summary)).toContain(
      `Gửi đăng ký thi đua theo phong trào (mã ${movementId}) năm 2025`,
    );
  });
});
