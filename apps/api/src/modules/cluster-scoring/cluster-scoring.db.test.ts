import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { buildAgency, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

type Sheet = {
  sheet: {
    id: number;
    scoredAgencyId: number;
    scorerKind: string;
    status: string;
    version: number;
    total: number | null;
  };
  editable: boolean;
  scores: { criterionId: number; points: number }[];
  clamped?: { criterionId: number; given: number; stored: number }[];
  indicators: { code: string; value: number | null }[];
};
type Overview = {
  role: string;
  covenant: { id: number; status: string; version: number } | null;
  criteria: {
    id: number;
    code: string;
    version: number;
    criteria: { id: number; code: string; version: number }[];
  }[];
  criteriaVersions: { versionNo: number; reason: string }[];
  sheets: {
    id: number;
    scoredAgencyId: number;
    scorerAgencyId: number;
    scorerKind: string;
    status: string;
    version: number;
  }[];
  comments: { content: string; agencyName: string }[];
  settings: { version: number; tieBreakText: string };
};

describe(`cluster covenant, scoring, ranking and flag proposals (${testEngine()})`, () => {
  let env: TestEnv;
  let groupId: number;
  const Y = 2025;
  const agencies: Record<string, number> = {};
  const officer: Record<string, Client> = {};
  let reviewer: Client;
  let leaderAccount: Client;
  let outsider: Client;
  const crit: Record<string, number> = {};
  const base = () => `/api/cluster-scoring/${groupId}/${Y}`;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const bct = (await buildAgency(db, { name: 'Bộ Công Thương', kind: 'ministry' })).id;
    for (const [k, name] of [
      ['lc', 'Sở Công Thương tỉnh Lai Châu'],
      ['db', 'Sở Công Thương tỉnh Điện Biên'],
      ['sl', 'Sở Công Thương tỉnh Sơn La'],
      ['hb', 'Sở Công Thương tỉnh Hòa Bình'],
      ['gl', 'Sở Công Thương tỉnh Gia Lai'],
    ] as const)
      agencies[k] = (await buildAgency(db, { name })).id;
    groupId = (
      await db
        .insertInto('emulation_groups')
        .values({ kind: 'cum', level: 'bo', code: 'CUM-V', name: 'Cụm thi đua V', organiser_agency_id: bct })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await db
      .insertInto('emulation_group_members')
      .values(
        Object.entries(agencies).map(([k, id]) => ({
          group_id: groupId,
          agency_id: id,
          year: Y,
          role: k === 'lc' ? ('leader' as const) : k === 'db' ? ('deputy' as const) : ('member' as const),
        })),
      )
      .execute();
    // An indicator of Sơn La that criterion 1.2 refers to (evidence from tdkt).
    const ind = await db
      .insertInto('indicators')
      .values({
        agency_id: agencies.sl!,
        year: Y,
        code: 'tthc-dung-han',
        name: 'Thủ tục hành chính giải quyết đúng hạn',
        value_kind: 'count',
        unit: 'hồ sơ',
        aggregation: 'sum',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('indicator_values')
      .values([
        { indicator_id: ind.id, month: 1, kind: 'actual', value: 800 },
        { indicator_id: ind.id, month: 2, kind: 'actual', value: 846.5 },
      ])
      .execute();
    for (const k of Object.keys(agencies)) {
      const u = await buildUser(db, { role: 'officer', agencyId: agencies[k]! });
      officer[k] = await login(env.app, u.username, u.password);
    }
    const r = await buildUser(db, { role: 'reviewer', agencyId: bct });
    reviewer = await login(env.app, r.username, r.password);
    // The cluster leader's own account (cụm trưởng, user_roles.group_id) acting for Lai Châu.
    const cl = await buildUser(db, { role: 'cluster-leader', agencyId: agencies.lc!, groupId });
    leaderAccount = await login(env.app, cl.username, cl.password);
    const o = await buildUser(db, { role: 'officer' });
    outsider = await login(env.app, o.username, o.password);
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  });

  const overview = async (c: Client): Promise<Overview> => {
    const r = await c.get(base());
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const sheetOf = async (c: Client, scored: string, kind: string) =>
    (await overview(c)).sheets.find((s) => s.scoredAgencyId === agencies[scored] && s.scorerKind === kind)!;

  it('the leader drafts criteria groups and criteria with points, bonus, penalty and evidence; members comment', async () => {
    const lc = officer.lc!;
    const g1 = await lc.post(`${base()}/criteria-groups`, {
      code: 'I',
      name: 'Thực hiện nhiệm vụ chính trị',
      maxPoints: 60,
    });
    expect(g1.statusCode, g1.body).toBe(201);
    const g2 = await lc.post(`${base()}/criteria-groups`, {
      code: 'II',
      name: 'Công tác thi đua, khen thưởng',
      maxPoints: 40,
    });
    const g3 = await lc.post(`${base()}/criteria-groups`, { code: 'III', name: 'Điểm thưởng, điểm trừ' });
    const add = async (g: number, body: object) => {
      const r = await lc.post(`/api/cluster-scoring/criteria-groups/${g}/criteria`, body);
      expect(r.statusCode, r.body).toBe(201);
      return (r.json() as { id: number }).id;
    };
    crit['1.1'] = await add(g1.json().id, {
      code: '1.1',
      name: 'Hoàn thành chỉ tiêu kế hoạch được giao',
      maxPoints: 30,
      evidenceRequired: 'Báo cáo kết quả thực hiện kế hoạch năm',
    });
    crit['1.2'] = await add(g1.json().id, {
      code: '1.2',
      name: 'Cải cách hành chính, giải quyết thủ tục đúng hạn',
      maxPoints: 30,
      indicatorCode: 'tthc-dung-han',
    });
    crit['2.1'] = await add(g2.json().id, {
      code: '2.1',
      name: 'Tổ chức phong trào thi đua, khen thưởng',
      maxPoints: 40,
    });
    crit['3.1'] = await add(g3.json().id, {
      code: '3.1',
      name: 'Được Bộ, tỉnh khen thưởng đột xuất',
      kind: 'bonus',
      maxPoints: 5,
    });
    crit['3.2'] = await add(g3.json().id, {
      code: '3.2',
      name: 'Chậm gửi báo cáo',
      kind: 'penalty',
      minPoints: -5,
      maxPoints: 0,
    });
    const bad = await lc.post(`/api/cluster-scoring/criteria-groups/${g3.json().id}/criteria`, {
      name: 'Sai',
      kind: 'penalty',
      maxPoints: 3,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().path).toBe('maxPoints');
    // A member cannot draft criteria.
    const member = await officer.sl!.post(`${base()}/criteria-groups`, { name: 'Nhóm của Sơn La' });
    expect(member.statusCode).toBe(403);
    const c = await officer.sl!.post(`${base()}/comments`, {
      criteriaGroupId: g1.json().id,
      criterionId: crit['1.2'],
      content: 'Đề nghị tính cả hồ sơ trực tuyến toàn trình.',
    });
    expect(c.statusCode, c.body).toBe(201);
    const o = await overview(officer.hb!);
    expect(o.comments.map((x) => [x.agencyName, x.content])).toEqual([
      ['Sở Công Thương tỉnh Sơn La', 'Đề nghị tính cả hồ sơ trực tuyến toàn trình.'],
    ]);
    expect(o.criteria.map((g) => g.code)).toEqual(['I', 'II', 'III']);
    // An agency outside the cluster learns nothing about it.
    expect((await outsider.get(base())).statusCode).toBe(404);
  });

  it('nobody scores before the covenant is signed; signing fixes the criteria as version 1 and opens the sheets', async () => {
    const lc = officer.lc!;
    expect(
      (await lc.post(`${base()}/covenant`, { title: 'Giao ước thi đua năm 2025', placeName: 'Lai Châu' }))
        .statusCode,
    ).toBe(201);
    let o = await overview(lc);
    expect(o.sheets).toHaveLength(0);
    const sign = await lc.post(`${base()}/covenant/sign`, {
      version: o.covenant!.version,
      signedOn: '2025-03-14',
      signers: [{ agencyId: agencies.lc, signerName: 'Nguyễn Văn Thắng', signerTitle: 'Giám đốc' }],
    });
    expect(sign.statusCode, sign.body).toBe(200);
    o = sign.json();
    expect(o.covenant!.status).toBe('signed');
    expect(o.criteriaVersions.map((v) => v.versionNo)).toEqual([1]);
    // Five self sheets and five leader sheets (the leader's sheets are not visible to a member as drafts).
    const all = await overview(lc);
    expect(
      all.sheets.filter((s) => s.scorerKind === 'self' && s.scorerAgencyId === agencies.lc),
    ).toHaveLength(1);
    const n = await env.database.db
      .selectFrom('cluster_score_sheets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('group_id', '=', groupId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(10);
  });

  it('the signed covenant is a .docx with the criteria table and the signatures of every member', async () => {
    const r = await officer.gl!.get(`${base()}/covenant.docx`);
    expect(r.statusCode).toBe(200);
    const d = inspectDocx(r.rawPayload);
    const paras = d.allParagraphs.map((p) => p.text);
    expect(paras).toContain('BẢN GIAO ƯỚC THI ĐUA');
    expect(paras).toContain('CỤM THI ĐUA V');
    const table = d.tables.find((t) => t.texts[0]?.[0] === 'Stt')!;
    expect(table.texts[1]![0]).toContain('I. THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ');
    expect(table.texts.some((row) => row[0] === '3.2' && row[2] === 'trừ tối đa 5')).toBe(true);
    for (const name of ['LAI CHÂU', 'ĐIỆN BIÊN', 'SƠN LA', 'HÒA BÌNH', 'GIA LAI'])
      expect(paras.some((p) => p.includes(`SỞ CÔNG THƯƠNG TỈNH ${name}`))).toBe(true);
    expect(paras.some((p) => p.includes('TM. CỤM THI ĐUA V'))).toBe(true);
    expect(paras.some((p) => p.includes('Nguyễn Văn Thắng'))).toBe(true);
  });

  it('a member cannot read another member\u2019s draft sheet', async () => {
    const theirs = await sheetOf(officer.db!, 'db', 'self');
    expect(theirs.status).toBe('draft');
    expect((await officer.sl!.get(`/api/cluster-scoring/sheets/${theirs.id}`)).statusCode).toBe(404);
    const mine = await overview(officer.sl!);
    expect(
      mine.sheets.every((s) => s.scorerAgencyId === agencies.sl || s.scoredAgencyId === agencies.sl),
    ).toBe(true);
    expect(mine.sheets.some((s) => s.scoredAgencyId === agencies.db)).toBe(false);
    // Nor may it write it.
    const w = await officer.sl!.put(`/api/cluster-scoring/sheets/${theirs.id}/scores`, {
      version: theirs.version,
      scores: [{ criterionId: crit['1.1'], points: 1 }],
    });
    expect(w.statusCode).toBe(404);
  });

  const selfScores: Record<string, Record<string, number>> = {
    lc: { '1.1': 29, '1.2': 28, '2.1': 38, '3.1': 2, '3.2': 0 },
    db: { '1.1': 27, '1.2': 27, '2.1': 37, '3.1': 0, '3.2': 0 },
    sl: { '1.1': 28, '1.2': 29, '2.1': 36, '3.1': 1, '3.2': 0 },
    hb: { '1.1': 26, '1.2': 26, '2.1': 35, '3.1': 0, '3.2': -1 },
    gl: { '1.1': 28, '1.2': 27, '2.1': 36, '3.1': 1, '3.2': 0 },
  };

  it('a score outside the criterion range is clamped and the response says so; submission needs every criterion', async () => {
    const sl = officer.sl!;
    const s = await sheetOf(sl, 'sl', 'self');
    const detail = (await sl.get(`/api/cluster-scoring/sheets/${s.id}`)).json() as Sheet;
    expect(detail.indicators).toEqual([expect.objectContaining({ code: 'tthc-dung-han', value: 1646.5 })]);
    const r = await sl.put(`/api/cluster-scoring/sheets/${s.id}/scores`, {
      version: s.version,
      scores: [
        {
          criterionId: crit['1.1'],
          points: 35,
          evidence: 'Báo cáo số 112/BC-SCT',
          evidenceUrl: 'https://sct.sonla.gov.vn/bc-112',
        },
        { criterionId: crit['3.2'], points: -9 },
      ],
    });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as Sheet;
    expect(body.clamped).toEqual([
      { criterionId: crit['1.1'], given: 35, stored: 30 },
      { criterionId: crit['3.2'], given: -9, stored: -5 },
    ]);
    const submit = await sl.post(`/api/cluster-scoring/sheets/${s.id}/submit`, {
      version: body.sheet.version,
    });
    expect(submit.statusCode).toBe(400);
    expect(submit.json().path).toBe('scores');
    expect(submit.json().message).toContain('còn thiếu 1.2, 2.1, 3.1');
    // A stale version is refused.
    const stale = await sl.put(`/api/cluster-scoring/sheets/${s.id}/scores`, {
      version: s.version,
      scores: [{ criterionId: crit['1.2'], points: 1 }],
    });
    expect(stale.statusCode).toBe(409);
  });

  it('five members self-score and submit; every score change is audited with old and new values', async () => {
    for (const k of Object.keys(selfScores)) {
      const c = officer[k]!;
      const s = await sheetOf(c, k, 'self');
      const put = await c.put(`/api/cluster-scoring/sheets/${s.id}/scores`, {
        version: s.version,
        scores: Object.entries(selfScores[k]!).map(([code, points]) => ({
          criterionId: crit[code],
          points,
          evidence: `Minh chứng tiêu chí ${code}`,
        })),
      });
      expect(put.statusCode, put.body).toBe(200);
      const sub = await c.post(`/api/cluster-scoring/sheets/${s.id}/submit`, {
        version: (put.json() as Sheet).sheet.version,
      });
      expect(sub.statusCode, sub.body).toBe(200);
      expect((sub.json() as Sheet).sheet.status).toBe('submitted');
      expect((sub.json() as Sheet).editable).toBe(false);
    }
    const slSheet = await sheetOf(officer.sl!, 'sl', 'self');
    const audits = await env.database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'cluster_scores')
      .where('entity_id', '=', String(slSheet.id))
      .orderBy('id')
      .execute();
    expect(audits).toHaveLength(2);
    const second = audits[1]!;
    expect(second.before).toEqual(
      expect.arrayContaining([expect.objectContaining({ criterionId: crit['1.1'], points: 30 })]),
    );
    expect(second.after).toEqual(
      expect.arrayContaining([expect.objectContaining({ criterionId: crit['1.1'], points: 28 })]),
    );
    // A submitted sheet is now visible to the leader, not yet to the other members.
    expect((await officer.lc!.get(`/api/cluster-scoring/sheets/${slSheet.id}`)).statusCode).toBe(200);
    expect((await officer.gl!.get(`/api/cluster-scoring/sheets/${slSheet.id}`)).statusCode).toBe(404);
  });

  it('the leader returns a sheet only with a reason; the member corrects and submits again', async () => {
    const hb = await sheetOf(officer.lc!, 'hb', 'self');
    const noReason = await officer.lc!.post(`/api/cluster-scoring/sheets/${hb.id}/return`, {
      version: hb.version,
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().path).toBe('reason');
    expect(
      (
        await officer.sl!.post(`/api/cluster-scoring/sheets/${hb.id}/return`, {
          version: hb.version,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const ret = await officer.lc!.post(`/api/cluster-scoring/sheets/${hb.id}/return`, {
      version: hb.version,
      reason: 'Tiêu chí 2.1 chưa có minh chứng quyết định khen thưởng.',
    });
    expect(ret.statusCode, ret.body).toBe(200);
    const mine = (await officer.hb!.get(`/api/cluster-scoring/sheets/${hb.id}`)).json() as Sheet & {
      sheet: { returnedReason: string };
      events: { action: string; reason: string | null }[];
    };
    expect(mine.sheet.status).toBe('returned');
    expect(mine.sheet.returnedReason).toBe('Tiêu chí 2.1 chưa có minh chứng quyết định khen thưởng.');
    expect(mine.editable).toBe(true);
    expect(mine.events.map((e) => e.action)).toEqual(['submit', 'return']);
    const put = await officer.hb!.put(`/api/cluster-scoring/sheets/${hb.id}/scores`, {
      version: mine.sheet.version,
      scores: [{ criterionId: crit['2.1'], points: 35, evidence: 'Quyết định số 45/QĐ-UBND ngày 12/3/2025' }],
    });
    expect(put.statusCode).toBe(200);
    const sub = await officer.hb!.post(`/api/cluster-scoring/sheets/${hb.id}/submit`, {
      version: (put.json() as Sheet).sheet.version,
    });
    expect((sub.json() as Sheet).sheet.status).toBe('submitted');
  });

  // The leader's scores: Sơn La and Gia Lai tie on 94, Sơn La leads on group I (58 vs 57).
  const leaderScores: Record<string, Record<string, number>> = {
    lc: { '1.1': 29, '1.2': 28, '2.1': 38, '3.1': 2, '3.2': 0 }, // 97
    sl: { '1.1': 29, '1.2': 29, '2.1': 36, '3.1': 0, '3.2': 0 }, // 94, group I 58
    gl: { '1.1': 28, '1.2': 29, '2.1': 37, '3.1': 0, '3.2': 0 }, // 94, group I 57
    db: { '1.1': 27, '1.2': 27, '2.1': 37, '3.1': 0, '3.2': 0 }, // 91
    hb: { '1.1': 26, '1.2': 26, '2.1': 35, '3.1': 0, '3.2': -1 }, // 86
  };

  it('the leader scores every member; the ranking breaks the tie by the written rule', async () => {
    const lc = officer.lc!;
    // Only the leader writes the leader's sheets (not the deputy, not a member).
    const gl = await sheetOf(lc, 'gl', 'leader');
    expect(
      (
        await officer.db!.put(`/api/cluster-scoring/sheets/${gl.id}/scores`, {
          version: gl.version,
          scores: [{ criterionId: crit['1.1'], points: 1 }],
        })
      ).statusCode,
    ).toBe(404);
    for (const k of Object.keys(leaderScores)) {
      const s = await sheetOf(lc, k, 'leader');
      const put = await lc.put(`/api/cluster-scoring/sheets/${s.id}/scores`, {
        version: s.version,
        scores: Object.entries(leaderScores[k]!).map(([code, points]) => ({
          criterionId: crit[code],
          points,
        })),
      });
      expect(put.statusCode, put.body).toBe(200);
      const sub = await lc.post(`/api/cluster-scoring/sheets/${s.id}/submit`, {
        version: (put.json() as Sheet).sheet.version,
      });
      expect(sub.statusCode, sub.body).toBe(200);
      expect((sub.json() as Sheet).sheet.status).toBe('scored');
    }
    expect((await sheetOf(officer.sl!, 'sl', 'self')).status).toBe('scored');
    // Members do not see the ranking before confirmation.
    const early = (await officer.sl!.get(`${base()}/ranking`)).json() as { rows: unknown[] };
    expect(early.rows).toEqual([]);
    const r = (await lc.get(`${base()}/ranking`)).json() as {
      tieBreakText: string;
      complete: boolean;
      rows: {
        agencyId: number;
        rank: number;
        total: number;
        tieBreak: string | null;
        proposedCode: string | null;
      }[];
    };
    expect(r.tieBreakText).toBe(
      '1) tổng điểm; 2) điểm nhóm tiêu chí I; 3) số điểm thưởng; 4) biểu quyết của hội nghị',
    );
    expect(r.complete).toBe(true);
    expect(r.rows.map((x) => [x.agencyId, x.rank, x.total, x.tieBreak, x.proposedCode])).toEqual([
      [agencies.lc, 1, 97, null, 'co-thi-dua-cap-tinh'],
      [agencies.sl, 2, 94, null, 'bang-khen-cap-tinh'],
      [agencies.gl, 3, 94, 'điểm nhóm tiêu chí I', 'bang-khen-cap-tinh'],
      [agencies.db, 4, 91, null, null],
      [agencies.hb, 5, 86, null, null],
    ]);
  });

  it('editing a criterion after signing needs a reason and makes version 2 (audited)', async () => {
    const o = await overview(officer.lc!);
    const c = o.criteria[1]!.criteria[0]!;
    const body = {
      code: '2.1',
      name: 'Tổ chức phong trào thi đua, khen thưởng và nhân rộng điển hình',
      maxPoints: 40,
    };
    const no = await officer.lc!.put(`/api/cluster-scoring/criteria/${c.id}`, {
      ...body,
      version: c.version,
    });
    expect(no.statusCode).toBe(400);
    expect(no.json().path).toBe('reason');
    const narrow = await officer.lc!.put(`/api/cluster-scoring/criteria/${c.id}`, {
      ...body,
      maxPoints: 30,
      reason: 'Giảm điểm',
      version: c.version,
    });
    expect(narrow.statusCode).toBe(400);
    expect(narrow.json().path).toBe('maxPoints');
    const ok = await officer.lc!.put(`/api/cluster-scoring/criteria/${c.id}`, {
      ...body,
      reason: 'Hội nghị sơ kết thống nhất bổ sung nội dung nhân rộng điển hình',
      version: c.version,
    });
    expect(ok.statusCode, ok.body).toBe(204);
    const after = await overview(officer.lc!);
    expect(after.criteriaVersions.map((v) => v.versionNo)).toEqual([1, 2]);
    expect(after.criteriaVersions[1]!.reason).toContain('nhân rộng điển hình');
  });

  it('the standing body confirms only after the meeting voted; then the leader publishes and the proposals are created', async () => {
    const early = await reviewer.post(`${base()}/confirm`);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('biểu quyết');
    const meeting = await officer.lc!.post(`${base()}/meetings`, {
      heldOn: '2026-01-16',
      form: 'truc-tiep',
      presentCount: 5,
      rankingFor: 5,
      rankingAgainst: 0,
      minutes: 'Hội nghị tổng kết Cụm thi đua V năm 2025 thống nhất kết quả chấm điểm.',
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    expect(meeting.json().passed).toBe(true);
    // A member cannot confirm; the leader cannot either (the standing body does).
    expect((await officer.sl!.post(`${base()}/confirm`)).statusCode).toBe(403);
    expect((await officer.lc!.post(`${base()}/confirm`)).statusCode).toBe(403);
    const early2 = await officer.lc!.post(`${base()}/publish`);
    expect(early2.statusCode).toBe(409);
    const conf = await reviewer.post(`${base()}/confirm`);
    expect(conf.statusCode, conf.body).toBe(200);
    expect(conf.json().status).toBe('confirmed');
    expect((await sheetOf(officer.gl!, 'gl', 'self')).status).toBe('confirmed');
    const pub = await leaderAccount.post(`${base()}/publish`);
    expect(pub.statusCode, pub.body).toBe(200);
    const r = pub.json() as { status: string; proposals: { code: string; title: string; status: string }[] };
    expect(r.status).toBe('published');
    expect(r.proposals.map((p) => [p.code, p.status])).toEqual([
      ['co-thi-dua-cap-tinh', 'draft'],
      ['bang-khen-cap-tinh', 'draft'],
    ]);
    const cands = await env.database.db
      .selectFrom('proposal_candidates as c')
      .innerJoin('proposals as p', 'p.id', 'c.proposal_id')
      .select([
        'p.code',
        'p.agency_id',
        'p.group_id',
        'p.authority',
        'c.agency_id as candidate',
        'c.subject_kind',
      ])
      .where('p.group_id', '=', groupId)
      .orderBy('c.id')
      .execute();
    expect(cands.map((c) => [c.code, c.candidate, c.agency_id, c.authority, c.subject_kind])).toEqual([
      ['co-thi-dua-cap-tinh', agencies.lc, agencies.lc, 'bo-truong', 'agency'],
      ['bang-khen-cap-tinh', agencies.sl, agencies.lc, 'bo-truong', 'agency'],
      ['bang-khen-cap-tinh', agencies.gl, agencies.lc, 'bo-truong', 'agency'],
    ]);
    // Members now see the published ranking.
    expect(((await officer.hb!.get(`${base()}/ranking`)).json() as { rows: unknown[] }).rows).toHaveLength(5);
  });

  it('nothing changes after publication', async () => {
    const s = await sheetOf(officer.gl!, 'gl', 'self');
    expect(s.status).toBe('published');
    const put = await officer.gl!.put(`/api/cluster-scoring/sheets/${s.id}/scores`, {
      version: s.version,
      scores: [{ criterionId: crit['1.1'], points: 30 }],
    });
    expect(put.statusCode).toBe(409);
    expect(put.json().message).toBe('Kết quả đã công bố, không thể sửa.');
    const o = await overview(officer.lc!);
    const c = o.criteria[0]!.criteria[0]!;
    const edit = await officer.lc!.put(`/api/cluster-scoring/criteria/${c.id}`, {
      code: '1.1',
      name: 'Sửa sau công bố',
      maxPoints: 30,
      reason: 'thử',
      version: c.version,
    });
    expect(edit.statusCode).toBe(409);
    expect((await officer.lc!.post(`${base()}/publish`)).statusCode).toBe(409);
    expect(
      (
        await officer.lc!.post(`${base()}/meetings`, {
          heldOn: '2026-01-20',
          presentCount: 5,
          rankingFor: 5,
          rankingAgainst: 0,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await officer.lc!.put(`${base()}/settings`, {
          version: 0,
          tieBreak: ['total'],
          flagCount: 1,
          certificateCount: 1,
          crossScoring: false,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('cross-scoring: a member never scores itself and a declared conflict is excluded', async () => {
    const y = 2024;
    const db = env.database.db;
    await db
      .insertInto('emulation_group_members')
      .values(
        Object.entries(agencies).map(([k, id]) => ({
          group_id: groupId,
          agency_id: id,
          year: y,
          role: k === 'sl' ? ('leader' as const) : ('member' as const),
        })),
      )
      .execute();
    const sl = officer.sl!;
    const b = `/api/cluster-scoring/${groupId}/${y}`;
    const set = await sl.put(`${b}/settings`, {
      version: 0,
      tieBreak: ['total', 'bonus'],
      flagCount: 1,
      certificateCount: 1,
      crossScoring: true,
      crossPerMember: 2,
      scoreBasis: 'leader-and-cross',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().tieBreakText).toBe('1) tổng điểm; 2) số điểm thưởng');
    // Lai Châu declares a conflict with Điện Biên before the sheets are opened.
    const conflict = await officer.lc!.post(`${b}/conflicts`, {
      scorerAgencyId: agencies.lc,
      scoredAgencyId: agencies.db,
      reason: 'Giám đốc hai Sở là người thân thích',
    });
    expect(conflict.statusCode, conflict.body).toBe(204);
    expect(
      (
        await officer.lc!.post(`${b}/conflicts`, {
          scorerAgencyId: agencies.db,
          scoredAgencyId: agencies.lc,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const g = await sl.post(`${b}/criteria-groups`, { code: 'I', name: 'Nhiệm vụ chính trị' });
    await sl.post(`/api/cluster-scoring/criteria-groups/${g.json().id}/criteria`, {
      code: '1.1',
      name: 'Chỉ tiêu',
      maxPoints: 10,
    });
    await sl.post(`${b}/covenant`, { title: 'Giao ước thi đua năm 2024' });
    const o = (await sl.get(b)).json() as Overview;
    await sl.post(`${b}/covenant/sign`, { version: o.covenant!.version, signedOn: '2024-03-01' });
    const cross = await db
      .selectFrom('cluster_score_sheets')
      .select(['scorer_agency_id', 'scored_agency_id'])
      .where('group_id', '=', groupId)
      .where('year', '=', y)
      .where('scorer_kind', '=', 'cross')
      .execute();
    expect(cross).toHaveLength(10);
    expect(cross.every((c) => c.scorer_agency_id !== c.scored_agency_id)).toBe(true);
    expect(cross.some((c) => c.scorer_agency_id === agencies.lc && c.scored_agency_id === agencies.db)).toBe(
      false,
    );
    // The database refuses a member cross-scoring itself whatever the application does.
    await expect(
      db
        .insertInto('cluster_score_sheets')
        .values({
          group_id: groupId,
          year: y,
          scored_agency_id: agencies.hb!,
          scorer_kind: 'cross',
          scorer_agency_id: agencies.hb!,
        })
        .execute(),
    ).rejects.toThrow();
  });
});
