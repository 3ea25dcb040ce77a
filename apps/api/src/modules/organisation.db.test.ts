import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../packages/db/src/testing.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../testing/http.ts';

describe(`organisation, accounts and audit scope (${testEngine()})`, () => {
  let env: TestEnv;
  let province: number;
  let dept: number;
  let otherDept: number;
  let unit: number;
  let admin: Client;
  let officer: Client;
  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    province = (await buildAgency(db, { kind: 'province', name: 'UBND tỉnh Gia Lai' })).id;
    dept = (await buildAgency(db, { parentId: province, name: 'Sở Công Thương' })).id;
    otherDept = (await buildAgency(db, { name: 'Sở Công Thương Lâm Đồng' })).id;
    unit = (await buildUnit(db, { agencyId: dept, code: 'VP', name: 'Văn phòng' })).id;
    await buildPerson(db, { unitId: unit, category: 'cong-chuc', partyMember: true, isLeader: true });
    await buildPerson(db, { unitId: unit, category: 'vien-chuc' });
    await buildPerson(db, { unitId: unit, category: 'hop-dong' });
    await buildPerson(db, { agencyId: otherDept });
    const a = await buildUser(db, { role: 'admin' });
    admin = await login(env.app, a.username, a.password);
    const o = await buildUser(db, { role: 'officer', agencyId: dept });
    officer = await login(env.app, o.username, o.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('an officer sees only their agency in the tree, with unit headcounts', async () => {
    const tree = (await officer.get('/api/agencies/tree')).json();
    expect(tree.map((n: { id: number }) => n.id)).toEqual([dept]);
    expect(tree[0].units).toEqual([{ id: unit, code: 'VP', name: 'Văn phòng', kind: 'phong', headcount: 3 }]);
    const adminTree = (await admin.get('/api/agencies/tree')).json();
    const prov = adminTree.find((n: { id: number }) => n.id === province);
    expect(prov.children.map((c: { id: number }) => c.id)).toEqual([dept]);
  });

  it('agency detail carries statistics counted in SQL, and another agency is forbidden to the officer', async () => {
    const d = (await officer.get(`/api/agencies/${dept}`)).json();
    expect(d.stats).toEqual({
      people: 3,
      congChuc: 1,
      vienChuc: 1,
      hopDong: 1,
      partyMembers: 1,
      partyCells: 0,
      leaders: 1,
    });
    expect(d.parentAgencyName).toBe('UBND tỉnh Gia Lai');
    expect((await officer.get(`/api/agencies/${otherDept}`)).statusCode).toBe(403);
    expect((await officer.get('/api/agencies/999999')).statusCode).toBe(404);
  });

  it('a reviewer of the province reads the departments below it but may not write', async () => {
    const r = await buildUser(env.database.db, { role: 'reviewer', agencyId: province });
    const c = await login(env.app, r.username, r.password);
    expect((await c.get(`/api/people?agencyId=${dept}`)).json().total).toBe(3);
    expect((await c.get(`/api/people?agencyId=${otherDept}`)).json().total).toBe(0);
    expect((await c.get(`/api/agencies/${dept}`)).statusCode).toBe(200);
    const w = await c.post('/api/people', {});
    expect(w.statusCode).toBe(403);
  });

  it('an officer creates and edits units of their agency; a stale version is a conflict; a duplicate code is refused', async () => {
    const r = await officer.post('/api/units', {
      agencyId: dept,
      code: 'TT',
      name: 'Thanh tra',
      kind: 'thanh-tra',
    });
    expect(r.statusCode).toBe(201);
    const u = r.json();
    expect(u).toMatchObject({ code: 'TT', headcount: 0, version: 1, active: true });
    const ok = await officer.put(`/api/units/${u.id}`, {
      code: 'TT',
      name: 'Thanh tra Sở',
      kind: 'thanh-tra',
      version: 1,
    });
    expect(ok.json()).toMatchObject({ name: 'Thanh tra Sở', version: 2 });
    expect(
      (await officer.put(`/api/units/${u.id}`, { code: 'TT', name: 'X', kind: 'thanh-tra', version: 1 }))
        .statusCode,
    ).toBe(409);
    const dup = await officer.post('/api/units', {
      agencyId: dept,
      code: 'vp',
      name: 'Trùng',
      kind: 'phong',
    });
    expect(dup.json()).toMatchObject({ code: 'duplicate', path: 'code' });
    expect(
      (await officer.post('/api/units', { agencyId: otherDept, code: 'Z', name: 'Z', kind: 'phong' }))
        .statusCode,
    ).toBe(403);
    const units = (await officer.get(`/api/units?agencyId=${dept}`)).json();
    expect(units.map((x: { code: string }) => x.code)).toEqual(['VP', 'TT']);
  });

  it('the officer lists only the audit entries of their agency; the admin sees all and filters by entity', async () => {
    await admin.post('/api/units', { agencyId: otherDept, code: 'K', name: 'Khác', kind: 'phong' });
    const mine = (await officer.get('/api/audit?entity=units')).json();
    expect(mine.items.every((e: { agencyId: number }) => e.agencyId === dept)).toBe(true);
    const all = (await admin.get('/api/audit?entity=units')).json();
    expect(all.total).toBeGreaterThan(mine.total);
    expect((await officer.get('/api/audit/verify')).statusCode).toBe(403);
  });

  it('accounts: the admin creates a unit head, who must change the password; an officer cannot grant admin; unlock and reset work', async () => {
    const bad = await admin.post('/api/users', {
      username: 'tp',
      displayName: '',
      password: 'ngan',
      roles: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['displayName', 'roles', 'username']);
    const r = await admin.post('/api/users', {
      username: 'truong.phong',
      displayName: 'Trưởng phòng',
      password: 'Mat-khau-2025',
      agencyId: dept,
      roles: [{ role: 'unit-head', unitId: unit }],
    });
    expect(r.statusCode).toBe(201);
    const u = r.json();
    expect(u).toMatchObject({
      mustChangePassword: true,
      roles: [{ role: 'unit-head', unitId: unit, agencyId: dept, scopeName: 'Văn phòng' }],
    });
    const c = await login(env.app, 'truong.phong', 'Mat-khau-2025');
    expect((await c.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
    expect(
      (
        await officer.post('/api/users', {
          username: 'gia.admin',
          displayName: 'X',
          password: 'Mat-khau-2025',
          roles: [{ role: 'admin' }],
        })
      ).json(),
    ).toMatchObject({ code: 'invalid-input', path: 'roles.0' });
    for (let i = 0; i < 5; i++)
      await env.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'truong.phong', password: `sai-sai-${i}` },
      });
    expect(
      (
        await env.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'truong.phong', password: 'Mat-khau-2025' },
        })
      ).statusCode,
    ).toBe(423);
    const locked = (await officer.get('/api/users')).json().find((x: { id: number }) => x.id === u.id);
    expect(locked.lockedUntil).not.toBeNull();
    const un = await officer.put(`/api/users/${u.id}`, {
      unlock: true,
      resetPassword: 'Mat-khau-moi-2026',
      version: locked.version,
    });
    expect(un.statusCode).toBe(200);
    expect(un.json().lockedUntil).toBeNull();
    await login(env.app, 'truong.phong', 'Mat-khau-moi-2026');
  });
});

describe(`serving the built web app (${testEngine()})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><title>tdkt</title><div id="root"></div>',
    );
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    env = await openTestApp({ webDist: dist });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('serves index.html at /, assets with their own type, client-side routes fall back to index.html, /api stays JSON', async () => {
    const root = await env.app.inject({ method: 'GET', url: '/' });
    expect(root.headers['content-type']).toContain('text/html');
    const js = await env.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(js.headers['content-type']).toContain('javascript');
    const spa = await env.app.inject({ method: 'GET', url: '/can-bo/12' });
    expect(spa.statusCode).toBe(200);
    expect(spa.body).toContain('<div id="root">');
    const api = await env.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('not-found');
  });
});
