// Demo data of bình xét, written inside seedDemo's transaction after the organisation and the award history
// (areas/history.ts) exist:
//  * final ratings 2024 and 2025 for the agency's people (those who joined by 30/6 of the year), HTXSNV
//    within the per-unit cap (count(HTXSNV) ≤ 20% of count(HTTNV), rules.md R-RATE-2) — a unit that cannot
//    fit its HTXSNV records the reason; the 2024 ones match history.ts (CSTĐCS 2024 HTXSNV, NOT_LDTT HTNV);
//  * the Hội đồng Thi đua – Khen thưởng Sở (7 members; hoidong.tdkt vice-chair, vanthu.tdkt secretary,
//    truongphong.qltm a member — three accounts that vote in the demo);
//  * the 2024 session, completed on paper ballots entered by the secretary (the five CSTĐCS of history.ts
//    elected, one not reaching the threshold), within the CSTĐCS quota;
//  * 2025: the units' meetings (open votes, LĐTT and CSTĐCS proposals), all accepted but Phòng QLTM's
//    (submitted, to be received on the session page), and the session in preparation: attendance taken,
//    round 1 with the other units' CSTĐCS candidates — one more than the quota once QLTM's arrives.
// Deterministic: picks by person code.
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.ts';
import { formatCitation, pickRegime, quotaLimit, tally } from '../../../../domain/src/eligibility/index.ts';

type Trx = Transaction<DB>;
interface Person {
  id: number;
  code: string;
  full_name: string;
  position: string | null;
  unit_id: number;
  unit_code: string;
  is_leader: boolean;
  start_date: string | null;
}

const CSTDCS_2024 = ['CB028', 'CB013', 'CB021', 'CB033', 'CB041'];
const NOT_LDTT_2024 = ['CB010', 'CB025', 'CB048'];
/** 2025 CSTĐCS proposals, in this order until the quota plus one is reached (Hằng, CB028, comes from QLTM). */
const CSTDCS_2025 = ['CB028', 'CB013', 'CB021', 'CB033', 'CB041', 'CB026', 'CB040', 'CB017', 'CB039'];
const HTNV_2025 = ['CB012', 'CB036', 'CB049', 'CB024', 'CB011', 'CB047'];
const SHARE = 0.15;
const at = (iso: string) => new Date(`${iso}T02:00:00.000Z`);

export async function seedCouncilsDemo(trx: Trx, homeAgencyId: number): Promise<void> {
  const people: Person[] = await trx
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.code',
      'p.full_name',
      'p.position',
      'p.unit_id',
      'u.code as unit_code',
      'p.is_leader',
      'p.start_date',
    ])
    .where('p.agency_id', '=', homeAgencyId)
    .orderBy('p.code')
    .execute();
  if (people.length === 0) return;
  const units = await trx
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('agency_id', '=', homeAgencyId)
    .orderBy('sort_order')
    .execute();
  const users = await trx.selectFrom('users').select(['id', 'person_id', 'username']).execute();
  const userOf = (personId: number) => users.find((u) => u.person_id === personId)?.id ?? null;
  const byCode = new Map(people.map((p) => [p.code, p]));
  const officerUser = users.find((u) => u.username === 'vanthu.tdkt')?.id ?? null;

  // ---------------------------------------------------------------- ratings
  const rated = (year: number) => people.filter((p) => (p.start_date ?? '2000-01-01') <= `${year}-06-30`);
  const ratingsOf = (year: number, htxsnv: string[], htnv: string[]) => {
    const list = rated(year);
    const out = new Map<number, { rating: 'htxsnv' | 'httnv' | 'htnv'; reason: string | null }>();
    for (const p of list) out.set(p.id, { rating: htnv.includes(p.code) ? 'htnv' : 'httnv', reason: null });
    for (const code of htxsnv) {
      const p = byCode.get(code);
      if (p && out.has(p.id)) out.set(p.id, { rating: 'htxsnv', reason: null });
    }
    // The HTXSNV cap per unit: count(HTXSNV) ≤ floor(20% × count(HTTNV)); beyond it, a recorded reason.
    for (const u of units) {
      const mine = list.filter((p) => p.unit_id === u.id);
      const x = mine.filter((p) => out.get(p.id)!.rating === 'htxsnv');
      const t = mine.filter((p) => out.get(p.id)!.rating === 'httnv').length;
      const cap = Math.floor(0.2 * t + 1e-9);
      x.slice(cap).forEach((p) =>
        out.set(p.id, {
          rating: 'htxsnv',
          reason: `Đơn vị có ${mine.length} người; đề nghị Chiến sĩ thi đua cơ sở năm ${year}, Giám đốc Sở đồng ý xếp loại Hoàn thành xuất sắc nhiệm vụ vượt tỷ lệ.`,
        }),
      );
    }
    return out;
  };
  const r2024 = ratingsOf(2024, CSTDCS_2024, NOT_LDTT_2024);
  const eligible2025 = rated(2025);
  // Base of the CSTĐCS quota: those rated HTTNV or better; HTNV for a few so that 15% gives 6 places.
  const htnv2025 = HTNV_2025.slice(0, Math.max(0, Math.min(HTNV_2025.length, eligible2025.length - 46)));
  const base2025 = eligible2025.length - htnv2025.length;
  const limit2025 = quotaLimit(SHARE, base2025, 'floor');
  const cand2025 = CSTDCS_2025.filter((c) => byCode.has(c) && !htnv2025.includes(c)).slice(0, limit2025 + 1);
  const r2025 = ratingsOf(2025, cand2025, htnv2025);
  for (const [year, map] of [
    [2024, r2024],
    [2025, r2025],
  ] as const) {
    const rows = people
      .filter((p) => map.has(p.id))
      .map((p) => ({
        agency_id: homeAgencyId,
        person_id: p.id,
        unit_id: p.unit_id,
        year,
        self_rating: map.get(p.id)!.rating,
        proposed_rating: map.get(p.id)!.rating,
        final_rating: map.get(p.id)!.rating,
        htxsnv_over_quota_reason: map.get(p.id)!.reason,
        months_worked: 12,
        rated_on: `${year}-12-15`,
        rated_by: officerUser,
        created_at: at(`${year}-12-15`),
        updated_at: at(`${year}-12-15`),
      }));
    if (rows.length) await trx.insertInto('ratings').values(rows).execute();
  }

  // ---------------------------------------------------------------- the council
  const pick = (pred: (p: Person) => boolean, skip: number[] = []) =>
    people.find((p) => pred(p) && !skip.includes(p.id));
  const director = pick((p) => p.unit_code === 'BGD' && p.position === 'Giám đốc');
  const deputyUser = users.find((u) => u.username === 'hoidong.tdkt');
  const deputy1 = people.find((p) => p.id === deputyUser?.person_id);
  const officer = people.find((p) => p.id === users.find((u) => u.username === 'vanthu.tdkt')?.person_id);
  const qltmHead = people.find(
    (p) => p.id === users.find((u) => u.username === 'truongphong.qltm')?.person_id,
  );
  const deputy2 = pick((p) => p.unit_code === 'BGD' && p.position === 'Phó Giám đốc', [deputy1?.id ?? -1]);
  const vpHead = pick((p) => p.unit_code === 'VP' && p.position === 'Chánh Văn phòng');
  const ttraHead = pick((p) => p.unit_code === 'TTRA' && p.is_leader);
  const plan = [
    { p: director, role: 'chair' as const, title: 'Giám đốc Sở – Chủ tịch Hội đồng' },
    { p: deputy1, role: 'vice-chair' as const, title: 'Phó Giám đốc Sở – Phó Chủ tịch Hội đồng' },
    { p: vpHead, role: 'standing' as const, title: 'Chánh Văn phòng – Ủy viên thường trực' },
    { p: deputy2, role: 'member' as const, title: 'Phó Giám đốc Sở – Ủy viên' },
    { p: ttraHead, role: 'member' as const, title: 'Chánh Thanh tra Sở – Ủy viên' },
    { p: qltmHead, role: 'member' as const, title: 'Trưởng phòng Quản lý Thương mại – Ủy viên' },
    { p: officer, role: 'secretary' as const, title: 'Chuyên viên Văn phòng – Thư ký Hội đồng' },
  ].filter((m): m is { p: Person; role: typeof m.role; title: string } => m.p !== undefined);
  const council = await trx
    .insertInto('councils')
    .values({
      kind: 'thi-dua-khen-thuong',
      agency_id: homeAgencyId,
      name: 'Hội đồng Thi đua – Khen thưởng Sở Công Thương',
      established_by: 'Quyết định số 08/QĐ-SCT ngày 08/01/2024 của Giám đốc Sở Công Thương',
      from_date: '2024-01-08',
      created_at: at('2024-01-08'),
      updated_at: at('2024-01-08'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const members: { id: number; personId: number; role: string }[] = [];
  for (const m of plan) {
    const row = await trx
      .insertInto('council_members')
      .values({
        council_id: council.id,
        person_id: m.p.id,
        user_id: userOf(m.p.id),
        role: m.role,
        title: m.title,
        from_date: '2024-01-08',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    members.push({ id: row.id, personId: m.p.id, role: m.role });
  }
  if (members.length === 0) return;
  const quorum = Math.ceil((members.length * 2) / 3 - 1e-9);
  const absentId = members.find((m) => m.personId === deputy2?.id)?.id ?? null;
  const basis =
    'Tỷ lệ 15% số cá nhân đạt danh hiệu Lao động tiên tiến theo quy chế thi đua, khen thưởng của cơ quan (Nghị định 98/2023/NĐ-CP không quy định tỷ lệ); số cá nhân xếp loại từ Hoàn thành tốt nhiệm vụ trở lên trong năm.';

  async function session(year: number, heldOn: string, status: 'planned' | 'closed', minutes: string | null) {
    const s = await trx
      .insertInto('council_sessions')
      .values({
        council_id: council.id,
        agency_id: homeAgencyId,
        year,
        purpose: 'binh-xet',
        held_on: heldOn,
        place: 'Phòng họp số 1, Sở Công Thương',
        member_count: members.length,
        quorum,
        status,
        minutes,
        created_at: at(`${year}-12-01`),
        updated_at: at(status === 'closed' ? heldOn : `${year}-12-01`),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('council_attendance')
      .values(
        members.map((m) => ({
          session_id: s.id,
          member_id: m.id,
          status: m.id === absentId ? ('absent' as const) : ('present' as const),
          note: m.id === absentId ? 'Đi công tác' : null,
        })),
      )
      .execute();
    return s.id;
  }
  const present = members.filter((m) => m.id !== absentId);

  // ---------------------------------------------------------------- 2024: completed on paper ballots
  const base2024 = [...r2024.values()].filter((r) => r.rating !== 'htnv').length;
  const limit2024 = quotaLimit(SHARE, base2024, 'floor');
  const s2024 = await session(
    2024,
    '2024-12-20',
    'closed',
    'Hội đồng thống nhất đề nghị Giám đốc Sở công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2024 cho các cá nhân đạt trên 50% số phiếu đồng ý của thành viên có mặt, trong chỉ tiêu 15% số cá nhân đạt danh hiệu Lao động tiên tiến.',
  );
  await trx
    .insertInto('council_quotas')
    .values({
      session_id: s2024,
      code: 'chien-si-thi-dua-co-so',
      base: base2024,
      share: SHARE,
      quota_limit: limit2024,
      basis,
    })
    .execute();
  const round2024 = await trx
    .insertInto('council_rounds')
    .values({
      session_id: s2024,
      round_no: 1,
      status: 'closed',
      opened_at: at('2024-12-20'),
      closed_at: at('2024-12-20'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('council_voters')
    .values(present.map((m) => ({ round_id: round2024.id, member_id: m.id, channel: 'paper' as const })))
    .execute();
  const list2024 = [...CSTDCS_2024, 'CB026'].map((c) => byCode.get(c)).filter((p): p is Person => !!p);
  const regime2024 = pickRegime(2024).id;
  const n = present.length;
  const yesOf = (i: number) => (i === list2024.length - 1 ? Math.max(0, Math.floor(n / 2) - 1) : n - (i % 2));
  for (const [i, p] of list2024.entries()) {
    const yes = yesOf(i);
    const t = tally({
      target: 'chien-si-thi-dua-co-so',
      regime: regime2024,
      members: members.length,
      present: n,
      yes,
      secretBallot: true,
    });
    const result = t.passed ? 'passed' : 'failed';
    const k = await trx
      .insertInto('council_candidates')
      .values({
        round_id: round2024.id,
        position: i + 1,
        code: 'chien-si-thi-dua-co-so',
        subject_kind: 'person',
        person_id: p.id,
        yes_count: yes,
        no_count: n - yes,
        abstain_count: 0,
        threshold_base: t.threshold.base,
        threshold_share: t.threshold.share,
        result,
        tally: JSON.stringify({
          candidateId: 0,
          code: 'chien-si-thi-dua-co-so',
          electronic: { yes: 0, no: 0, abstain: 0 },
          paper: { ballots: n, yes, no: n - yes, abstain: 0, invalid: 0 },
          yes,
          no: n - yes,
          abstain: 0,
          ballots: n,
          members: members.length,
          present: n,
          regime: regime2024,
          passedThreshold: t.passed,
          required: t.required,
          base: t.base,
          share: t.threshold.share,
          thresholdBase: t.threshold.base,
          percent: Math.round((yes / t.base) * 10000) / 100,
          rule: t.rule,
          citation: formatCitation(t.citation),
          text: t.text,
          unverified: t.unverified,
          slots: t.passed ? limit2024 : null,
          rank: t.passed ? i + 1 : null,
          tied: false,
          result,
        }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('council_paper_tallies')
      .values({
        candidate_id: k.id,
        ballots_count: n,
        yes_count: yes,
        no_count: n - yes,
        abstain_count: 0,
        invalid_count: 0,
        entered_by: officerUser,
        entered_at: at('2024-12-20'),
        note: 'Phiếu giấy kiểm tại cuộc họp, Ban kiểm phiếu ký xác nhận',
      })
      .execute();
  }

  // ---------------------------------------------------------------- 2025: unit meetings and the session
  const s2025 = await session(2025, '2025-12-18', 'planned', null);
  await trx
    .insertInto('council_quotas')
    .values({
      session_id: s2025,
      code: 'chien-si-thi-dua-co-so',
      base: base2025,
      share: SHARE,
      quota_limit: limit2025,
      basis,
    })
    .execute();
  const round2025 = await trx
    .insertInto('council_rounds')
    .values({ session_id: s2025, round_no: 1, status: 'open', opened_at: at('2025-12-01') })
    .returning('id')
    .executeTakeFirstOrThrow();
  const candidates = cand2025.map((c) => byCode.get(c)!);
  let position = 0;
  for (const u of units) {
    const mine = eligible2025.filter((p) => p.unit_id === u.id);
    const proposals = candidates.filter((p) => p.unit_id === u.id);
    if (proposals.length === 0) continue;
    const total = mine.length;
    const presentCount = total > 3 ? total - 1 : total;
    const head = mine.find((p) => p.is_leader) ?? null;
    const accepted = u.code !== 'QLTM';
    const meeting = await trx
      .insertInto('unit_meetings')
      .values({
        agency_id: homeAgencyId,
        unit_id: u.id,
        year: 2025,
        held_on: '2025-12-10',
        chaired_by: head?.id ?? null,
        total_count: total,
        present_count: presentCount,
        minutes: `${u.name} họp bình xét thi đua năm 2025; các cá nhân được đề nghị đều được quá nửa số người dự họp đồng ý.`,
        status: accepted ? 'accepted' : 'submitted',
        created_at: at('2025-12-10'),
        updated_at: at('2025-12-10'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = [
      ...mine
        .filter((p) => r2025.get(p.id)?.rating !== 'htnv')
        .map((p) => ({
          code: 'lao-dong-tien-tien' as const,
          person_id: p.id,
          yes: presentCount,
        })),
      ...proposals.map((p, i) => ({
        code: 'chien-si-thi-dua-co-so' as const,
        person_id: p.id,
        yes: presentCount - (i % 2),
      })),
    ];
    const inserted = await trx
      .insertInto('unit_meeting_candidates')
      .values(
        rows.map((r) => ({
          meeting_id: meeting.id,
          code: r.code,
          person_id: r.person_id,
          yes_count: r.yes,
          no_count: presentCount - r.yes,
          abstain_count: 0,
          proposed: true,
        })),
      )
      .returning(['id', 'code', 'person_id'])
      .execute();
    if (!accepted) continue;
    for (const p of proposals) {
      const source = inserted.find((x) => x.code === 'chien-si-thi-dua-co-so' && x.person_id === p.id);
      await trx
        .insertInto('council_candidates')
        .values({
          round_id: round2025.id,
          position: ++position,
          code: 'chien-si-thi-dua-co-so',
          subject_kind: 'person',
          person_id: p.id,
          source_id: source?.id ?? null,
        })
        .execute();
    }
  }
}
