// The demo's Cụm thi đua V 2025 (seed/areas/cluster-scoring.ts) opens as the seed describes it: the signed covenant
// with criteria version 1, Gia Lai's complete draft that its officer can send, Sơn La's sheet returned with its
// reason, and nobody reading another member's draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../../../packages/db/src/seed/index.ts';
import { DEMO_PASSWORD } from '../../../../../packages/db/src/seed/demo-data.ts';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { login, openTestApp, type TestEnv } from '../../testing/http.ts';

type Overview = {
  role: string;
  covenant: { status: string; signedOn: string } | null;
  criteriaVersions: { versionNo: number }[];
  criteria: { code: string; criteria: unknown[] }[];
  sheets: {
    id: number;
    scoredAgencyId: number;
    scorerKind: string;
    status: string;
    returnedReason: string | null;
    version: number;
  }[];
  settings: { tieBreakText: string; flagCount: number; certificateCount: number };
};

describe(`the demo cluster year: Cụm thi đua V 2025 (${testEngine()})`, () => {
  let env: TestEnv;
  let base = '';
  const agency: Record<string, number> = {};

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    await seedDemo(env.database.db);
    const db = env.database.db;
    const g = await db
      .selectFrom('emulation_groups')
      .select('id')
      .where('code', '=', 'CUM-V-BCT')
      .executeTakeFirstOrThrow();
    base = `/api/cluster-scoring/${g.id}/2025`;
    for (const code of ['SCT-LC', 'SCT-DB', 'SCT-SL', 'SCT-HB', 'SCT-GL'])
      agency[code] = (
        await db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow()
      ).id;
  }, 180_000);
  afterAll(async () => {
    await env?.close();
  });

  it('the leader sees the signed covenant, the written tie-break and every sheet but the drafts', async () => {
    const leader = await login(env.app, 'cumtruong.cum5', DEMO_PASSWORD);
    const o = (await leader.get(base)).json() as Overview;
    expect(o.role).toBe('leader');
    expect(o.covenant).toMatchObject({ status: 'signed', signedOn: '2025-03-14' });
    expect(o.criteriaVersions.map((v) => v.versionNo)).toEqual([1]);
    expect(o.criteria.map((g) => [g.code, g.criteria.length])).toEqual([
      ['I', 4],
      ['II', 4],
      ['III', 2],
    ]);
    expect(o.settings).toMatchObject({
      tieBreakText: '1) tổng điểm; 2) điểm nhóm tiêu chí I; 3) số điểm thưởng; 4) biểu quyết của hội nghị',
      flagCount: 1,
      certificateCount: 2,
    });
    const self = (code: string) =>
      o.sheets.find((s) => s.scorerKind === 'self' && s.scoredAgencyId === agency[code]);
    expect(self('SCT-LC')?.status).toBe('scored');
    expect(self('SCT-DB')?.status).toBe('submitted');
    expect(self('SCT-SL')?.returnedReason).toContain('hồ sơ trực tuyến toàn trình');
    expect(self('SCT-GL')).toBeUndefined();
    expect(self('SCT-HB')).toBeUndefined();
  });

  it('Gia Lai sends its complete draft; Hòa Bình cannot send a half-scored one; neither reads the other', async () => {
    const gl = await login(env.app, 'vanthu.tdkt', DEMO_PASSWORD);
    const o = (await gl.get(base)).json() as Overview;
    const mine = o.sheets.find((s) => s.scorerKind === 'self' && s.scoredAgencyId === agency['SCT-GL'])!;
    expect(mine.status).toBe('draft');
    expect(o.sheets.some((s) => s.scoredAgencyId === agency['SCT-HB'])).toBe(false);
    const sent = await gl.post(`/api/cluster-scoring/sheets/${mine.id}/submit`, { version: mine.version });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().sheet.status).toBe('submitted');

    const hb = await login(env.app, 'vanthu.sct.hoabinh', DEMO_PASSWORD);
    const h = ((await hb.get(base)).json() as Overview).sheets.find(
      (s) => s.scorerKind === 'self' && s.scoredAgencyId === agency['SCT-HB'],
    )!;
    const refused = await hb.post(`/api/cluster-scoring/sheets/${h.id}/submit`, { version: h.version });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('còn thiếu 2.1, 2.2, 2.3, 2.4, 3.1, 3.2');
    expect((await gl.get(`/api/cluster-scoring/sheets/${h.id}`)).statusCode).toBe(404);
  });
});
