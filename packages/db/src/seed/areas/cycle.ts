// Demo data of one part of the yearly cycle (plans, movements, registrations, covenants, initiatives), written inside seedDemo's
// transaction after the organisation (agencies, units, people, groups, accounts) exists.
//
// A live 2025 for the demo agency (Sở Công Thương Gia Lai), so a newcomer sees the year at work:
//  * the 2025 plan of TĐKT work in seed 004's shape (sections, tasks by quarter with the deadline shapes of
//    seed 000, lead and coordinating units, deputy signature), the first-quarter tasks done with evidence;
//  * the yearly movement in seed 002's shape (theme, slogan, two phases, quantitative and qualitative
//    targets, the titles it leads to, every unit taking part, the launch text) with a first-phase result,
//    and a topical movement of the province;
//  * the units' and a few people's 2025 registrations (Văn phòng, Phòng Kế hoạch – Tài chính), one of them
//    for the topical movement; the agency's 2025 covenant signed by the units;
//  * the units' own ratings for 2024 and 2025 (the basis of TT LĐTT / TT LĐXS in the rating grid);
//  * one initiative of 2025, recognised at cơ sở level.
// Phòng Quản lý Thương mại and its people are left untouched: the browser journeys register them live.
// Deterministic: fixed dates, names read from the seeded organisation, no randomness.
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.ts';
import { SEEDED_AT } from '../demo-data.ts';

const YEAR = 2025;

export async function seedCycleDemo(trx: Transaction<DB>, homeAgencyId: number): Promise<void> {
  const stamp = { created_at: SEEDED_AT, updated_at: SEEDED_AT };
  const units = await trx
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('agency_id', '=', homeAgencyId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  const unit = (code: string): number => {
    const u = units.find((x) => x.code === code);
    if (!u) throw new Error(`demo cycle: unit ${code} missing`);
    return u.id;
  };
  const people = await trx
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.full_name', 'p.position', 'p.is_leader', 'u.code'])
    .where('p.agency_id', '=', homeAgencyId)
    .orderBy('p.sort_key')
    .orderBy('p.id')
    .execute();
  const deputy = people.find((p) => p.code === 'BGD' && p.position === 'Phó Giám đốc');
  const inUnit = (code: string) => people.filter((p) => p.code === code);
  const vp = unit('VP');
  const khtc = unit('KHTC');

  // ── the 2025 plan (seed 004 shape) ──
  const doc = await trx
    .insertInto('outgoing_documents')
    .values({
      agency_id: homeAgencyId,
      year: YEAR,
      kind: 'ke-hoach',
      number: '05',
      symbol: 'KH-SCT',
      place_name: 'Gia Lai',
      issued_on: '2025-01-10',
      title: 'Công tác thi đua, khen thưởng năm 2025',
      legal_basis:
        'Thực hiện Kế hoạch số 3120/KH-UBND ngày 27/12/2024 của UBND tỉnh Gia Lai về công tác thi đua, khen thưởng năm 2025; Chỉ thị của Bộ Công Thương về tổ chức phong trào thi đua năm 2025, Sở Công Thương xây dựng Kế hoạch công tác thi đua, khen thưởng năm 2025 như sau:',
      signer_line: 'KT. GIÁM ĐỐC',
      signer_title: 'PHÓ GIÁM ĐỐC',
      signer_name: deputy?.full_name ?? null,
      recipients: JSON.stringify([
        'Ban Thi đua - Khen thưởng tỉnh (b/c)',
        'Lãnh đạo Sở',
        'Các phòng, đơn vị thuộc Sở',
        'Lưu: VT, VP.',
      ]),
      created_at: SEEDED_AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const plan = await trx
    .insertInto('plans')
    .values({
      agency_id: homeAgencyId,
      year: YEAR,
      title: 'Công tác thi đua, khen thưởng năm 2025',
      status: 'issued',
      document_id: doc.id,
      ...stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('plan_sections')
    .values([
      {
        plan_id: plan.id,
        position: 1,
        heading: 'MỤC ĐÍCH, YÊU CẦU',
        body: '1. Mục đích\nĐẩy mạnh các phong trào thi đua yêu nước, phấn đấu hoàn thành xuất sắc nhiệm vụ chính trị năm 2025 của ngành Công Thương.\n2. Yêu cầu\nCông tác thi đua, khen thưởng bảo đảm chính xác, công khai, công bằng, kịp thời; gắn kết quả phong trào thi đua với bình xét khen thưởng.',
      },
      { plan_id: plan.id, position: 2, heading: 'NỘI DUNG', body: '[NHIỆM VỤ]' },
      {
        plan_id: plan.id,
        position: 3,
        heading: 'TỔ CHỨC THỰC HIỆN',
        body: 'Văn phòng Sở (Thường trực Hội đồng Thi đua - Khen thưởng) theo dõi, đôn đốc các phòng, đơn vị thực hiện; tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện trước ngày 15/12/2025.',
      },
    ])
    .execute();
  type Task = {
    quarter: number | null;
    content: string;
    deadline: { kind: 'before' | 'on' | 'month' | 'regularly'; on?: string; month?: string };
    lead: number;
    coordinate?: string;
    done?: { on: string; evidence: string };
  };
  const tasks: Task[] = [
    {
      quarter: 1,
      content: 'Phát động phong trào thi đua năm 2025 trong toàn ngành.',
      deadline: { kind: 'before', on: '2025-02-28' },
      lead: vp,
      coordinate: 'Công đoàn Sở',
      done: { on: '2025-02-14', evidence: 'Kế hoạch phát động số 12/KH-SCT ngày 14/02/2025.' },
    },
    {
      quarter: 1,
      content: 'Tổ chức ký kết giao ước thi đua năm 2025 giữa các phòng, đơn vị thuộc Sở.',
      deadline: { kind: 'before', on: '2025-03-15' },
      lead: vp,
      coordinate: 'Các phòng, đơn vị thuộc Sở',
      done: { on: '2025-03-05', evidence: 'Bản giao ước thi đua ký ngày 05/03/2025.' },
    },
    {
      quarter: 1,
      content: 'Tổng hợp đăng ký thi đua của tập thể, cá nhân năm 2025.',
      deadline: { kind: 'month', month: '2025-03-01' },
      lead: vp,
      coordinate: 'Các phòng, đơn vị thuộc Sở',
      done: { on: '2025-03-28', evidence: 'Danh sách đăng ký thi đua năm 2025.' },
    },
    {
      quarter: 2,
      content: 'Sơ kết phong trào thi đua 6 tháng đầu năm 2025 (đợt thứ nhất).',
      deadline: { kind: 'on', on: '2025-06-30' },
      lead: vp,
      done: { on: '2025-06-30', evidence: 'Báo cáo sơ kết số 85/BC-SCT ngày 30/6/2025.' },
    },
    {
      quarter: 3,
      content: 'Đăng ký và thẩm định sáng kiến, giải pháp năm 2025.',
      deadline: { kind: 'before', on: '2025-08-30' },
      lead: khtc,
      coordinate: 'Hội đồng sáng kiến',
      done: { on: '2025-08-25', evidence: 'Biên bản họp Hội đồng sáng kiến ngày 25/8/2025.' },
    },
    {
      quarter: 4,
      content: 'Tổng kết công tác thi đua, khen thưởng năm 2025; bình xét danh hiệu thi đua.',
      deadline: { kind: 'month', month: '2025-12-01' },
      lead: vp,
      coordinate: 'Hội đồng Thi đua - Khen thưởng',
    },
    {
      quarter: null,
      content: 'Khen thưởng kịp thời tập thể, cá nhân có thành tích đột xuất.',
      deadline: { kind: 'regularly' },
      lead: vp,
    },
  ];
  for (const [i, t] of tasks.entries()) {
    const task = await trx
      .insertInto('plan_tasks')
      .values({
        plan_id: plan.id,
        position: i + 1,
        quarter: t.quarter,
        content: t.content,
        deadline_kind: t.deadline.kind,
        deadline_on: t.deadline.on ?? null,
        deadline_month: t.deadline.month ?? null,
        status: t.done ? 'done' : t.deadline.kind === 'regularly' ? 'in-progress' : 'not-started',
        done_on: t.done?.on ?? null,
        evidence: t.done?.evidence ?? null,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('plan_task_units')
      .values([
        { task_id: task.id, role: 'lead', unit_id: t.lead, label: null },
        ...(t.coordinate
          ? [{ task_id: task.id, role: 'coordinate' as const, unit_id: null, label: t.coordinate }]
          : []),
      ])
      .execute();
  }

  // ── the yearly movement (seed 002 shape) and a topical one ──
  const launch = {
    number: '12',
    issuedOn: '2025-02-14',
    preamble:
      'Thực hiện Chỉ thị số 01/CT-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025; Kế hoạch phát động phong trào thi đua năm 2025 của Khối thi đua các sở, ngành kinh tế tỉnh. Sở Công Thương phát động phong trào thi đua năm 2025 như sau:',
    purpose:
      '1. Mục đích:\n- Phát huy tính sáng tạo của mỗi tập thể, cá nhân, tạo khí thế thi đua sôi nổi trong toàn thể công chức, viên chức, người lao động, phấn đấu hoàn thành xuất sắc nhiệm vụ được giao năm 2025.\n2. Yêu cầu:\n- Phong trào thi đua được phát động sâu rộng, nội dung thiết thực, hình thức phong phú; gắn kết quả thi đua với bình xét khen thưởng.',
    contents:
      '2.1. Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025 của ngành Công Thương.\n2.2. Đẩy mạnh phong trào thi đua “Lao động giỏi, lao động sáng tạo”, phát huy sáng kiến, cải tiến kỹ thuật.\n2.3. Thực hiện tốt công tác cải cách hành chính, chuyển đổi số trong quản lý nhà nước về công thương.',
    implementation:
      '1. Các phòng, đơn vị thuộc Sở căn cứ nội dung phong trào đăng ký thi đua, gửi về Văn phòng Sở trước ngày 15/3/2025.\n\nCác tập thể và cá nhân không đăng ký thi đua, cuối năm sẽ không được xét công nhận các danh hiệu thi đua.\n\n2. Văn phòng Sở (Thường trực Hội đồng Thi đua - Khen thưởng) theo dõi, đôn đốc, tổng hợp kết quả.',
    closing: 'Trên đây là kế hoạch phát động phong trào thi đua Sở Công Thương năm 2025.',
    signerAuthority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    ...(deputy ? { signerName: deputy.full_name } : {}),
    recipients: [
      'Ban TĐKT tỉnh (b/c);',
      'Các phòng, đơn vị thuộc Sở;',
      'Công đoàn Sở;',
      'Lãnh đạo Sở;',
      'Lưu: VT, VP.',
    ],
  };
  const yearly = await trx
    .insertInto('movements')
    .values({
      agency_id: homeAgencyId,
      launched_by: 'co-quan',
      launcher_name: 'Sở Công Thương tỉnh Gia Lai',
      kind: 'thuong-xuyen',
      name: 'Phong trào thi đua năm 2025',
      theme: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, hiệu quả',
      slogan: 'Đoàn kết, đổi mới, về đích sớm',
      year: YEAR,
      from_date: '2025-01-01',
      to_date: '2025-12-31',
      decision_ref: 'Chỉ thị số 01/CT-UBND ngày 10/01/2025 của UBND tỉnh',
      decision_on: '2025-01-10',
      status: 'active',
      description: null,
      launch: JSON.stringify(launch),
      ...stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const phases = await trx
    .insertInto('movement_phases')
    .values([
      {
        movement_id: yearly.id,
        position: 1,
        name: 'Đợt thứ nhất',
        from_date: '2025-01-01',
        to_date: '2025-06-30',
        description: 'thi đua hoàn thành các nhiệm vụ, chỉ tiêu kế hoạch 6 tháng đầu năm 2025;',
      },
      {
        movement_id: yearly.id,
        position: 2,
        name: 'Đợt thứ hai',
        from_date: '2025-07-01',
        to_date: '2025-12-31',
        description: 'thi đua về đích sớm, vượt mức các chỉ tiêu, nhiệm vụ được giao năm 2025.',
      },
    ])
    .returning('id')
    .execute();
  await trx
    .insertInto('movement_targets')
    .values([
      {
        movement_id: yearly.id,
        position: 1,
        kind: 'qualitative',
        content:
          'Phấn đấu hoàn thành xuất sắc nhiệm vụ chuyên môn; đạt và vượt chỉ tiêu, kế hoạch do UBND tỉnh giao năm 2025, cụ thể:',
      },
      {
        movement_id: yearly.id,
        position: 2,
        kind: 'quantitative',
        content: '+ Giá trị sản xuất công nghiệp đạt 36.500 tỷ đồng (giá so sánh 2010).',
        target_value: 36500,
        unit: 'tỷ đồng',
        comparison: 'at-least',
      },
      {
        movement_id: yearly.id,
        position: 3,
        kind: 'quantitative',
        content: '+ Tổng kim ngạch xuất khẩu đạt 1.200 triệu USD.',
        target_value: 1200,
        unit: 'triệu USD',
        comparison: 'at-least',
      },
      {
        movement_id: yearly.id,
        position: 4,
        kind: 'quantitative',
        content:
          '100% công chức, viên chức hoàn thành nhiệm vụ, trong đó 90% đạt danh hiệu Lao động tiên tiến; 15% đạt danh hiệu Chiến sĩ thi đua cơ sở.',
        target_value: 90,
        unit: '%',
        comparison: 'at-least',
        title_code: 'lao-dong-tien-tien',
      },
      {
        movement_id: yearly.id,
        position: 5,
        kind: 'qualitative',
        content: 'Không có công chức, viên chức bị kỷ luật từ khiển trách trở lên.',
      },
    ])
    .execute();
  await trx
    .insertInto('movement_rewards')
    .values(
      [
        'lao-dong-tien-tien',
        'chien-si-thi-dua-co-so',
        'tap-the-lao-dong-tien-tien',
        'tap-the-lao-dong-xuat-sac',
        'giay-khen',
      ].map((code) => ({ movement_id: yearly.id, code: code as 'giay-khen', other_name: null, note: null })),
    )
    .execute();
  await trx
    .insertInto('movement_participants')
    .values(
      units
        .filter((u) => u.code !== 'BGD')
        .map((u) => ({ movement_id: yearly.id, unit_id: u.id, agency_id: null })),
    )
    .execute();
  await trx
    .insertInto('movement_results')
    .values({
      movement_id: yearly.id,
      phase_id: phases[0]!.id,
      reported_on: '2025-06-30',
      content: 'Công chức, viên chức hoàn thành nhiệm vụ 6 tháng đầu năm',
      numerator: 48,
      denominator: 50,
      unit: 'người',
      created_at: SEEDED_AT,
    })
    .execute();
  const topical = await trx
    .insertInto('movements')
    .values({
      agency_id: homeAgencyId,
      launched_by: 'tinh',
      launcher_name: 'UBND tỉnh Gia Lai',
      kind: 'chuyen-de',
      name: 'Gia Lai chung sức xây dựng nông thôn mới',
      theme: null,
      slogan: null,
      year: YEAR,
      from_date: '2025-03-01',
      to_date: '2025-11-30',
      decision_ref: 'Kế hoạch số 215/KH-UBND ngày 20/02/2025 của UBND tỉnh',
      decision_on: '2025-02-20',
      status: 'active',
      description:
        'Hỗ trợ xã Ia Pếch (huyện Ia Grai) giữ vững tiêu chí số 4 (điện) và số 7 (cơ sở hạ tầng thương mại).',
      launch: null,
      ...stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('movement_rewards')
    .values([{ movement_id: topical.id, code: 'giay-khen', other_name: null, note: null }])
    .execute();

  // ── registrations: two units and their people (yearly); one for the topical movement ──
  const register = async (
    r: { unitId?: number; personId?: number; movementId?: number },
    codes: string[],
    status: 'submitted' | 'accepted',
    on: string,
    commitments: string,
  ) => {
    const row = await trx
      .insertInto('registrations')
      .values({
        agency_id: homeAgencyId,
        year: YEAR,
        movement_id: r.movementId ?? null,
        subject_kind: r.personId ? 'person' : 'unit',
        person_id: r.personId ?? null,
        unit_id: r.personId ? null : (r.unitId ?? null),
        status,
        deadline_on: '2025-03-15',
        submitted_at: new Date(`${on}T02:00:00.000Z`),
        accepted_at: status === 'accepted' ? new Date(`${on}T09:00:00.000Z`) : null,
        commitments,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('registration_items')
      .values(codes.map((code) => ({ registration_id: row.id, code: code as 'giay-khen' })))
      .execute();
  };
  await register(
    { unitId: vp },
    ['tap-the-lao-dong-xuat-sac'],
    'accepted',
    '2025-03-10',
    'Hoàn thành xuất sắc nhiệm vụ tham mưu tổng hợp; 100% văn bản đúng hạn.',
  );
  await register(
    { unitId: khtc },
    ['tap-the-lao-dong-tien-tien'],
    'submitted',
    '2025-03-12',
    'Giải ngân vốn đầu tư công đạt trên 95% kế hoạch.',
  );
  for (const [i, p] of [...inUnit('VP').slice(0, 3), ...inUnit('KHTC').slice(0, 2)].entries())
    await register(
      { personId: p.id },
      i === 0 ? ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] : ['lao-dong-tien-tien'],
      i < 3 ? 'accepted' : 'submitted',
      `2025-03-${String(5 + i).padStart(2, '0')}`,
      i === 0
        ? 'Hoàn thành xuất sắc nhiệm vụ; có 01 sáng kiến được công nhận cấp cơ sở.'
        : 'Hoàn thành tốt nhiệm vụ được giao.',
    );
  await register(
    { unitId: vp, movementId: topical.id },
    ['giay-khen'],
    'accepted',
    '2025-03-20',
    'Vận động cán bộ đóng góp xây dựng chợ nông thôn xã Ia Pếch.',
  );

  // ── the agency's 2025 covenant, signed by the units ──
  const covenant = await trx
    .insertInto('covenants')
    .values({
      agency_id: homeAgencyId,
      group_id: null,
      year: YEAR,
      title: 'Giao ước thi đua năm 2025 giữa các phòng, đơn vị thuộc Sở',
      content:
        '1. Thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm 2025 của từng phòng, đơn vị.\n\n2. 100% công chức, viên chức hoàn thành nhiệm vụ; không có công chức, viên chức bị kỷ luật.\n\n3. Mỗi phòng, đơn vị có ít nhất 01 sáng kiến, giải pháp được công nhận cấp cơ sở.',
      status: 'signed',
      signed_on: '2025-03-05',
      place_name: 'Hội trường Sở Công Thương',
      ...stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const heads = people.filter((p) => p.is_leader);
  await trx
    .insertInto('covenant_signatories')
    .values(
      units
        .filter((u) => u.code !== 'BGD')
        .map((u, i) => {
          const h = heads.find((p) => p.code === u.code);
          return {
            covenant_id: covenant.id,
            unit_id: u.id,
            signer_name: h?.full_name ?? null,
            signer_title: h?.position ?? null,
            signed: true,
            position: i + 1,
          };
        }),
    )
    .execute();

  // ── the units' own ratings (the collective basis of TT LĐTT / TT LĐXS), 2024 and 2025 ──
  await trx
    .insertInto('collective_ratings')
    .values(
      units
        .filter((u) => u.code !== 'BGD')
        .flatMap((u) =>
          [2024, 2025].map((year) => ({
            subject_kind: 'unit' as const,
            unit_id: u.id,
            agency_id: null,
            year,
            rating: (u.code === 'VP' || (u.code === 'KHTC' && year === 2024) ? 'htxsnv' : 'httnv') as
              'htxsnv' | 'httnv',
            note: `Quyết định đánh giá, xếp loại tập thể năm ${year} của Giám đốc Sở`,
            ...stamp,
          })),
        ),
    )
    .execute();

  // ── one initiative of 2025, recognised at cơ sở level ──
  const author = inUnit('VP')[0];
  if (author) {
    const ini = await trx
      .insertInto('initiatives')
      .values({
        agency_id: homeAgencyId,
        unit_id: vp,
        year: YEAR,
        title: 'Số hoá quy trình tiếp nhận và theo dõi hồ sơ khen thưởng tại Văn phòng Sở',
        field: 'quan-ly',
        summary:
          'Thay sổ theo dõi giấy bằng bảng theo dõi điện tử dùng chung; mỗi hồ sơ có mã, hạn xử lý và người phụ trách.',
        application: 'Áp dụng tại Văn phòng Sở từ tháng 4/2025.',
        results: 'Thời gian tổng hợp hồ sơ khen thưởng cuối năm giảm từ 10 ngày xuống 4 ngày.',
        registered_on: '2025-04-10',
        status: 'recognized',
        proposed_scope: 'co-so',
        scope: 'co-so',
        recognized_on: '2025-09-05',
        recognized_by: 'Giám đốc Sở Công Thương',
        decision_ref: '215/QĐ-SCT',
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('initiative_authors')
      .values({ initiative_id: ini.id, person_id: author.id, share: 100, is_lead: true, position: 1 })
      .execute();
  }
}
