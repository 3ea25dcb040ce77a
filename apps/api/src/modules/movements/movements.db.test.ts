import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import { buildAgency, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';
import {
  SEED_002_CLOSING,
  SEED_002_CONTENTS,
  SEED_002_IMPLEMENTATION,
  SEED_002_PREAMBLE,
  SEED_002_PURPOSE,
  SEED_002_RECIPIENTS,
  SEED_002_TARGETS,
} from './fixtures/seed-002.ts';

/** Seed 002's targets, each line as written, with the figures a report compares against. */
function seedTargets() {
  const figures: Record<number, { targetValue: number; unit: string; titleCode?: string }> = {
    1: { targetValue: 19663, unit: 'tỷ đồng' },
    2: { targetValue: 57500, unit: 'tỷ đồng' },
    3: { targetValue: 470, unit: 'triệu USD' },
    4: { targetValue: 86, unit: 'triệu USD' },
    7: { targetValue: 90, unit: '%', titleCode: 'lao-dong-tien-tien' },
  };
  return SEED_002_TARGETS.map((line, i) => {
    const content = line.replace(/^-\s+/, '');
    const f = figures[i];
    return f
      ? { kind: 'quantitative', content, comparison: 'at-least', ...f }
      : { kind: 'qualitative', content };
  });
}

describe(`movements: seed 002 entered in full (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let staff: Client;
  let units: { id: number }[];
  let id: number;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const agency = await buildAgency(db, { name: 'Sở Công Thương' });
    await db
      .updateTable('agencies')
      .set({ parent_name: 'UBND tỉnh Gia Lai', place_name: 'Gia Lai', symbol: 'SCT' })
      .where('id', '=', agency.id)
      .execute();
    units = [
      await buildUnit(db, { agencyId: agency.id, name: 'Văn phòng', code: 'VP' }),
      await buildUnit(db, {
        agencyId: agency.id,
        name: 'Chi cục Quản lý thị trường',
        code: 'QLTT',
        kind: 'chi-cuc',
      }),
      await buildUnit(db, {
        agencyId: agency.id,
        name: 'Trung tâm Khuyến công và Xúc tiến thương mại',
        code: 'TTKC',
        kind: 'trung-tam',
      }),
    ];
    const o = await buildUser(db, { role: 'officer', agencyId: agency.id });
    officer = await login(env.app, o.username, o.password);
    const s = await buildUser(db, { role: 'staff', agencyId: agency.id });
    staff = await login(env.app, s.username, s.password);
  });
  afterAll(async () => {
    await env?.close();
  });

  const body = () => ({
    launchedBy: 'co-quan',
    launcherName: 'Sở Công Thương tỉnh Gia Lai',
    kind: 'thuong-xuyen',
    name: 'Phong trào thi đua năm 2018',
    theme: 'Kỷ cương - Hành động - Chung tay cùng tỉnh Gia Lai phát triển',
    slogan: 'Đồng thuận cao, thi đua giỏi, về đích sớm',
    year: 2018,
    fromDate: '2018-01-01',
    toDate: '2018-12-31',
    decisionRef:
      'Chỉ thị số 01/CTLT-BCT-CDCT ngày 16/01/2018 của Bộ Công Thương - Công đoàn Công Thương Việt Nam; Chỉ thị số 02/CT-UBND ngày 08/01/2018 của UBND tỉnh',
    decisionOn: '2018-01-16',
    status: 'active',
    phases: [
      {
        name: 'Đợt thứ nhất',
        fromDate: '2018-01-01',
        toDate: '2018-06-30',
        description:
          'với tinh thần thi đua lập thành tích chào mừng kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2018), mục tiêu phấn đấu hoàn thành các nhiệm vụ, chỉ tiêu kế hoạch 6 tháng đầu năm 2018;',
      },
      {
        name: 'Đợt thứ hai',
        fromDate: '2018-07-01',
        toDate: '2018-12-31',
        description:
          'thi đua phấn đấu về đích sớm, vượt mức các chỉ tiêu, nhiệm vụ được giao trong năm 2018.',
      },
    ],
    targets: seedTargets(),
    rewards: [
      { code: 'lao-dong-tien-tien' },
      { code: 'chien-si-thi-dua-co-so' },
      { code: 'tap-the-lao-dong-tien-tien' },
      { code: 'tap-the-lao-dong-xuat-sac' },
      { code: 'khac', otherName: 'Cờ thi đua của Bộ Công Thương' },
      { code: 'co-thi-dua-cap-tinh' },
    ],
    participantUnitIds: units.map((u) => u.id),
    launch: {
      issuedOn: '2018-01-25',
      preamble: SEED_002_PREAMBLE,
      purpose: SEED_002_PURPOSE,
      contents: SEED_002_CONTENTS,
      implementation: SEED_002_IMPLEMENTATION,
      closing: SEED_002_CLOSING,
      signerAuthority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      signerName: 'Đào Thị Thu Nguyệt',
      recipients: SEED_002_RECIPIENTS,
    },
  });

  it('the officer enters the whole launch: theme, slogan, two phases, eleven targets, titles, units', async () => {
    const denied = await staff.post('/api/movements', body());
    expect(denied.statusCode).toBe(403);
    const r = await officer.post('/api/movements', body());
    expect(r.statusCode, r.body).toBe(201);
    const m = r.json();
    id = m.id;
    expect(m).toMatchObject({
      theme: 'Kỷ cương - Hành động - Chung tay cùng tỉnh Gia Lai phát triển',
      slogan: 'Đồng thuận cao, thi đua giỏi, về đích sớm',
      year: 2018,
    });
    expect(m.phases.map((p: { fromDate: string; toDate: string }) => `${p.fromDate}..${p.toDate}`)).toEqual([
      '2018-01-01..2018-06-30',
      '2018-07-01..2018-12-31',
    ]);
    expect(m.targets).toHaveLength(11);
    expect(m.targets[7]).toMatchObject({
      kind: 'quantitative',
      targetValue: 90,
      unit: '%',
      titleCode: 'lao-dong-tien-tien',
    });
    expect(m.targets[1]).toMatchObject({ targetValue: 19663, unit: 'tỷ đồng' });
    expect(m.rewards.map((x: { label: string }) => x.label)).toContain('Cờ thi đua của Bộ Công Thương');
    expect(m.participants).toHaveLength(3);
    expect(m.launch.signerName).toBe('Đào Thị Thu Nguyệt');
    expect((await staff.get(`/api/movements/${id}`)).statusCode).toBe(200);
  });

  it('a quantitative target without a value, or a phase ending before it starts, is refused', async () => {
    const b = body();
    b.targets[1] = { kind: 'quantitative', content: 'x' };
    b.phases[0] = { ...b.phases[0]!, toDate: '2017-12-31' };
    const r = await officer.post('/api/movements', b);
    expect(r.statusCode).toBe(400);
    expect(
      r
        .json()
        .details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['phases.0.toDate', 'targets.1.targetValue']);
  });

  it('results per phase: "220/220 xã" and "0 trường hợp vi phạm"; editing keeps them on their phase', async () => {
    const m = (await officer.get(`/api/movements/${id}`)).json();
    const r1 = await officer.post(`/api/movements/${id}/results`, {
      phaseId: m.phases[1].id,
      reportedOn: '2018-12-10',
      content: 'Xã, phường, thị trấn sử dụng điện lưới quốc gia',
      numerator: 220,
      denominator: 220,
      unit: 'xã',
    });
    expect(r1.statusCode, r1.body).toBe(200);
    const r2 = await officer.post(`/api/movements/${id}/results`, {
      phaseId: m.phases[1].id,
      targetId: m.targets[6].id,
      reportedOn: '2018-12-10',
      content: 'Công chức vi phạm kỷ luật từ cảnh cáo trở lên',
      value: 0,
      unit: 'trường hợp vi phạm',
    });
    expect(r2.statusCode, r2.body).toBe(200);
    expect(r2.json().results.map((x: { display: string }) => x.display)).toEqual([
      '220/220 xã',
      '0 trường hợp vi phạm',
    ]);
    const bad = await officer.post(`/api/movements/${id}/results`, {
      reportedOn: '2018-12-10',
      content: 'x',
      numerator: 3,
    });
    expect(bad.statusCode).toBe(400);
    const upd = await officer.put(`/api/movements/${id}`, {
      ...body(),
      status: 'closed',
      version: m.version,
    });
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json().results.every((x: { phaseId: number }) => x.phaseId === m.phases[1].id)).toBe(true);
    const stale = await officer.put(`/api/movements/${id}`, { ...body(), version: m.version });
    expect(stale.statusCode).toBe(409);
  });

  it('the launch .docx has the seed-002 shape: header, title, sections, theme and slogan, phases, targets, Nơi nhận, KT. GIÁM ĐỐC', async () => {
    const r = await officer.get(`/api/movements/${id}/launch.docx`);
    expect(r.statusCode).toBe(200);
    const doc = inspectDocx(r.rawPayload);
    const paras = doc.allParagraphs.map((p) => p.text);
    const text = paras.join('\n');
    for (const s of [
      'UBND TỈNH GIA LAI',
      'SỞ CÔNG THƯƠNG',
      'Số: …/KH-SCT',
      'Gia Lai, ngày 25 tháng 01 năm 2018',
      'KẾ HOẠCH',
      'Phát động phong trào thi đua năm 2018',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THI ĐUA',
      '1. Chủ đề, khẩu hiệu thi đua:',
      '3. Phát động các đợt thi đua:',
      '4. Các chỉ tiêu thi đua:',
      'III. TỔ CHỨC THỰC HIỆN',
      'Nơi nhận:',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Đào Thị Thu Nguyệt',
    ]) {
      expect(
        paras.some((p) => p.includes(s)),
        s,
      ).toBe(true);
    }
    expect(text).toMatch(/Chủ đề: “Kỷ cương - Hành động - Chung tay cùng tỉnh Gia Lai phát triển”/);
    expect(text).toMatch(/Khẩu hiệu: “Đồng thuận cao, thi đua giỏi, về đích sớm”/);
    expect(text).toMatch(/được chia thành 02 đợt/);
    expect(text).toMatch(/Đợt thứ nhất: Từ ngày 01\/01\/2018 đến ngày 30\/06\/2018/);
    expect(text).toMatch(/\+ Giá trị sản xuất công nghiệp đạt 19\.663 tỷ đồng/);
    expect(text).toMatch(/Các tập thể và cá nhân không đăng ký thi đua, cuối năm sẽ không được xét/);
    expect(text).toMatch(/Lưu: VT, HSTD\./);
    expect(text).toMatch(/Thực hiện Chỉ thị số 01\/CTLT-BCT-CDCT/);
  });

  it('the list exports to Excel', async () => {
    const r = await officer.get('/api/movements/export.xlsx?year=2018');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/spreadsheetml/);
  });
});
