// The tờ trình and the danh sách of a proposal as .docx: the service gathers the proposal, the builders
// (packages/documents/src/builders/proposal-*.ts) make the model, the renderer writes it.
import { INSTRUMENTS, regimeById, pickRegime } from '../../../../../packages/domain/src/eligibility/index.ts';
import {
  buildProposalList,
  type ProposalListEntry,
} from '../../../../../packages/documents/src/builders/proposal-list.ts';
import {
  buildProposalToTrinh,
  proposalSymbol,
} from '../../../../../packages/documents/src/builders/proposal-to-trinh.ts';
import {
  signatureDeputy,
  signatureHead,
  type AgencyInfo,
} from '../../../../../packages/documents/src/builders/generic.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';
import * as repo from '../../../../../packages/db/src/repositories/proposals.ts';
import type { Signature } from '../../../../../packages/documents/src/model.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import { addresseeOf, formLabel, KIND_LABELS } from './rules.ts';
import * as service from './service.ts';

async function gather(ctx: Ctx, actor: Actor, id: number, deputySigns = false) {
  const d = await service.get(ctx, actor, id);
  const a = await repo.agencyHeader(ctx.db, d.row.agency_id);
  const agency: AgencyInfo = {
    name: a.short_name ?? a.name,
    parentName: a.parent_name,
    place: a.place_name ?? '',
    abbreviation: a.symbol ?? 'CQ',
  };
  const form = formLabel(d.row.code, d.row.other_name);
  const entries: ProposalListEntry[] = d.candidates.map((c) => ({
    name: c.display_name,
    kind: c.subject_kind,
    positionTitle: c.position_title,
    unitName: c.subject_kind === 'person' ? c.unit_name : null,
    form,
    achievement: c.achievement_summary,
  }));
  // The director signs; when the proposal was signed by a deputy (Phó Giám đốc), "KT. GIÁM ĐỐC".
  const leaders = await repo.agencyLeaders(ctx.db, d.row.agency_id);
  const director = leaders.find((l) => /^giám đốc/i.test(l.position ?? ''));
  const deputy = leaders.find((l) => /^phó giám đốc/i.test(l.position ?? ''));
  let signature: Signature | null = null;
  if (deputySigns && deputy) signature = signatureDeputy(deputy.full_name);
  else if (director) signature = signatureHead(director.full_name);
  else if (deputy) signature = signatureDeputy(deputy.full_name);
  const sentStep = d.steps.find((s) => s.to_status === 'sent');
  const date = d.row.sent_on ?? sentStep?.on_date ?? null;
  return { d, a, agency, form, entries, signature, date };
}

export async function toTrinhDocx(ctx: Ctx, actor: Actor, id: number, opts: { deputy?: boolean } = {}) {
  const g = await gather(ctx, actor, id, opts.deputy === true);
  const regime = regimeById(g.d.row.regime ?? pickRegime(g.d.row.year).id);
  const law = INSTRUMENTS[regime.params.law];
  const decree = INSTRUMENTS[regime.params.decree];
  const achievement =
    g.d.row.achievement_from && g.d.row.achievement_to && g.d.row.achievement_from !== g.d.row.achievement_to
      ? `giai đoạn ${g.d.row.achievement_from}–${g.d.row.achievement_to}`
      : `năm ${g.d.row.achievement_to ?? g.d.row.year}`;
  const reason =
    g.d.row.kind === 'dot-xuat'
      ? 'đã có thành tích xuất sắc đột xuất'
      : g.d.row.kind === 'chuyen-de'
        ? `đã có thành tích xuất sắc trong phong trào thi đua theo chuyên đề ${achievement}`
        : g.d.row.kind === 'cong-trang'
          ? `đã có thành tích xuất sắc trong thực hiện nhiệm vụ ${achievement}`
          : `(${KIND_LABELS[g.d.row.kind].toLowerCase()}) ${achievement}`;
  const doc = buildProposalToTrinh({
    agency: g.agency,
    number: null,
    date: g.date,
    form: g.form,
    year: g.d.row.year,
    addressee: addresseeOf(g.d.row.authority, g.a.parent_name),
    legalBasis: [
      `Căn cứ ${law.name};`,
      `Căn cứ ${decree.name} quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;`,
      `Căn cứ kết quả họp xét của Hội đồng Thi đua – Khen thưởng ${g.agency.name};`,
    ],
    reason,
    entries: g.entries,
    dossier: g.d.requirements.items
      .filter((i) => i.code !== 'to-trinh')
      .map((i) => `${i.label} (${String(i.sets).padStart(2, '0')} bộ)`),
    simplified: g.d.row.procedure === 'simplified',
    recipients: ['Như trên', 'Giám đốc, các Phó Giám đốc Sở'],
    signature: g.signature,
  });
  return {
    buffer: await renderDocx(doc),
    filename: `to-trinh-de-nghi-khen-thuong-${g.d.row.id}.docx`,
    symbol: proposalSymbol(g.agency),
  };
}

export async function listDocx(ctx: Ctx, actor: Actor, id: number, opts: { deputy?: boolean } = {}) {
  const g = await gather(ctx, actor, id, opts.deputy === true);
  const doc = buildProposalList({
    agency: g.agency,
    form: g.form,
    year: g.d.row.year,
    date: g.date,
    attachedTo: `…/${proposalSymbol(g.agency)}`,
    entries: g.entries,
    signature: g.signature,
  });
  return { buffer: await renderDocx(doc), filename: `danh-sach-de-nghi-khen-thuong-${g.d.row.id}.docx` };
}
