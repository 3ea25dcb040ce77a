import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../packages/db/src/testing.ts';
import { buildUser, TEST_PASSWORD } from '../testing/factories.ts';
import { login, openTestApp, type TestEnv } from '../testing/http.ts';

describe(`signing in and sessions (${testEngine()})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('an officer signs in with the right password, gets an HttpOnly SameSite=Lax cookie, and /me returns them with a CSRF token', async () => {
    const u = await buildUser(env.database.db, { role: 'officer', username: 'canbo.tdkt' });
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'canbo.tdkt', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tdkt_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.user.username).toBe('canbo.tdkt');
    expect(body.user.permissions).toContain('people:write');
    expect(body.csrfToken).toMatch(/.{20,}/);
    const me = await env.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `tdkt_session=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(u.id);
    expect(me.json().csrfToken).toBe(body.csrfToken);
    // Only the token's hash is stored.
    const sessions = await env.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', u.id)
      .execute();
    expect(sessions.map((s) => s.id)).not.toContain(cookie.value);
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select(['action', 'user_id'])
      .where('action', '=', 'login')
      .execute();
    expect(audit.some((a) => a.user_id === u.id)).toBe(true);
  });

  it('a wrong password is refused with invalid-credentials in Vietnamese and the attempt is recorded', async () => {
    await buildUser(env.database.db, { username: 'nhap.sai' });
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nhap.sai', password: 'sai-mat-khau-roi' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      code: 'invalid-credentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    const attempts = await env.database.db
      .selectFrom('login_attempts')
      .selectAll()
      .where('username', '=', 'nhap.sai')
      .execute();
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.success).toBe(false);
  });

  it('an unknown account gets the same answer as a wrong password', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'khong.ton.tai', password: 'bat-ky-mat-khau' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid-credentials');
  });

  it('after five wrong passwords in a row the account is locked (423, saying until when) even for the right password', async () => {
    await buildUser(env.database.db, { username: 'bi.khoa' });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await env.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'bi.khoa', password: `sai-${i}-xxxxxx` },
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const right = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bi.khoa', password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account-locked');
    expect(right.json().message).toMatch(/đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    const lock = await env.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'lock')
      .execute();
    expect(lock.length).toBeGreaterThan(0);
  });

  it('a write without the CSRF header is refused with csrf-invalid, and with it succeeds', async () => {
    const u = await buildUser(env.database.db, { username: 'csrf.test' });
    const c = await login(env.app, u.username, u.password);
    const bad = await env.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `tdkt_session=${c.cookie}` },
    });
    expect(bad.statusCode).toBe(403);
    expect(bad.json().code).toBe('csrf-invalid');
    const wrong = await env.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `tdkt_session=${c.cookie}`, 'x-csrf-token': 'x'.repeat(c.csrf.length) },
    });
    expect(wrong.json().code).toBe('csrf-invalid');
    const ok = await c.post('/api/auth/logout');
    expect(ok.statusCode).toBe(204);
    const after = await c.get('/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });

  it('a user changes their password: too short is a field error, the old one then stops working', async () => {
    const u = await buildUser(env.database.db, { username: 'doi.mat.khau', mustChangePassword: true });
    const c = await login(env.app, u.username, u.password);
    // Until the password is changed, only the account's own routes answer.
    const blocked = await c.get('/api/agencies/tree');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password-change-required');
    const short = await c.post('/api/auth/password', { currentPassword: u.password, newPassword: 'ngan' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ code: 'invalid-input', path: 'newPassword' });
    const ok = await c.post('/api/auth/password', {
      currentPassword: u.password,
      newPassword: 'Mat-khau-moi-2025',
    });
    expect(ok.statusCode).toBe(204);
    expect((await c.get('/api/auth/me')).json().user.mustChangePassword).toBe(false);
    expect((await c.get('/api/agencies/tree')).statusCode).toBe(200);
    const old = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: u.password },
    });
    expect(old.statusCode).toBe(401);
    await login(env.app, u.username, 'Mat-khau-moi-2025');
  });
});

describe(`login rate limit per IP (${testEngine()})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 3, loginRateWindowSeconds: 60 });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('the fourth login attempt from one IP within a minute gets 429 rate-limited; another IP is not affected', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await env.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'ai.do', password: 'khong-dung-dau' },
        remoteAddress: '10.0.0.7',
      });
      codes.push(r.statusCode);
      if (r.statusCode === 429) expect(r.json()).toMatchObject({ code: 'rate-limited' });
    }
    expect(codes).toEqual([401, 401, 401, 429]);
    const other = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ai.do', password: 'khong-dung-dau' },
      remoteAddress: '10.0.0.8',
    });
    expect(other.statusCode).toBe(401);
  });
});
