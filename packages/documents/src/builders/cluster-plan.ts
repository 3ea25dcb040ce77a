// The cluster's plan (Kế hoạch tổ chức công tác thi đua, khen thưởng của Cụm), shaped like seed 003: header of
// the cluster under its organiser ("BỘ CÔNG THƯƠNG" / "CỤM THI ĐUA V"), the legal basis, numbered sections
// I., II. …, the task table "Stt | Nội dung, nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực
// hiện" numbered straight through (no quarters), the closing sentence, Nơi nhận and the signature
// "TM. CỤM THI ĐUA V / CỤM TRƯỞNG". Composed from the generic pieces; pure.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import { romanNumeral, upperVi } from '../format.ts';
import type { Block, OfficialDocument, Signature, TableBlock } from '../model.ts';
import {
  heading,
  inlineRuns,
  paragraph,
  proseBlocks,
  recipientLines,
  signatureClusterHead,
} from './generic.ts';
import { numberAndSymbol } from '../format.ts';

export type ClusterPlanTask = {
  content: string;
  /** Cơ quan chủ trì: member agencies' names or a phrase ("Các cơ quan thành viên Cụm Thi đua V"). */
  lead: string[];
  /** Cơ quan phối hợp. */
  coordinating: string[];
  /** As printed: "Tháng 4/2023", "Tháng 06-07/2023", "Thường xuyên". */
  deadline: string;
};

export type ClusterPlanInput = {
  /** "Cụm thi đua V". */
  clusterName: string;
  /** The organiser printed above the cluster ("Bộ Công Thương", "UBND tỉnh Gia Lai"); null for none. */
  organiserName: string | null;
  place: string;
  number: string | number | null;
  /** Default "KH-CTĐ<roman>" style is the caller's; e.g. "KH-CTĐV". */
  symbol: string;
  /** 'YYYY-MM-DD' or null for an undated draft. */
  date: string | null;
  title: string;
  legalBasis: string[];
  /**
   * Sections in order. Body lines: "1. Mục đích" (short, no final period) is a numbered heading, "- " a bullet,
   * "[NHIỆM VỤ]" the task table; a section with an empty title is the closing paragraph.
   */
  sections: { title: string; body: string }[];
  tasks: ClusterPlanTask[];
  recipients: string[];
  archive?: string[];
  /** The leader agency's head signs for the cluster. */
  signerName: string;
  /** "Giám đốc\nSở Công Thương tỉnh Lai Châu". */
  signerTitle?: string;
};

export const CLUSTER_PLAN_COLUMNS = [
  'Stt',
  'Nội dung, nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
] as const;

const TASKS_MARKER = /^\[\s*nhiệm vụ\s*\]$/iu;
const SUBHEADING = /^(\d+)\.\s+(.{1,80}?)\s*:?$/u;

/** Several bodies as "- " lines (seed 003 task 8), one as is. */
function bodyLines(xs: readonly string[]): string[] {
  const clean = xs.map((x) => nfc(x).trim()).filter(Boolean);
  return clean.length <= 1 ? clean : clean.map((x) => `- ${x}`);
}

export function clusterPlanTable(tasks: readonly ClusterPlanTask[]): TableBlock {
  return {
    type: 'table',
    columnWidths: [9, 56, 27, 27, 21],
    headerRows: [CLUSTER_PLAN_COLUMNS.map((h) => ({ text: h }))],
    rows: tasks.map((t, i) => ({
      kind: 'cells' as const,
      cells: [
        { text: String(i + 1), align: 'center' as const },
        // A content of several "- " lines (seed 003 tasks 5, 7, 8) keeps one paragraph per line.
        {
          text: nfc(t.content)
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean),
          align: 'justify' as const,
        },
        { text: bodyLines(t.lead), align: 'center' as const },
        { text: bodyLines(t.coordinating), align: 'center' as const },
        { text: nfc(t.deadline), align: 'center' as const },
      ],
    })),
    fontSize: 12,
  };
}

function sectionBlocks(body: string, tasks: readonly ClusterPlanTask[]): Block[] {
  const blocks: Block[] = [];
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (TASKS_MARKER.test(line)) blocks.push(clusterPlanTable(tasks));
    else if (SUBHEADING.test(line) && !/[.;]$/.test(line)) blocks.push(heading(2, line));
    else blocks.push(...proseBlocks(line));
  }
  return blocks;
}

export function clusterSignature(clusterName: string, signerName: string, signerTitle?: string): Signature {
  return signatureClusterHead(clusterName, signerName, signerTitle);
}

export function buildClusterPlanDocument(p: ClusterPlanInput): OfficialDocument {
  const blocks: Block[] = [];
  for (const text of p.legalBasis) blocks.push(...proseBlocks(text));
  const named = p.sections.filter((s) => s.title.trim() !== '');
  const hasTable = named.some((s) => s.body.split(/\r?\n/).some((l) => TASKS_MARKER.test(l.trim())));
  // Without a "[NHIỆM VỤ]" marker the table gets seed 003's own section before the last one.
  const sections =
    hasTable || p.tasks.length === 0
      ? named
      : [
          ...named.slice(0, Math.max(0, named.length - 1)),
          { title: 'NHIỆM VỤ CỤ THỂ VÀ THỜI GIAN THỰC HIỆN', body: '[NHIỆM VỤ]' },
          ...named.slice(Math.max(0, named.length - 1)),
        ];
  sections.forEach((s, i) => {
    blocks.push(heading(1, `${romanNumeral(i + 1)}. ${upperVi(s.title.trim())}`));
    blocks.push(...sectionBlocks(s.body, p.tasks));
  });
  for (const s of p.sections.filter((x) => x.title.trim() === '' && x.body.trim() !== ''))
    blocks.push({ type: 'paragraph', runs: inlineRuns(s.body.trim()) });
  if (blocks.length === 0) blocks.push(paragraph(''));
  return {
    header: {
      parentBody: p.organiserName ? upperVi(p.organiserName) : null,
      issuingBody: upperVi(p.clusterName),
      number: numberAndSymbol(p.number, p.symbol),
      place: nfc(p.place),
      date: p.date,
    },
    kind: 'ke-hoach',
    title: nfc(p.title.trim()),
    blocks,
    recipients: recipientLines(p.recipients, p.archive ?? ['VT']),
    signature: clusterSignature(p.clusterName, p.signerName, p.signerTitle),
  };
}
