// Demo data of one part of the yearly cycle (cluster criteria, covenant and score sheets), written inside seedDemo's
// transaction after the organisation (agencies, units, people, groups, accounts) and the clusters exist.
//
// Cụm thi đua V, 2025 (Sở Công Thương Lai Châu leader, Điện Biên deputy): the criteria drafted by the leader in
// three groups after CV 1526/BCT-TCCB (nhiệm vụ chính trị; thi đua, khen thưởng và xây dựng tổ chức; điểm
// thưởng, điểm trừ), a member's comment, the covenant signed on 14/03/2025 that fixed them as version 1, the
// ranking settings (1 Cờ thi đua, 2 Bằng khen; tie-break "tổng điểm, nhóm I, điểm thưởng, biểu quyết"), and the
// sheets in various states: Lai Châu self-scored and scored by the leader, Điện Biên submitted, Sơn La returned
// with a reason, Hòa Bình half drafted, Gia Lai drafted and ready to send (log in as vanthu.tdkt).
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.ts';
import { SEEDED_AT } from '../demo-data.ts';

const YEAR = 2025;

type Kind = 'standard' | 'bonus' | 'penalty';
interface SeedCriterion {
  code: string;
  name: string;
  kind?: Kind;
  min?: number;
  max: number;
  evidence: string | null;
  indicator?: string;
}

const GROUPS: { code: string; name: string; max: number | null; criteria: SeedCriterion[] }[] = [
  {
    code: 'I',
    name: 'Thực hiện nhiệm vụ chính trị được giao',
    max: 60,
    criteria: [
      {
        code: '1.1',
        name: 'Hoàn thành các chỉ tiêu, nhiệm vụ phát triển ngành Công Thương năm 2025 được UBND tỉnh và Bộ Công Thương giao',
        max: 20,
        evidence: 'Báo cáo kết quả thực hiện nhiệm vụ năm 2025 có số liệu so với kế hoạch',
      },
      {
        code: '1.2',
        name: 'Giá trị sản xuất công nghiệp tăng so với cùng kỳ, đạt kế hoạch năm',
        max: 15,
        evidence: 'Số liệu giá trị sản xuất công nghiệp (giá so sánh 2010) của Cục Thống kê tỉnh',
        indicator: 'gtsx-cn',
      },
      {
        code: '1.3',
        name: 'Cải cách hành chính, chuyển đổi số; giải quyết thủ tục hành chính đúng hạn, trực tuyến toàn trình',
        max: 15,
        evidence: 'Báo cáo cải cách hành chính; số liệu hồ sơ tiếp nhận, giải quyết đúng hạn, trực tuyến',
      },
      {
        code: '1.4',
        name: 'Quản lý nhà nước về thương mại, thị trường, an toàn thực phẩm thuộc ngành',
        max: 10,
        evidence: 'Báo cáo kết quả kiểm tra, xử lý vi phạm',
      },
    ],
  },
  {
    code: 'II',
    name: 'Công tác thi đua, khen thưởng và xây dựng tổ chức',
    max: 40,
    criteria: [
      {
        code: '2.1',
        name: 'Phát động phong trào thi đua, đăng ký thi đua, ký kết giao ước; sơ kết, tổng kết đúng thời hạn',
        max: 10,
        evidence: 'Kế hoạch, văn bản phát động; bản đăng ký thi đua',
      },
      {
        code: '2.2',
        name: 'Công tác khen thưởng kịp thời, đúng quy định; phát hiện, nhân rộng điển hình tiên tiến',
        max: 10,
        evidence: 'Quyết định khen thưởng; bài viết, tin về điển hình tiên tiến',
      },
      {
        code: '2.3',
        name: 'Xây dựng tổ chức đảng, đoàn thể trong sạch vững mạnh; thực hiện văn hóa công sở',
        max: 10,
        evidence: 'Kết quả đánh giá, xếp loại tổ chức đảng, đoàn thể năm 2025',
      },
      {
        code: '2.4',
        name: 'Thực hiện chế độ thông tin, báo cáo và tham gia các hoạt động của Cụm',
        max: 10,
        evidence: 'Văn bản gửi Cụm trưởng đúng hạn',
      },
    ],
  },
  {
    code: 'III',
    name: 'Điểm thưởng, điểm trừ',
    max: null,
    criteria: [
      {
        code: '3.1',
        name: 'Được Bộ Công Thương, UBND tỉnh tặng Cờ thi đua, Bằng khen chuyên đề, đột xuất trong năm',
        kind: 'bonus',
        max: 5,
        evidence: 'Quyết định khen thưởng',
      },
      {
        code: '3.2',
        name: 'Chậm hoặc không gửi báo cáo, bảng tự chấm điểm theo quy định của Cụm',
        kind: 'penalty',
        min: -5,
        max: 0,
        evidence: null,
      },
    ],
  },
];

/** Points per criterion code, in the order of GROUPS. */
const SELF: Record<string, number[]> = {
  'SCT-LC': [19, 14, 14, 9, 10, 9, 10, 10, 2, 0],
  'SCT-DB': [18, 13, 14, 9, 9, 9, 9, 10, 0, 0],
  'SCT-SL': [19, 14, 13, 9, 10, 9, 10, 9, 1, 0],
  'SCT-HB': [17, 13, 13, 8],
  'SCT-GL': [19, 14, 14, 9, 10, 9, 10, 10, 1, 0],
};
const LEADER_LC = [19, 14, 14, 9, 10, 9, 10, 10, 2, 0];

export async function seedClusterScoringDemo(trx: Transaction<DB>, _homeAgencyId: number): Promise<void> {
  const group = await trx
    .selectFrom('emulation_groups')
    .select(['id', 'name'])
    .where('code', '=', 'CUM-V-BCT')
    .executeTakeFirst();
  if (!group) return;
  const members = await trx
    .selectFrom('emulation_group_members as m')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .select(['m.agency_id', 'a.code', 'a.name', 'm.role'])
    .where('m.group_id', '=', group.id)
    .where('m.year', '=', YEAR)
    .execute();
  const leader = members.find((m) => m.role === 'leader');
  if (!leader) return;
  const agency = new Map(members.map((m) => [m.code, m.agency_id]));
  const user = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'cumtruong.cum5')
    .executeTakeFirst();
  const commenter = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'vanthu.sct.sonla')
    .executeTakeFirst();
  const at = (d: string) => new Date(`${d}T09:00:00+07:00`);

  await trx
    .insertInto('cluster_scoring_settings')
    .values({
      group_id: group.id,
      year: YEAR,
      tie_break: JSON.stringify(['total', 'group:I', 'bonus', 'vote']),
      flag_count: 1,
      certificate_count: 2,
      guidance:
        'Công văn số 1526/BCT-TCCB ngày 17/3/2023 của Bộ Công Thương hướng dẫn tổ chức hoạt động, đánh giá, bình xét thi đua của các Khối, Cụm thi đua ngành Công Thương',
      updated_at: SEEDED_AT,
    })
    .execute();

  // The covenant (signed 14/03/2025 at Lai Châu) with every member as a signatory.
  const covenant = await trx
    .insertInto('covenants')
    .values({
      agency_id: leader.agency_id,
      group_id: group.id,
      year: YEAR,
      title: `Giao ước thi đua năm ${YEAR} – ${group.name}`,
      content: `Các cơ quan thành viên ${group.name} cam kết thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm ${YEAR}, thực hiện đầy đủ các tiêu chí, thang điểm của Cụm và tự chấm điểm trung thực, có minh chứng.`,
      status: 'signed',
      signed_on: '2025-03-14',
      place_name: 'Lai Châu',
      created_at: at('2025-02-24'),
      updated_at: at('2025-03-14'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = ['SCT-LC', 'SCT-DB', 'SCT-SL', 'SCT-HB', 'SCT-GL'].filter((c) => agency.has(c));
  await trx
    .insertInto('covenant_signatories')
    .values(
      order.map((c, i) => ({
        covenant_id: covenant.id,
        agency_id: agency.get(c)!,
        signer_title: 'Giám đốc',
        signed: true,
        position: i + 1,
      })),
    )
    .execute();

  // Criteria, fixed by the covenant.
  const criterionIds: number[] = [];
  let firstGroupId = 0;
  for (const [gi, g] of GROUPS.entries()) {
    const row = await trx
      .insertInto('cluster_criteria_groups')
      .values({
        group_id: group.id,
        year: YEAR,
        covenant_id: covenant.id,
        position: gi + 1,
        code: g.code,
        name: g.name,
        max_points: g.max,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (gi === 0) firstGroupId = row.id;
    for (const [ci, c] of g.criteria.entries()) {
      const cr = await trx
        .insertInto('cluster_criteria')
        .values({
          criteria_group_id: row.id,
          position: ci + 1,
          code: c.code,
          name: c.name,
          kind: c.kind ?? 'standard',
          min_points: c.min ?? 0,
          max_points: c.max,
          evidence_required: c.evidence,
          indicator_code: c.indicator ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      criterionIds.push(cr.id);
    }
  }
  const criteria = GROUPS.flatMap((g) => g.criteria);
  const snapshot = await trx
    .selectFrom('cluster_criteria as c')
    .innerJoin('cluster_criteria_groups as g', 'g.id', 'c.criteria_group_id')
    .select(['c.id', 'c.code', 'c.name', 'c.kind', 'c.min_points', 'c.max_points', 'g.code as group_code'])
    .where('g.group_id', '=', group.id)
    .where('g.year', '=', YEAR)
    .orderBy('g.position')
    .orderBy('c.position')
    .execute();
  await trx
    .insertInto('cluster_criteria_versions')
    .values({
      group_id: group.id,
      year: YEAR,
      covenant_id: covenant.id,
      version_no: 1,
      reason: 'Ký kết giao ước thi đua',
      snapshot: JSON.stringify({ criteria: snapshot }),
      created_by: user?.id ?? null,
      created_at: at('2025-03-14'),
    })
    .execute();
  const sl = agency.get('SCT-SL');
  if (sl !== undefined)
    await trx
      .insertInto('cluster_criteria_comments')
      .values({
        criteria_group_id: firstGroupId,
        criterion_id: criterionIds[2] ?? null,
        agency_id: sl,
        user_id: commenter?.id ?? null,
        content: 'Đề nghị tính cả tỷ lệ hồ sơ trực tuyến toàn trình vào tiêu chí 1.3.',
        created_at: at('2025-03-03'),
      })
      .execute();

  // Sheets: self and leader for every member.
  const sheet = async (
    code: string,
    kind: 'self' | 'leader',
    status: 'draft' | 'submitted' | 'returned' | 'scored',
    points: number[],
    extra: { submitted?: string; returned?: string } = {},
  ) => {
    const scored = agency.get(code);
    if (scored === undefined) return;
    const total = points.reduce((a, b) => a + b, 0);
    const row = await trx
      .insertInto('cluster_score_sheets')
      .values({
        group_id: group.id,
        year: YEAR,
        scored_agency_id: scored,
        scorer_kind: kind,
        scorer_agency_id: kind === 'self' ? scored : leader.agency_id,
        status,
        total: points.length ? total : null,
        submitted_at: extra.submitted ? at(extra.submitted) : null,
        returned_reason: extra.returned ?? null,
        created_at: at('2025-03-14'),
        updated_at: at(extra.submitted ?? '2025-03-14'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (points.length)
      await trx
        .insertInto('cluster_scores')
        .values(
          points.map((p, i) => ({
            sheet_id: row.id,
            criterion_id: criterionIds[i]!,
            min_points: criteria[i]!.min ?? 0,
            max_points: criteria[i]!.max,
            points: p,
            evidence:
              p !== 0 && criteria[i]!.evidence
                ? `${criteria[i]!.evidence} (kèm theo báo cáo năm 2025)`
                : null,
          })),
        )
        .execute();
    const steps: {
      action: 'submit' | 'return' | 'score';
      from: string;
      to: string;
      on: string;
      reason?: string;
    }[] = [];
    if (status !== 'draft' && kind === 'self')
      steps.push({ action: 'submit', from: 'draft', to: 'submitted', on: extra.submitted ?? '2025-12-10' });
    if (status === 'returned')
      steps.push({
        action: 'return',
        from: 'submitted',
        to: 'returned',
        on: '2025-12-15',
        reason: extra.returned!,
      });
    if (status === 'scored')
      steps.push({ action: 'score', from: 'submitted', to: 'scored', on: '2025-12-18' });
    if (steps.length)
      await trx
        .insertInto('cluster_score_sheet_events')
        .values(
          steps.map((s) => ({
            sheet_id: row.id,
            action: s.action,
            from_status: s.from,
            to_status: s.to,
            reason: s.reason ?? null,
            user_id: user?.id ?? null,
            at: at(s.on),
          })),
        )
        .execute();
  };
  await sheet('SCT-LC', 'self', 'scored', SELF['SCT-LC']!, { submitted: '2025-12-08' });
  await sheet('SCT-DB', 'self', 'submitted', SELF['SCT-DB']!, { submitted: '2025-12-09' });
  await sheet('SCT-SL', 'self', 'returned', SELF['SCT-SL']!, {
    submitted: '2025-12-10',
    returned: 'Tiêu chí 1.3 chưa có số liệu hồ sơ trực tuyến toàn trình; đề nghị bổ sung minh chứng.',
  });
  await sheet('SCT-HB', 'self', 'draft', SELF['SCT-HB']!);
  await sheet('SCT-GL', 'self', 'draft', SELF['SCT-GL']!);
  await sheet('SCT-LC', 'leader', 'scored', LEADER_LC, { submitted: '2025-12-18' });
  for (const c of ['SCT-DB', 'SCT-SL', 'SCT-HB', 'SCT-GL']) await sheet(c, 'leader', 'draft', []);
}
