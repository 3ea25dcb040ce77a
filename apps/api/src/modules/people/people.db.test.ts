import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

describe(`staff list, detail and edits (${testEngine()})`, () => {
  let env: TestEnv;
  let agencyId: number;
  let unitA: number;
  let unitB: number;
  let officer: Client;
  let hang: { id: number };
  let other: { id: number };
  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    agencyId = (await buildAgency(db, { name: 'Sở Công Thương tỉnh Gia Lai' })).id;
    unitA = (await buildUnit(db, { agencyId, name: 'Văn phòng', code: 'VP' })).id;
    unitB = (await buildUnit(db, { agencyId, name: 'Thanh tra', code: 'TT' })).id;
    hang = await buildPerson(db, { unitId: unitA, fullName: 'Nguyễn Thị Hằng', gender: 'nu', code: 'VP01' });
    await buildPerson(db, { unitId: unitA, fullName: 'Đặng Văn An', code: 'VP02', isLeader: true });
    await buildPerson(db, {
      unitId: unitA,
      fullName: 'Lê Thị Ánh',
      code: 'VP03',
      gender: 'nu',
      category: 'vien-chuc',
    });
    other = await buildPerson(db, { unitId: unitB, fullName: 'Trần Văn Dũng', code: 'TT01' });
    await buildPerson(db, { unitId: unitB, fullName: 'Phạm Minh Đào', code: 'TT02' });
    await buildPerson(db, {
      unitId: unitB,
      fullName: 'Vũ Thị Hương',
      code: 'TT03',
      startDate: '2001-01-01',
      endDate: '2020-01-01',
    });
    const o = await buildUser(db, { role: 'officer', agencyId });
    officer = await login(env.app, o.username, o.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('searching "nguyen thi hang" without diacritics finds "Nguyễn Thị Hằng"', async () => {
    const r = await officer.get('/api/people?q=nguyen%20thi%20hang');
    expect(r.statusCode).toBe(200);
    expect(r.json().items.map((p: { fullName: string }) => p.fullName)).toEqual(['Nguyễn Thị Hằng']);
    const upper = await officer.get(`/api/people?q=${encodeURIComponent('HẰNG')}`);
    expect(upper.json().total).toBe(1);
    const decomposed = await officer.get(`/api/people?q=${encodeURIComponent('Hằng'.normalize('NFD'))}`);
    expect(decomposed.json().total).toBe(1);
    const byCode = await officer.get('/api/people?q=tt01');
    expect(byCode.json().items[0].fullName).toBe('Trần Văn Dũng');
  });

  it('the list is sorted by given name then family name, the Vietnamese way (An, Ánh, Dũng, Đào, Hằng)', async () => {
    const r = await officer.get(`/api/people?agencyId=${agencyId}`);
    expect(r.json().items.map((p: { fullName: string }) => p.fullName)).toEqual([
      'Đặng Văn An',
      'Lê Thị Ánh',
      'Trần Văn Dũng',
      'Phạm Minh Đào',
      'Nguyễn Thị Hằng',
    ]);
    expect(r.json().total).toBe(5); // the person who left is hidden unless includeLeft=true
    const all = await officer.get(`/api/people?agencyId=${agencyId}&includeLeft=true`);
    expect(all.json().total).toBe(6);
  });

  it('filters by unit, category and leader, and pages', async () => {
    expect((await officer.get(`/api/people?unitId=${unitA}`)).json().total).toBe(3);
    expect((await officer.get('/api/people?category=vien-chuc')).json().items[0].fullName).toBe('Lê Thị Ánh');
    expect(
      (await officer.get('/api/people?leader=true')).json().items.map((p: { code: string }) => p.code),
    ).toEqual(['VP02']);
    const p2 = (await officer.get(`/api/people?agencyId=${agencyId}&page=2&pageSize=2`)).json();
    expect(p2).toMatchObject({ page: 2, pageSize: 2, total: 5 });
    expect(p2.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Trần Văn Dũng', 'Phạm Minh Đào']);
    const bad = await officer.get('/api/people?pageSize=100000');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid-input', path: 'pageSize' });
  });

  it('a unit head reads their own unit people but gets 403 for another unit person and does not see them in the list', async () => {
    const head = await buildUser(env.database.db, { role: 'unit-head', unitId: unitA });
    const c = await login(env.app, head.username, head.password);
    const own = await c.get(`/api/people/${hang.id}`);
    expect(own.statusCode).toBe(200);
    const foreign = await c.get(`/api/people/${other.id}`);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('forbidden');
    const list = await c.get(`/api/people?agencyId=${agencyId}`);
    expect(list.json().items.map((p: { unitId: number }) => p.unitId)).toEqual([unitA, unitA, unitA]);
    const byUnit = await c.get(`/api/people?unitId=${unitB}`);
    expect(byUnit.json().total).toBe(0);
    const missing = await c.get('/api/people/999999');
    expect(missing.statusCode).toBe(404);
  });

  it('a staff member sees only themselves', async () => {
    const staff = await buildUser(env.database.db, { role: 'staff', personId: other.id, agencyId });
    const c = await login(env.app, staff.username, staff.password);
    const list = await c.get('/api/people');
    expect(list.json().items.map((p: { id: number }) => p.id)).toEqual([other.id]);
    expect((await c.get(`/api/people/${other.id}`)).statusCode).toBe(200);
    expect((await c.get(`/api/people/${hang.id}`)).statusCode).toBe(403);
    // and cannot write at all
    expect((await c.post('/api/people', {})).statusCode).toBe(403);
  });

  it('creating a person with bad fields returns one Vietnamese message per field', async () => {
    const r = await officer.post('/api/people', {
      fullName: '  ',
      gender: 'x',
      category: 'cong-chuc',
      unitId: unitA,
      code: 'M1',
      birthDate: '1990-02-31',
      isLeader: false,
    });
    expect(r.statusCode).toBe(400);
    const body = r.json();
    expect(body.code).toBe('invalid-input');
    const byPath = Object.fromEntries(
      body.details.map((d: { path: string; message: string }) => [d.path, d.message]),
    );
    expect(byPath.fullName).toBe('Họ và tên không được để trống.');
    expect(byPath.birthDate).toBe('Ngày sinh không hợp lệ.');
    expect(byPath.gender).toBe('Giới tính phải là Nam hoặc Nữ.');
  });

  it('creating a person stores derived name columns, opens a unit history row, and a duplicate code is refused', async () => {
    const input = {
      fullName: 'hoàng   thị   thu',
      gender: 'nu',
      category: 'hop-dong',
      unitId: unitA,
      code: 'VP09',
      birthDate: '1995-03-04',
      isLeader: false,
      startDate: '2020-02-01',
    };
    const r = await officer.post('/api/people', input);
    expect(r.statusCode).toBe(201);
    const p = r.json();
    expect(p).toMatchObject({
      fullName: 'Hoàng Thị Thu',
      familyName: 'Hoàng Thị',
      givenName: 'Thu',
      version: 1,
    });
    expect(p.unitHistory).toEqual([
      {
        unitId: unitA,
        unitName: 'Văn phòng',
        position: null,
        isLeader: false,
        fromDate: '2020-02-01',
        toDate: null,
      },
    ]);
    const dup = await officer.post('/api/people', { ...input, code: 'vp09' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'duplicate',
      path: 'code',
      message: 'Mã cán bộ đã tồn tại trong cơ quan.',
    });
  });

  it('editing a person writes an audit entry with before and after, a unit change is recorded in the history, and the chain verifies', async () => {
    const before = (await officer.get(`/api/people/${hang.id}`)).json();
    const {
      id: _id,
      unitName: _u,
      unitHistory: _h,
      agencyId: _a,
      familyName: _f,
      givenName: _g,
      version,
      ...rest
    } = before;
    const r = await officer.put(`/api/people/${hang.id}`, {
      ...rest,
      unitId: unitB,
      position: 'Thanh tra viên',
      unitChangedOn: '2024-03-01',
      version,
    });
    expect(r.statusCode).toBe(200);
    const after = r.json();
    expect(after.version).toBe(version + 1);
    expect(after.unitHistory).toHaveLength(2);
    expect(after.unitHistory[0]).toMatchObject({ unitId: unitA, toDate: '2024-02-29' });
    expect(after.unitHistory[1]).toMatchObject({
      unitId: unitB,
      fromDate: '2024-03-01',
      toDate: null,
      position: 'Thanh tra viên',
    });
    const audit = (await officer.get(`/api/people/${hang.id}/audit`)).json();
    expect(audit[0]).toMatchObject({ action: 'update', entity: 'people', entityId: String(hang.id) });
    expect(audit[0].before).toMatchObject({ unitId: unitA, position: null });
    expect(audit[0].after).toMatchObject({ unitId: unitB, position: 'Thanh tra viên' });
    const admin = await buildUser(env.database.db, { role: 'admin' });
    const a = await login(env.app, admin.username, admin.password);
    const verify = await a.get('/api/audit/verify');
    expect(verify.json()).toMatchObject({ ok: true, firstBrokenId: null });
  });

  it('saving with a stale version gets 409 conflict and changes nothing', async () => {
    const p = (await officer.get(`/api/people/${other.id}`)).json();
    const {
      id: _id,
      unitName: _u,
      unitHistory: _h,
      agencyId: _a,
      familyName: _f,
      givenName: _g,
      version,
      ...rest
    } = p;
    expect(
      (await officer.put(`/api/people/${other.id}`, { ...rest, phone: '0901000001', version })).statusCode,
    ).toBe(200);
    const stale = await officer.put(`/api/people/${other.id}`, { ...rest, phone: '0901000002', version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    expect((await officer.get(`/api/people/${other.id}`)).json().phone).toBe('0901000001');
  });

  it('a PUT that leaves optional fields out keeps their stored values', async () => {
    const p = (await officer.get(`/api/people/${other.id}`)).json();
    const r = await officer.put(`/api/people/${other.id}`, {
      fullName: p.fullName,
      gender: p.gender,
      category: p.category,
      unitId: p.unitId,
      code: p.code,
      note: 'Ghi chú mới',
      version: p.version,
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      note: 'Ghi chú mới',
      phone: p.phone,
      birthDate: p.birthDate,
      startDate: p.startDate,
      isLeader: p.isLeader,
    });
  });

  it('tampering with an audit row makes verify report that row', async () => {
    const admin = await buildUser(env.database.db, { role: 'admin' });
    const a = await login(env.app, admin.username, admin.password);
    const row = await env.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'update')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`UPDATE audit_log SET summary = 'đã bị sửa' WHERE id = ${row.id}`.execute(env.database.db);
    const v = (await a.get('/api/audit/verify')).json();
    expect(v.ok).toBe(false);
    expect(v.firstBrokenId).toBe(row.id);
    expect(v.message).toContain(`#${row.id}`);
  });

  it('deleting a person with only their first history row removes them; one with more history is ended instead', async () => {
    const fresh = await buildPerson(env.database.db, {
      unitId: unitA,
      fullName: 'Mai Văn Xoá',
      code: 'DEL1',
    });
    const r = await officer.delete(`/api/people/${fresh.id}`);
    expect(r.statusCode).toBe(204);
    expect((await officer.get(`/api/people/${fresh.id}`)).statusCode).toBe(404);
    const moved = await officer.delete(`/api/people/${hang.id}`);
    expect(moved.statusCode).toBe(204);
    expect((await officer.get(`/api/people/${hang.id}`)).json().endDate).not.toBeNull();
  });
});
