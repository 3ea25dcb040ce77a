// The deadline sweep on fixed days: a reminder N days before (default 7, then the agency's own setting),
// nothing the day before that, escalation to the unit head and the officer once late, nothing twice when the
// sweep runs again, a moved deadline reminding again, and the emails received by a local SMTP server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { buildAgency, buildPerson, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';
import { runReminderSweep } from './reminders.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** Quoted-printable and encoded-word (=?UTF-8?Q?…?=) decoding, enough to read the messages nodemailer sends. */
function decodeMail(raw: string): string {
  // Adjacent encoded words of a folded header join without the folding whitespace; other folds become a space.
  const unfolded = raw
    .replace(/\?=\r?\n[ \t]+=\?/g, '?==?')
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/=\r?\n/g, '');
  const words = unfolded.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
  );
  return qp(words);
}
function qp(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const m = /^=([0-9A-F]{2})/.exec(s.slice(i, i + 3));
    if (m) {
      bytes.push(parseInt(m[1]!, 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

describe(`deadline reminders and escalation (${testEngine()})`, () => {
  let env: TestEnv;
  let agencyId: number;
  let officer: Client;
  let head: Client;
  let staff: Client;
  let planId: number;
  let taskA: { id: number; version: number };
  const mails: Received[] = [];
  let smtp: SMTPServer;
  let smtpPort = 0;
  const ctx = () => env.app.tdkt.ctx;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    const address = smtp.server.address();
    smtpPort = typeof address === 'object' && address ? address.port : 0;

    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    agencyId = (await buildAgency(db, { name: 'Sở Công Thương tỉnh Gia Lai' })).id;
    const vp = (await buildUnit(db, { agencyId, code: 'VP', name: 'Văn phòng Sở', kind: 'van-phong' })).id;
    const khtc = (await buildUnit(db, { agencyId, code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính' })).id;
    const person = async (fullName: string, email: string, unitId = vp) => {
      const p = await buildPerson(db, { agencyId, unitId, fullName });
      await db.updateTable('people').set({ email }).where('id', '=', p.id).execute();
      return p.id;
    };
    const o = await buildUser(db, {
      role: 'officer',
      agencyId,
      personId: await person('Lê Thị Thi Đua', 'thidua@sct.gialai.gov.vn', khtc),
    });
    const h = await buildUser(db, {
      role: 'unit-head',
      unitId: vp,
      personId: await person('Nguyễn Văn Chánh', 'chanhvp@sct.gialai.gov.vn'),
    });
    const s = await buildUser(db, {
      role: 'staff',
      personId: await person('Trần Thị Chuyên', 'chuyenvien@sct.gialai.gov.vn'),
    });
    officer = await login(env.app, o.username, o.password);
    head = await login(env.app, h.username, h.password);
    staff = await login(env.app, s.username, s.password);

    planId = (
      (
        await officer.post('/api/plans', {
          agencyId,
          year: 2024,
          title: 'Công tác thi đua, khen thưởng năm 2024',
        })
      ).json() as { id: number }
    ).id;
    const add = async (body: Record<string, unknown>) => {
      const r = await officer.post(`/api/plans/${planId}/tasks`, body);
      expect(r.statusCode, r.body).toBe(201);
      return r.json() as { id: number; version: number };
    };
    taskA = await add({
      quarter: 1,
      content: 'Phát động phong trào thi đua, đăng ký thi đua năm 2024.',
      leadUnitIds: [vp],
      deadline: { kind: 'before', on: '2024-03-15' },
    });
    await add({
      quarter: 1,
      content: 'Họp Hội đồng TĐKT sơ kết quý I.',
      leadLabels: ['HĐ TĐKT'],
      deadline: { kind: 'on', on: '2024-03-20' },
    });
    await add({
      quarter: null,
      content: 'Khen thưởng đột xuất.',
      leadUnitIds: [vp],
      deadline: { kind: 'regularly' },
    });
  });
  afterAll(async () => {
    await env?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const unread = async (c: Client) =>
    ((await c.get('/api/notifications/unread-count')).json() as { count: number }).count;

  it('the officer sets SMTP for the agency; a unit head may neither read nor change it', async () => {
    expect((await officer.get(`/api/plans/reminder-settings?agencyId=${agencyId}`)).json()).toMatchObject({
      reminderDays: 7,
      smtp: null,
    });
    const r = await officer.put(`/api/plans/reminder-settings?agencyId=${agencyId}`, {
      reminderDays: 7,
      smtp: { host: '127.0.0.1', port: smtpPort, from: 'tdkt@sct.gialai.gov.vn', secure: false },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect((await head.get('/api/plans/reminder-settings')).statusCode).toBe(403);
    expect((await head.post('/api/plans/reminders/run', {})).statusCode).toBe(403);
  });

  it('8 days before the deadline nothing is sent; 7 days before, the lead unit (head and staff) is reminded in the app and by email', async () => {
    expect(await runReminderSweep(ctx(), '2024-03-07')).toMatchObject({
      reminders: 0,
      escalations: 0,
      emails: 0,
    });
    const r = await runReminderSweep(ctx(), '2024-03-08');
    expect(r).toMatchObject({ reminders: 2, escalations: 0, emails: 2, emailErrors: 0, markedLate: 0 });
    expect(await unread(head)).toBe(1);
    expect(await unread(staff)).toBe(1);
    expect(await unread(officer)).toBe(0);
    const [n] = (await staff.get('/api/notifications')).json() as {
      title: string;
      body: string;
      link: string;
    }[];
    expect(n!.title).toBe('Sắp đến hạn: Phát động phong trào thi đua, đăng ký thi đua năm 2024.');
    expect(n!.body).toContain('hết hạn ngày 15/03/2024 (còn 7 ngày)');
    expect(n!.link).toBe(`/ke-hoach/${planId}?nhiemVu=${taskA.id}`);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([
      'chanhvp@sct.gialai.gov.vn',
      'chuyenvien@sct.gialai.gov.vn',
    ]);
    const text = decodeMail(mails[0]!.raw);
    expect(mails[0]!.from).toBe('tdkt@sct.gialai.gov.vn');
    expect(text).toContain('Subject: [TĐKT] Sắp đến hạn: Phát động phong trào thi đua');
    expect(text).toContain('hết hạn ngày 15/03/2024');
  });

  it('a second sweep the same day sends nothing twice, in the app or by email', async () => {
    expect(await runReminderSweep(ctx(), '2024-03-08')).toMatchObject({
      reminders: 0,
      escalations: 0,
      emails: 0,
    });
    expect(await unread(head)).toBe(1);
    expect(mails).toHaveLength(2);
  });

  it('the agency reminder days apply: with 3 days, a task 4 days away waits; once late, the unit head and the officer are alerted and the task is marked late', async () => {
    await officer.put(`/api/plans/reminder-settings?agencyId=${agencyId}`, {
      reminderDays: 3,
      smtp: { host: '127.0.0.1', port: smtpPort, from: 'tdkt@sct.gialai.gov.vn', secure: false },
    });
    const r = await runReminderSweep(ctx(), '2024-03-16');
    expect(r).toMatchObject({ reminders: 0, escalations: 2, markedLate: 1, emails: 2 });
    const status = await env.database.db
      .selectFrom('plan_tasks')
      .select('status')
      .where('id', '=', taskA.id)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('late');
    const officerMessages = (await officer.get('/api/notifications')).json() as {
      title: string;
      body: string;
    }[];
    expect(officerMessages.map((m) => m.title)).toEqual([
      'Quá hạn: Phát động phong trào thi đua, đăng ký thi đua năm 2024.',
    ]);
    expect(officerMessages[0]!.body).toContain('đã quá hạn ngày 15/03/2024 (trễ 1 ngày)');
    expect(await unread(head)).toBe(2);
    expect(await unread(staff)).toBe(1); // escalation goes to the head and the officer, not every member
    // The task led by a body written as text ("HĐ TĐKT") is followed by the officer, 3 days ahead.
    expect(await runReminderSweep(ctx(), '2024-03-17')).toMatchObject({
      reminders: 1,
      escalations: 0,
      markedLate: 0,
    });
    expect(await unread(officer)).toBe(2);
    expect(await runReminderSweep(ctx(), '2024-03-17')).toMatchObject({
      reminders: 0,
      escalations: 0,
      emails: 0,
    });
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity', '=', 'plan_tasks')
      .where('summary', 'like', 'Đánh dấu trễ hạn%')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual([
      'Đánh dấu trễ hạn 1 nhiệm vụ (quét nhắc hạn ngày 16/03/2024)',
    ]);
  });

  it('a moved deadline reminds again', async () => {
    const t = (await officer.get(`/api/plan-tasks/${taskA.id}`)).json() as {
      version: number;
      content: string;
      quarter: number;
    };
    const r = await officer.put(`/api/plan-tasks/${taskA.id}`, {
      quarter: 1,
      content: t.content,
      leadUnitIds: [(await head.get('/api/plans/my-deadlines')).json()[0].leadUnits[0].unitId],
      deadline: { kind: 'before', on: '2024-03-25' },
      status: 'in-progress',
      version: t.version,
    });
    expect(r.statusCode, r.body).toBe(200);
    // Task A reminds its unit again for the new date; the council's task (20/03) is now late and escalates to the officer.
    expect(await runReminderSweep(ctx(), '2024-03-22')).toMatchObject({
      reminders: 2,
      escalations: 1,
      markedLate: 1,
    });
  });

  it('notifications: listed newest first, unread only, marked read one by one or all at once', async () => {
    const all = (await head.get('/api/notifications')).json() as { id: number; readAt: string | null }[];
    expect(all).toHaveLength(3);
    expect((await head.post('/api/notifications/read', { ids: [all[0]!.id] })).json()).toEqual({
      updated: 1,
    });
    expect(((await head.get('/api/notifications?unread=true')).json() as unknown[]).length).toBe(2);
    expect((await head.post('/api/notifications/read', {})).json()).toEqual({ updated: 2 });
    expect(await unread(head)).toBe(0);
    // Someone else's notification cannot be marked through one's own account.
    const staffOnes = (await staff.get('/api/notifications')).json() as { id: number }[];
    expect((await head.post('/api/notifications/read', { ids: staffOnes.map((n) => n.id) })).json()).toEqual({
      updated: 0,
    });
    expect(await unread(staff)).toBe(2);
  });

  it('the officer can run the sweep now (server date)', async () => {
    const r = await officer.post('/api/plans/reminders/run', {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});
