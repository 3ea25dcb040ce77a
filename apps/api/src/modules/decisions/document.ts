// The agency's own Quyết định and its attached list as .docx: the service gathers the decision, its register
// entry (signer, căn cứ, Nơi nhận) and recipients; the builders make the models; the renderer writes them.
import {
  buildAwardDecision,
  buildDecisionList,
  OWN_DECISION_CODES,
  type AwardDecisionData,
  type OwnDecisionCode,
} from '../../../../../packages/documents/src/builders/decision.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { getDecision, headPositionOf } from './service.ts';

export async function decisionDocx(
  ctx: Ctx,
  actor: Actor,
  id: number,
  part: 'decision' | 'list',
): Promise<{ buffer: Buffer; filename: string }> {
  const { decision: d, recipients, document } = await getDecision(ctx, actor, id);
  if (d.source !== 'own' || !document || !(OWN_DECISION_CODES as readonly string[]).includes(d.code))
    throw errors.notFound('văn bản quyết định do cơ quan ban hành');
  const doc = await ctx.db
    .selectFrom('outgoing_documents')
    .select(['legal_basis', 'recipients', 'signer_line', 'signer_name'])
    .where('id', '=', document.id)
    .executeTakeFirstOrThrow();
  const agency = await ctx.db
    .selectFrom('agencies')
    .select(['name', 'kind', 'parent_name', 'place_name', 'symbol', 'short_name'])
    .where('id', '=', d.agency_id)
    .executeTakeFirstOrThrow();
  const basis = (doc.legal_basis ?? '').split('\n').filter(Boolean);
  const proposedBy = basis.length ? basis[basis.length - 1]! : 'Xét đề nghị của Chánh Văn phòng';
  const distribution = Array.isArray(doc.recipients)
    ? (doc.recipients as unknown[]).filter((x): x is string => typeof x === 'string')
    : typeof doc.recipients === 'string'
      ? (JSON.parse(doc.recipients) as string[])
      : [];
  const year = d.achievement_to ?? d.year;
  const data: AwardDecisionData = {
    // "SỞ CÔNG THƯƠNG" under "UBND TỈNH GIA LAI" (Decree 30): the short name when the parent line names the province.
    agency: {
      name: agency.parent_name && agency.short_name ? agency.short_name : agency.name,
      parentName: agency.parent_name,
      place: agency.place_name ?? '',
      abbreviation: agency.symbol ?? agency.short_name ?? 'CQ',
    },
    headPosition: headPositionOf(agency.kind),
    code: d.code as OwnDecisionCode,
    year,
    number: d.number,
    decidedOn: d.decided_on,
    extraBasis: basis.slice(0, -1),
    proposedBy,
    achievement: null,
    // Annulled recipients are not printed: the list is what stands.
    recipients: recipients
      .filter((r) => r.status === 'granted')
      .map((r) => ({
        name: r.display_name,
        position: r.subject_kind === 'person' ? r.position_title : null,
        unit: r.unit_name,
      })),
    distribution,
    signerName: doc.signer_name ?? '',
    signedByDeputy: (doc.signer_line ?? '').startsWith('KT.'),
  };
  const model = part === 'decision' ? buildAwardDecision(data) : buildDecisionList(data);
  const stem = `${d.number ?? 'du-thao'}-${d.symbol ?? 'QĐ'}`.replace(/\//g, '-');
  return {
    buffer: await renderDocx(model),
    filename: part === 'decision' ? `quyet-dinh-${stem}.docx` : `danh-sach-kem-theo-${stem}.docx`,
  };
}
