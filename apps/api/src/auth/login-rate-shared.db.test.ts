import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testEngine } from '../../../../packages/db/src/testing.ts';
import { buildApp } from '../app.ts';
import { openTestApp, type TestEnv } from '../testing/http.ts';

describe(`login rate limit shared by several processes through login_attempts (${testEngine()})`, () => {
  let env: TestEnv;
  let second: FastifyInstance;

  beforeAll(async () => {
    const config = { loginRateMax: 3, loginRateWindowSeconds: 60 };
    env = await openTestApp(config);
    // A second server process on the same database (its own memory, its own plugins).
    second = await buildApp({ database: env.database, config: { webDist: '/nonexistent', ...config } });
  });
  afterAll(async () => {
    await second?.close();
    await env?.close();
  });

  const attempt = (app: FastifyInstance, ip: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ke.do.mat.khau', password: 'thu-lan-nua' },
      remoteAddress: ip,
    });

  it('attempts on two servers add up: the fourth from one IP within the window is refused 429 on either', async () => {
    const codes = [
      (await attempt(env.app, '10.1.0.7')).statusCode,
      (await attempt(second, '10.1.0.7')).statusCode,
      (await attempt(env.app, '10.1.0.7')).statusCode,
    ];
    expect(codes).toEqual([401, 401, 401]);
    for (const app of [env.app, second]) {
      const r = await attempt(app, '10.1.0.7');
      expect(r.statusCode).toBe(429);
      expect(r.json()).toMatchObject({ code: 'rate-limited' });
      expect(r.json().message).toMatch(/\d+ giây|phút|thử lại/i);
    }
    // Refused requests are not attempts: the count stays at the three that reached the password check.
    const rows = await env.database.db
      .selectFrom('login_attempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('ip', '=', '10.1.0.7')
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(3);
    // Another address is not affected.
    expect((await attempt(second, '10.1.0.8')).statusCode).toBe(401);
  });

  it('attempts older than the window no longer count', async () => {
    await env.database.db
      .updateTable('login_attempts')
      .set({ at: new Date(Date.now() - 61_000) })
      .where('ip', '=', '10.1.0.7')
      .execute();
    expect((await attempt(second, '10.1.0.7')).statusCode).toBe(401);
  });
});
