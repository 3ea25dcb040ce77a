// The plan (kế hoạch công tác thi đua, khen thưởng) as an official document, shaped like seeds 000 and 004:
// legal basis, numbered sections I./1./1.1., the tasks of the year by quarter (as a table, or as the prose
// list seed 000 uses), the closing sentence, Nơi nhận and the signature. Pure: plain data in, model out.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import { deadlineText, quarterLabel, romanNumeral } from '../format.ts';
import type { PlanDeadline } from '../format.ts';
import type { Block, OfficialDocument, Signature, TableBlock, TableRow } from '../model.ts';
import { headerFromAgency, heading, inlineRuns, paragraph, proseBlocks, recipientLines } from './generic.ts';
import type { AgencyInfo } from './generic.ts';

export type PlanTask = {
  /** 1–4, or null for tasks of the whole year (printed last, under "CẢ NĂM"). */
  quarter: 1 | 2 | 3 | 4 | null;
  content: string;
  /** Đơn vị chủ trì. */
  leadUnits: string[];
  /** Đơn vị phối hợp. */
  coordinatingUnits: string[];
  deadline: PlanDeadline;
  note?: string;
};

/** Prose inside a section: paragraphs, "- " bullets, numbered subsections, and where the task list goes. */
export type PlanContent =
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  /** Numbered "1." inside a section and "1.1." inside a subsection; `text` may follow the title on its own paragraphs. */
  | { kind: 'subsection'; title: string; content: PlanContent[] }
  /** The tasks by quarter are printed here. */
  | { kind: 'tasks' };

/** A level-1 section, numbered I., II., … by the builder: "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN". */
export type PlanSection = { title: string; content: PlanContent[] };

export type PlanInput = {
  agency: AgencyInfo;
  /** The registered number, or null while it is a draft ("Số: …/KH-SCT"). */
  number: number | string | null;
  /** Defaults to "KH-<agency abbreviation>". */
  symbol?: string;
  /** 'YYYY-MM-DD' or null for an undated draft. */
  date: string | null;
  /** The trích yếu: "Công tác thi đua, khen thưởng năm 2024". */
  title: string;
  /** Paragraphs citing the instruments the plan implements ("Thực hiện Kế hoạch số 241/KH-UBND …"). */
  legalBasis: string[];
  sections: PlanSection[];
  tasks: PlanTask[];
  /** 'table' (seed 004, default) or 'list' (seed 000: "1. Nhiệm vụ quý I", "1.1. …", "- Thời gian hoàn thành: …"). */
  taskLayout?: 'table' | 'list';
  /** Closing paragraph: "Trên đây là Kế hoạch … ./." */
  closing?: string;
  recipients: string[];
  /** Archive line parts: ['VT', 'VP'] → "Lưu: VT, VP.". Default ['VT']. */
  archive?: string[];
  signature: Signature;
};

type Quarter = PlanTask['quarter'];

/**
 * Tasks grouped by quarter: I, II, III, IV, then the whole-year tasks. Within a quarter tasks keep the order
 * they were given (a stable sort; the caller's order, e.g. by deadline then creation, is the tie-break).
 */
export function groupTasksByQuarter(tasks: readonly PlanTask[]): { quarter: Quarter; tasks: PlanTask[] }[] {
  const order: Quarter[] = [1, 2, 3, 4, null];
  return order
    .map((quarter) => ({ quarter, tasks: tasks.filter((t) => t.quarter === quarter) }))
    .filter((g) => g.tasks.length > 0);
}

function groupLabel(q: Quarter): string {
  return q === null ? 'CẢ NĂM' : quarterLabel(q);
}

/** One unit as is; several as "- " lines, as the seed tables list them. */
function unitLines(units: readonly string[]): string[] {
  const clean = units.map((u) => nfc(u).trim()).filter(Boolean);
  return clean.length <= 1 ? clean : clean.map((u) => `- ${u}`);
}

export const PLAN_TASK_COLUMNS = [
  'STT',
  'Nội dung',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời gian thực hiện',
] as const;

export function planTaskTable(tasks: readonly PlanTask[]): TableBlock {
  const withNotes = tasks.some((t) => t.note && t.note.trim() !== '');
  const headers: string[] = [...PLAN_TASK_COLUMNS, ...(withNotes ? ['Ghi chú'] : [])];
  const rows: TableRow[] = [];
  for (const group of groupTasksByQuarter(tasks)) {
    rows.push({ kind: 'group', text: groupLabel(group.quarter), align: 'left' });
    group.tasks.forEach((t, i) => {
      rows.push({
        kind: 'cells',
        cells: [
          { text: String(i + 1), align: 'center' },
          { text: nfc(t.content.trim()), align: 'justify' },
          { text: unitLines(t.leadUnits) },
          { text: unitLines(t.coordinatingUnits) },
          { text: deadlineText(t.deadline), align: 'center' },
          ...(withNotes ? [{ text: nfc(t.note?.trim() ?? '') }] : []),
        ],
      });
    });
  }
  return {
    type: 'table',
    // STT narrow, the content widest; the units and the deadline in between.
    columnWidths: withNotes ? [11, 50, 26, 26, 22, 15] : [11, 56, 29, 29, 25],
    headerRows: [headers.map((h) => ({ text: h }))],
    rows,
    fontSize: 12,
  };
}

/** "Văn phòng chủ trì, phối hợp các phòng, đơn vị thuộc Sở" (seed 000's "Trách nhiệm thực hiện"). */
export function responsibilityText(t: PlanTask): string {
  const lead = t.leadUnits
    .map((u) => nfc(u).trim())
    .filter(Boolean)
    .join(', ');
  // "Các phòng, đơn vị …" is a common noun phrase and goes lower case mid-sentence; unit names stay as written.
  const coord = t.coordinatingUnits
    .map((u) =>
      nfc(u)
        .trim()
        .replace(/^Các\s/, 'các '),
    )
    .filter(Boolean)
    .join(', ');
  if (!coord) return lead;
  if (!lead) return `Phối hợp: ${coord}`;
  return `${lead} chủ trì, phối hợp ${coord}`;
}

function endWithPeriod(s: string): string {
  return /[.:;!?]$/.test(s) ? s : `${s}.`;
}

/** Seed 000's layout: "1. Nhiệm vụ quý I", "1.1. <task>", "- Thời gian hoàn thành: …", "- Trách nhiệm thực hiện: …". */
function planTaskList(tasks: readonly PlanTask[], firstNumber: number): Block[] {
  const blocks: Block[] = [];
  groupTasksByQuarter(tasks).forEach((group, gi) => {
    const n = firstNumber + gi;
    const title = group.quarter === null ? 'Nhiệm vụ cả năm' : `Nhiệm vụ quý ${romanNumeral(group.quarter)}`;
    blocks.push(heading(2, `${n}. ${title}`));
    group.tasks.forEach((t, i) => {
      blocks.push({
        type: 'paragraph',
        runs: [
          { text: `${n}.${i + 1}. `, italic: true, bold: true },
          ...inlineRuns(endWithPeriod(nfc(t.content.trim()))),
        ],
      });
      blocks.push({
        type: 'bullet',
        runs: [{ text: `Thời gian hoàn thành: ${endWithPeriod(deadlineText(t.deadline))}` }],
      });
      blocks.push({
        type: 'bullet',
        runs: [{ text: `Trách nhiệm thực hiện: ${endWithPeriod(responsibilityText(t))}` }],
      });
      if (t.note?.trim())
        blocks.push({ type: 'bullet', runs: [{ text: `Ghi chú: ${endWithPeriod(nfc(t.note.trim()))}` }] });
    });
  });
  return blocks;
}

function contentBlocks(
  content: readonly PlanContent[],
  prefix: string,
  depth: 2 | 3 | 4,
  input: PlanInput,
): Block[] {
  const blocks: Block[] = [];
  let n = 0;
  for (const c of content) {
    switch (c.kind) {
      case 'paragraph':
        blocks.push(...proseBlocks(c.text));
        break;
      case 'bullet':
        blocks.push({ type: 'bullet', runs: inlineRuns(nfc(c.text.trim()).replace(/^-\s*/, '')) });
        break;
      case 'subsection': {
        n += 1;
        const number = `${prefix}${n}.`;
        const title = `${number} ${nfc(c.title.trim())}`;
        // Deeper than "1.1." there are no heading levels in Decree 30 plans: the title is an italic lead-in.
        if (depth === 4) blocks.push({ type: 'paragraph', runs: [{ text: title, italic: true }] });
        else blocks.push(heading(depth, title));
        blocks.push(...contentBlocks(c.content, number, depth === 2 ? 3 : 4, input));
        break;
      }
      case 'tasks':
        if ((input.taskLayout ?? 'table') === 'table') blocks.push(planTaskTable(input.tasks));
        else {
          blocks.push(...planTaskList(input.tasks, n + 1));
          n += groupTasksByQuarter(input.tasks).length;
        }
        break;
      default: {
        const never: never = c;
        return never;
      }
    }
  }
  return blocks;
}

function hasTasksPlaceholder(content: readonly PlanContent[]): boolean {
  return content.some(
    (c) => c.kind === 'tasks' || (c.kind === 'subsection' && hasTasksPlaceholder(c.content)),
  );
}

export function buildPlanDocument(plan: PlanInput): OfficialDocument {
  let sections = plan.sections;
  // Tasks given without saying where: they get their own "NỘI DUNG" section before the last section
  // (which in every seed plan is "TỔ CHỨC THỰC HIỆN").
  if (plan.tasks.length > 0 && !sections.some((s) => hasTasksPlaceholder(s.content))) {
    const at = Math.max(0, sections.length - 1);
    sections = [
      ...sections.slice(0, at),
      { title: 'NỘI DUNG', content: [{ kind: 'tasks' }] },
      ...sections.slice(at),
    ];
  }

  const blocks: Block[] = [];
  for (const text of plan.legalBasis) blocks.push(...proseBlocks(text));
  sections.forEach((s, i) => {
    blocks.push(heading(1, `${romanNumeral(i + 1)}. ${nfc(s.title.trim()).toLocaleUpperCase('vi')}`));
    blocks.push(...contentBlocks(s.content, '', 2, plan));
  });
  if (plan.closing) blocks.push(paragraph(plan.closing));

  return {
    header: headerFromAgency(plan.agency, {
      kind: 'ke-hoach',
      number: plan.number,
      date: plan.date,
      symbol: plan.symbol,
    }),
    kind: 'ke-hoach',
    title: nfc(plan.title.trim()),
    blocks,
    recipients: recipientLines(plan.recipients, plan.archive ?? ['VT']),
    signature: plan.signature,
  };
}
