// Seeds 000 (Sở Công Thương Gia Lai, kế hoạch công tác thi đua, khen thưởng năm 2023) and 004 (Sở Công
// Thương Lạng Sơn, 2024) entered in full through the API — header, legal basis, every section, every task
// with its deadline and responsibility, Nơi nhận and signature — and exported back as the .docx a
// Vietnamese office would sign after light editing (checked with inspect-docx and opened by LibreOffice).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import { convertToPdf, findLibreOffice } from '../../../../../packages/documents/src/pdf.ts';
import {
  SEED_004_TASKS,
  seed004Plan,
} from '../../../../../packages/documents/src/builders/fixtures/seed-004-plan.ts';
import { buildAgency, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

type Deadline = Record<string, unknown>;
interface SeedTask {
  quarter: number | null;
  content: string;
  lead: (number | string)[];
  coordinate?: (number | string)[];
  deadline: Deadline;
}

async function pdfOpens(payload: Buffer, name: string): Promise<void> {
  if (!findLibreOffice()) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-seed-plan-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, payload);
    const pdf = await convertToPdf(file, dir);
    expect(fs.statSync(pdf).size).toBeGreaterThan(1000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe(`plans: seeds 000 and 004 entered in full and exported (${testEngine()})`, () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
  });
  afterAll(async () => {
    await env?.close();
  });

  async function agencyWithVp(name: string, parent: string, place: string) {
    const db = env.database.db;
    const agencyId = (await buildAgency(db, { name })).id;
    await db
      .updateTable('agencies')
      .set({ parent_name: parent, place_name: place, symbol: 'SCT' })
      .where('id', '=', agencyId)
      .execute();
    const vp = (
      await buildUnit(db, { agencyId, code: `VP${agencyId}`, name: 'Văn phòng', kind: 'van-phong' })
    ).id;
    const o = await buildUser(db, { role: 'officer', agencyId });
    return { agencyId, vp, officer: await login(env.app, o.username, o.password) };
  }

  async function enterTasks(officer: Client, planId: number, tasks: SeedTask[]) {
    for (const t of tasks) {
      const ids = (xs: (number | string)[] | undefined) =>
        (xs ?? []).filter((x): x is number => typeof x === 'number');
      const labels = (xs: (number | string)[] | undefined) =>
        (xs ?? []).filter((x): x is string => typeof x === 'string');
      const r = await officer.post(`/api/plans/${planId}/tasks`, {
        quarter: t.quarter,
        content: t.content,
        leadUnitIds: ids(t.lead),
        leadLabels: labels(t.lead),
        coordinatingUnitIds: ids(t.coordinate),
        coordinatingLabels: labels(t.coordinate),
        deadline: t.deadline,
      });
      expect(r.statusCode, `${t.content}: ${r.body}`).toBe(201);
    }
  }

  it('seed 000 (Gia Lai 2023): five sections, twelve tasks by quarter, the director signs; the list layout reads like the seed', async () => {
    const { agencyId, vp, officer } = await agencyWithVp('Sở Công Thương', 'UBND tỉnh Gia Lai', 'Gia Lai');
    const r = await officer.post('/api/plans', {
      agencyId,
      year: 2023,
      title: 'Triển khai công tác thi đua, khen thưởng năm 2023',
      symbol: 'KH-SCT',
      issuedOn: '2023-02-10',
      legalBasis:
        'Thực hiện Chỉ thị số 01/CT-UBND ngày 18/01/2023 của Ủy ban nhân dân tỉnh về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2023; chào mừng kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc – Ngày truyền thống thi đua yêu nước (11/6/1948-11/6/2023); Chỉ thị của Bộ Công Thương và Công đoàn Công Thương Việt Nam về việc tổ chức phong trào thi đua năm 2023; Kế hoạch phát động Phong trào thi đua yêu nước năm 2023 của Cụm thi đua số 5 và Khối thi đua các sở, ngành kinh tế tỉnh Gia Lai.\nNhằm đẩy mạnh các phong trào thi đua yêu nước, phát huy tính chủ động, sáng tạo của mỗi cá nhân, tập thể trong công việc, quyết tâm thực hiện thắng lợi những nhiệm vụ chính trị của ngành Công Thương. Sở Công Thương xây dựng kế hoạch triển khai công tác thi đua, khen thưởng năm 2023 như sau:',
      signerLine: 'GIÁM ĐỐC',
      signerName: 'Phạm Văn Binh',
      recipients: [
        'Ban TĐKT tỉnh (b/c);',
        'Khối thi đua các sở, ngành kinh tế (b/c);',
        'Hội đồng TĐKT Sở;',
        'Giám đốc, các Phó Giám đốc Sở;',
        'Các phòng, đơn vị thuộc Sở;',
        'Trang thông tin điện tử Sở;',
        'Lưu: Văn thư, Văn phòng.',
      ],
      sections: [
        {
          heading: 'NHIỆM VỤ CHUNG',
          body: '1. Tiếp tục tuyên truyền, quán triệt công chức, viên chức thuộc Sở thực hiện Chỉ thị 34-CT/TW ngày 7/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua - khen thưởng; Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết một số điều của Luật Thi đua - khen thưởng.\n2. Tiếp tục thực hiện Quyết định số 33/2018/QĐ-UBND ngày 28/12/2018 của Ủy ban nhân dân tỉnh ban hành Quy định về thi đua, khen thưởng trên địa bàn tỉnh Gia Lai.\n3. Đổi mới công tác thi đua, khen thưởng trong ngành Công Thương theo hướng thiết thực, hiệu quả; tập trung xây dựng các điển hình tiên tiến.\n4. Tiếp tục thực hiện tốt phong trào thi đua đổi mới sáng tạo, tạo môi trường thi đua thuận lợi để mọi tập thể, cá nhân hăng hái thi đua.',
        },
        {
          heading: 'MỤC ĐÍCH, YÊU CẦU',
          body: '1. Mục đích\n- Bám sát nhiệm vụ chính trị của ngành, phát động các phong trào thi đua thiết thực, lập thành tích chào mừng các ngày lễ lớn trong năm 2023.\n- Đẩy mạnh các phong trào thi đua, chú trọng khen thưởng theo công trạng và thành tích đạt được, khen thưởng thành tích đột xuất.\n- Tham gia và hoàn thành tốt công tác thi đua của Cụm thi đua số 5 và Khối thi đua các sở, ngành Kinh tế tỉnh.\n2. Yêu cầu: Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao đăng ký thi đua đảm bảo thiết thực, hiệu quả, phấn đấu hoàn thành xuất sắc nhiệm vụ năm 2023.',
        },
        { heading: 'NỘI DUNG THỰC HIỆN', body: '[NHIỆM VỤ]' },
        {
          heading: 'CÁC GIẢI PHÁP CHỦ YẾU',
          body: '1. Tổ chức phát động phong trào thi đua, triển khai sâu rộng trong toàn cơ quan.\n2. Tăng cường đổi mới phương thức tổ chức, phối hợp chặt chẽ với các tổ chức, đơn vị để triển khai các phong trào thi đua chung của ngành.\n3. Gắn công tác kiểm tra, đánh giá chuyên môn với đánh giá phong trào thi đua và bình xét khen thưởng.\n4. Thực hiện nghiêm túc các quy trình, thủ tục công nhận danh hiệu thi đua; các hình thức khen thưởng; đảm bảo tỷ lệ, tiêu chuẩn khen thưởng.\n5. Coi trọng công tác phát hiện và khen thưởng kịp thời các điển hình tiên tiến, nhân tố mới, mô hình mới.\n6. Cử công chức đi tập huấn, bồi dưỡng nghiệp vụ về công tác thi đua, khen thưởng (nếu có).',
        },
        {
          heading: 'TỔ CHỨC THỰC HIỆN',
          body: '1. Yêu cầu các phòng, đơn vị thuộc Sở triển khai nội dung thi đua, khen thưởng năm 2023 của Sở đến công chức, viên chức, người lao động; đồng thời đăng ký thi đua năm 2023; đăng ký sáng kiến kinh nghiệm năm 2023 gửi về Hội đồng Thi đua, khen thưởng Sở (qua Văn phòng) để tổng hợp.\nCác cá nhân, tập thể nào không đăng ký thi đua đầu năm thì Hội đồng thi đua, khen thưởng Sở Công Thương không xem xét khen thưởng cuối năm.\nCác cá nhân không có đăng ký sáng kiến kinh nghiệm trong năm thì không được xét tặng danh hiệu Chiến sĩ thi đua cấp cơ sở.\n2. Giao Văn phòng theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai thực hiện nội dung kế hoạch này và định kỳ báo cáo về Văn phòng để tổng hợp, báo cáo./.',
        },
      ],
    });
    expect(r.statusCode, r.body).toBe(201);
    const planId = (r.json() as { id: number }).id;
    const all = 'các phòng, đơn vị thuộc Sở';
    await enterTasks(officer, planId, [
      {
        quarter: 1,
        content: 'Xây dựng, ban hành kế hoạch công tác thi đua, đăng ký thi đua năm 2023.',
        lead: [vp],
        coordinate: [all],
        deadline: { kind: 'before', on: '2023-02-28' },
      },
      {
        quarter: 1,
        content:
          'Phát động phong trào thi đua, đăng ký thi đua năm 2023 với Hội đồng Thi đua - Khen thưởng Bộ, tỉnh và ký kết giao ước thi đua Khối các sở, ngành kinh tế tỉnh.',
        lead: [vp, 'đơn vị thành viên trong Khối'],
        deadline: { kind: 'before', on: '2023-02-28' },
      },
      {
        quarter: 2,
        content: 'Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023.',
        lead: [vp],
        coordinate: [all],
        deadline: { kind: 'before', on: '2023-06-15' },
      },
      {
        quarter: 2,
        content:
          'Hưởng ứng, tham gia các phong trào thi đua cấp trên phát động; tham gia các phong trào do Khối thi đua các sở, ngành kinh tế tổ chức.',
        lead: [vp, all, 'Công đoàn và Chi đoàn thanh niên'],
        deadline: { kind: 'per-higher-plan', text: 'cấp trên và của Khối' },
      },
      {
        quarter: 2,
        content:
          'Tham gia Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2023 Khối thi đua các sở, ngành kinh tế tỉnh.',
        lead: ['Đại diện lãnh đạo Sở', vp],
        deadline: { kind: 'per-higher-plan', text: 'Khối' },
      },
      {
        quarter: 3,
        content: 'Triển khai và tổng hợp đăng ký sáng kiến kinh nghiệm năm 2023.',
        lead: [vp, 'cá nhân các tổ chức, đơn vị thuộc Sở'],
        deadline: { kind: 'before', on: '2023-10-10' },
      },
      {
        quarter: 3,
        content: 'Họp Hội đồng sáng kiến Sở.',
        lead: [vp],
        deadline: { kind: 'on', on: '2023-10-30' },
      },
      {
        quarter: 4,
        content:
          'Các phòng, đơn vị thuộc Sở tổ chức đánh giá, phân loại công chức, viên chức và bình xét các danh hiệu, hình thức khen thưởng cho tập thể, cá nhân.',
        lead: ['Hội đồng thi đua, khen thưởng Sở', 'Hội đồng của đơn vị trực thuộc'],
        deadline: { kind: 'month', month: '2023-12' },
      },
      {
        quarter: 4,
        content:
          'Tổ chức tổng kết công tác thi đua khen thưởng, họp Hội đồng thi đua Sở Công Thương đánh giá, phân loại công chức, viên chức và bình xét các danh hiệu, hình thức khen thưởng cho tập thể, cá nhân.',
        lead: ['Hội đồng thi đua, khen thưởng Sở'],
        deadline: { kind: 'month', month: '2023-12' },
      },
      {
        quarter: 4,
        content:
          'Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023, Phương hướng nhiệm vụ, kế hoạch năm 2024.',
        lead: [vp],
        deadline: { kind: 'month', month: '2023-12' },
      },
      {
        quarter: 4,
        content: 'Tham dự Hội nghị tổng kết công tác thi đua năm 2023 của Khối.',
        lead: ['Lãnh đạo Sở', vp],
        deadline: { kind: 'per-higher-plan', text: 'Khối' },
      },
      {
        quarter: null,
        content:
          'Tổng hợp, thẩm định hồ sơ và trình các cấp khen thưởng thành tích cho các tập thể, cá nhân thuộc Sở.',
        lead: [vp, 'các cá nhân, tập thể có liên quan'],
        deadline: {
          kind: 'other',
          text: 'Trong năm 2023 (khen theo công trạng, khen chuyên đề, kết thúc năm)',
        },
      },
    ]);
    const tasks = (await officer.get(`/api/plans/${planId}/tasks`)).json() as { quarter: number | null }[];
    expect(tasks.map((t) => t.quarter)).toEqual([1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 4, null]);

    const d = await officer.get(`/api/plans/${planId}/document.docx?layout=list`);
    expect(d.statusCode).toBe(200);
    const texts = inspectDocx(d.rawPayload).allParagraphs.map((p) => p.text);
    const text = texts.join('\n');
    expect(texts).toEqual(
      expect.arrayContaining([
        'UBND TỈNH GIA LAI',
        'SỞ CÔNG THƯƠNG',
        'KẾ HOẠCH',
        'Triển khai công tác thi đua, khen thưởng năm 2023',
        'I. NHIỆM VỤ CHUNG',
        'II. MỤC ĐÍCH, YÊU CẦU',
        'III. NỘI DUNG THỰC HIỆN',
        'IV. CÁC GIẢI PHÁP CHỦ YẾU',
        'V. TỔ CHỨC THỰC HIỆN',
        '1. Nhiệm vụ quý I',
        '2. Nhiệm vụ quý II',
        '3. Nhiệm vụ quý III',
        '4. Nhiệm vụ quý IV',
        '5. Nhiệm vụ cả năm',
        'GIÁM ĐỐC',
        'Phạm Văn Binh',
      ]),
    );
    expect(text).toContain('Gia Lai, ngày 10 tháng 02 năm 2023');
    expect(text).toMatch(/Thực hiện Chỉ thị số 01\/CT-UBND ngày 18\/01\/2023/);
    expect(texts).toContain('- Thời gian hoàn thành: Trước ngày 15/06/2023.');
    expect(texts).toContain('- Thời gian hoàn thành: Theo Kế hoạch của Khối.');
    expect(texts).toContain('- Thời gian hoàn thành: Tháng 12/2023.');
    expect(text).toContain('Trong năm 2023 (khen theo công trạng, khen chuyên đề, kết thúc năm)');
    expect(text).toMatch(/Trách nhiệm thực hiện: Văn phòng chủ trì, phối hợp các phòng, đơn vị thuộc Sở/);
    expect(text).toContain('Lưu: Văn thư, Văn phòng.');
    expect(text).toContain(
      'Các cá nhân không có đăng ký sáng kiến kinh nghiệm trong năm thì không được xét tặng',
    );
    await pdfOpens(d.rawPayload, 'ke-hoach-2023.docx');
  }, 120_000);

  it('seed 004 (Lạng Sơn 2024): the builder fixture entered through the API gives the table layout with every task', async () => {
    const { agencyId, vp, officer } = await agencyWithVp('Sở Công Thương', 'UBND tỉnh Lạng Sơn', 'Lạng Sơn');
    const f = seed004Plan();
    const prose = (content: unknown[]): string =>
      (content as { kind: string; text?: string; title?: string; content?: unknown[] }[])
        .map((c) =>
          c.kind === 'subsection'
            ? `${c.title}\n${prose(c.content ?? [])}`
            : c.kind === 'tasks'
              ? '[NHIỆM VỤ]'
              : (c.text ?? ''),
        )
        .join('\n');
    const r = await officer.post('/api/plans', {
      agencyId,
      year: 2024,
      title: f.title,
      symbol: 'KH-SCT',
      issuedOn: f.date,
      legalBasis: f.legalBasis.join('\n'),
      signerLine: 'KT. GIÁM ĐỐC',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signerName: 'Trần Thị Hoa',
      recipients: [...f.recipients, 'Lưu: VT, VP.'],
      sections: [
        ...f.sections.map((s) => ({ heading: s.title.toUpperCase(), body: prose(s.content as unknown[]) })),
        { heading: '', body: f.closing ?? '' },
      ],
    });
    expect(r.statusCode, r.body).toBe(201);
    const planId = (r.json() as { id: number }).id;
    const deadline = (d: (typeof SEED_004_TASKS)[number]['deadline']): Deadline => {
      const x = d as { kind: string; date?: string; of?: string; year?: number; month?: number };
      if (x.kind === 'per-plan') return { kind: 'per-higher-plan', text: x.of };
      if (x.kind === 'within-month')
        return { kind: 'month', month: `${x.year}-${String(x.month).padStart(2, '0')}` };
      if (x.kind === 'regularly') return { kind: 'regularly' };
      return { kind: x.kind, on: x.date };
    };
    await enterTasks(
      officer,
      planId,
      SEED_004_TASKS.map((t) => ({
        quarter: t.quarter,
        content: t.content,
        lead: t.leadUnits.map((u) => (u === 'Văn phòng Sở' ? vp : u)),
        coordinate: t.coordinatingUnits,
        deadline: deadline(t.deadline),
      })),
    );
    const d = await officer.get(`/api/plans/${planId}/document.docx`);
    expect(d.statusCode).toBe(200);
    const doc = inspectDocx(d.rawPayload);
    const texts = doc.allParagraphs.map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'UBND TỈNH LẠNG SƠN',
        'KẾ HOẠCH',
        'Công tác thi đua, khen thưởng năm 2024',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'II. NỘI DUNG',
        'III. TỔ CHỨC THỰC HIỆN',
        'KT. GIÁM ĐỐC',
        'PHÓ GIÁM ĐỐC',
        'Trần Thị Hoa',
        '- Lưu: VT, VP.',
      ]),
    );
    const table = doc.tables.find((t) => t.texts[0]?.[1] === 'Nội dung');
    expect(table, 'task table').toBeDefined();
    const cells = table!.texts.flat().join('\n');
    for (const t of SEED_004_TASKS) expect(cells).toContain(t.content);
    expect(cells).toContain('Trước ngày 28/02/2024');
    expect(cells).toContain('Thường xuyên');
    expect(texts.some((t) => t.startsWith('Trên đây là Kế hoạch triển khai công tác thi đua'))).toBe(true);
    await pdfOpens(d.rawPayload, 'ke-hoach-2024.docx');
  }, 120_000);
});
