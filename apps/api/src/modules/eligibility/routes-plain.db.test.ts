// The eligibility route on a plain Fastify instance (no database; kept in the db suite because the unit
// suite does not include apps/api). evaluate.db.test.ts drives it through buildApp with a session.
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, parseHistory } from '../../../../../packages/domain/src/eligibility/index.ts';
import { eligibilityRoutes } from './routes.ts';

const body = {
  format: 'tdkt-history/1',
  year: 2024,
  targets: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'],
  subjects: [
    { id: 'P2', kind: 'individual', years: [{ year: 2024, rating: 'htxsnv', monthsWorked: 12 }] },
    {
      id: 'P1',
      kind: 'individual',
      years: [{ year: 2024, rating: 'httnv', monthsWorked: 12 }],
      extra: 'ignored',
    },
  ],
};

describe('POST /api/eligibility/evaluate (plain Fastify)', () => {
  const app = Fastify();
  beforeAll(async () => {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(eligibilityRoutes);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('returns tdkt-eligibility/1, identical to the library, sorted by subject', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/eligibility/evaluate', payload: body });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(evaluate(parseHistory(body)))));
    expect((res.json() as { results: { subject: string }[] }).results.map((r) => r.subject)).toEqual([
      'P1',
      'P1',
      'P2',
      'P2',
    ]);
  });

  it('invalid input → 400 invalid-input with the Vietnamese message naming the JSON path', async () => {
    const bad = structuredClone(body);
    (bad.subjects[1] as { years: { rating: string }[] }).years[0]!.rating = 'tot';
    const res = await app.inject({ method: 'POST', url: '/api/eligibility/evaluate', payload: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'invalid-input',
      message: 'subjects[1].years[0].rating: giá trị "tot" không hợp lệ',
      path: 'subjects[1].years[0].rating',
    });
  });

  it('?forecast=true adds forecasts', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/eligibility/evaluate?forecast=true',
      payload: { ...body, targets: undefined },
    });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { forecasts: unknown[] }).forecasts.length).toBeGreaterThan(0);
  });

  it('declares the policy the platform hook reads', () => {
    const route = app.hasRoute({ method: 'POST', url: '/api/eligibility/evaluate' });
    expect(route).toBe(true);
  });
});
