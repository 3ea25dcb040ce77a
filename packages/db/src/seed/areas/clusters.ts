// Demo data of one part of the yearly cycle (clusters and blocks, member agencies, leaders, cluster plan), written
// inside seedDemo's transaction after the organisation (agencies, units, people, groups, accounts) exists.
//
// Cụm thi đua V (seed 003): its 2025 plan — seed 003's twelve tasks moved to 2025, the first five done — issued
// by Sở Công Thương Lai Châu as Cụm trưởng; the 2024 year-end conference (January 2025) that elected Lai Châu
// leader and Điện Biên deputy for 2025, with its votes; and the 2025 mid-year review. The 2026 leader is left
// for the 2025 year-end conference (the election page).
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.ts';
import type { DeadlineKind } from '../../schema-cycle.ts';
import { SEEDED_AT } from '../demo-data.ts';

/** Lead or coordinating bodies of a seed-003 task: member agency codes, or the phrase as written. */
export type SeedBody = { agency: string } | { label: string };

export interface SeedClusterTask {
  content: string;
  lead: SeedBody[];
  coordinate: SeedBody[];
  deadline:
    | { kind: 'month'; month: number; yearOffset: number }
    | { kind: 'months'; from: number; to: number; yearOffset: number }
    | { kind: 'regularly' };
}

const MEMBERS: SeedBody = { label: 'Các cơ quan thành viên Cụm Thi đua V' };
const LC: SeedBody = { agency: 'SCT-LC' };
const DB_: SeedBody = { agency: 'SCT-DB' };

/**
 * Seed 003's task table ("III. NHIỆM VỤ CỤ THỂ VÀ THỜI GIAN THỰC HIỆN"), with the plan's year as a parameter:
 * `year` in the text stands for the plan's year, `next` for the year after.
 */
export function seed003Tasks(year: number): SeedClusterTask[] {
  const next = year + 1;
  const m = (month: number, yearOffset = 0) => ({ kind: 'month' as const, month, yearOffset });
  return [
    {
      content: `Xây dựng kế hoạch công tác thi đua, khen thưởng Cụm Thi đua V năm ${year}`,
      lead: [LC],
      coordinate: [MEMBERS],
      deadline: m(4),
    },
    {
      content: `Tổ chức phát động, ký kết giao ước thi đua Cụm Thi đua V năm ${year}`,
      lead: [LC],
      coordinate: [MEMBERS],
      deadline: m(4),
    },
    {
      content: 'Xây dựng Quy chế hoạt động của Cụm thi đua V',
      lead: [LC],
      coordinate: [MEMBERS],
      deadline: m(4),
    },
    {
      content: `Đăng ký thi đua, khen thưởng của Cụm Thi đua V năm ${year}`,
      lead: [LC],
      coordinate: [MEMBERS],
      deadline: m(5),
    },
    {
      content: `- Sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm ${year}\n- Tổ chức Hội nghị sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm ${year} (căn cứ vào tình hình thực tiễn tổ chức Hội nghị sơ kết trực tuyến hoặc bằng Văn bản)`,
      lead: [LC],
      coordinate: [MEMBERS],
      deadline: m(6),
    },
    {
      content:
        'Xây dựng và thực hiện kế hoạch tổ chức các hoạt động giao lưu học hỏi kinh nghiệm; thể dục thể thao của Cụm V (căn cứ vào tình hình thực tiễn)',
      lead: [LC],
      coordinate: [MEMBERS],
      deadline: { kind: 'months', from: 6, to: 7, yearOffset: 0 },
    },
    {
      content: `- Báo cáo tổng kết phong trào thi đua, công tác khen thưởng năm ${year}\n- Bảng tự chấm điểm thi đua năm ${year}`,
      lead: [MEMBERS],
      coordinate: [],
      deadline: m(12),
    },
    {
      content: `- Tổ chức Hội nghị Tổng kết công tác thi đua, khen thưởng năm ${year} (căn cứ vào tình hình thực tiễn tổ chức Hội nghị Tổng kết trực tiếp, trực tuyến hoặc bằng Văn bản)\n- Bầu đơn vị Cụm trưởng, Cụm phó năm ${next}.\n- Ký giao ước thi đua năm ${next}.`,
      lead: [LC, DB_],
      coordinate: [MEMBERS],
      deadline: m(1, 1),
    },
    {
      content: `Trình hồ sơ đề nghị khen thưởng các tập thể có thành tích trong phong trào thi đua hoàn thành xuất sắc nhiệm vụ năm ${year} Cụm Thi đua V`,
      lead: [LC],
      coordinate: [MEMBERS],
      deadline: { kind: 'months', from: 1, to: 2, yearOffset: 1 },
    },
    {
      content: `Báo cáo kết quả tổ chức hội nghị tổng kết năm ${year} và suy tôn Cụm trưởng, Cụm phó năm ${next} về Hội đồng TĐKT Bộ Công Thương.`,
      lead: [LC],
      coordinate: [MEMBERS],
      deadline: { kind: 'months', from: 1, to: 2, yearOffset: 1 },
    },
    {
      content:
        'Tuyên truyền, phổ biến các văn bản của Đảng, Nhà nước, bộ, ngành, Trung ương và tỉnh về công tác thi đua, khen thưởng; các phong trào thi đua; gương điển hình tiên tiến',
      lead: [MEMBERS],
      coordinate: [],
      deadline: { kind: 'regularly' },
    },
    {
      content: `Tổ chức triển khai thực hiện kế hoạch, các nội dung phát động phong trào thi đua của tỉnh, của Cụm năm ${year}`,
      lead: [MEMBERS],
      coordinate: [],
      deadline: { kind: 'regularly' },
    },
  ];
}

/** Seed 003's narrative sections for `year` ("[NHIỆM VỤ]" marks where the task table goes). */
export function seed003Sections(year: number): { heading: string; body: string }[] {
  return [
    {
      heading: 'MỤC ĐÍCH, YÊU CẦU',
      body: [
        '1. Mục đích',
        `Đẩy mạnh các phong trào thi đua yêu nước đảm bảo hiệu quả, chất lượng, tạo khí thế thi đua sôi nổi, cổ vũ, huy động tinh thần đoàn kết, chung sức đồng lòng, khắc phục khó khăn, phát huy lợi thế, quyết tâm thực hiện thắng lợi các nhiệm vụ chính trị, các chỉ tiêu phát triển kinh tế - xã hội năm ${year}.`,
        'Thực hiện tốt các quy định của pháp luật về thi đua, khen thưởng; nâng cao chất lượng công tác khen thưởng, đảm bảo thực chất có tác dụng giáo dục, nêu gương; làm tốt công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến trong các phong trào thi đua yêu nước.',
        '2. Yêu cầu',
        'Nội dung, tiêu chí thi đua phải thiết thực, phù hợp với đặc điểm, tình hình thực tiễn chung của các đơn vị trong Cụm, tạo sự chuyển biến mạnh mẽ về nhận thức và hành động trong thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị.',
        'Việc khen thưởng, tôn vinh các tập thể, cá nhân đảm bảo chính xác, công khai, công bằng, kịp thời và đúng quy định, tăng cường đoàn kết, hợp tác, phối hợp, trao đổi học tập kinh nghiệm giữa các đơn vị trong Cụm.',
      ].join('\n'),
    },
    {
      heading: 'NHIỆM VỤ TRỌNG TÂM',
      body: [
        '- Tổ chức thực hiện tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng; quán triệt sâu sắc tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh và Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về “Tiếp tục đổi mới công tác thi đua, khen thưởng”.',
        `- Tập trung đổi mới nội dung, phương thức, biện pháp tổ chức phong trào thi đua đảm bảo sát với yêu cầu nhiệm vụ chính trị, các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội năm ${year} của từng cơ quan Cụm Thi đua V.`,
        '- Nâng cao chất lượng công tác khen thưởng, đảm bảo chính xác, công khai, minh bạch và kịp thời, có tác dụng động viên, giáo dục, nêu gương.',
        '- Tiếp tục củng cố, kiện toàn và đổi mới nâng cao chất lượng hoạt động của Hội đồng Thi đua, khen thưởng các cơ quan trong Cụm; tổ chức các hoạt động Cụm thi đua.',
      ].join('\n'),
    },
    { heading: 'NHIỆM VỤ CỤ THỂ VÀ THỜI GIAN THỰC HIỆN', body: '[NHIỆM VỤ]' },
    {
      heading: 'TỔ CHỨC THỰC HIỆN',
      body: [
        '1. Cụm trưởng',
        '- Xây dựng chương trình, kế hoạch, hoàn thiện quy chế hoạt động của Cụm thi đua.',
        '- Xây dựng các tiêu chí thi đua, thang điểm phù hợp với đặc điểm, tính chất hoạt động của Cụm thi đua và các đơn vị thành viên.',
        '- Chấm điểm thi đua cho các đơn vị trong Cụm thi đua; phối hợp với Thường trực Hội đồng Thi đua - Khen thưởng Bộ đánh giá thi đua các đơn vị trong Cụm.',
        '- Tổ chức sơ kết 6 tháng và tổng kết năm hoạt động của Cụm thi đua.',
        '2. Cụm phó',
        '- Phối hợp với Cụm trưởng xây dựng chương trình, kế hoạch và điều hành hoạt động của Cụm thi đua.',
        '- Thay mặt Cụm trưởng giải quyết một số công việc khi được ủy quyền.',
        '3. Các đơn vị thành viên trong Cụm thi đua',
        '- Đăng ký các nội dung, tiêu chí, nhiệm vụ thi đua hàng năm với Cụm trưởng theo quy định.',
        '- Thực hiện có hiệu quả các nội dung đã ký kết giao ước thi đua; định kỳ báo cáo sơ kết 6 tháng, tổng kết năm.',
        '- Tự chấm điểm thi đua theo Quy chế hoạt động của Cụm với các nội dung, tiêu chí thi đua đã ký kết và báo cáo Cụm thi đua theo quy định.',
      ].join('\n'),
    },
    {
      heading: '',
      body: `Trên đây là Kế hoạch tổ chức công tác thi đua, khen thưởng năm ${year} của Cụm Thi đua V. Đề nghị các cơ quan trong Cụm triển khai thực hiện./.`,
    },
  ];
}

export const SEED_003_LEGAL_BASIS =
  'Thực hiện Quyết định số 309/QĐ-BCT ngày 17/02/2023 của Bộ Công Thương về việc phân chia Khối, Cụm thi đua của ngành Công Thương; Quyết định số 310/QĐ-BCT ngày 17/02/2023 của Bộ Công Thương công nhận Khối trưởng, Khối phó, Cụm trưởng, Cụm phó các Khối thi đua ngành Công Thương; Công văn số 1526/BCT-TCCB ngày 17/3/2023 của Bộ Công Thương về việc Hướng dẫn tổ chức hoạt động, đánh giá, bình xét thi đua của các Khối, Cụm thi đua của ngành Công Thương.';

export const SEED_003_RECIPIENTS = [
  'Bộ Công Thương - Vụ TCCB',
  'Các Sở Công Thương Cụm TĐ V',
  'Lưu: VT, TĐKT.',
];

/** Deadline columns of a seed task for a plan of `year`. */
export function seedDeadline(
  d: SeedClusterTask['deadline'],
  year: number,
): {
  deadline_kind: DeadlineKind;
  deadline_month: string | null;
  deadline_month_to: string | null;
} {
  const first = (y: number, mo: number) => `${y}-${String(mo).padStart(2, '0')}-01`;
  switch (d.kind) {
    case 'month':
      return {
        deadline_kind: 'month',
        deadline_month: first(year + d.yearOffset, d.month),
        deadline_month_to: null,
      };
    case 'months':
      return {
        deadline_kind: 'months',
        deadline_month: first(year + d.yearOffset, d.from),
        deadline_month_to: first(year + d.yearOffset, d.to),
      };
    case 'regularly':
      return { deadline_kind: 'regularly', deadline_month: null, deadline_month_to: null };
    default: {
      const never: never = d;
      return never;
    }
  }
}

export async function seedClustersDemo(trx: Transaction<DB>, _homeAgencyId: number): Promise<void> {
  const stamp = { created_at: SEEDED_AT, updated_at: SEEDED_AT };
  const group = await trx
    .selectFrom('emulation_groups')
    .select('id')
    .where('code', '=', 'CUM-V-BCT')
    .executeTakeFirst();
  if (!group) return;
  const agencies = await trx
    .selectFrom('agencies')
    .select(['id', 'code'])
    .where('code', 'in', ['SCT-LC', 'SCT-DB', 'SCT-SL', 'SCT-HB', 'SCT-GL'])
    .execute();
  const id = (code: string): number => {
    const a = agencies.find((x) => x.code === code);
    if (!a) throw new Error(`Dữ liệu mẫu không nhất quán: thiếu ${code}.`);
    return a.id;
  };
  const year = 2025;

  // The 2025 plan of the cluster, issued by the leader (Lai Châu).
  const doc = await trx
    .insertInto('outgoing_documents')
    .values({
      agency_id: id('SCT-LC'),
      group_id: group.id,
      year,
      kind: 'ke-hoach',
      number: '05',
      symbol: 'KH-CTĐV',
      place_name: 'Lai Châu',
      issued_on: '2025-03-20',
      title: `Tổ chức công tác thi đua, khen thưởng của Cụm Thi đua V năm ${year}`,
      legal_basis: SEED_003_LEGAL_BASIS,
      signer_line: 'TM. CỤM THI ĐUA V',
      signer_title: 'Giám đốc\nSở Công Thương tỉnh Lai Châu',
      signer_name: 'Nguyễn Sỹ Chín',
      recipients: JSON.stringify(SEED_003_RECIPIENTS),
      status: 'issued',
      ...stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const plan = await trx
    .insertInto('plans')
    .values({
      agency_id: id('SCT-LC'),
      group_id: group.id,
      kind: 'cluster',
      year,
      title: `Tổ chức công tác thi đua, khen thưởng của Cụm Thi đua V năm ${year}`,
      status: 'issued',
      document_id: doc.id,
      ...stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('plan_sections')
    .values(seed003Sections(year).map((s, i) => ({ plan_id: plan.id, position: i + 1, ...s })))
    .execute();
  const doneOn = ['2025-03-20', '2025-04-10', '2025-04-25', '2025-05-15', '2025-07-10'];
  for (const [i, t] of seed003Tasks(year).entries()) {
    const done = doneOn[i];
    const task = await trx
      .insertInto('plan_tasks')
      .values({
        plan_id: plan.id,
        position: i + 1,
        number: String(i + 1),
        content: t.content,
        ...seedDeadline(t.deadline, year),
        status: done ? 'done' : i === 5 ? 'in-progress' : 'not-started',
        done_on: done ?? null,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const bodies = [
      ...t.lead.map((b) => ({ role: 'lead' as const, b })),
      ...t.coordinate.map((b) => ({ role: 'coordinate' as const, b })),
    ];
    await trx
      .insertInto('plan_task_units')
      .values(
        bodies.map(({ role, b }, position) => ({
          task_id: task.id,
          role,
          agency_id: 'agency' in b ? id(b.agency) : null,
          label: 'label' in b ? b.label : null,
          position,
        })),
      )
      .execute();
  }

  // The 2024 year-end conference (hosted by the 2024 leader, Sơn La) elected 2025's leader and deputy.
  const tongKet = await trx
    .insertInto('cluster_meetings')
    .values({
      group_id: group.id,
      year: 2024,
      kind: 'tong-ket',
      held_on: '2025-01-16',
      host_agency_id: id('SCT-SL'),
      form: 'truc-tiep',
      present_count: 5,
      minutes:
        'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 của Cụm Thi đua V; suy tôn Cụm trưởng, Cụm phó năm 2025 và ký kết giao ước thi đua năm 2025.',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('cluster_meeting_votes')
    .values(
      [
        { subject: 'leader', agency: 'SCT-LC', f: 5, a: 0, passed: true },
        { subject: 'deputy', agency: 'SCT-DB', f: 4, a: 1, passed: true },
        { subject: 'deputy', agency: 'SCT-HB', f: 1, a: 4, passed: false },
      ].map((v) => ({
        meeting_id: tongKet.id,
        subject: v.subject as 'leader' | 'deputy',
        agency_id: id(v.agency),
        for_year: 2025,
        votes_for: v.f,
        votes_against: v.a,
        votes_total: 5,
        passed: v.passed,
      })),
    )
    .execute();
  // The 2025 mid-year review, online, hosted by the leader.
  await trx
    .insertInto('cluster_meetings')
    .values({
      group_id: group.id,
      year,
      kind: 'so-ket',
      held_on: '2025-07-10',
      host_agency_id: id('SCT-LC'),
      form: 'truc-tuyen',
      present_count: 5,
      minutes: 'Hội nghị sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm 2025 (trực tuyến).',
    })
    .execute();
}
