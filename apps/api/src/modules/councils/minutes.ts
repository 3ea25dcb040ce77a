// The council's minutes (.docx), the unit meeting's minutes (.docx) and the tallies (.xlsx): the service
// gathers, the builders in packages/documents make the model, the renderer writes it.
import { buildCouncilMinutes } from '../../../../../packages/documents/src/builders/council-minutes.ts';
import { buildUnitMeetingMinutes } from '../../../../../packages/documents/src/builders/council-minutes-unit.ts';
import type { AgencyInfo } from '../../../../../packages/documents/src/builders/generic.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import * as repo from '../../../../../packages/db/src/repositories/councils.ts';
import type { Ctx } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { errors } from '../../errors.ts';
import {
  RESULT_LABELS,
  ROLE_LABELS,
  getSession,
  sessionDetail,
  getUnitMeeting,
  titleLabel,
  type CandidateTally,
} from './service.ts';

const ATTENDANCE_LABELS: Record<string, string> = {
  present: 'có mặt',
  absent: 'vắng mặt',
  'absent-written': 'vắng mặt, gửi phiếu bằng văn bản',
};

async function agencyInfo(ctx: Pick<Ctx, 'db'>, agencyId: number): Promise<AgencyInfo> {
  const a = await ctx.db
    .selectFrom('agencies')
    .select(['name', 'parent_name', 'place_name', 'symbol', 'short_name'])
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return {
    name: a.name,
    parentName: a.parent_name,
    place: a.place_name ?? '',
    abbreviation: a.symbol ?? a.short_name ?? 'CQ',
  };
}

function thresholdText(t: Partial<CandidateTally>): string {
  if (t.share === undefined) return 'chưa kiểm phiếu';
  const share = `${(Math.round(t.share * 1000) / 10).toString().replace('.', ',')}%`;
  const base = t.thresholdBase === 'members' ? 'tổng số thành viên Hội đồng' : 'số thành viên có mặt';
  const strict = t.rule === 'agency-council-rule' ? 'trên' : 'từ';
  return `${strict} ${share} ${base} (cần ${t.required ?? '—'}/${t.base ?? '—'} phiếu đồng ý; ${t.citation ?? ''}${t.unverified ? ', ngưỡng mặc định chưa kiểm chứng' : ''})`;
}

type Session = Awaited<ReturnType<typeof getSession>>;

function minutesModel(d: Session, agency: AgencyInfo, overrides: string[]) {
  const name = (role: string): string => d.members.find((m) => m.role === role)?.full_name ?? '';
  const titles = d.rounds.flatMap((r) => {
    const codes = [...new Set(r.candidates.map((c) => c.code))];
    return codes.map((code) => {
      const list = r.candidates.filter((c) => c.code === code);
      const first = (list[0]?.tally ?? {}) as Partial<CandidateTally>;
      const q = d.quotas.find((x) => x.code === code);
      return {
        title: titleLabel(code),
        round: r.round.round_no,
        threshold: thresholdText(first),
        quota: q ? `${q.limit} (${q.basis})` : null,
        candidates: list.map((c) => {
          const t = (c.tally ?? {}) as Partial<CandidateTally>;
          const valid = (c.yes_count ?? 0) + (c.no_count ?? 0) + (c.abstain_count ?? 0);
          return {
            name: c.name,
            detail: [c.person_position, c.person_unit_name].filter(Boolean).join(', ') || null,
            yes: c.yes_count ?? 0,
            no: c.no_count ?? 0,
            abstain: c.abstain_count ?? 0,
            valid,
            percent: t.percent ?? null,
            paper: c.paper ? `phiếu giấy: ${c.paper.ballots_count} (đồng ý ${c.paper.yes_count})` : null,
            result:
              c.result === 'passed' && c.quota_override_id !== null
                ? 'Đạt (vượt chỉ tiêu)'
                : t.tied && c.result === 'passed-over-quota'
                  ? 'Bằng phiếu, bỏ phiếu lại'
                  : RESULT_LABELS[c.result],
          };
        }),
      };
    });
  });
  return buildCouncilMinutes({
    agency,
    councilName: d.session.council_name,
    establishedBy: d.session.established_by,
    year: d.session.year,
    heldOn: d.session.held_on,
    place: d.session.place,
    members: d.members.map((m) => ({
      name: m.full_name ?? '',
      role: ROLE_LABELS[m.role],
      title: m.title,
      attendance: ATTENDANCE_LABELS[m.attendance] ?? m.attendance,
    })),
    memberCount: d.session.member_count ?? d.members.length,
    present: d.present,
    quorum: d.session.quorum ?? 1,
    titles,
    overrides,
    minutes: d.session.minutes,
    chair: name('chair'),
    secretary: name('secretary'),
  });
}

function overrideLines(d: Session): string[] {
  const all = d.rounds.flatMap((r) => r.candidates).filter((c) => c.quota_override_id !== null);
  return all.map((c) => `${c.name} – ${titleLabel(c.code)}: ${c.override_reason ?? ''}`);
}

/** Minutes of a session the actor may read. */
export async function minutesDocx(ctx: Ctx, actor: Actor, sessionId: number) {
  return render(ctx, await getSession(ctx, actor, sessionId));
}

async function render(ctx: Pick<Ctx, 'db'>, d: Session) {
  const doc = minutesModel(d, await agencyInfo(ctx, d.session.agency_id), overrideLines(d));
  return {
    buffer: await renderDocx(doc),
    filename: `bien-ban-hop-hoi-dong-thi-dua-khen-thuong-${d.session.year}.docx`,
  };
}

/**
 * The minutes of a session as .docx for a dossier (proposals): no access check — the caller has already
 * checked its own record. Same document as the session page's download.
 */
export async function renderMinutesDocx(ctx: Pick<Ctx, 'db'>, sessionId: number) {
  const s = await repo.findSession(ctx.db, sessionId);
  if (!s) throw errors.notFound('phiên họp Hội đồng Thi đua – Khen thưởng');
  return render(ctx, await sessionDetail(ctx, s, null));
}

export async function unitMinutesDocx(ctx: Ctx, actor: Actor, meetingId: number) {
  const { meeting, candidates } = await getUnitMeeting(ctx, actor, meetingId);
  const doc = buildUnitMeetingMinutes({
    agency: await agencyInfo(ctx, meeting.agency_id),
    unitName: meeting.unit_name,
    year: meeting.year,
    heldOn: meeting.held_on,
    chair: meeting.chair_name,
    totalCount: meeting.total_count ?? 0,
    presentCount: meeting.present_count ?? 0,
    candidates: candidates.map((c) => ({
      title: titleLabel(c.code),
      name: c.full_name ?? c.unit_name ?? '',
      yes: c.yes_count,
      no: c.no_count,
      abstain: c.abstain_count,
      proposed: c.proposed,
    })),
    minutes: meeting.minutes,
  });
  return { buffer: await renderDocx(doc), filename: `bien-ban-binh-xet-don-vi-${meeting.year}.docx` };
}

export interface TallyRow {
  round: number;
  title: string;
  name: string;
  unit: string;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  paper: number | null;
  percent: number | null;
  threshold: string;
  result: string;
}

export async function tallyRows(ctx: Ctx, actor: Actor, sessionId: number): Promise<TallyRow[]> {
  const d = await getSession(ctx, actor, sessionId);
  return d.rounds.flatMap((r) =>
    r.candidates.map((c) => {
      const t = (c.tally ?? {}) as Partial<CandidateTally>;
      return {
        round: r.round.round_no,
        title: titleLabel(c.code),
        name: c.name,
        unit: c.person_unit_name ?? c.unit_name ?? '',
        yes: c.yes_count,
        no: c.no_count,
        abstain: c.abstain_count,
        paper: c.paper?.ballots_count ?? null,
        percent: t.percent ?? null,
        threshold: thresholdText(t),
        result: RESULT_LABELS[c.result as repo.CandidateResult],
      };
    }),
  );
}

export const TALLY_COLUMNS: ExportColumn<TallyRow>[] = [
  { header: 'Vòng', width: 6, type: 'number', value: (r) => r.round },
  { header: 'Danh hiệu', width: 28, value: (r) => r.title },
  { header: 'Họ và tên / Tập thể', width: 28, value: (r) => r.name },
  { header: 'Đơn vị', width: 28, value: (r) => r.unit },
  { header: 'Đồng ý', width: 9, type: 'number', value: (r) => r.yes },
  { header: 'Không đồng ý', width: 9, type: 'number', value: (r) => r.no },
  { header: 'Không biểu quyết', width: 9, type: 'number', value: (r) => r.abstain },
  { header: 'Phiếu giấy', width: 9, type: 'number', value: (r) => r.paper },
  { header: 'Tỷ lệ đồng ý (%)', width: 10, type: 'number', value: (r) => r.percent },
  { header: 'Ngưỡng áp dụng', width: 50, value: (r) => r.threshold },
  { header: 'Kết quả', width: 22, value: (r) => r.result },
];
