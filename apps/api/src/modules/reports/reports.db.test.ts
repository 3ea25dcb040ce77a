// The mid-year report through the HTTP API on the engine of TDKT_TEST_ENGINE: Sở Công Thương's officer
// enters seed 001's indicators (January–June 2023), the administrative-procedure figures, a movement with
// its result, decisions received and a proposal still pending; the generated report says what the records
// say (counts checked against the rows), keeps the officer's prose when a figure changes and the figures
// are generated again, and downloads as a Decree 30/2020 .docx that LibreOffice opens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
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

interface Part {
  type: 'heading' | 'data' | 'prose';
  key?: string;
  text?: string;
  body?: string;
  paragraphs?: { style: string; runs: ({ text: string } | { footnote: string })[] }[];
}
interface Detail {
  report: { id: number; version: number; periodTo: string };
  sections: { key: string; body: string; version: number | null }[];
  model: { title: string; parts: Part[]; signature: { authority: string[]; signerName: string } | null };
}

const textOf = (d: Detail, key: string): string =>
  (d.model.parts.find((p) => p.type === 'data' && p.key === key)?.paragraphs ?? [])
    .map((p) => p.runs.map((r) => ('text' in r ? r.text : `[^${r.footnote}]`)).join(''))
    .join('\n');
const proseOf = (d: Detail, key: string) =>
  d.model.parts.find((p) => p.type === 'prose' && p.key === key)?.body;

describe(`Mid-year report generated from the records (${testEngine()})`, () => {
  let env: TestEnv;
  let agencyId: number;
  let officer: Client;
  let otherOfficer: Client;
  let staff: Client;
  let report: Detail;
  const ids: Record<string, number> = {};
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-report-'));

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const a = await buildAgency(db, { name: 'Sở Công Thương tỉnh Gia Lai', code: 'SCT-GL' });
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
    const other = await buildAgency(db, { name: 'Sở Công Thương tỉnh Kon Tum' });
    const board = await buildUnit(db, { agencyId, kind: 'lanh-dao', name: 'Ban Giám đốc' });
    const units = [];
    for (const name of ['Văn phòng', 'Thanh tra', 'Phòng Quản lý Thương mại'])
      units.push(await buildUnit(db, { agencyId, name, kind: 'phong' }));
    await buildPerson(db, {
      unitId: board.id,
      fullName: 'Nguyễn Văn Giám',
      position: 'Giám đốc',
      isLeader: true,
      partyMember: true,
    });
    for (const n of ['Rcom Jen', 'Trần Thị Phó', 'Lê Văn Phó'])
      await buildPerson(db, {
        unitId: board.id,
        fullName: n,
        position: 'Phó Giám đốc',
        isLeader: true,
        partyMember: true,
      });
    // 6 công chức, 3 viên chức, 2 hợp đồng in the units; one left before June, one joins in July.
    const cats = [
      'cong-chuc',
      'cong-chuc',
      'cong-chuc',
      'cong-chuc',
      'cong-chuc',
      'cong-chuc',
      'vien-chuc',
      'vien-chuc',
      'vien-chuc',
      'hop-dong',
      'hop-dong',
    ] as const;
    for (const [i, category] of cats.entries())
      await buildPerson(db, { unitId: units[i % 3]!.id, category, partyMember: i < 5 });
    await buildPerson(db, {
      unitId: units[0]!.id,
      category: 'cong-chuc',
      endDate: '2023-03-31',
      startDate: '2015-01-01',
    });
    await buildPerson(db, { unitId: units[0]!.id, category: 'vien-chuc', startDate: '2023-07-15' });
    const side = await db
      .insertInto('side_organisations')
      .values([
        { agency_id: agencyId, kind: 'dang-uy', name: 'Đảng ủy Sở', member_count: 6 },
        { agency_id: agencyId, kind: 'chi-bo', name: 'Chi bộ 1' },
        { agency_id: agencyId, kind: 'chi-bo', name: 'Chi bộ 2' },
        { agency_id: agencyId, kind: 'chi-bo', name: 'Chi bộ 3' },
        { agency_id: agencyId, kind: 'cong-doan', name: 'Công đoàn cơ sở Sở Công Thương' },
        { agency_id: agencyId, kind: 'chi-doan', name: 'Chi đoàn Sở Công Thương' },
      ])
      .returning('id')
      .execute();
    expect(side).toHaveLength(6);
    await db.updateTable('people').set({ union_member: true }).where('agency_id', '=', agencyId).execute();

    const o = await buildUser(db, { role: 'officer', agencyId, username: 'canbo.baocao' });
    officer = await login(env.app, o.username, o.password);
    const o2 = await buildUser(db, { role: 'officer', agencyId: other.id });
    otherOfficer = await login(env.app, o2.username, o2.password);
    const s = await buildUser(db, { role: 'staff', agencyId });
    staff = await login(env.app, s.username, s.password);
  });
  afterAll(async () => {
    await env?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const define = async (body: Record<string, unknown>) => {
    const r = await officer.post('/api/indicators', { agencyId, year: 2023, ...body });
    expect(r.statusCode, r.body).toBe(201);
    ids[body.code as string] = r.json().id;
  };
  const put = (code: string, month: number, kind: 'estimate' | 'actual', body: Record<string, unknown>) =>
    officer.put(`/api/indicators/${ids[code]}/values/${month}/${kind}`, body);

  it('the records of the half year: seed 001 indicators, procedures, a movement, decisions and a pending proposal', async () => {
    await define({
      code: 'iip',
      name: 'Chỉ số sản xuất công nghiệp',
      kind: 'index',
      unit: '%',
      precision: 2,
      percentPrecision: 2,
    });
    await define({
      code: 'iip-kk',
      name: 'Công nghiệp khai khoáng',
      kind: 'index',
      unit: '%',
      precision: 2,
      percentPrecision: 2,
      parentId: ids.iip,
    });
    await define({
      code: 'gtsx-cn',
      name: 'Tổng giá trị sản xuất công nghiệp (giá so sánh 2010)',
      kind: 'amount',
      unit: 'tỷ đồng',
      precision: 1,
      percentPrecision: 1,
      planValue: '31620',
    });
    await define({
      code: 'ban-le',
      name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ',
      kind: 'amount',
      unit: 'tỷ đồng',
      precision: 0,
      percentPrecision: 2,
      planValue: '108000',
    });
    await define({
      code: 'xk',
      name: 'Kim ngạch xuất khẩu',
      kind: 'amount',
      unit: 'triệu USD',
      precision: 2,
      percentPrecision: 2,
      planValue: '681',
    });
    await define({
      code: 'xk-ca-phe',
      name: 'Cà phê',
      kind: 'amount',
      unit: 'triệu USD',
      quantityUnit: 'tấn',
      precision: 2,
      percentPrecision: 2,
      parentId: ids.xk,
    });
    await define({
      code: 'nk',
      name: 'Kim ngạch nhập khẩu',
      kind: 'amount',
      unit: 'triệu USD',
      precision: 2,
      percentPrecision: 1,
      planValue: '110',
    });
    await define({
      code: 'bien-gioi',
      name: 'Tổng kim ngạch xuất nhập khẩu qua biên giới',
      kind: 'amount',
      unit: 'triệu USD',
      precision: 1,
      percentPrecision: 1,
    });
    await define({
      code: 'ho-dien',
      name: 'Hộ dân sử dụng điện',
      kind: 'fraction',
      unit: 'hộ',
      percentPrecision: 1,
    });
    const series: Record<string, string[]> = {
      'gtsx-cn': ['2356.2', '2289.5', '2512.8', '2498.6', '2511.3', '1935'],
      'ban-le': ['7512', '7340', '7698', '7905', '8131', '8242'],
      xk: ['75', '62', '78', '71', '74', '60'],
      nk: ['12.5', '10.2', '11.8', '9.6', '10.9', '4'],
    };
    const prior: Record<string, string> = { 'gtsx-cn': '12274', 'ban-le': '36493', xk: '420', nk: '86.8' };
    for (const [code, values] of Object.entries(series))
      for (let m = 1; m <= 6; m++) {
        const body =
          m === 6 ? { value: values[m - 1], priorYearValue: prior[code] } : { value: values[m - 1] };
        expect((await put(code, m, m === 6 ? 'estimate' : 'actual', body)).statusCode).toBe(200);
      }
    expect(
      (
        await put('xk-ca-phe', 6, 'estimate', {
          value: '338',
          quantity: '165000',
          reportedCumulative: '338',
          priorYearValue: '330',
          priorYearQuantity: '162003',
        })
      ).statusCode,
    ).toBe(200);
    expect((await put('iip', 6, 'estimate', { value: '111.3' })).statusCode).toBe(200);
    expect(
      (await put('bien-gioi', 6, 'estimate', { reportedCumulative: '74', priorYearValue: '83' })).statusCode,
    ).toBe(200);
    expect(
      (await put('ho-dien', 6, 'actual', { numerator: '478395', denominator: '478833' })).statusCode,
    ).toBe(200);
    expect((await put('iip-kk', 6, 'estimate', { value: '112.05' })).statusCode).toBe(200);
    const ap = await officer.post('/api/admin-procedures', {
      agencyId,
      periodFrom: '2022-12-15',
      periodTo: '2023-05-31',
      received: 10042,
      resolved: 9946,
      onTime: 9946,
      late: 0,
      online: 9816,
    });
    expect(ap.statusCode, ap.body).toBe(201);

    const db = env.database.db;
    const mv = await db
      .insertInto('movements')
      .values({
        agency_id: agencyId,
        launched_by: 'tinh',
        name: 'Gia Lai chung sức xây dựng nông thôn mới',
        year: 2021,
        from_date: '2021-01-01',
        to_date: '2025-12-31',
        status: 'active',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('movement_results')
      .values([
        {
          movement_id: mv.id,
          reported_on: '2023-06-20',
          content: 'Điện lưới quốc gia',
          numerator: '220',
          denominator: '220',
          unit: 'xã',
          text: '220/220 xã, phường, thị trấn sử dụng điện lưới quốc gia (đạt tỷ lệ 100%)',
        },
        {
          movement_id: mv.id,
          reported_on: '2022-12-20',
          content: 'Kết quả năm trước, ngoài kỳ',
          text: 'Không được tính vào báo cáo này',
        },
      ])
      .execute();
    await db
      .insertInto('movements')
      .values({
        agency_id: agencyId,
        launched_by: 'co-quan',
        name: 'Phong trào bản nháp',
        year: 2023,
        status: 'draft',
      })
      .execute();
    const own = await db
      .insertInto('movements')
      .values({
        agency_id: agencyId,
        launched_by: 'co-quan',
        name: 'Phong trào thi đua năm 2023',
        year: 2023,
        status: 'active',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('movement_results')
      .values({
        movement_id: own.id,
        reported_on: '2023-06-25',
        content: 'Công chức, viên chức hoàn thành nhiệm vụ 6 tháng đầu năm.',
      })
      .execute();
    // Decisions received in the half year: UBND tỉnh — TTLĐXS for a centre, bằng khen for 2 units and 4 people.
    const title = await db
      .insertInto('decisions')
      .values({
        agency_id: agencyId,
        source: 'received',
        authority: 'chu-tich-ubnd-tinh',
        issuer_name: 'UBND tỉnh',
        number: '120',
        symbol: 'QĐ-UBND',
        decided_on: '2023-03-10',
        year: 2023,
        code: 'tap-the-lao-dong-xuat-sac',
        achievement_from: 2022,
        achievement_to: 2022,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('decision_recipients')
      .values({
        decision_id: title.id,
        subject_kind: 'unit',
        unit_id: (
          await buildUnit(db, {
            agencyId,
            name: 'Trung tâm Khuyến công và Xúc tiến thương mại',
            kind: 'trung-tam',
          })
        ).id,
        display_name: 'Trung tâm Khuyến công và Xúc tiến thương mại',
      })
      .execute();
    const bk = await db
      .insertInto('decisions')
      .values({
        agency_id: agencyId,
        source: 'received',
        authority: 'chu-tich-ubnd-tinh',
        issuer_name: 'UBND tỉnh',
        number: '150',
        symbol: 'QĐ-UBND',
        decided_on: '2023-04-02',
        year: 2023,
        code: 'bang-khen-cap-tinh',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const people = await db
      .selectFrom('people')
      .select(['id', 'full_name'])
      .where('agency_id', '=', agencyId)
      .orderBy('id')
      .limit(5)
      .execute();
    const unitRows = await db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('agency_id', '=', agencyId)
      .where('kind', '=', 'phong')
      .orderBy('id')
      .limit(2)
      .execute();
    await db
      .insertInto('decision_recipients')
      .values([
        ...unitRows.map((u, i) => ({
          decision_id: bk.id,
          position: i,
          subject_kind: 'unit' as const,
          unit_id: u.id,
          display_name: u.name,
        })),
        ...people.slice(0, 5).map((p, i) => ({
          decision_id: bk.id,
          position: 10 + i,
          subject_kind: 'person' as const,
          person_id: p.id,
          display_name: p.full_name,
          // The fifth award was annulled: it is not counted.
          ...(i === 4
            ? { status: 'annulled' as const, annulled_on: '2023-05-01', annulled_reason: 'Sai đối tượng' }
            : {}),
        })),
      ])
      .execute();
    // Outside the half year (July) — not in the mid-year report.
    const july = await db
      .insertInto('decisions')
      .values({
        agency_id: agencyId,
        source: 'received',
        authority: 'thu-tuong',
        issuer_name: 'Thủ tướng Chính phủ',
        decided_on: '2023-07-20',
        year: 2023,
        code: 'bang-khen-thu-tuong',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('decision_recipients')
      .values({
        decision_id: july.id,
        subject_kind: 'person',
        person_id: people[0]!.id,
        display_name: people[0]!.full_name,
      })
      .execute();
    // The year's TĐKT plan: one task done on time, one overdue at 30/06, one due in September.
    const plan = await db
      .insertInto('plans')
      .values({
        agency_id: agencyId,
        year: 2023,
        title: 'Kế hoạch công tác thi đua, khen thưởng năm 2023',
        status: 'issued',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('plan_tasks')
      .values([
        {
          plan_id: plan.id,
          position: 1,
          content: 'Phát động thi đua năm 2023',
          deadline_kind: 'before',
          deadline_on: '2023-03-31',
          status: 'done',
          done_on: '2023-03-01',
        },
        {
          plan_id: plan.id,
          position: 2,
          content: 'Sơ kết phong trào thi đua',
          deadline_kind: 'on',
          deadline_on: '2023-05-31',
          status: 'in-progress',
        },
        {
          plan_id: plan.id,
          position: 3,
          content: 'Kiểm tra công tác thi đua',
          deadline_kind: 'month',
          deadline_month: '2023-09-01',
          status: 'not-started',
        },
      ])
      .execute();
    // Pending: 02 people proposed for the Prime Minister's bằng khen, sent in May.
    const prop = await db
      .insertInto('proposals')
      .values({
        agency_id: agencyId,
        year: 2023,
        kind: 'cong-trang',
        code: 'bang-khen-thu-tuong',
        authority: 'thu-tuong',
        title: 'Đề nghị Thủ tướng Chính phủ tặng bằng khen',
        status: 'sent',
        sent_on: '2023-05-12',
        sent_to: 'Thủ tướng Chính phủ',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('proposal_candidates')
      .values(
        people.slice(0, 2).map((p, i) => ({
          proposal_id: prop.id,
          position: i,
          subject_kind: 'person' as const,
          person_id: p.id,
          display_name: p.full_name,
        })),
      )
      .execute();
  });

  it('staff cannot create a report and another agency cannot read it', async () => {
    expect((await staff.post('/api/reports', { year: 2023, kind: 'so-ket-6-thang' })).statusCode).toBe(403);
    const bad = await officer.post('/api/reports', {
      year: 2023,
      kind: 'so-ket-6-thang',
      periodFrom: '2023-06-30',
      periodTo: '2023-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe('Ngày cuối kỳ báo cáo phải sau hoặc bằng ngày đầu kỳ.');
  });

  it('the mid-year report says what the records say: people, party, union, indicators, procedures, movements, awards', async () => {
    const r = await officer.post('/api/reports', { year: 2023, kind: 'so-ket-6-thang' });
    expect(r.statusCode, r.body).toBe(201);
    report = r.json();
    expect(report.report.periodTo).toBe('2023-06-30');
    expect(report.model.title).toBe(
      'Sơ kết công tác thi đua 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2023',
    );
    expect((await otherOfficer.get(`/api/reports/${report.report.id}`)).statusCode).toBe(403);
    expect((await staff.get(`/api/reports/${report.report.id}`)).statusCode).toBe(403);

    // Organisation facts against the rows, counted on 30/06/2023.
    const db = env.database.db;
    const active = await db
      .selectFrom('people')
      .select([
        'category',
        sql<number>`count(*)::int`.as('n'),
        sql<number>`(count(*) FILTER (WHERE party_member))::int`.as('party'),
      ])
      .where('agency_id', '=', agencyId)
      .where((eb) => eb.or([eb('start_date', 'is', null), eb('start_date', '<=', '2023-06-30')]))
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', '2023-06-30')]))
      .groupBy('category')
      .execute();
    const n = (c: string) => active.find((x) => x.category === c)?.n ?? 0;
    const total = active.reduce((s, x) => s + x.n, 0);
    const party = active.reduce((s, x) => s + x.party, 0);
    expect([total, n('cong-chuc'), n('vien-chuc'), n('hop-dong'), party]).toEqual([16, 11, 3, 2, 9]);
    expect(textOf(report, 'dac-diem')).toBe(
      'Đặc điểm, tình hình chung của cơ quan: Lãnh đạo Sở gồm Giám đốc, 03 Phó Giám đốc, 05 tổ chức chuyên môn, đơn vị trực thuộc Sở. ' +
        'Tổng số công chức, viên chức, người lao động Sở Công Thương hiện tại là 16 người, trong đó: Công chức 11 người, viên chức 03 người, hợp đồng lao động 02 người. ' +
        'Đảng ủy Sở có 06 đồng chí; Đảng bộ Sở có 03 Chi bộ trực thuộc, với tổng số 09 Đảng viên. ' +
        'Có 01 tổ chức Công đoàn cơ sở với 15 đoàn viên và có 01 Chi đoàn Thanh niên.',
    );

    // Indicators: seed 001's own sentences and percentages.
    const ind = textOf(report, 'chi-tieu');
    expect(ind).toContain(
      'Chỉ số sản xuất công nghiệp ước thực hiện 6 tháng tăng 11,3% so với cùng kỳ. Trong đó: công nghiệp khai khoáng tăng 12,05%.',
    );
    expect(ind).toContain(
      'Tổng giá trị sản xuất công nghiệp (giá so sánh 2010) tháng 6 ước đạt 1.935 tỷ đồng, lũy kế 6 tháng ước đạt 14.103,4 tỷ đồng, đạt 44,6% kế hoạch và tăng 14,9% so với cùng kỳ.',
    );
    expect(ind).toContain(
      'lũy kế 6 tháng ước đạt 46.828 tỷ đồng, đạt 43,36% kế hoạch và tăng 28,32% so với cùng kỳ.',
    );
    expect(ind).toContain(
      'lũy kế 6 tháng ước đạt 420 triệu USD, đạt 61,67% kế hoạch và tương đương cùng kỳ.',
    );
    expect(ind).toContain(
      '[^Ước thực hiện các mặt hàng (tăng/giảm so cùng kỳ): Cà phê 165.000 tấn/338 triệu USD tăng 1,85% về lượng, tăng 2,42% về giá trị.]',
    );
    expect(ind).toContain(
      'tháng 6 ước đạt 4 triệu USD, lũy kế 6 tháng ước đạt 59 triệu USD, đạt 53,6% kế hoạch và giảm 32% so với cùng kỳ.',
    );

    expect(textOf(report, 'nhiem-vu')).toBe(
      'Kế hoạch công tác thi đua, khen thưởng năm 2023 của Sở Công Thương có 03 nhiệm vụ; đến ngày 30/06/2023 đã hoàn thành 01 nhiệm vụ (01 nhiệm vụ đúng hạn), 01 nhiệm vụ quá hạn chưa hoàn thành, 01 nhiệm vụ đang triển khai theo kế hoạch.',
    );
    expect(ind).toContain(
      'Tổng kim ngạch xuất nhập khẩu qua biên giới 6 tháng ước đạt 74 triệu USD, giảm 10,8% so với cùng kỳ.',
    );
    expect(ind).toContain('Hộ dân sử dụng điện: 478.395/478.833 hộ, chiếm tỷ lệ 99,9%.');
    expect(textOf(report, 'thu-tuc-hanh-chinh')).toBe(
      'Từ ngày 15/12/2022 đến 31/05/2023, Sở Công Thương tiếp nhận 10.042 hồ sơ thủ tục hành chính, đã giải quyết và trả kết quả 9.946 hồ sơ cho các tổ chức, cá nhân, tất cả hồ sơ đều được giải quyết đúng hạn, không có hồ sơ giải quyết trễ hạn. ' +
        'Qua dịch vụ công trực tuyến đã tiếp nhận và giải quyết 9.816 hồ sơ, chiếm hơn 98% hồ sơ được giải quyết.',
    );
    // A slogan-like name is quoted (seed 001); "Phong trào thi đua năm 2023" is printed as named.
    expect(textOf(report, 'phong-trao')).toBe(
      'Phong trào thi đua “Gia Lai chung sức xây dựng nông thôn mới” giai đoạn 2021-2025: 220/220 xã, phường, thị trấn sử dụng điện lưới quốc gia (đạt tỷ lệ 100%).\n' +
        'Phong trào thi đua năm 2023: Công chức, viên chức hoàn thành nhiệm vụ 6 tháng đầu năm.',
    );
    const awards = textOf(report, 'khen-thuong');
    expect(awards).toContain(
      'Về danh hiệu: UBND tỉnh tặng danh hiệu “Tập thể lao động xuất sắc” cho Trung tâm Khuyến công và Xúc tiến thương mại;',
    );
    // 2 collectives and 4 people granted (the fifth annulled); the July decision is outside the period.
    expect(awards).toContain('Về khen thưởng: UBND tỉnh tặng bằng khen cho 02 tập thể và 04 cá nhân.');
    expect(awards.split('\n')[1]).toBe(
      'Về khen thưởng: UBND tỉnh tặng bằng khen cho 02 tập thể và 04 cá nhân.',
    );
    expect(awards).toContain('Đang đề nghị Thủ tướng Chính phủ tặng bằng khen cho 02 cá nhân.');
    expect(textOf(report, 'ket-luan')).toBe(
      'Trên đây là báo cáo kết quả công tác thi đua, khen thưởng 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2023 của Sở Công Thương tỉnh Gia Lai./.',
    );
    // Prose slots are empty and marked; the default signer is the head.
    expect(proseOf(report, 'uu-diem')).toBe('');
    expect(report.model.signature).toEqual({ authority: ['GIÁM ĐỐC'], signerName: 'Nguyễn Văn Giám' });
  });

  it('the officer writes prose; a changed figure regenerated shows the new figure and keeps the prose', async () => {
    const id = report.report.id;
    const w = await officer.put(`/api/reports/${id}/sections/uu-diem`, {
      body: 'Được sự quan tâm, chỉ đạo tích cực của Cấp ủy, Lãnh đạo Sở về công tác thi đua, khen thưởng.',
    });
    expect(w.statusCode, w.body).toBe(200);
    const sec = (w.json() as Detail).sections.find((s) => s.key === 'uu-diem')!;
    expect(sec.version).toBe(1);
    const signer = await officer.put(`/api/reports/${id}/sections/nguoi-ky`, {
      body: 'KT. Giám đốc\nPhó Giám đốc\nRcom Jen',
    });
    expect(signer.json().model.signature).toEqual({
      authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      signerName: 'Rcom Jen',
    });
    // A stale prose version is a conflict; an unknown key is refused.
    expect(
      (await officer.put(`/api/reports/${id}/sections/uu-diem`, { body: 'x', version: 7 })).statusCode,
    ).toBe(409);
    expect((await officer.put(`/api/reports/${id}/sections/khong-co`, { body: 'x' })).statusCode).toBe(400);

    expect((await put('gtsx-cn', 6, 'estimate', { value: '2035', priorYearValue: '12274' })).statusCode).toBe(
      200,
    );
    const before = (await officer.get(`/api/reports/${id}`)).json() as Detail;
    expect(textOf(before, 'chi-tieu')).toContain('14.103,4 tỷ đồng'); // the snapshot until regenerated
    const stale = await officer.post(`/api/reports/${id}/generate`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    const g = await officer.post(`/api/reports/${id}/generate`, { version: before.report.version });
    expect(g.statusCode, g.body).toBe(200);
    const after = g.json() as Detail;
    expect(textOf(after, 'chi-tieu')).toContain(
      'tháng 6 ước đạt 2.035 tỷ đồng, lũy kế 6 tháng ước đạt 14.203,4 tỷ đồng',
    );
    expect(proseOf(after, 'uu-diem')).toBe(
      'Được sự quan tâm, chỉ đạo tích cực của Cấp ủy, Lãnh đạo Sở về công tác thi đua, khen thưởng.',
    );
    report = after;
    const audit = await env.database.db
      .selectFrom('audit_log')
      .select(['entity', 'action'])
      .where('entity', 'in', ['reports', 'report_sections'])
      .execute();
    expect(audit.filter((a) => a.entity === 'reports').map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit.filter((a) => a.entity === 'report_sections')).toHaveLength(2);
  });

  it('a later report of the same kind starts from the saved prose', async () => {
    const r = await officer.post('/api/reports', { year: 2024, kind: 'so-ket-6-thang' });
    expect(r.statusCode, r.body).toBe(201);
    const next = r.json() as Detail;
    expect(proseOf(next, 'uu-diem')).toContain('Được sự quan tâm, chỉ đạo tích cực');
    const xlsx = await officer.get('/api/reports/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => cells.push(...(row.values as unknown[]).slice(1)));
    expect(cells).toContain(
      'Sơ kết công tác thi đua 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2024',
    );
    const list = await officer.get('/api/reports');
    expect(list.json().map((x: { year: number }) => x.year)).toEqual([2024, 2023]);
    const del = await officer.inject({
      method: 'DELETE',
      url: `/api/reports/${next.report.id}`,
      payload: { version: next.report.version },
    });
    expect(del.statusCode).toBe(204);
  });

  it('the year-end report covers the whole year: the July decision counts, Phần II looks at the next year', async () => {
    const r = await officer.post('/api/reports', { year: 2023, kind: 'tong-ket-nam' });
    expect(r.statusCode, r.body).toBe(201);
    const y = r.json() as Detail;
    expect(y.model.title).toBe(
      'Tổng kết công tác thi đua, khen thưởng năm 2023 và phương hướng, nhiệm vụ năm 2024',
    );
    expect(y.model.parts.find((p) => p.type === 'heading' && p.text === 'Phần II')).toMatchObject({
      subtitle: 'PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2024',
    });
    expect(textOf(y, 'khen-thuong')).toContain('Thủ tướng Chính phủ tặng bằng khen cho ');
    // Only January–June are in: the year-end sentence says the months still missing.
    expect(textOf(y, 'chi-tieu')).toContain(
      'Tổng giá trị sản xuất công nghiệp (giá so sánh 2010) cả năm ước đạt 14.203,4 tỷ đồng, đạt 44,9% kế hoạch (chưa có số liệu tháng 7–12).',
    );
    // Counted on 31/12: the person who joined in July is there.
    expect(textOf(y, 'dac-diem')).toContain(
      'hiện tại là 17 người, trong đó: Công chức 11 người, viên chức 04 người',
    );
    expect(textOf(y, 'nhiem-vu')).toContain('02 nhiệm vụ quá hạn chưa hoàn thành');
    const del = await officer.inject({
      method: 'DELETE',
      url: `/api/reports/${y.report.id}`,
      payload: { version: y.report.version },
    });
    expect(del.statusCode).toBe(204);
  });

  it('the .docx: Decree 30 header, the headings of seed 001, the figures with their footnote, prose marks and the signature', async () => {
    const r = await officer.get(`/api/reports/${report.report.id}/report.docx`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain('bao-cao-so-ket-6-thang-2023.docx');
    const d = inspectDocx(r.rawPayload);
    const paras = d.allParagraphs.map((p) => p.text);
    expect(paras).toContain('UBND TỈNH GIA LAI');
    expect(paras).toContain('SỞ CÔNG THƯƠNG');
    expect(paras).toContain('BÁO CÁO');
    expect(paras.some((p) => p.startsWith('Số:') && p.includes('/BC-SCT'))).toBe(true);
    for (const h of [
      'Phần I',
      'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ, CHUYÊN MÔN',
      'IV. CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
      'V. ĐÁNH GIÁ CHUNG',
      'Phần II',
    ])
      expect(paras).toContain(h);
    expect(paras.some((p) => p.includes('14.203,4 tỷ đồng, đạt 44,9% kế hoạch'))).toBe(true);
    expect(d.footnotes.some((f) => f.includes('Cà phê 165.000 tấn/338 triệu USD'))).toBe(true);
    expect(d.paragraphs.some((p) => p.hasFootnoteReference)).toBe(true);
    expect(paras).toContain('[Phần do cán bộ soạn: Hạn chế, nguyên nhân]');
    expect(paras.some((p) => p.includes('Được sự quan tâm, chỉ đạo tích cực'))).toBe(true);
    expect(paras.some((p) => p.includes('KT. GIÁM ĐỐC'))).toBe(true);
    expect(paras.some((p) => p.includes('Rcom Jen'))).toBe(true);
    expect(d.section.pageWidthMm).toBe(210);
    fs.writeFileSync(path.join(tmp, 'bao-cao.docx'), r.rawPayload);
  });

  const canConvert = findLibreOffice() !== null && hasBinary('pdfinfo');
  it.runIf(canConvert || process.env.CI === 'true')(
    'the .docx opens in LibreOffice (an A4 PDF)',
    async () => {
      const pdf = await convertToPdf(path.join(tmp, 'bao-cao.docx'), path.join(tmp, 'out'));
      const info = await pdfInfo(pdf);
      expect(info.pages).toBeGreaterThan(1);
      expect(info.pageSize).toMatch(/A4/);
    },
    120_000,
  );
});
