// The plan as a Decree 30/2020 .docx: rows mapped onto the documents package's PlanInput (pure), then
// rendered. Section bodies are prose as typed in the editor:
//   - a short line "1. Mục đích" (no final period) opens a numbered subsection;
//   - a line starting with "- " is a bullet; other lines are paragraphs;
//   - a line "[NHIỆM VỤ]" marks where the task table goes (otherwise the builder adds "NỘI DUNG" before
//     the last section);
//   - a section with an empty heading is the closing paragraph ("Trên đây là Kế hoạch … ./.").
import type {
  PlanContent,
  PlanInput,
  PlanSection,
  PlanTask,
} from '../../../../../packages/documents/src/builders/plan.ts';
import { buildPlanDocument } from '../../../../../packages/documents/src/builders/plan.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';
import type {
  PlanRecord,
  SectionRecord,
  TaskRecord,
} from '../../../../../packages/db/src/repositories/plans.ts';
import * as plans from '../../../../../packages/db/src/repositories/plans.ts';
import { EMPTY_SCOPE } from '../../../../../packages/db/src/repositories/scope.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { planDeadline } from './deadlines.ts';
import { unitNames } from './presenter.ts';
import { getPlan } from './service.ts';

const TASKS_MARKER = /^\[\s*nhiệm vụ\s*\]$/iu;
const SUBSECTION = /^(\d+)\.\s+(.{1,80}?)\s*:?$/u;

export function sectionContent(body: string): PlanContent[] {
  const out: PlanContent[] = [];
  let sub: Extract<PlanContent, { kind: 'subsection' }> | null = null;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const target = sub ? sub.content : out;
    if (TASKS_MARKER.test(line)) {
      sub = null;
      out.push({ kind: 'tasks' });
      continue;
    }
    const m = SUBSECTION.exec(line);
    if (m && !/[.;]$/.test(line)) {
      sub = { kind: 'subsection', title: m[2]!, content: [] };
      out.push(sub);
      continue;
    }
    if (line.startsWith('- ')) target.push({ kind: 'bullet', text: line.slice(2) });
    else target.push({ kind: 'paragraph', text: line });
  }
  return out;
}

export function planInputFromRows(
  plan: PlanRecord,
  agency: {
    name: string;
    short_name: string | null;
    parent_name: string | null;
    place_name: string | null;
    symbol: string | null;
    code: string;
  },
  sections: SectionRecord[],
  tasks: TaskRecord[],
): PlanInput {
  const recipients = Array.isArray(plan.recipients) ? (plan.recipients as string[]) : [];
  // "Lưu: VT, VP." typed as the last line is the archive line.
  const archiveLine = recipients.find((r) => /^-?\s*lưu\s*:/iu.test(r));
  const archive = archiveLine
    ? archiveLine
        .replace(/^-?\s*lưu\s*:\s*/iu, '')
        .replace(/\.$/, '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : ['VT'];
  const body: PlanSection[] = sections
    .filter((s) => s.heading.trim() !== '')
    .map((s) => ({ title: s.heading, content: sectionContent(s.body) }));
  const closing = sections
    .filter((s) => s.heading.trim() === '')
    .map((s) => s.body.trim())
    .filter(Boolean)
    .join('\n');
  const authority = [plan.signer_line, plan.signer_title].filter((s): s is string => !!s && s.trim() !== '');
  const taskRows: PlanTask[] = tasks.map((t) => ({
    quarter: t.quarter === 1 || t.quarter === 2 || t.quarter === 3 || t.quarter === 4 ? t.quarter : null,
    content: t.content,
    leadUnits: unitNames(t, 'lead'),
    coordinatingUnits: unitNames(t, 'coordinate'),
    deadline: planDeadline(t),
    ...(t.note ? { note: t.note } : {}),
  }));
  const input: PlanInput = {
    agency: {
      name: agency.short_name ?? agency.name,
      parentName: agency.parent_name,
      place: plan.place_name ?? agency.place_name ?? '',
      abbreviation: agency.symbol ?? agency.code,
    },
    number: plan.number,
    date: plan.issued_on,
    title: plan.title,
    legalBasis: (plan.legal_basis ?? '')
      .split(/\n\s*\n|\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
    sections: body,
    tasks: taskRows,
    recipients: recipients.filter((r) => r !== archiveLine),
    archive,
    signature: {
      authority: authority.length ? authority.map((a) => a.toLocaleUpperCase('vi')) : ['GIÁM ĐỐC'],
      signerName: plan.signer_name ?? '',
    },
  };
  if (plan.symbol) input.symbol = plan.symbol;
  if (closing) input.closing = closing;
  return input;
}

export async function planDocx(
  ctx: Ctx,
  actor: Actor,
  id: number,
  layout: 'table' | 'list' = 'table',
): Promise<{ filename: string; content: Buffer }> {
  const { plan, sections } = await getPlan(ctx, actor, id);
  const agency = await plans.agencyHeader(ctx.db, plan.agency_id);
  if (!agency) throw errors.notFound('cơ quan');
  const tasks = await plans.listTasks(ctx.db, { ...EMPTY_SCOPE, all: true }, { planId: id });
  // 'table': the task table of seed 004; 'list': "1. Nhiệm vụ quý I", "1.1. …", "- Thời gian hoàn thành: …" as seed 000.
  const content = await renderDocx(
    buildPlanDocument({ ...planInputFromRows(plan, agency, sections, tasks), taskLayout: layout }),
  );
  return { filename: `Kế hoạch TĐKT năm ${plan.year}.docx`, content };
}
