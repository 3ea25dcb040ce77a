import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../packages/db/src/testing.ts';
import { committedOpenApi, generateOpenApi } from './openapi.ts';
import { openTestApp, type TestEnv } from './testing/http.ts';

// Order matters: a route module that creates a schema with a `.meta({ id })` inside its register
// function gives every app its own copy, and zod's global registry remembers only the latest; so the
// served document is compared before generateOpenApi() builds a second app in this process.
describe(`the OpenAPI document (${testEngine()})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestApp();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('the running app serves the committed document at /api/docs/json and the UI at /api/docs', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(r.statusCode).toBe(200);
    expect(`${JSON.stringify(r.json(), null, 2)}\n`).toBe(committedOpenApi());
    const ui = await env.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('the committed docs/openapi.json is what the code generates (run `node apps/api/src/scripts/openapi.ts` after changing a route)', async () => {
    expect(committedOpenApi()).toBe(await generateOpenApi());
  });
});
