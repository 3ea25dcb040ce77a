import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import { convertToPdf, findLibreOffice, pdfInfo } from '../../../../../packages/documents/src/pdf.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, multipartFile, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';
import { createProposal, markProposalDecided } from './service.ts';
import type { Actor } from '../../auth/actor.ts';

interface Item {
  id: number;
  code: string;
  status: string;
  generatable: boolean;
}

describe(`proposals with their dossiers up the chain (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let officer2: Client;
  let outsider: Client;
  let agencyId: number;
  let other: number;
  let unitId: number;
  let hang: number;
  let minh: number;
  let officerUserId: number;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const a = await buildAgency(db, { name: 'Sở Công Thương tỉnh Gia Lai' });
    agencyId = a.id;
    await db
      .updateTable('agencies')
      .set({
        short_name: 'Sở Công Thương',
        parent_name: 'UBND tỉnh Gia Lai',
        place_name: 'Gia Lai',
        symbol: 'SCT',
      })
      .where('id', '=', agencyId)
      .execute();
    other = (await buildAgency(db, { name: 'Sở Công Thương tỉnh Kon Tum' })).id;
    unitId = (await buildUnit(db, { agencyId, name: 'Phòng Quản lý Thương mại' })).id;
    const board = (await buildUnit(db, { agencyId, name: 'Ban Giám đốc' })).id;
    hang = (
      await buildPerson(db, {
        agencyId,
        unitId,
        fullName: 'Nguyễn Thị Hằng',
        gender: 'nu',
        position: 'Chuyên viên',
      })
    ).id;
    minh = (
      await buildPerson(db, { agencyId, unitId, fullName: 'Trần Văn Minh', position: 'Phó Trưởng phòng' })
    ).id;
    await buildPerson(db, {
      agencyId,
      unitId: board,
      fullName: 'Lê Văn Hùng',
      position: 'Giám đốc',
      isLeader: true,
    });
    await buildPerson(db, {
      agencyId,
      unitId: board,
      fullName: 'Phạm Thị Lan',
      gender: 'nu',
      position: 'Phó Giám đốc',
      isLeader: true,
    });
    const o = await buildUser(db, { role: 'officer', agencyId });
    officerUserId = o.id;
    officer = await login(env.app, o.username, o.password);
    const o2 = await buildUser(db, { role: 'officer', agencyId });
    officer2 = await login(env.app, o2.username, o2.password);
    const o3 = await buildUser(db, { role: 'officer', agencyId: other });
    outsider = await login(env.app, o3.username, o3.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  let bk: number;

  it('an officer proposes a Bằng khen of the provincial chairman for a person: authority, regime and the dossier come from the law', async () => {
    const r = await officer.post('/api/proposals', {
      year: 2025,
      kind: 'cong-trang',
      code: 'bang-khen-cap-tinh',
      achievementFrom: 2024,
      achievementTo: 2025,
      candidates: [
        { personId: hang, achievementSummary: 'Hoàn thành xuất sắc nhiệm vụ hai năm liên tục (2024, 2025).' },
      ],
    });
    expect(r.statusCode, r.body).toBe(201);
    const p = r.json();
    bk = p.id;
    expect(p.authority).toBe('chu-tich-ubnd-tinh');
    expect(p.authorityLabel).toBe('Chủ tịch UBND tỉnh');
    expect(p.title).toBe('Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025');
    expect(p.status).toBe('draft');
    expect(p.candidates[0].displayName).toBe('Bà Nguyễn Thị Hằng');
    expect(p.candidates[0].positionTitle).toBe('Chuyên viên Phòng Quản lý Thương mại');
    // rules.md §9.5: tờ trình, báo cáo thành tích, biên bản họp — one set, cited.
    expect(p.dossier.items.map((i: Item) => i.code)).toEqual([
      'to-trinh',
      'bao-cao-thanh-tich',
      'bien-ban-hop',
    ]);
    expect(p.dossier.complete).toBe(false);
    expect(p.dossier.items[0].citation).toMatch(/Luật TĐKT 2022/);
    expect(p.steps).toHaveLength(1);
    expect(p.steps[0].reason).toBe('Lập trực tiếp');
    // Another agency's officer sees nothing of it.
    expect((await outsider.get(`/api/proposals/${bk}`)).statusCode).toBe(403);
    expect((await outsider.get('/api/proposals?year=2025')).json()).toEqual([]);
  });

  it('two officers editing the same proposal: the second gets a conflict and nothing of its write is saved', async () => {
    const p = (await officer.get(`/api/proposals/${bk}`)).json();
    const body = (title: string, candidates: unknown[]) => ({
      year: 2025,
      kind: 'cong-trang',
      code: 'bang-khen-cap-tinh',
      achievementFrom: 2024,
      achievementTo: 2025,
      title,
      candidates,
      version: p.version,
    });
    const first = await officer.put(
      `/api/proposals/${bk}`,
      body('Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025 (đợt tổng kết)', [
        { personId: hang, achievementSummary: 'Hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025.' },
      ]),
    );
    expect(first.statusCode, first.body).toBe(200);
    const second = await officer2.put(
      `/api/proposals/${bk}`,
      body('Bản sửa của người thứ hai', [{ personId: hang }, { personId: minh }]),
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toMatch(/^Đề nghị đã được người khác sửa/);
    const now = (await officer2.get(`/api/proposals/${bk}`)).json();
    expect(now.title).toBe('Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025 (đợt tổng kết)');
    expect(now.candidates.map((c: { displayName: string }) => c.displayName)).toEqual(['Bà Nguyễn Thị Hằng']);
    expect(now.candidates[0].achievementSummary).toBe('Hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025.');
    expect(now.version).toBe(p.version + 1);
    // A stale workflow step is refused the same way.
    const stale = await officer2.post(`/api/proposals/${bk}/transition`, {
      action: 'submit',
      version: p.version,
    });
    expect(stale.statusCode).toBe(409);
    const audits = await env.database.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'proposals')
      .where('entity_id', '=', String(bk))
      .execute();
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('moves through the workflow; sending is blocked while the dossier is incomplete (422, Vietnamese list), then sent and pending', async () => {
    let p = (await officer.get(`/api/proposals/${bk}`)).json();
    const step = async (action: string, extra: Record<string, unknown> = {}) => {
      const r = await officer.post(`/api/proposals/${bk}/transition`, {
        action,
        version: p.version,
        ...extra,
      });
      if (r.statusCode === 200) p = r.json();
      return r;
    };
    expect((await step('submit', { onDate: '2025-03-03' })).statusCode).toBe(200);
    expect((await step('check', { onDate: '2025-03-04' })).statusCode).toBe(200);
    const ret = await step('return');
    expect(ret.statusCode).toBe(400);
    expect(ret.json().path).toBe('reason');
    expect((await step('to-council', { onDate: '2025-03-06' })).statusCode).toBe(200);
    expect((await step('to-signing', { onDate: '2025-03-07' })).statusCode).toBe(200);
    const blocked = await step('send', { onDate: '2025-03-12' });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().code).toBe('dossier-incomplete');
    expect(blocked.json().message).toMatch(/Hồ sơ chưa đủ/);
    expect(blocked.json().message).toMatch(/Tờ trình đề nghị khen thưởng/);
    expect(blocked.json().details.map((d: { path: string }) => d.path)).toEqual([
      'dossier.to-trinh',
      'dossier.bao-cao-thanh-tich',
      'dossier.bien-ban-hop',
    ]);
    expect((await officer.get(`/api/proposals/${bk}`)).json().status).toBe('signing');

    // Upload the report and the minutes; generate the tờ trình.
    for (const code of ['bao-cao-thanh-tich', 'bien-ban-hop']) {
      const item = p.dossier.items.find((i: Item) => i.code === code);
      const f = multipartFile('file', `${code}.pdf`, Buffer.from(`%PDF-1.4 ${code}`), 'application/pdf');
      const up = await officer.inject({
        method: 'POST',
        url: `/api/proposals/${bk}/dossier/${item.id}/file`,
        payload: f.payload,
        headers: f.headers,
      });
      expect(up.statusCode, up.body).toBe(200);
      p = up.json();
    }
    const tt = p.dossier.items.find((i: Item) => i.code === 'to-trinh');
    const gen = await officer.post(`/api/proposals/${bk}/dossier/${tt.id}/generate`);
    expect(gen.statusCode, gen.body).toBe(200);
    p = gen.json();
    expect(p.dossier.complete).toBe(true);
    expect(p.dossier.items.find((i: Item) => i.code === 'to-trinh').status).toBe('generated');
    const dl = await officer.get(`/api/proposals/${bk}/dossier/${tt.id}/file`);
    expect(dl.statusCode).toBe(200);
    expect(inspectDocx(dl.rawPayload).allParagraphs.some((x) => /TỜ TRÌNH/.test(x.text))).toBe(true);

    const sent = await step('send', { onDate: '2025-03-12' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(p.status).toBe('sent');
    expect(p.sentOn).toBe('2025-03-12');
    expect(p.sentTo).toMatch(/Ủy ban nhân dân tỉnh Gia Lai/);
    expect(
      p.steps.map((s: { toStatus: string; onDate: string }) => `${s.toStatus} ${s.onDate}`).slice(1),
    ).toEqual([
      'unit 2025-03-03',
      'officer-check 2025-03-04',
      'council 2025-03-06',
      'signing 2025-03-07',
      'sent 2025-03-12',
    ]);

    const board = (await officer.get('/api/proposals/pending')).json();
    expect(board.map((g: { label: string }) => g.label)).toEqual(['Chủ tịch UBND tỉnh']);
    expect(board[0].items[0].waitingText).toBe('chờ Chủ tịch UBND tỉnh từ 12/03/2025');
    expect(board[0].items[0].daysWaiting).toBeGreaterThan(0);
    const audits = await env.database.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'proposals')
      .where('entity_id', '=', String(bk))
      .where('action', 'like', 'workflow:%')
      .execute();
    expect(audits).toHaveLength(5);
  });

  it('the tờ trình and the danh sách are Decree 30 documents that open in LibreOffice', async () => {
    const r = await officer.get(`/api/proposals/${bk}/documents/to-trinh`);
    expect(r.statusCode).toBe(200);
    const doc = inspectDocx(r.rawPayload);
    const text = doc.allParagraphs.map((x) => x.text).join('\n');
    for (const s of [
      'UBND TỈNH GIA LAI',
      'SỞ CÔNG THƯƠNG',
      'Số: …/TTr-SCT',
      'Gia Lai, ngày 12 tháng 3 năm 2025',
      'TỜ TRÌNH',
      'Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025',
      'Kính gửi: Ủy ban nhân dân tỉnh Gia Lai',
      'Căn cứ Luật Thi đua, khen thưởng',
      'Bà Nguyễn Thị Hằng, Chuyên viên Phòng Quản lý Thương mại',
      'Nơi nhận',
      'GIÁM ĐỐC',
      'Lê Văn Hùng',
    ])
      expect(text).toContain(s);
    const kt = inspectDocx(
      (await officer.get(`/api/proposals/${bk}/documents/to-trinh?signer=pho-giam-doc`)).rawPayload,
    );
    const ktText = kt.allParagraphs.map((x) => x.text).join('\n');
    expect(ktText).toContain('KT. GIÁM ĐỐC');
    expect(ktText).toContain('PHÓ GIÁM ĐỐC');
    expect(ktText).toContain('Phạm Thị Lan');
    const list = await officer.get(`/api/proposals/${bk}/documents/danh-sach`);
    const ld = inspectDocx(list.rawPayload);
    const table = ld.tables.find((t) => t.texts[0]?.[0] === 'STT')!;
    expect(table.texts[0]).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Hình thức',
      'Thành tích tóm tắt',
    ]);
    expect(table.texts[1]).toEqual([
      '1',
      'Bà Nguyễn Thị Hằng',
      'Chuyên viên Phòng Quản lý Thương mại',
      'Phòng Quản lý Thương mại',
      'Bằng khen của Chủ tịch UBND tỉnh',
      'Hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025.',
    ]);
    if (findLibreOffice()) {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-proposal-'));
      try {
        const file = path.join(tmp, 'to-trinh.docx');
        fs.writeFileSync(file, r.rawPayload);
        const pdf = await convertToPdf(file, path.join(tmp, 'out'));
        expect((await pdfInfo(pdf)).pages).toBeGreaterThan(0);
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    }
    const x = await officer.get('/api/proposals/export.xlsx?year=2025');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toMatch(/spreadsheetml/);
  });

  it('a decision recorded for the sent proposal marks it decided (markProposalDecided, in the caller transaction)', async () => {
    const db = env.database.db;
    const decisionId = (
      await db
        .insertInto('decisions')
        .values({
          agency_id: agencyId,
          source: 'received',
          authority: 'chu-tich-ubnd-tinh',
          number: '245',
          symbol: 'QĐ-UBND',
          decided_on: '2025-04-02',
          year: 2025,
          code: 'bang-khen-cap-tinh',
          proposal_id: bk,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const done = await db.transaction().execute((trx) => markProposalDecided(trx, bk, decisionId));
    expect(done).toBe(true);
    const p = (await officer.get(`/api/proposals/${bk}`)).json();
    expect(p.status).toBe('decided');
    expect(p.steps.at(-1).reason).toBe('Quyết định số 245/QĐ-UBND ngày 02/04/2025');
    expect((await officer.get('/api/proposals/pending')).json()).toEqual([]);
    expect(await db.transaction().execute((trx) => markProposalDecided(trx, bk, decisionId))).toBe(false);
  });

  it('a returned proposal keeps the reason; cluster scoring creates an agency (collective) proposal through createProposal', async () => {
    const r = await officer.post('/api/proposals', {
      year: 2025,
      kind: 'cong-trang',
      code: 'chien-si-thi-dua-cap-tinh',
      candidates: [{ personId: minh }],
    });
    expect(r.statusCode, r.body).toBe(201);
    let p = r.json();
    expect(p.dossier.items.map((i: Item) => i.code)).toContain('ket-qua-bo-phieu-kin');
    expect(p.candidates[0].eligibility?.target).toBe('chien-si-thi-dua-cap-tinh');
    p = (
      await officer.post(`/api/proposals/${p.id}/transition`, { action: 'submit', version: p.version })
    ).json();
    const ret = await officer.post(`/api/proposals/${p.id}/transition`, {
      action: 'return',
      version: p.version,
      reason: 'Thiếu 3 năm liên tục Chiến sĩ thi đua cơ sở.',
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(ret.json().returnedReason).toBe('Thiếu 3 năm liên tục Chiến sĩ thi đua cơ sở.');

    const actor: Actor = {
      userId: officerUserId,
      username: 'officer',
      displayName: 'Cán bộ',
      personId: null,
      agencyId,
      mustChangePassword: false,
      roles: [{ role: 'officer', agencyId, unitId: null, groupId: null, scopeName: null }],
      reviewerAgencyIds: [],
      sessionId: 's',
      csrfToken: 'c',
    };
    const ctx = {
      db: env.database.db,
      engine: env.database.engine,
      config: { timeZone: 'Asia/Ho_Chi_Minh' },
    };
    const id = await createProposal(ctx as never, actor, {
      year: 2024,
      kind: 'cong-trang',
      code: 'co-thi-dua-cap-tinh',
      origin: 'cluster-scoring',
      originNote: 'Cụm thi đua V suy tôn dẫn đầu năm 2024',
      candidates: [{ agencyId: other, achievementSummary: 'Dẫn đầu Cụm thi đua V năm 2024.' }],
    });
    const c = (await officer.get(`/api/proposals/${id}`)).json();
    expect(c.authority).toBe('chu-tich-ubnd-tinh');
    expect(c.candidates[0]).toMatchObject({
      subjectKind: 'agency',
      displayName: 'Sở Công Thương tỉnh Kon Tum',
    });
    expect(c.steps[0].reason).toBe(
      'Từ kết quả chấm điểm, suy tôn của cụm, khối thi đua: Cụm thi đua V suy tôn dẫn đầu năm 2024',
    );
  });

  it('the simplified procedure is only for a sudden feat meeting all three conditions, with its short dossier', async () => {
    const base = {
      year: 2025,
      kind: 'dot-xuat',
      code: 'giay-khen',
      procedure: 'simplified',
      candidates: [
        { personId: minh, achievementSummary: 'Dũng cảm cứu tài sản của Nhà nước trong vụ cháy chợ.' },
      ],
    };
    const no = await officer.post('/api/proposals', {
      ...base,
      simplified: { politicalNeed: true, suddenOutstandingAct: true, achievementClear: false },
    });
    expect(no.statusCode).toBe(400);
    expect(no.json().message).toMatch(/thủ tục đơn giản/);
    const wrongKind = await officer.post('/api/proposals', { ...base, kind: 'cong-trang' });
    expect(wrongKind.statusCode).toBe(400);
    const ok = await officer.post('/api/proposals', {
      ...base,
      simplified: { politicalNeed: true, suddenOutstandingAct: true, achievementClear: true },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().authority).toBe('giam-doc-so');
    expect(ok.json().dossier.items.map((i: Item) => i.code)).toEqual(['to-trinh', 'tom-tat-thanh-tich']);
  });

  it('imports the candidates a council session elected, with their vote; a proposal written without a checklist gets one', async () => {
    const db = env.database.db;
    const councilId = (
      await db
        .insertInto('councils')
        .values({
          kind: 'thi-dua-khen-thuong',
          agency_id: agencyId,
          name: 'Hội đồng Thi đua – Khen thưởng Sở',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const sessionId = (
      await db
        .insertInto('council_sessions')
        .values({
          council_id: councilId,
          agency_id: agencyId,
          year: 2025,
          purpose: 'binh-xet',
          held_on: '2025-12-10',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const roundId = (
      await db
        .insertInto('council_rounds')
        .values({ session_id: sessionId, round_no: 1 })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await db
      .insertInto('council_candidates')
      .values([
        {
          round_id: roundId,
          position: 1,
          code: 'giay-khen',
          subject_kind: 'person',
          person_id: hang,
          yes_count: 9,
          no_count: 0,
          abstain_count: 0,
          result: 'passed',
        },
        {
          round_id: roundId,
          position: 2,
          code: 'giay-khen',
          subject_kind: 'person',
          person_id: minh,
          yes_count: 3,
          no_count: 6,
          abstain_count: 0,
          result: 'failed',
        },
      ])
      .execute();
    const sessions = (await officer.get('/api/proposals/council-sessions?year=2025')).json();
    expect(sessions).toEqual([
      expect.objectContaining({
        sessionId,
        code: 'giay-khen',
        passed: 1,
        councilName: 'Hội đồng Thi đua – Khen thưởng Sở',
      }),
    ]);
    const r = await officer.post('/api/proposals', {
      year: 2025,
      kind: 'cong-trang',
      code: 'giay-khen',
      sessionId,
      importFromSession: true,
      origin: 'council',
    });
    expect(r.statusCode, r.body).toBe(201);
    const p = r.json();
    expect(p.candidates.map((c: { displayName: string }) => c.displayName)).toEqual(['Bà Nguyễn Thị Hằng']);
    expect(p.candidates[0].vote).toMatchObject({ yes: 9, no: 0, result: 'passed' });
    expect(p.sessionId).toBe(sessionId);

    const direct = (
      await db
        .insertInto('proposals')
        .values({
          agency_id: agencyId,
          year: 2025,
          kind: 'cong-trang',
          code: 'co-thi-dua-cap-tinh',
          authority: 'chu-tich-ubnd-tinh',
          title: 'Đề nghị tặng Cờ thi đua của UBND tỉnh năm 2025',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const got = (await officer.get(`/api/proposals/${direct}`)).json();
    expect(got.dossier.items.map((i: Item) => i.code)).toEqual([
      'to-trinh',
      'bao-cao-thanh-tich',
      'bien-ban-hop',
      'ket-qua-bo-phieu-kin',
    ]);
  });

  it('a unit head sees the proposals naming their unit or its people, not the rest of the agency', async () => {
    const db = env.database.db;
    const h1 = await buildUser(db, { role: 'unit-head', agencyId, unitId });
    const otherUnit = await buildUnit(db, { agencyId, name: 'Thanh tra' });
    const h2 = await buildUser(db, { role: 'unit-head', agencyId, unitId: otherUnit.id });
    const head = await login(env.app, h1.username, h1.password);
    const stranger = await login(env.app, h2.username, h2.password);
    const mine = (await head.get('/api/proposals?year=2025')).json();
    expect(mine.length).toBeGreaterThan(0);
    expect(
      mine.every((p: { candidateNames: string | null }) => /Hằng|Minh/.test(p.candidateNames ?? '')),
    ).toBe(true);
    expect((await head.get(`/api/proposals/${bk}`)).statusCode).toBe(200);
    expect((await stranger.get('/api/proposals?year=2025')).json()).toEqual([]);
    expect((await stranger.get(`/api/proposals/${bk}`)).statusCode).toBe(403);
    expect((await stranger.get('/api/proposals/pending')).json()).toEqual([]);
    // A unit head drafts for their own people only.
    const own = await head.post('/api/proposals', {
      year: 2025,
      kind: 'cong-trang',
      code: 'giay-khen',
      candidates: [{ personId: minh }],
    });
    expect(own.statusCode, own.body).toBe(201);
    const foreign = await stranger.post('/api/proposals', {
      year: 2025,
      kind: 'cong-trang',
      code: 'giay-khen',
      candidates: [{ personId: minh }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().message).toBe('Ông Trần Văn Minh không thuộc đơn vị của bạn.');
  });
});
