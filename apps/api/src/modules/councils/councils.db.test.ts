import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import {
  convertToPdf,
  findLibreOffice,
  hasBinary,
  pdfInfo,
} from '../../../../../packages/documents/src/pdf.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';
import { electedCandidates } from './service.ts';
import { renderMinutesDocx } from './minutes.ts';

interface Candidate {
  id: number;
  code: string;
  name: string;
  person_id: number | null;
  result: string;
  version: number;
  yes_count: number | null;
  eligibility: { status: string; citations: string[] } | null;
  tally: { tied?: boolean; slots?: number | null; passedThreshold?: boolean } | null;
}
interface Round {
  round: { id: number; round_no: number; version: number; status: string; reason: string | null };
  candidates: Candidate[];
  tied: boolean;
  voted: number;
}
interface Session {
  session: { id: number; version: number; status: string; quorum: number; member_count: number };
  members: { id: number; full_name: string; role: string; attendance: string }[];
  present: number;
  quorumMet: boolean;
  quotas: { code: string; used: number; limit: number; granted: number; text: string; full: boolean }[];
  rounds: Round[];
}

describe(`bình xét: the council votes secretly within quotas (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let admin: Client;
  let head: Client;
  let outsider: Client;
  const voters: Record<string, Client> = {};
  let sessionId: number;
  let unitId: number;
  const people: Record<string, { id: number }> = {};
  const receipts: string[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-council-'));

  const session = async (): Promise<Session> => {
    const r = await officer.get(`/api/council-sessions/${sessionId}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Session;
  };
  const byName = (s: Session, round: number, name: string) =>
    s.rounds.find((r) => r.round.round_no === round)!.candidates.find((c) => c.name === name)!;
  /** One member's ballot: yes to the names listed, no to the others. */
  const vote = async (who: string, round: Round, yesTo: string[]) => {
    const r = await voters[who]!.post(`/api/council-rounds/${round.round.id}/ballots`, {
      choices: round.candidates.map((c) => ({
        candidateId: c.id,
        choice: yesTo.includes(c.name) ? 'yes' : 'no',
      })),
    });
    expect(r.statusCode, r.body).toBe(201);
    receipts.push((r.json() as { receipt: string }).receipt);
    return r;
  };

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const agency = await buildAgency(db, { name: 'Sở Công Thương' });
    await db
      .updateTable('agencies')
      .set({ parent_name: 'UBND tỉnh Gia Lai', place_name: 'Gia Lai', symbol: 'SCT' })
      .where('id', '=', agency.id)
      .execute();
    const vp = await buildUnit(db, { agencyId: agency.id, name: 'Văn phòng', code: 'VP' });
    const qltm = await buildUnit(db, { agencyId: agency.id, name: 'Phòng Quản lý Thương mại', code: 'QLTM' });
    unitId = qltm.id;
    const names: [string, string, number][] = [
      ['chair', 'Nguyễn Văn Hùng', vp.id],
      ['secretary', 'Trần Thị Lan', vp.id],
      ['m1', 'Lê Văn Minh', vp.id],
      ['m2', 'Phạm Thị Ngọc', vp.id],
      ['m3', 'Hoàng Văn Phúc', vp.id],
      ['m4', 'Đỗ Thị Quyên', vp.id],
      ['an', 'Đặng Văn An', qltm.id],
      ['binh', 'Trần Văn Bình', qltm.id],
      ['cuc', 'Lê Thị Cúc', qltm.id],
      ['dung', 'Phạm Minh Dũng', qltm.id],
    ];
    for (const [k, fullName, u] of names) people[k] = await buildPerson(db, { unitId: u, fullName });
    // 14 people rated HTTNV or better in 2025 → CSTĐCS quota floor(15% × 14) = 2.
    const extra = [];
    for (let i = 0; i < 4; i++)
      extra.push(await buildPerson(db, { unitId: vp.id, fullName: `Vũ Văn Khải ${i}` }));
    await db
      .insertInto('ratings')
      .values(
        [...Object.values(people), ...extra].map((p, i) => ({
          agency_id: agency.id,
          person_id: p.id,
          unit_id: i < 6 || i >= 10 ? vp.id : qltm.id,
          year: 2025,
          final_rating: i % 3 === 0 ? ('htxsnv' as const) : ('httnv' as const),
        })),
      )
      .execute();
    const o = await buildUser(db, { role: 'officer', agencyId: agency.id });
    officer = await login(env.app, o.username, o.password);
    const a = await buildUser(db, { role: 'admin' });
    admin = await login(env.app, a.username, a.password);
    const h = await buildUser(db, { role: 'unit-head', unitId: qltm.id, personId: people.an!.id });
    head = await login(env.app, h.username, h.password);
    const x = await buildUser(db, { role: 'council', agencyId: agency.id });
    outsider = await login(env.app, x.username, x.password);
    for (const k of ['chair', 'secretary', 'm1', 'm2', 'm3', 'm4']) {
      const u = await buildUser(db, { role: 'council', personId: people[k]!.id, agencyId: agency.id });
      voters[k] = await login(env.app, u.username, u.password);
    }
    const c = await officer.post('/api/emulation-councils', {
      name: 'Hội đồng Thi đua – Khen thưởng Sở Công Thương',
      establishedBy: 'Quyết định số 05/QĐ-SCT ngày 03/01/2025',
      members: [
        { personId: people.chair!.id, role: 'chair', title: 'Giám đốc Sở' },
        { personId: people.secretary!.id, role: 'secretary' },
        { personId: people.m1!.id, role: 'member' },
        { personId: people.m2!.id, role: 'member' },
        { personId: people.m3!.id, role: 'member' },
        { personId: people.m4!.id, role: 'member' },
      ],
    });
    expect(c.statusCode, c.body).toBe(201);
    const s = await officer.post('/api/council-sessions', {
      councilId: (c.json() as { council: { id: number } }).council.id,
      year: 2025,
      heldOn: '2025-12-18',
      place: 'Phòng họp tầng 2, Sở Công Thương',
    });
    expect(s.statusCode, s.body).toBe(201);
    sessionId = (s.json() as Session).session.id;
  }, 120_000);

  afterAll(async () => {
    await env?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the unit meeting votes openly and its proposals (more than half of those present) feed the session', async () => {
    const m = await head.post('/api/unit-meetings', {
      unitId,
      year: 2025,
      heldOn: '2025-12-05',
      chairedBy: people.an!.id,
      totalCount: 4,
      presentCount: 4,
    });
    expect(m.statusCode, m.body).toBe(201);
    const meeting = (m.json() as { meeting: { id: number; version: number } }).meeting;
    const bad = await head.put(`/api/unit-meetings/${meeting.id}`, {
      version: meeting.version,
      totalCount: 4,
      presentCount: 4,
      candidates: [
        {
          code: 'chien-si-thi-dua-co-so',
          personId: people.binh!.id,
          yes: 2,
          no: 2,
          abstain: 0,
          proposed: true,
        },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/quá nửa số người có mặt đồng ý \(2\/4\)/);
    const ok = await head.put(`/api/unit-meetings/${meeting.id}`, {
      version: meeting.version,
      totalCount: 4,
      presentCount: 4,
      candidates: [
        {
          code: 'chien-si-thi-dua-co-so',
          personId: people.binh!.id,
          yes: 4,
          no: 0,
          abstain: 0,
          proposed: true,
        },
        {
          code: 'chien-si-thi-dua-co-so',
          personId: people.cuc!.id,
          yes: 3,
          no: 1,
          abstain: 0,
          proposed: true,
        },
        {
          code: 'chien-si-thi-dua-co-so',
          personId: people.dung!.id,
          yes: 3,
          no: 1,
          abstain: 0,
          proposed: true,
        },
        { code: 'lao-dong-tien-tien', personId: people.dung!.id, yes: 4, no: 0, abstain: 0, proposed: true },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const sub = await head.post(`/api/unit-meetings/${meeting.id}/submit`, { version: meeting.version + 1 });
    expect(sub.statusCode, sub.body).toBe(200);
    const doc = await head.get(`/api/unit-meetings/${meeting.id}/minutes.docx`);
    expect(doc.statusCode).toBe(200);
    const d = inspectDocx(doc.rawPayload);
    expect(d.tables.find((t) => t.texts[0]?.[0] === 'STT')!.texts[1]).toEqual(
      expect.arrayContaining(['Trần Văn Bình', 'Chiến sĩ thi đua cơ sở', '4/4', '100%', 'Đề nghị']),
    );

    const imp = await officer.post(`/api/council-sessions/${sessionId}/import-proposals`);
    expect(imp.statusCode, imp.body).toBe(200);
    // LĐTT is decided on the unit's proposal, not by the council's ballot.
    expect((imp.json() as { added: number }).added).toBe(3);
    const s = await session();
    const binh = byName(s, 1, 'Trần Văn Bình');
    expect(binh.code).toBe('chien-si-thi-dua-co-so');
    // The engine's verdict is frozen on the ballot with its citations.
    expect(binh.eligibility?.status).toMatch(/eligible|ineligible|needs-review/);
    expect(binh.eligibility?.citations.length).toBeGreaterThan(0);
    expect(s.quotas.find((q) => q.code === 'chien-si-thi-dua-co-so')).toMatchObject({
      limit: 2,
      used: 0,
      text: 'CSTĐCS: 0/2 đã dùng',
    });
  });

  it('voting opens only with the quorum present', async () => {
    let s = await session();
    expect(s.session.quorum).toBe(4); // two thirds of 6 members
    const att = await officer.put(`/api/council-sessions/${sessionId}/attendance`, {
      version: s.session.version,
      attendance: s.members.map((m, i) => ({ memberId: m.id, status: i < 3 ? 'present' : 'absent' })),
    });
    expect(att.statusCode, att.body).toBe(200);
    s = await session();
    const refused = await officer.post(`/api/council-sessions/${sessionId}/open`, {
      version: s.session.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toBe('Chưa đủ số thành viên dự họp: 3/6 có mặt, cần ít nhất 4.');
    const m4 = s.members.find((m) => m.full_name === 'Đỗ Thị Quyên')!;
    const att2 = await officer.put(`/api/council-sessions/${sessionId}/attendance`, {
      version: s.session.version,
      attendance: s.members.map((m) => ({ memberId: m.id, status: m.id === m4.id ? 'absent' : 'present' })),
    });
    expect(att2.statusCode, att2.body).toBe(200);
    s = await session();
    expect(s.present).toBe(5);
    const open = await officer.post(`/api/council-sessions/${sessionId}/open`, {
      version: s.session.version,
    });
    expect(open.statusCode, open.body).toBe(200);
  });

  it('members vote secretly once per round; an absent member and a non-member cannot; a receipt shows the ballot', async () => {
    const s = await session();
    const r1 = s.rounds[0]!;
    // 5 present; Bình 4 yes, Cúc 3, Dũng 3 → all pass (> 50% of 5 needs 3), CSTĐCS quota 2 binds with a tie.
    await vote('chair', r1, ['Trần Văn Bình', 'Lê Thị Cúc', 'Phạm Minh Dũng']);
    await vote('secretary', r1, ['Trần Văn Bình', 'Lê Thị Cúc', 'Phạm Minh Dũng']);
    await vote('m1', r1, ['Trần Văn Bình', 'Lê Thị Cúc']);
    await vote('m2', r1, ['Trần Văn Bình', 'Phạm Minh Dũng']);
    const twice = await voters.m1!.post(`/api/council-rounds/${r1.round.id}/ballots`, {
      choices: r1.candidates.map((c) => ({ candidateId: c.id, choice: 'yes' })),
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe(
      'Bạn đã bỏ phiếu ở vòng này. Mỗi thành viên chỉ được bỏ một phiếu mỗi vòng.',
    );
    const absent = await voters.m4!.post(`/api/council-rounds/${r1.round.id}/ballots`, {
      choices: r1.candidates.map((c) => ({ candidateId: c.id, choice: 'yes' })),
    });
    expect(absent.statusCode).toBe(400);
    expect(absent.json().message).toMatch(/vắng mặt/);
    const stranger = await outsider.post(`/api/council-rounds/${r1.round.id}/ballots`, {
      choices: r1.candidates.map((c) => ({ candidateId: c.id, choice: 'yes' })),
    });
    expect(stranger.statusCode).toBe(403);
    const partial = await voters.m3!.post(`/api/council-rounds/${r1.round.id}/ballots`, {
      choices: [{ candidateId: r1.candidates[0]!.id, choice: 'yes' }],
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().message).toMatch(/Phiếu chưa ghi ý kiến cho 2 người/);

    const check = await voters.m1!.post('/api/council-ballots/verify', { receipt: receipts[2] });
    expect(check.statusCode, check.body).toBe(200);
    const v = check.json() as { counted: boolean; choices: { name: string; choice: string }[] };
    expect(v.counted).toBe(false);
    expect(Object.fromEntries(v.choices.map((c) => [c.name, c.choice]))).toEqual({
      'Trần Văn Bình': 'yes',
      'Lê Thị Cúc': 'yes',
      'Phạm Minh Dũng': 'no',
    });
    const mine = await voters.m3!.get('/api/council-ballots/mine');
    expect((mine.json() as { voted: boolean }[])[0]!.voted).toBe(false);
  });

  it('no one, the administrator included, can link a ballot to its voter from the tables or the audit log', async () => {
    const db = env.database.db;
    // The ballot tables carry no voter, no sequence, no time.
    const cols = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_name IN ('council_ballots', 'council_ballot_choices') ORDER BY table_name, ordinal_position`.execute(
      db,
    );
    expect(cols.rows.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'council_ballot_choices.ballot_id',
      'council_ballot_choices.candidate_id',
      'council_ballot_choices.choice',
      'council_ballots.id',
      'council_ballots.round_id',
      'council_ballots.receipt_hash',
    ]);
    // Every ballot and choice of the round was rewritten by the last vote: one transaction id for all, so
    // the row versions cannot be matched with the voter marks' (one per vote).
    const s = await session();
    const roundId = s.rounds[0]!.round.id;
    const ballotX = await sql<{ x: string }>`
      SELECT DISTINCT xmin::text AS x FROM council_ballots WHERE round_id = ${roundId}`.execute(db);
    const choiceX = await sql<{ x: string }>`
      SELECT DISTINCT c.xmin::text AS x FROM council_ballot_choices c JOIN council_ballots b ON b.id = c.ballot_id
      WHERE b.round_id = ${roundId}`.execute(db);
    const voterX = await sql<{ x: string }>`
      SELECT DISTINCT xmin::text AS x FROM council_voters WHERE round_id = ${roundId}`.execute(db);
    expect(ballotX.rows).toHaveLength(1);
    expect(choiceX.rows).toEqual(ballotX.rows);
    expect(voterX.rows).toHaveLength(4);
    // The admin's whole view of the audit log holds neither choices, ballot ids nor receipts.
    const ballots = await db.selectFrom('council_ballots').select(['id', 'receipt_hash']).execute();
    const audit = await admin.get('/api/audit?pageSize=200');
    expect(audit.statusCode).toBe(200);
    const rows = await db.selectFrom('audit_log').selectAll().where('action', '=', 'vote').execute();
    expect(rows).toHaveLength(4);
    const everything = JSON.stringify(await db.selectFrom('audit_log').selectAll().execute()) + audit.body;
    for (const b of ballots) {
      expect(everything).not.toContain(b.id);
      expect(everything).not.toContain(b.receipt_hash);
    }
    for (const r of receipts) expect(everything).not.toContain(r);
    for (const row of rows) expect(JSON.stringify(row.after)).not.toMatch(/yes|"no"|choice|receipt/);
    // The session page tells who voted (attendance is public), never what.
    const page = await admin.get(`/api/council-sessions/${sessionId}`);
    expect(page.body).not.toMatch(/receipt/);
  });

  it('the secretary enters paper ballots as counts, marked as paper; the member who handed one in cannot vote again', async () => {
    const s = await session();
    const r1 = s.rounds[0]!;
    const m3 = s.members.find((m) => m.full_name === 'Hoàng Văn Phúc')!;
    const wrong = await officer.post(`/api/council-rounds/${r1.round.id}/paper`, {
      memberIds: [m3.id],
      tallies: r1.candidates.map((c) => ({ candidateId: c.id, yes: 1, no: 1, abstain: 0, invalid: 0 })),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details[0].message).toMatch(/phải bằng số phiếu giấy đã nộp \(1\)/);
    // Hoàng Văn Phúc hands in a paper ballot: yes to Bình and Cúc... and to Dũng, making the tie 4–4.
    const ok = await officer.post(`/api/council-rounds/${r1.round.id}/paper`, {
      memberIds: [m3.id],
      tallies: r1.candidates.map((c) => ({
        candidateId: c.id,
        yes: c.name === 'Trần Văn Bình' ? 0 : 1,
        no: c.name === 'Trần Văn Bình' ? 1 : 0,
        abstain: 0,
        invalid: 0,
      })),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const again = await voters.m3!.post(`/api/council-rounds/${r1.round.id}/ballots`, {
      choices: r1.candidates.map((c) => ({ candidateId: c.id, choice: 'yes' })),
    });
    expect(again.statusCode).toBe(409);
  });

  it('the count applies the threshold per title and regime, ranks within the quota and sends a tie to a further round', async () => {
    let s = await session();
    const r1 = s.rounds[0]!;
    const closed = await officer.post(`/api/council-rounds/${r1.round.id}/close`, {
      version: r1.round.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    s = closed.json() as Session;
    // Bình 4 (electronic 4 + paper 0); Cúc 3 + 1 = 4; Dũng 3 + 1 = 4 → all pass, 3 for 2 places, tie at 4.
    const binh = byName(s, 1, 'Trần Văn Bình');
    const cuc = byName(s, 1, 'Lê Thị Cúc');
    const dung = byName(s, 1, 'Phạm Minh Dũng');
    expect([binh.yes_count, cuc.yes_count, dung.yes_count]).toEqual([4, 4, 4]);
    expect([binh.result, cuc.result, dung.result]).toEqual([
      'passed-over-quota',
      'passed-over-quota',
      'passed-over-quota',
    ]);
    expect(s.rounds[0]!.tied).toBe(true);
    const receipt = await voters.chair!.post('/api/council-ballots/verify', { receipt: receipts[0] });
    expect(receipt.json()).toMatchObject({ counted: true, roundNo: 1 });

    const next = await officer.post(`/api/council-rounds/${r1.round.id}/next`);
    expect(next.statusCode, next.body).toBe(200);
    s = next.json() as Session;
    const r2 = s.rounds[1]!;
    expect(r2.round.reason).toBe('CSTĐCS: 3 người bằng phiếu, còn 2 chỉ tiêu');
    expect(r2.candidates.map((c) => c.name).sort()).toEqual([
      'Lê Thị Cúc',
      'Phạm Minh Dũng',
      'Trần Văn Bình',
    ]);
    await vote('chair', r2, ['Trần Văn Bình', 'Lê Thị Cúc', 'Phạm Minh Dũng']);
    await vote('secretary', r2, ['Trần Văn Bình', 'Lê Thị Cúc']);
    await vote('m1', r2, ['Trần Văn Bình', 'Phạm Minh Dũng']);
    await vote('m2', r2, ['Trần Văn Bình', 'Lê Thị Cúc', 'Phạm Minh Dũng']);
    await vote('m3', r2, ['Lê Thị Cúc']);
    const c2 = await officer.post(`/api/council-rounds/${r2.round.id}/close`, { version: r2.round.version });
    expect(c2.statusCode, c2.body).toBe(200);
    s = c2.json() as Session;
    expect(byName(s, 2, 'Trần Văn Bình').result).toBe('passed');
    expect(byName(s, 2, 'Lê Thị Cúc').result).toBe('passed');
    expect(byName(s, 2, 'Phạm Minh Dũng')).toMatchObject({ result: 'passed-over-quota', yes_count: 3 });
    expect(s.quotas.find((q) => q.code === 'chien-si-thi-dua-co-so')!.text).toBe('CSTĐCS: 2/2 đã dùng');
  });

  it('kiểm phiếu lại reproduces the stored tally from the ballots, and notices a tampered count', async () => {
    const s = await session();
    for (const r of s.rounds) {
      const again = await officer.post(`/api/council-rounds/${r.round.id}/recount`);
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json()).toMatchObject({ matches: true, differences: [] });
    }
    const db = env.database.db;
    const target = byName(s, 2, 'Lê Thị Cúc');
    await db.updateTable('council_candidates').set({ yes_count: 5 }).where('id', '=', target.id).execute();
    const tampered = await officer.post(`/api/council-rounds/${s.rounds[1]!.round.id}/recount`);
    expect(tampered.json()).toMatchObject({
      matches: false,
      differences: [{ name: 'Lê Thị Cúc', field: 'yes', stored: '5', recomputed: '4' }],
    });
    await db.updateTable('council_candidates').set({ yes_count: 4 }).where('id', '=', target.id).execute();
  });

  it('the quota blocks one more CSTĐCS until an authorised user gives a reason (audited)', async () => {
    let s = await session();
    const dung = byName(s, 2, 'Phạm Minh Dũng');
    const blocked = await officer.post(`/api/council-candidates/${dung.id}/elect`, { version: dung.version });
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().message).toBe(
      'CSTĐCS: 2/2 đã dùng. Công nhận vượt chỉ tiêu phải do người có thẩm quyền quyết định và ghi rõ lý do.',
    );
    const ok = await officer.post(`/api/council-candidates/${dung.id}/elect`, {
      version: dung.version,
      reason: 'Có sáng kiến cấp tỉnh năm 2025, Giám đốc Sở quyết định công nhận vượt chỉ tiêu.',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    s = ok.json() as Session;
    expect(s.quotas.find((q) => q.code === 'chien-si-thi-dua-co-so')!.text).toBe(
      'CSTĐCS: 3/2 đã dùng (vượt 1, có quyết định kèm lý do)',
    );
    const db = env.database.db;
    const o = await db.selectFrom('quota_overrides').selectAll().executeTakeFirstOrThrow();
    expect(o).toMatchObject({ target: 'chien-si-thi-dua-co-so', quota_limit: 2, granted: 3, base: 14 });
    const audit = await db
      .selectFrom('audit_log')
      .select(['summary'])
      .where('action', '=', 'quota-override')
      .executeTakeFirstOrThrow();
    expect(audit.summary).toMatch(/Công nhận vượt chỉ tiêu CSTĐCS \(3\/2\): Có sáng kiến cấp tỉnh/);
    // The recount still agrees: the override is part of the stored result.
    const again = await officer.post(`/api/council-rounds/${s.rounds[1]!.round.id}/recount`);
    expect(again.json()).toMatchObject({ matches: true });
  });

  it('the results reach proposals, and the minutes .docx has the tallies, the paper ballots and both signatures', async () => {
    let s = await session();
    const concl = await officer.put(`/api/council-sessions/${sessionId}`, {
      version: s.session.version,
      minutes: 'Hội đồng thống nhất đề nghị Giám đốc Sở công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2025.',
    });
    expect(concl.statusCode, concl.body).toBe(200);
    s = concl.json() as Session;
    const closed = await officer.post(`/api/council-sessions/${sessionId}/close`, {
      version: s.session.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    s = closed.json() as Session;
    const elected = await electedCandidates({ db: env.database.db }, sessionId);
    expect(elected.map((e) => [e.name, e.roundNo, e.yes, e.members, e.present]).sort()).toEqual([
      ['Lê Thị Cúc', 2, 4, 6, 5],
      ['Phạm Minh Dũng', 2, 3, 6, 5],
      ['Trần Văn Bình', 2, 4, 6, 5],
    ]);
    expect(elected.find((e) => e.name === 'Phạm Minh Dũng')!.overQuotaReason).toMatch(/sáng kiến cấp tỉnh/);

    const r = await officer.get(`/api/council-sessions/${sessionId}/minutes.docx`);
    expect(r.statusCode).toBe(200);
    const doc = inspectDocx(r.rawPayload);
    const text = doc.allParagraphs.map((p) => p.text).join('\n');
    expect(text).toMatch(/SỞ CÔNG THƯƠNG/);
    expect(text).toMatch(/BIÊN BẢN/);
    expect(text).toMatch(/Hôm nay, ngày 18 tháng 12 năm 2025, tại Phòng họp tầng 2/);
    expect(text).toMatch(/Chủ trì: Nguyễn Văn Hùng – Chủ tịch Hội đồng\. Thư ký: Trần Thị Lan/);
    expect(text).toMatch(/Thành viên có mặt \(5\/6\)/);
    expect(text).toMatch(/Đỗ Thị Quyên – Ủy viên \(vắng mặt\)/);
    expect(text).toMatch(/Số thành viên dự họp: 5\/6; số thành viên tối thiểu để cuộc họp hợp lệ: 4/);
    expect(text).toMatch(/Chiến sĩ thi đua cơ sở – vòng 2/);
    expect(text).toMatch(/III\. Ý KIẾN THẢO LUẬN VÀ KẾT LUẬN\nHội đồng thống nhất đề nghị Giám đốc Sở/);
    expect(text).toMatch(/THƯ KÝ/);
    expect(text).toMatch(/CHỦ TỊCH HỘI ĐỒNG/);
    const tallies = doc.tables.filter((t) => t.texts[0]?.[0] === 'STT');
    const round1 = tallies[0]!;
    expect(round1.texts[0]).toEqual([
      'STT',
      'Họ và tên / Đơn vị',
      'Đồng ý',
      'Không đồng ý',
      'Phiếu hợp lệ',
      'Tỷ lệ',
      'Phiếu giấy',
      'Kết quả',
    ]);
    const cuc1 = round1.texts.find((row) => row[1]?.startsWith('Lê Thị Cúc'))!;
    expect(cuc1.slice(2)).toEqual([
      '4',
      '1',
      '5',
      '80%',
      'phiếu giấy: 1 (đồng ý 1)',
      'Bằng phiếu, bỏ phiếu lại',
    ]);
    const round2 = tallies[1]!;
    expect(round2.texts.find((row) => row[1]?.startsWith('Phạm Minh Dũng'))!.at(-1)).toBe(
      'Đạt (vượt chỉ tiêu)',
    );

    // The same document for a dossier, without a user.
    const forDossier = await renderMinutesDocx({ db: env.database.db }, sessionId);
    expect(inspectDocx(forDossier.buffer).tables.filter((t) => t.texts[0]?.[0] === 'STT')).toHaveLength(2);

    const xlsx = await officer.get(`/api/council-sessions/${sessionId}/tallies.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);

    if (findLibreOffice() !== null && hasBinary('pdfinfo')) {
      const file = path.join(tmp, 'bien-ban.docx');
      fs.writeFileSync(file, r.rawPayload);
      const pdf = await convertToPdf(file, path.join(tmp, 'out'));
      expect((await pdfInfo(pdf)).pages).toBeGreaterThan(0);
    }
  }, 120_000);

  it('a council member outside the session’s agency roles cannot manage it, and a stranger cannot read it', async () => {
    const r = await voters.m1!.post(`/api/council-sessions/${sessionId}/open`, { version: 1 });
    expect(r.statusCode).toBe(403);
    const other = await buildAgency(env.database.db, { name: 'Sở Tài chính' });
    const u = await buildUser(env.database.db, { role: 'officer', agencyId: other.id });
    const c = await login(env.app, u.username, u.password);
    const read = await c.get(`/api/council-sessions/${sessionId}`);
    expect(read.statusCode).toBe(403);
    const list = await c.get('/api/council-sessions');
    expect(list.json()).toEqual([]);
  });
});
