// Renders an OfficialDocument as .docx in the Decree 30/2020/NĐ-CP layout. This file is the only one that
// imports `docx`; it decides nothing about content, only how the model is laid out on A4 paper.
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { IBorderOptions, ITableCellBorders, ParagraphChild } from 'docx';
import { placeDateText } from './format.ts';
import { DECREE_30_LAYOUT, DOCUMENT_KINDS, textWidthMm } from './model.ts';
import type {
  Align,
  Block,
  OfficialDocument,
  Run,
  Signature,
  TableBlock,
  TableCell as ModelCell,
} from './model.ts';

const L = DECREE_30_LAYOUT;
const FONT = L.font;
const mm = (v: number): number => Math.round(convertMillimetersToTwip(v));
/** docx sizes are half-points. */
const pt = (v: number): number => Math.round(v * 2);
/** Spacing is in twentieths of a point. */
const spacingPt = (v: number): number => Math.round(v * 20);
const t = (s: string): string => s.normalize('NFC');
const TEXT_WIDTH = mm(textWidthMm());
const SINGLE_LINE = 240;
const BODY_LINE = Math.round(SINGLE_LINE * L.lineSpacing);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const LINE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_CELL_BORDERS: ITableCellBorders = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
};
const NO_TABLE_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const GRID_TABLE_BORDERS = {
  top: LINE_BORDER,
  bottom: LINE_BORDER,
  left: LINE_BORDER,
  right: LINE_BORDER,
  insideHorizontal: LINE_BORDER,
  insideVertical: LINE_BORDER,
};

type TextOpts = {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  superscript?: boolean;
};

function textRun(text: string, o: TextOpts): TextRun {
  return new TextRun({
    text: t(text),
    font: FONT,
    size: pt(o.size),
    bold: o.bold ?? false,
    italics: o.italic ?? false,
    ...(o.underline ? { underline: {} } : {}),
    ...(o.superscript ? { superScript: true } : {}),
    language: { value: 'vi-VN' },
  });
}

function runs(
  model: readonly Run[],
  size: number,
  base: { bold?: boolean; italic?: boolean } = {},
): ParagraphChild[] {
  return model.map((r) =>
    'footnote' in r
      ? new FootnoteReferenceRun(r.footnote)
      : textRun(r.text, {
          size,
          bold: r.bold ?? base.bold,
          italic: r.italic ?? base.italic,
          underline: r.underline,
          superscript: r.superscript,
        }),
  );
}

/** A centred line of text with no spacing, for the header, title and signature blocks. */
function line(
  text: string,
  o: TextOpts & { align?: Align; after?: number; before?: number; keepNext?: boolean },
): Paragraph {
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'center'],
    spacing: {
      before: spacingPt(o.before ?? 0),
      after: spacingPt(o.after ?? 0),
      line: SINGLE_LINE,
      lineRule: LineRuleType.AUTO,
    },
    keepNext: o.keepNext ?? false,
    children: [textRun(text, o)],
    run: { font: FONT, size: pt(o.size) },
  });
}

/**
 * A short solid rule, centred in a cell (Decree 30/2020, Appendix I: under the issuing body's name, 1/3 to 1/2
 * of the name's length; under the trích yếu, 1/3 to 1/2 of its length). Drawn as the bottom border of an
 * empty paragraph narrowed by indents, which Word and LibreOffice both print as a line.
 */
function rule(widthTwip: number, cellWidthTwip: number, gapPt = 1): Paragraph {
  const side = Math.max(0, Math.round((cellWidthTwip - widthTwip) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // The paragraph is a 2 pt sliver; `gapPt` keeps its border line clear of the descenders above it.
    spacing: { before: spacingPt(gapPt), after: 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { font: FONT, size: pt(2) },
    children: [],
  });
}

/**
 * Rough printed width of a line in Times New Roman, in twips: enough to size the rules under a name or a
 * trích yếu (upper case letters are wider than lower case ones).
 */
function approxTextWidthTwip(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.25;
    else if (ch !== ch.toLocaleLowerCase('vi')) em += 0.72;
    else em += 0.48;
  }
  return Math.round(em * sizePt * 20);
}

function cell(
  children: (Paragraph | Table)[],
  widthTwip: number,
  o: { borders?: ITableCellBorders; colSpan?: number; rowSpan?: number; vAlign?: 'top' | 'center' } = {},
): TableCell {
  return new TableCell({
    children,
    width: { size: widthTwip, type: WidthType.DXA },
    ...(o.borders ? { borders: o.borders } : {}),
    ...(o.colSpan && o.colSpan > 1 ? { columnSpan: o.colSpan } : {}),
    ...(o.rowSpan && o.rowSpan > 1 ? { rowSpan: o.rowSpan } : {}),
    verticalAlign: o.vAlign === 'center' ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
  });
}

// --- Header: issuing body on the left, national title and motto on the right (Appendix I, II.1–II.4). ---

const HEADER_LEFT = mm(textWidthMm() * 0.4);
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;

function headerTable(doc: OfficialDocument): Table {
  const h = doc.header;
  const left: Paragraph[] = [];
  if (h.parentBody) left.push(line(h.parentBody, { size: 13 }));
  left.push(line(h.issuingBody, { size: 13, bold: true }));
  const ruleWidth = Math.max(
    mm(18),
    Math.min(approxTextWidthTwip(h.issuingBody, 13) * 0.45, HEADER_LEFT * 0.6),
  );
  left.push(rule(ruleWidth, HEADER_LEFT));

  const right: Paragraph[] = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    // The motto carries a solid line as long as itself: underlining the text gives exactly that length.
    line('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true, underline: true }),
  ];

  const numberCell: Paragraph[] = [line(`Số: ${h.number}`, { size: 13, before: 6 })];
  if (doc.kind === 'cong-van') numberCell.push(line(`V/v ${doc.title}`, { size: 12, before: 3 }));
  const dateCell = [line(placeDateText(h.place, h.date), { size: 13, italic: true, before: 6 })];

  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, HEADER_RIGHT],
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(left, HEADER_LEFT, { borders: NO_CELL_BORDERS }),
          cell(right, HEADER_RIGHT, { borders: NO_CELL_BORDERS }),
        ],
      }),
      new TableRow({
        children: [
          cell(numberCell, HEADER_LEFT, { borders: NO_CELL_BORDERS }),
          cell(dateCell, HEADER_RIGHT, { borders: NO_CELL_BORDERS }),
        ],
      }),
    ],
  });
}

// --- Type and trích yếu (Appendix I, II.5): bold, centred; a short rule under the trích yếu. ---

function titleParagraphs(doc: OfficialDocument): Paragraph[] {
  if (doc.kind === 'cong-van') return [line('', { size: 13, after: 6 })];
  const label = doc.typeLabel ?? DOCUMENT_KINDS[doc.kind].label ?? '';
  const out: Paragraph[] = [line(label, { size: 14, bold: true, before: 18, keepNext: true })];
  if (doc.title) out.push(line(doc.title, { size: 14, bold: true, keepNext: true }));
  if (doc.subtitle) out.push(line(doc.subtitle, { size: 13, italic: true, keepNext: true }));
  const longest = Math.max(approxTextWidthTwip(doc.title, 14), approxTextWidthTwip(label, 14));
  out.push(rule(Math.max(mm(20), Math.min(longest / 3, mm(60))), TEXT_WIDTH, 4));
  out.push(line('', { size: 13, after: 6 }));
  return out;
}

// --- Body. ---

function bodyParagraph(
  children: ParagraphChild[],
  o: { align?: Align; indent?: boolean; keepNext?: boolean } = {},
): Paragraph {
  const align = o.align ?? 'justify';
  const indent = o.indent ?? align === 'justify';
  return new Paragraph({
    alignment: ALIGN[align],
    ...(indent ? { indent: { firstLine: mm(L.firstLineIndentMm) } } : {}),
    spacing: {
      before: 0,
      after: spacingPt(L.paragraphSpacingAfterPt),
      line: BODY_LINE,
      lineRule: LineRuleType.AUTO,
    },
    keepNext: o.keepNext ?? false,
    children,
    run: { font: FONT, size: pt(L.bodyPt) },
  });
}

function cellParagraphs(c: ModelCell, size: number, base: { bold?: boolean; align?: Align }): Paragraph[] {
  const texts = typeof c.text === 'string' ? [c.text] : c.text.length > 0 ? [...c.text] : [''];
  return texts.map(
    (text) =>
      new Paragraph({
        alignment: ALIGN[c.align ?? base.align ?? 'left'],
        spacing: {
          before: spacingPt(2),
          after: spacingPt(2),
          line: SINGLE_LINE,
          lineRule: LineRuleType.AUTO,
        },
        children: [textRun(text, { size, bold: c.bold ?? base.bold, italic: c.italic })],
        run: { font: FONT, size: pt(size) },
      }),
  );
}

function scaleWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const rest = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function spanWidth(widths: readonly number[], from: number, span: number): number {
  return widths.slice(from, from + span).reduce((a, b) => a + b, 0);
}

function gridTable(b: TableBlock): Table {
  const widths = scaleWidths(b.columnWidths);
  const size = b.fontSize ?? 12;
  const cellsOf = (
    cells: readonly ModelCell[],
    base: { bold?: boolean; align?: Align },
    vAlign: 'top' | 'center',
  ): TableCell[] => {
    let col = 0;
    return cells.map((c) => {
      const span = c.colSpan ?? 1;
      const w = spanWidth(widths, col, span);
      col += span;
      return cell(cellParagraphs(c, size, base), w, { colSpan: span, rowSpan: c.rowSpan, vAlign });
    });
  };
  const rows: TableRow[] = [
    ...b.headerRows.map(
      (r) =>
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: cellsOf(r, { bold: true, align: 'center' }, 'center'),
        }),
    ),
    ...b.rows.map((r) =>
      r.kind === 'group'
        ? new TableRow({
            cantSplit: true,
            keepNext: true,
            children: [
              cell(
                cellParagraphs({ text: r.text, align: r.align ?? 'left' }, size, { bold: true }),
                TEXT_WIDTH,
                { colSpan: widths.length },
              ),
            ],
          })
        : new TableRow({ cantSplit: true, children: cellsOf(r.cells, {}, 'top') }),
    ),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_TABLE_BORDERS,
    margins: { top: 0, bottom: 0, left: mm(1.5), right: mm(1.5) },
    rows,
  });
}

// --- Signature (Appendix I, II.8–II.9) and Nơi nhận (II.10). ---

function signatureParagraphs(s: Signature): Paragraph[] {
  const out: Paragraph[] = s.authority.map((a) => line(a, { size: 13, bold: true, keepNext: true }));
  // Room to sign and stamp: about 30 mm.
  for (let i = 0; i < 5; i++) out.push(line('', { size: 13, keepNext: true }));
  if (s.signerTitle)
    for (const l of s.signerTitle.split('\n')) out.push(line(l, { size: 13, bold: true, keepNext: true }));
  out.push(line(s.signerName, { size: 14, bold: true }));
  return out;
}

function signaturesTable(signatures: readonly Signature[]): Table {
  const n = Math.max(1, signatures.length);
  const widths = scaleWidths(signatures.map(() => 1));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: signatures
          .slice(0, n)
          .map((s, i) => cell(signatureParagraphs(s), widths[i] ?? 0, { borders: NO_CELL_BORDERS })),
      }),
    ],
  });
}

const CLOSING_LEFT = mm(textWidthMm() * 0.45);
const CLOSING_RIGHT = TEXT_WIDTH - CLOSING_LEFT;

function closingTable(doc: OfficialDocument): Table {
  const left: Paragraph[] = [];
  if (doc.recipients.length > 0) {
    left.push(line('Nơi nhận:', { size: 12, bold: true, italic: true, align: 'left' }));
    for (const r of doc.recipients)
      left.push(line(r.startsWith('- ') ? r : `- ${r}`, { size: 11, align: 'left' }));
  } else left.push(line('', { size: 11 }));
  const right = doc.signature ? signatureParagraphs(doc.signature) : [line('', { size: 13 })];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [CLOSING_LEFT, CLOSING_RIGHT],
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, CLOSING_LEFT, { borders: NO_CELL_BORDERS }),
          cell(right, CLOSING_RIGHT, { borders: NO_CELL_BORDERS }),
        ],
      }),
    ],
  });
}

function renderBlock(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading': {
      const italic = b.level === 3;
      return [bodyParagraph([textRun(b.text, { size: L.bodyPt, bold: true, italic })], { keepNext: true })];
    }
    case 'paragraph':
      return [
        bodyParagraph(runs(b.runs, L.bodyPt), { align: b.align, indent: b.indent, keepNext: b.keepNext }),
      ];
    case 'bullet':
      return [bodyParagraph([textRun('- ', { size: L.bodyPt }), ...runs(b.runs, L.bodyPt)])];
    case 'table':
      // An empty paragraph after a table keeps the next table or paragraph from sticking to its border.
      return [gridTable(b), line('', { size: 6 })];
    case 'signatures':
      return [signaturesTable(b.signatures)];
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    default: {
      const never: never = b;
      return never;
    }
  }
}

export function buildDocxDocument(doc: OfficialDocument): Document {
  // The last paragraph of the body stays on the page of the signature, so the signature never stands alone
  // on a page without any of the text it signs.
  const blocks = doc.blocks.map((b, i) =>
    i === doc.blocks.length - 1 && b.type === 'paragraph' ? { ...b, keepNext: true } : b,
  );
  const children: (Paragraph | Table)[] = [
    headerTable(doc),
    ...titleParagraphs(doc),
    ...blocks.flatMap(renderBlock),
    line('', { size: 6, keepNext: true }),
    closingTable(doc),
  ];
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const f of doc.footnotes ?? []) {
    footnotes[String(f.id)] = { children: [new Paragraph({ children: [textRun(f.text, { size: 10 })] })] };
  }
  const label = doc.typeLabel ?? DOCUMENT_KINDS[doc.kind].label ?? '';
  return new Document({
    creator: 'tdkt',
    title: t(`${label} ${doc.title}`.trim()),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: pt(L.bodyPt), language: { value: 'vi-VN' } },
          paragraph: { spacing: { line: SINGLE_LINE, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    footnotes,
    sections: [
      {
        properties: {
          // Page numbers from page 2, top centre (Appendix I, II.12): page 1 gets its own empty header.
          titlePage: true,
          page: {
            size: { width: mm(L.pageWidthMm), height: mm(L.pageHeightMm) },
            margin: {
              top: mm(L.marginsMm.top),
              bottom: mm(L.marginsMm.bottom),
              left: mm(L.marginsMm.left),
              right: mm(L.marginsMm.right),
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  return Packer.toBuffer(buildDocxDocument(doc));
}
