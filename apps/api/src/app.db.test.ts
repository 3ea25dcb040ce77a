import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../packages/db/src/testing.ts';
import { isDeclaredPolicy, isPublicPolicy } from './auth/policies.ts';
import { buildUser } from './testing/factories.ts';
import { login, openTestApp, type TestEnv } from './testing/http.ts';

describe(`the application shell (${testEngine()})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestApp();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('every /api route declares a known policy; only login and health are public', () => {
    const api = env.app.tdkt.routes.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    expect(api.length).toBeGreaterThan(20);
    for (const r of api) expect(isDeclaredPolicy(r.policy), `${r.method} ${r.url}`).toBe(true);
    const open = [...new Set(api.filter((r) => isPublicPolicy(r.policy!)).map((r) => r.url))].sort();
    expect(open).toEqual(['/api/auth/login', '/api/health']);
  });

  it('a route registered without a policy is refused at start-up', async () => {
    const { buildApp } = await import('./app.ts');
    const { default: Fastify } = await import('fastify');
    expect(buildApp).toBeTypeOf('function');
    // The same onRoute guard, exercised on a plugin that forgets its policy.
    await expect(
      (async () => {
        const app = Fastify();
        app.addHook('onRoute', (r) => {
          if (
            r.url.startsWith('/api/') &&
            !isDeclaredPolicy((r.config as { policy?: unknown } | undefined)?.policy)
          )
            throw new Error('no policy');
        });
        await app.register(async (a) => {
          a.get('/api/unguarded', async () => 'x');
        });
        await app.ready();
      })(),
    ).rejects.toThrow('no policy');
  });

  it('health answers without signing in', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, engine: testEngine() });
  });

  it('anything else under /api needs a session (401 unauthenticated), and unknown /api paths are 404 JSON', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/people' });
    expect(r.statusCode).toBe(401);
    expect(r.json()).toMatchObject({ code: 'unauthenticated', path: null });
    const nf = await env.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(nf.statusCode).toBe(404);
    expect(nf.json().code).toBe('not-found');
  });

  it('a role without the policy gets 403 forbidden (council member cannot write units)', async () => {
    const u = await buildUser(env.database.db, { role: 'council' });
    const c = await login(env.app, u.username, u.password);
    const r = await c.post('/api/units', { agencyId: u.agency_id, code: 'X', name: 'X', kind: 'phong' });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('forbidden');
  });

  it('malformed JSON is a 400 in Vietnamese without a stack trace', async () => {
    const u = await buildUser(env.database.db, { role: 'officer' });
    const c = await login(env.app, u.username, u.password);
    const r = await c.inject({
      method: 'POST',
      url: '/api/units',
      payload: '{"agencyId":',
      headers: { 'content-type': 'application/json' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('invalid-input');
    expect(r.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('the OpenAPI document is served at /api/docs/json', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/people/{id}');
  });
});
