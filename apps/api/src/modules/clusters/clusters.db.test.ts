import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { seedDemo, DEMO_PASSWORD } from '../../../../../packages/db/src/seed/index.ts';
import {
  SEED_003_LEGAL_BASIS,
  SEED_003_RECIPIENTS,
  seed003Sections,
  seed003Tasks,
  seedDeadline,
} from '../../../../../packages/db/src/seed/areas/clusters.ts';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import { convertToPdf, findLibreOffice, hasBinary } from '../../../../../packages/documents/src/pdf.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';
import { tallyElection } from './election.ts';

const inCI = process.env.CI === 'true';
const canConvert = findLibreOffice() !== null && hasBinary('pdfinfo');

describe(`clusters and blocks: Cụm thi đua V of seed 003 (${testEngine()})`, () => {
  let env: TestEnv;
  const ids = new Map<string, number>();
  let cumV: number;
  let cumVIII: number;
  let khoi: number;
  const as: Record<string, Client> = {};
  const id = (code: string) => ids.get(code)!;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    await seedDemo(db);
    for (const a of await db.selectFrom('agencies').select(['id', 'code']).execute()) ids.set(a.code, a.id);
    const groups = await db.selectFrom('emulation_groups').select(['id', 'code']).execute();
    cumV = groups.find((g) => g.code === 'CUM-V-BCT')!.id;
    cumVIII = groups.find((g) => g.code === 'CUM-VIII-BCT')!.id;
    khoi = groups.find((g) => g.code === 'KHOI-KT-GL')!.id;
    for (const u of [
      'cumtruong.cum5',
      'vanthu.sct.laichau',
      'vanthu.sct.dienbien',
      'vanthu.sct.sonla',
      'vanthu.tdkt',
      'btdkt.bocongthuong',
      'btdkt.gialai',
      'hang.nt',
    ])
      as[u] = await login(env.app, u, DEMO_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  });

  it('the demo has Cụm thi đua V of the Ministry: four provinces of seed 003 plus Gia Lai, 2024–2026, leader and deputy dated each year, 2026 left to the election', async () => {
    const rows = await env.database.db
      .selectFrom('emulation_group_members as m')
      .innerJoin('agencies as a', 'a.id', 'm.agency_id')
      .select(['m.year', 'a.code', 'm.role', 'm.role_since'])
      .where('m.group_id', '=', cumV)
      .execute();
    for (const year of [2024, 2025, 2026])
      expect(
        rows
          .filter((r) => r.year === year)
          .map((r) => r.code)
          .sort(),
      ).toEqual(['SCT-DB', 'SCT-GL', 'SCT-HB', 'SCT-LC', 'SCT-SL']);
    const role = (year: number, r: string) =>
      rows.filter((x) => x.year === year && x.role === r).map((x) => x.code);
    expect([role(2024, 'leader'), role(2024, 'deputy')]).toEqual([['SCT-SL'], ['SCT-LC']]);
    expect([role(2025, 'leader'), role(2025, 'deputy')]).toEqual([['SCT-LC'], ['SCT-DB']]);
    expect([role(2026, 'leader'), role(2026, 'deputy')]).toEqual([[], []]);
    expect(rows.filter((r) => r.role !== 'member').every((r) => r.role_since !== null)).toBe(true);
  });

  it('lists, for 2025, the clusters each account has business with: members their own, reviewers those of their level', async () => {
    const names = async (c: Client) =>
      ((await c.get('/api/clusters?year=2025')).json() as { name: string; myRole: string }[]).map(
        (x) => `${x.name}: ${x.myRole}`,
      );
    expect(await names(as['cumtruong.cum5']!)).toEqual(['Cụm thi đua V: leader']);
    expect(await names(as['vanthu.sct.dienbien']!)).toEqual(['Cụm thi đua V: deputy']);
    expect(await names(as['vanthu.tdkt']!)).toEqual([
      'Cụm thi đua số VIII: leader',
      'Cụm thi đua V: member',
      'Khối thi đua các sở, ngành kinh tế tỉnh Gia Lai: member',
    ]);
    // The Ministry's reviewer sees every Ministry cluster; the province's every provincial block.
    expect(await names(as['btdkt.bocongthuong']!)).toEqual([
      'Cụm thi đua số VIII: reviewer',
      'Cụm thi đua V: reviewer',
    ]);
    expect(await names(as['btdkt.gialai']!)).toEqual([
      'Khối thi đua các sở, ngành kinh tế tỉnh Gia Lai: reviewer',
    ]);
    // Staff have no cluster role at all.
    expect((await as['hang.nt']!.get('/api/clusters?year=2025')).statusCode).toBe(403);
  });

  it('a member officer sees its cluster and the rotation history, but another cluster answers 404', async () => {
    const r = await as['vanthu.sct.sonla']!.get(`/api/clusters/${cumV}?year=2025`);
    expect(r.statusCode).toBe(200);
    const d = r.json() as {
      myRole: string;
      members: { agencyName: string; role: string }[];
      rotation: {
        year: number;
        leader: { agencyName: string } | null;
        deputy: { agencyName: string } | null;
      }[];
    };
    expect(d.myRole).toBe('member');
    expect(d.members).toHaveLength(5);
    expect(
      d.rotation.map((x) => [x.year, x.leader?.agencyName ?? null, x.deputy?.agencyName ?? null]),
    ).toEqual([
      [2024, 'Sở Công Thương tỉnh Sơn La', 'Sở Công Thương tỉnh Lai Châu'],
      [2025, 'Sở Công Thương tỉnh Lai Châu', 'Sở Công Thương tỉnh Điện Biên'],
      [2026, null, null],
    ]);
    expect((await as['vanthu.sct.sonla']!.get(`/api/clusters/${cumVIII}?year=2025`)).statusCode).toBe(404);
    expect((await as['vanthu.sct.sonla']!.get(`/api/clusters/${khoi}/plan?year=2025`)).statusCode).toBe(404);
    expect((await as['btdkt.bocongthuong']!.get(`/api/clusters/${khoi}?year=2025`)).statusCode).toBe(404);
    expect((await as['btdkt.bocongthuong']!.get(`/api/clusters/${cumV}?year=2025`)).json().myRole).toBe(
      'reviewer',
    );
  });

  it('the leader enters seed 003 in full through the API and exports it as the Decree 30 .docx signed "TM. CỤM THI ĐUA V / CỤM TRƯỞNG"', async () => {
    // Arrange 2023 as seed 003 has it: QĐ 310/QĐ-BCT recognised Lai Châu leader and Điện Biên deputy.
    await env.database.db
      .insertInto('emulation_group_members')
      .values(
        ['SCT-LC', 'SCT-DB', 'SCT-SL', 'SCT-HB', 'SCT-GL'].map((c) => ({
          group_id: cumV,
          agency_id: id(c),
          year: 2023,
          role:
            c === 'SCT-LC' ? ('leader' as const) : c === 'SCT-DB' ? ('deputy' as const) : ('member' as const),
          role_since: c === 'SCT-LC' || c === 'SCT-DB' ? '2023-02-17' : null,
        })),
      )
      .execute();
    const leader = as['cumtruong.cum5']!;
    const created = await leader.post(`/api/clusters/${cumV}/plan`, {
      year: 2023,
      title: 'Tổ chức công tác thi đua, khen thưởng của Cụm Thi đua V năm 2023',
      symbol: 'KH-CTĐV',
      placeName: 'Lai Châu',
      legalBasis: SEED_003_LEGAL_BASIS,
      signerName: 'Nguyễn Sỹ Chín',
      signerTitle: 'Giám đốc\nSở Công Thương tỉnh Lai Châu',
      recipients: SEED_003_RECIPIENTS,
      sections: seed003Sections(2023),
    });
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json() as { id: number; agencyName: string; canEdit: boolean };
    expect(plan.agencyName).toBe('Sở Công Thương tỉnh Lai Châu');
    expect(plan.canEdit).toBe(true);
    for (const t of seed003Tasks(2023)) {
      const d = seedDeadline(t.deadline, 2023);
      const body = {
        content: t.content,
        leadAgencyIds: t.lead.flatMap((b) => ('agency' in b ? [id(b.agency)] : [])),
        leadLabels: t.lead.flatMap((b) => ('label' in b ? [b.label] : [])),
        coordinatingAgencyIds: t.coordinate.flatMap((b) => ('agency' in b ? [id(b.agency)] : [])),
        coordinatingLabels: t.coordinate.flatMap((b) => ('label' in b ? [b.label] : [])),
        deadlineKind: d.deadline_kind,
        deadlineMonth: d.deadline_month?.slice(0, 7) ?? null,
        deadlineMonthTo: d.deadline_month_to?.slice(0, 7) ?? null,
      };
      const r = await leader.post(`/api/clusters/${cumV}/plan/${plan.id}/tasks`, body);
      expect(r.statusCode, r.body).toBe(201);
    }
    const full = (await leader.get(`/api/clusters/${cumV}/plan?year=2023`)).json() as {
      tasks: { deadlineLabel: string; lead: { name: string }[] }[];
    };
    expect(full.tasks).toHaveLength(12);
    expect(full.tasks.map((t) => t.deadlineLabel)).toEqual([
      'Tháng 04/2023',
      'Tháng 04/2023',
      'Tháng 04/2023',
      'Tháng 05/2023',
      'Tháng 06/2023',
      'Tháng 06-07/2023',
      'Tháng 12/2023',
      'Tháng 01/2024',
      'Tháng 01-02/2024',
      'Tháng 01-02/2024',
      'Thường xuyên',
      'Thường xuyên',
    ]);
    const xlsx = await leader.get(`/api/clusters/${cumV}/plan/tasks.xlsx?year=2023`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(full.tasks[7]!.lead.map((b) => b.name)).toEqual([
      'Sở Công Thương tỉnh Lai Châu',
      'Sở Công Thương tỉnh Điện Biên',
    ]);

    // Every member may download the plan; it reads like seed 003.
    const r = await as['vanthu.sct.sonla']!.get(`/api/clusters/${cumV}/plan/${plan.id}/document.docx`);
    expect(r.statusCode).toBe(200);
    const doc = inspectDocx(r.rawPayload);
    const texts = doc.allParagraphs.map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'BỘ CÔNG THƯƠNG',
        'CỤM THI ĐUA V',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'KẾ HOẠCH',
        'Tổ chức công tác thi đua, khen thưởng của Cụm Thi đua V năm 2023',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'II. NHIỆM VỤ TRỌNG TÂM',
        'III. NHIỆM VỤ CỤ THỂ VÀ THỜI GIAN THỰC HIỆN',
        'IV. TỔ CHỨC THỰC HIỆN',
        'TM. CỤM THI ĐUA V',
        'CỤM TRƯỞNG',
        'Nguyễn Sỹ Chín',
        '- Lưu: VT, TĐKT.',
      ]),
    );
    expect(texts.some((t) => t.includes('…/KH-CTĐV'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Thực hiện Quyết định số 309/QĐ-BCT'))).toBe(true);
    const table = doc.tables.find((t) => t.texts[0]?.[1] === 'Nội dung, nhiệm vụ');
    expect(table, 'task table').toBeDefined();
    expect(table!.texts[0]).toEqual([
      'Stt',
      'Nội dung, nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
    ]);
    expect(table!.texts.map((row) => row[0])).toEqual([
      'Stt',
      ...Array.from({ length: 12 }, (_, i) => String(i + 1)),
    ]);
    expect(table!.texts[1]).toEqual([
      '1',
      'Xây dựng kế hoạch công tác thi đua, khen thưởng Cụm Thi đua V năm 2023',
      'Sở Công Thương tỉnh Lai Châu',
      'Các cơ quan thành viên Cụm Thi đua V',
      'Tháng 04/2023',
    ]);
    expect(table!.texts[11]![4]).toBe('Thường xuyên');
    if (!canConvert && !inCI) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-cluster-plan-'));
    try {
      const file = path.join(dir, 'ke-hoach-cum-v-2023.docx');
      fs.writeFileSync(file, r.rawPayload);
      const pdf = await convertToPdf(file, dir);
      expect(fs.statSync(pdf).size).toBeGreaterThan(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('only the leader writes the plan: a member gets 403, another cluster 404; bad bodies name the field; a stale version is 409', async () => {
    const plan = (await as['cumtruong.cum5']!.get(`/api/clusters/${cumV}/plan?year=2025`)).json() as {
      id: number;
      canEdit: boolean;
      tasks: { id: number; version: number; content: string }[];
    };
    expect(plan.tasks).toHaveLength(12);
    const task = {
      content: 'Tổ chức đoàn kiểm tra chéo công tác thi đua, khen thưởng giữa các cơ quan trong Cụm',
      leadAgencyIds: [id('SCT-LC')],
      coordinatingAgencyIds: [id('SCT-DB')],
      deadlineKind: 'month',
      deadlineMonth: '2025-10',
    };
    const memberView = (await as['vanthu.sct.sonla']!.get(`/api/clusters/${cumV}/plan?year=2025`)).json();
    expect(memberView.canEdit).toBe(false);
    expect(
      (await as['vanthu.sct.sonla']!.post(`/api/clusters/${cumV}/plan/${plan.id}/tasks`, task)).statusCode,
    ).toBe(403);
    expect(
      (await as['btdkt.bocongthuong']!.post(`/api/clusters/${cumV}/plan/${plan.id}/tasks`, task)).statusCode,
    ).toBe(403);
    // Gia Lai's officer leads Cụm VIII in 2025, but this plan belongs to Cụm V: the plan is not found there.
    expect(
      (await as['vanthu.tdkt']!.post(`/api/clusters/${cumVIII}/plan/${plan.id}/tasks`, task)).statusCode,
    ).toBe(404);
    const outsider = await as['cumtruong.cum5']!.post(`/api/clusters/${cumV}/plan/${plan.id}/tasks`, {
      ...task,
      leadAgencyIds: [id('SCT-KT')],
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().path).toBe('leadAgencyIds');
    const noMonth = await as['cumtruong.cum5']!.post(`/api/clusters/${cumV}/plan/${plan.id}/tasks`, {
      ...task,
      deadlineMonth: null,
    });
    expect(noMonth.json().path).toBe('deadlineMonth');
    // The deputy's officer may act for the leader (seed 003: "khi được ủy quyền").
    const added = await as['vanthu.sct.dienbien']!.post(`/api/clusters/${cumV}/plan/${plan.id}/tasks`, task);
    expect(added.statusCode, added.body).toBe(201);
    const t = added.json() as { id: number; version: number; deadlineLabel: string };
    expect(t.deadlineLabel).toBe('Tháng 10/2025');
    const done = { ...task, status: 'done', doneOn: '2025-10-20', version: t.version };
    expect(
      (await as['cumtruong.cum5']!.put(`/api/clusters/${cumV}/plan/${plan.id}/tasks/${t.id}`, done))
        .statusCode,
    ).toBe(200);
    const stale = await as['cumtruong.cum5']!.put(
      `/api/clusters/${cumV}/plan/${plan.id}/tasks/${t.id}`,
      done,
    );
    expect(stale.statusCode).toBe(409);
    // The plan's own fields: numbered and dated by the leader, with the version read.
    const current = (await as['cumtruong.cum5']!.get(`/api/clusters/${cumV}/plan?year=2025`)).json() as {
      title: string;
      version: number;
      sections: { heading: string; body: string }[];
    };
    const header = {
      title: current.title,
      status: 'issued',
      number: '07',
      symbol: 'KH-CTĐV',
      placeName: 'Lai Châu',
      issuedOn: '2025-03-21',
      signerName: 'Nguyễn Sỹ Chín',
      version: current.version,
    };
    const saved = await as['cumtruong.cum5']!.put(`/api/clusters/${cumV}/plan/${plan.id}`, header);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ number: '07', issuedOn: '2025-03-21', sections: current.sections });
    expect(
      (await as['cumtruong.cum5']!.put(`/api/clusters/${cumV}/plan/${plan.id}`, header)).statusCode,
    ).toBe(409);
    expect(
      (
        await as['vanthu.sct.sonla']!.put(`/api/clusters/${cumV}/plan/${plan.id}`, {
          ...header,
          version: current.version + 1,
        })
      ).statusCode,
    ).toBe(403);
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('entity', '=', 'cluster_plan_tasks')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(
      Array(12).fill('create').concat(['create', 'update']).sort(),
    );
  });

  it('the election rule: more than half of the votes cast, a unique top, and not both offices', () => {
    const members = [1, 2, 3, 4, 5];
    const ok = tallyElection(
      [
        { subject: 'leader', agencyId: 2, votesFor: 5, votesAgainst: 0 },
        { subject: 'deputy', agencyId: 4, votesFor: 3, votesAgainst: 2 },
        { subject: 'deputy', agencyId: 3, votesFor: 2, votesAgainst: 3 },
      ],
      5,
      members,
    );
    expect(ok.ok && [ok.tally.leaderId, ok.tally.deputyId]).toEqual([2, 4]);
    const tie = tallyElection(
      [
        { subject: 'leader', agencyId: 2, votesFor: 2, votesAgainst: 0 },
        { subject: 'leader', agencyId: 3, votesFor: 2, votesAgainst: 0 },
      ],
      4,
      members,
    );
    expect(tie.ok).toBe(false);
    const half = tallyElection(
      [{ subject: 'leader', agencyId: 2, votesFor: 2, votesAgainst: 2 }],
      4,
      members,
    );
    expect(half.ok).toBe(false);
    const both = tallyElection(
      [
        { subject: 'leader', agencyId: 2, votesFor: 5, votesAgainst: 0 },
        { subject: 'deputy', agencyId: 2, votesFor: 5, votesAgainst: 0 },
      ],
      5,
      members,
    );
    expect(both.ok).toBe(false);
    const outsider = tallyElection(
      [{ subject: 'leader', agencyId: 9, votesFor: 5, votesAgainst: 0 }],
      5,
      members,
    );
    expect(!outsider.ok && outsider.issues[0]!.path).toBe('candidates.0.agencyId');
  });

  it('the 2025 year-end conference elects 2026: votes recorded, roles dated, the leader account hands over, a second election is refused', async () => {
    const body = {
      year: 2025,
      heldOn: '2026-01-15',
      form: 'truc-tiep',
      presentCount: 5,
      votesTotal: 5,
      minutes: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 của Cụm Thi đua V tại Lai Châu.',
      candidates: [
        { subject: 'leader', agencyId: id('SCT-DB'), votesFor: 5, votesAgainst: 0 },
        { subject: 'deputy', agencyId: id('SCT-HB'), votesFor: 3, votesAgainst: 2 },
        { subject: 'deputy', agencyId: id('SCT-SL'), votesFor: 2, votesAgainst: 3 },
      ],
    };
    expect((await as['vanthu.sct.sonla']!.post(`/api/clusters/${cumV}/elections`, body)).statusCode).toBe(
      403,
    );
    const tie = await as['cumtruong.cum5']!.post(`/api/clusters/${cumV}/elections`, {
      ...body,
      candidates: [
        { subject: 'leader', agencyId: id('SCT-DB'), votesFor: 2, votesAgainst: 0 },
        { subject: 'leader', agencyId: id('SCT-HB'), votesFor: 2, votesAgainst: 0 },
      ],
    });
    expect(tie.statusCode).toBe(400);
    expect(tie.json().message).toMatch(/quá bán/);
    const r = await as['cumtruong.cum5']!.post(`/api/clusters/${cumV}/elections`, body);
    expect(r.statusCode, r.body).toBe(201);
    expect(
      (r.json() as { votes: { agencyName: string; passed: boolean; votesFor: number }[] }).votes.map((v) => [
        v.agencyName,
        v.votesFor,
        v.passed,
      ]),
    ).toEqual([
      ['Sở Công Thương tỉnh Hòa Bình', 3, true],
      ['Sở Công Thương tỉnh Sơn La', 2, false],
      ['Sở Công Thương tỉnh Điện Biên', 5, true],
    ]);
    expect((await as['cumtruong.cum5']!.post(`/api/clusters/${cumV}/elections`, body)).statusCode).toBe(409);
    const d2026 = (await as['vanthu.sct.sonla']!.get(`/api/clusters/${cumV}?year=2026`)).json() as {
      members: { agencyName: string; role: string; roleSince: string | null }[];
      rotation: { year: number; leader: { agencyName: string } | null }[];
    };
    expect(d2026.members.filter((m) => m.role !== 'member')).toEqual([
      {
        agencyId: id('SCT-DB'),
        agencyName: 'Sở Công Thương tỉnh Điện Biên',
        role: 'leader',
        roleSince: '2026-01-15',
      },
      {
        agencyId: id('SCT-HB'),
        agencyName: 'Sở Công Thương tỉnh Hòa Bình',
        role: 'deputy',
        roleSince: '2026-01-15',
      },
    ]);
    expect(d2026.rotation.map((x) => x.leader?.agencyName)).toEqual([
      'Sở Công Thương tỉnh Lai Châu', // 2023, arranged for seed 003 above
      'Sở Công Thương tỉnh Sơn La',
      'Sở Công Thương tỉnh Lai Châu',
      'Sở Công Thương tỉnh Điện Biên',
    ]);
    // Lai Châu's cluster-leader account is a member in 2026; Điện Biên's officer leads.
    expect((await as['cumtruong.cum5']!.get(`/api/clusters/${cumV}?year=2026`)).json().myRole).toBe('member');
    expect((await as['vanthu.sct.dienbien']!.get(`/api/clusters/${cumV}?year=2026`)).json().myRole).toBe(
      'leader',
    );
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select(['summary'])
      .where('entity', '=', 'cluster_elections')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toContain('Sở Công Thương tỉnh Điện Biên');
  });

  it('reports: the mid-year and year-end .docx come from the data; members see the ranking only once published', async () => {
    const db = env.database.db;
    const ranking = ['SCT-LC', 'SCT-DB', 'SCT-GL', 'SCT-SL', 'SCT-HB'];
    await db
      .insertInto('cluster_results')
      .values(
        ranking.map((c, i) => ({
          group_id: cumV,
          year: 2025,
          agency_id: id(c),
          total: 98.5 - i * 2.25,
          rank: i + 1,
          proposed_code:
            i === 0 ? ('co-thi-dua-cap-tinh' as const) : i === 1 ? ('bang-khen-cap-tinh' as const) : null,
          status: 'confirmed' as const,
        })),
      )
      .execute();
    const soKet = await as['vanthu.sct.sonla']!.get(`/api/clusters/${cumV}/reports/so-ket-6-thang?year=2025`);
    expect(soKet.statusCode).toBe(200);
    const s = inspectDocx(soKet.rawPayload);
    const sTexts = s.allParagraphs.map((p) => p.text);
    expect(sTexts).toEqual(
      expect.arrayContaining([
        'CỤM THI ĐUA V',
        'BÁO CÁO',
        'Sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm 2025 của Cụm thi đua V',
        'TM. CỤM THI ĐUA V',
        'CỤM TRƯỞNG',
      ]),
    );
    expect(sTexts.some((t) => t.includes('đã hoàn thành 6/13 nhiệm vụ'))).toBe(true);
    expect(sTexts.some((t) => t.includes('Hội nghị sơ kết ngày 10/07/2025, hình thức trực tuyến'))).toBe(
      true,
    );

    const tongKet = async (c: Client) =>
      inspectDocx((await c.get(`/api/clusters/${cumV}/reports/tong-ket-nam?year=2025`)).rawPayload);
    const leaderDoc = await tongKet(as['cumtruong.cum5']!);
    const ranked = leaderDoc.tables.find((t) => t.texts[0]?.[0] === 'Xếp hạng');
    expect(ranked?.texts.slice(1, 3)).toEqual([
      ['1', 'Sở Công Thương tỉnh Lai Châu', '98,50', 'Cờ thi đua của Bộ'],
      ['2', 'Sở Công Thương tỉnh Điện Biên', '96,25', 'Bằng khen của Bộ trưởng'],
    ]);
    const lTexts = leaderDoc.allParagraphs.map((p) => p.text);
    expect(
      lTexts.some((t) =>
        t.startsWith(
          'Hội nghị tổng kết đã suy tôn Sở Công Thương tỉnh Điện Biên làm Cụm trưởng năm 2026 (5/5 phiếu',
        ),
      ),
    ).toBe(true);
    expect(lTexts).toContain('Nguyễn Sỹ Chín');
    const memberDoc = await tongKet(as['vanthu.sct.sonla']!);
    expect(memberDoc.tables.find((t) => t.texts[0]?.[0] === 'Xếp hạng')).toBeUndefined();
    expect(memberDoc.allParagraphs.map((p) => p.text)).toContain(
      'Kết quả chấm điểm, xếp hạng thi đua năm 2025 chưa được công bố.',
    );
    await db
      .updateTable('cluster_results')
      .set({ status: 'published', published_at: new Date() })
      .where('group_id', '=', cumV)
      .execute();
    expect((await tongKet(as['vanthu.sct.sonla']!)).tables.some((t) => t.texts[0]?.[0] === 'Xếp hạng')).toBe(
      true,
    );
    expect(
      (await as['vanthu.sct.sonla']!.get(`/api/clusters/${cumVIII}/reports/tong-ket-nam?year=2025`))
        .statusCode,
    ).toBe(404);
  });
});
