// The council minutes as .docx: the service gathers the session, the builder makes the model, the
// renderer writes it.
import { buildInitiativeMinutes } from '../../../../../packages/documents/src/builders/initiative-minutes.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';
import type { Ctx } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { ROLE_LABELS, SCOPE_LABELS_VI } from './presenter.ts';
import * as service from './service.ts';

export async function minutesDocx(
  ctx: Ctx,
  actor: Actor,
  sessionId: number,
): Promise<{ buffer: Buffer; filename: string }> {
  const r = await service.sessionReport(ctx, actor, sessionId);
  const agencyRow = await ctx.db
    .selectFrom('agencies')
    .select(['name', 'parent_name', 'place_name', 'symbol', 'short_name'])
    .where('id', '=', r.agency.id)
    .executeTakeFirstOrThrow();
  const name = (role: string): string => r.members.find((m) => m.role === role)?.full_name ?? '';
  const doc = buildInitiativeMinutes({
    agency: {
      name: agencyRow.name,
      parentName: agencyRow.parent_name ?? r.parentName,
      place: agencyRow.place_name ?? '',
      abbreviation: agencyRow.symbol ?? agencyRow.short_name ?? 'CQ',
    },
    councilName: r.council.name,
    year: r.session.year,
    heldOn: r.session.held_on,
    place: r.session.place,
    members: r.members.map((m) => ({ name: m.full_name ?? '', role: ROLE_LABELS[m.role], title: m.title })),
    criteria: r.criteria.map((c) => ({ name: c.name, maxPoints: Number(c.max_points) })),
    initiatives: r.detail.map((d) => ({
      title: d.initiative.title,
      authors: d.authors.map((a) => ({ name: a.full_name, share: Number(a.share) })),
      unitName: d.initiative.unit_name,
      totals: r.members.map((m) => {
        const rec = d.recusals.find((x) => x.member_id === m.id);
        return {
          member: m.full_name ?? '',
          total: d.totals.get(m.id) ?? null,
          excluded: rec ? (rec.reason ?? 'xung đột lợi ích') : null,
        };
      }),
      average: d.average,
      result:
        d.initiative.status === 'recognized'
          ? `Công nhận ${SCOPE_LABELS_VI[d.initiative.scope ?? 'co-so'].toLowerCase()}${d.initiative.proposed_scope ? `; đề nghị ${SCOPE_LABELS_VI[d.initiative.proposed_scope].toLowerCase()}` : ''}`
          : d.initiative.status === 'rejected'
            ? 'Không công nhận'
            : 'Chưa kết luận',
    })),
    minutes: r.session.minutes,
    chair: name('chair'),
    secretary: name('secretary'),
  });
  return { buffer: await renderDocx(doc), filename: `bien-ban-hoi-dong-sang-kien-${r.session.year}.docx` };
}
