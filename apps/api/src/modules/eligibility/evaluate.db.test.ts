// POST /api/eligibility/evaluate through the platform's buildApp: policy eligibility:evaluate, CSRF,
// 400 invalid-input with the path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

const body = {
  format: 'tdkt-history/1',
  year: 2024,
  evaluatedOn: '2025-01-10',
  targets: ['lao-dong-tien-tien'],
  subjects: [{ id: 'P1', kind: 'individual', years: [{ year: 2024, rating: 'httnv', monthsWorked: 12 }] }],
};

describe(`eligibility API (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let staff: Client;
  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const o = await buildUser(env.database.db, { role: 'officer' });
    officer = await login(env.app, o.username, o.password);
    const s = await buildUser(env.database.db, { role: 'staff' });
    staff = await login(env.app, s.username, s.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('the route is registered under /api with its policy', () => {
    expect(env.app.tdkt.routes).toContainEqual({
      method: 'POST',
      url: '/api/eligibility/evaluate',
      policy: 'eligibility:evaluate',
    });
  });

  it('an officer evaluates a history', async () => {
    const res = await officer.post('/api/eligibility/evaluate', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      format: 'tdkt-eligibility/1',
      year: 2024,
      regime: 'B',
      results: [{ subject: 'P1', target: 'lao-dong-tien-tien', status: 'eligible' }],
    });
  });

  it('invalid input → 400 invalid-input naming the JSON path', async () => {
    const res = await officer.post('/api/eligibility/evaluate', { ...body, year: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid-input', path: 'year' });
  });

  it('staff do not hold eligibility:evaluate → 403', async () => {
    expect((await staff.post('/api/eligibility/evaluate', body)).statusCode).toBe(403);
  });
});
