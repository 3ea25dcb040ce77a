// Báo cáo sơ kết 6 tháng / tổng kết năm công tác thi đua, khen thưởng (seed 001 shape), Decree 30/2020 layout.
// The report is one model shared by the browser preview and the .docx: an ordered list of parts, each a
// heading, a data part (paragraphs computed from the records at generation time, footnotes inline) or a
// prose part (the officer's text, kept per report by key). Pure: model in, document out. An empty prose
// part prints as a marked italic paragraph "[Phần do cán bộ soạn: …]" so the gap is visible on paper.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import type { Block, OfficialDocument, Run, Signature } from '../model.ts';
import { headerFromAgency, heading, proseBlocks, recipientLines, type AgencyInfo } from './generic.ts';

/** A run of a data paragraph; `footnote` is the footnote's text, numbered in order of appearance. */
export type ReportRun = { text: string; bold?: boolean; italic?: boolean } | { footnote: string };

export type ReportParagraph = { style: 'paragraph' | 'bullet'; runs: ReportRun[] };

export type ReportPart =
  /** level 0 is a centred part title ("Phần I" over its name). */
  | { type: 'heading'; level: 0 | 1 | 2 | 3; text: string; subtitle?: string }
  | { type: 'data'; key: string; label: string; paragraphs: ReportParagraph[] }
  | { type: 'prose'; key: string; label: string; hint: string; body: string };

export type ReportModel = {
  agency: AgencyInfo;
  /** Number (null: "…" until registered) and signing date (null: a dated line with dots). */
  number: string | null;
  date: string | null;
  /** The trích yếu: "Sơ kết công tác thi đua 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2023". */
  title: string;
  parts: ReportPart[];
  recipients: string[];
  archive: string[];
  signature: Signature | null;
};

/** The marker printed for a prose part the officer has not written yet. */
export function proseMarker(label: string): string {
  return `[Phần do cán bộ soạn: ${nfc(label)}]`;
}

function runsOf(p: ReportParagraph, footnotes: { id: number; text: string }[]): Run[] {
  const out: Run[] = [];
  for (const r of p.runs) {
    if ('footnote' in r) {
      const id = footnotes.length + 1;
      footnotes.push({ id, text: nfc(r.footnote) });
      out.push({ footnote: id });
    } else {
      const run: Run = { text: nfc(r.text) };
      if (r.bold) run.bold = true;
      if (r.italic) run.italic = true;
      out.push(run);
    }
  }
  return out;
}

export function buildReportDocument(m: ReportModel): OfficialDocument {
  const blocks: Block[] = [];
  const footnotes: { id: number; text: string }[] = [];
  for (const part of m.parts) {
    if (part.type === 'heading') {
      if (part.level === 0) {
        blocks.push({ type: 'paragraph', align: 'center', runs: [{ text: nfc(part.text), bold: true }] });
        if (part.subtitle)
          blocks.push({
            type: 'paragraph',
            align: 'center',
            keepNext: true,
            runs: [{ text: nfc(part.subtitle), bold: true }],
          });
      } else blocks.push(heading(part.level, part.text));
    } else if (part.type === 'data') {
      for (const p of part.paragraphs) {
        const runs = runsOf(p, footnotes);
        blocks.push(p.style === 'bullet' ? { type: 'bullet', runs } : { type: 'paragraph', runs });
      }
    } else if (part.body.trim()) blocks.push(...proseBlocks(part.body));
    else blocks.push({ type: 'paragraph', runs: [{ text: proseMarker(part.label), italic: true }] });
  }
  const doc: OfficialDocument = {
    header: headerFromAgency(m.agency, { kind: 'bao-cao', number: m.number, date: m.date }),
    kind: 'bao-cao',
    title: nfc(m.title),
    blocks,
    recipients: recipientLines(m.recipients, m.archive),
    signature: m.signature,
  };
  if (footnotes.length) doc.footnotes = footnotes;
  return doc;
}
