import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { buildAgency, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, multipartFile, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

describe(`covenants inside the agency and with a cluster (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let otherOfficer: Client;
  let outsider: Client;
  let agencyId: number;
  let other: number;
  let groupId: number;
  let units: { id: number }[];

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    agencyId = (await buildAgency(db, { name: 'Sở Công Thương tỉnh Lai Châu' })).id;
    other = (await buildAgency(db, { name: 'Sở Công Thương tỉnh Lào Cai' })).id;
    const third = (await buildAgency(db, { name: 'Sở Tư pháp' })).id;
    units = [
      await buildUnit(db, { agencyId, name: 'Văn phòng' }),
      await buildUnit(db, { agencyId, name: 'Thanh tra' }),
    ];
    groupId = (
      await db
        .insertInto('emulation_groups')
        .values({ kind: 'cum', level: 'bo', code: 'CUM-V', name: 'Cụm thi đua V' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await db
      .insertInto('emulation_group_members')
      .values([
        { group_id: groupId, agency_id: agencyId, year: 2023, role: 'leader' },
        { group_id: groupId, agency_id: other, year: 2023, role: 'member' },
      ])
      .execute();
    const o = await buildUser(db, { role: 'officer', agencyId });
    officer = await login(env.app, o.username, o.password);
    const o2 = await buildUser(db, { role: 'officer', agencyId: other });
    otherOfficer = await login(env.app, o2.username, o2.password);
    const o3 = await buildUser(db, { role: 'officer', agencyId: third });
    outsider = await login(env.app, o3.username, o3.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('a covenant inside the agency is signed by its units; signing needs a date', async () => {
    const bad = await officer.post('/api/covenants', {
      year: 2023,
      title: 'Giao ước thi đua năm 2023',
      status: 'signed',
      signatories: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().path).toBe('signedOn');
    const r = await officer.post('/api/covenants', {
      year: 2023,
      title: 'Giao ước thi đua năm 2023 giữa các phòng, đơn vị thuộc Sở',
      content: 'Các đơn vị cam kết hoàn thành xuất sắc nhiệm vụ năm 2023.',
      status: 'signed',
      signedOn: '2023-02-10',
      placeName: 'Lai Châu',
      signatories: units.map((u) => ({ unitId: u.id, signerName: 'Trưởng đơn vị', signed: true })),
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().signatories.map((s: { name: string }) => s.name)).toEqual(['Văn phòng', 'Thanh tra']);
    expect((await outsider.get(`/api/covenants/${r.json().id}`)).statusCode).toBe(403);
  });

  it('the cluster covenant is signed by member agencies, read by every member, with the signed scan attached', async () => {
    const r = await officer.post('/api/covenants', {
      groupId,
      year: 2023,
      title: 'Giao ước thi đua năm 2023 Cụm thi đua V',
      status: 'signed',
      signedOn: '2023-03-30',
      signatories: [
        { agencyId, signerName: 'Nguyễn Văn A', signerTitle: 'Giám đốc', signed: true },
        { agencyId: other, signerName: 'Trần Văn B', signerTitle: 'Giám đốc', signed: true },
      ],
    });
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id;
    const f = multipartFile('file', 'giao-uoc-cum-V.pdf', Buffer.from('%PDF-1.4 scan'), 'application/pdf');
    const up = await officer.inject({
      method: 'POST',
      url: `/api/covenants/${id}/file`,
      payload: f.payload,
      headers: f.headers,
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().fileName).toBe('giao-uoc-cum-V.pdf');
    const seen = (await otherOfficer.get('/api/covenants?year=2023')).json();
    expect(seen.map((c: { title: string }) => c.title)).toEqual(['Giao ước thi đua năm 2023 Cụm thi đua V']);
    const dl = await otherOfficer.get(`/api/covenants/${id}/file`);
    expect(dl.statusCode).toBe(200);
    expect(dl.body).toBe('%PDF-1.4 scan');
    expect(
      (await otherOfficer.put(`/api/covenants/${id}`, { year: 2023, title: 'x', version: 1 })).statusCode,
    ).toBe(403);
    const x = await officer.get('/api/covenants/export.xlsx?year=2023');
    expect(x.statusCode).toBe(200);
  });
});
