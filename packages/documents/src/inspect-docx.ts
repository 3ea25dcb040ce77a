// Reads a .docx back into its structure, for tests: paragraphs with text, bold, italic and alignment; tables
// as rows of cells; the page size and margins; the fonts. Tests assert on this, never on bytes.
// A .docx is a zip of XML parts; fflate (the zip library `docx` itself uses) opens it, and the small XML
// reader below is enough for the well-formed WordprocessingML that Word, LibreOffice and `docx` write.
import { strFromU8, unzipSync } from 'fflate';

export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[] };
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? ''),
  );
}

/** Parses XML into elements and text nodes (no DTDs; comments, processing instructions and CDATA handled). */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const re =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    const top = stack[stack.length - 1] as XmlElement;
    if (m[1] !== undefined) top.children.push(m[1]);
    else if (m[2] !== undefined) {
      if (stack.length > 1) stack.pop();
    } else if (m[3] !== undefined) {
      const attrs: Record<string, string> = {};
      const attrRe = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
      for (let a = attrRe.exec(m[4] ?? ''); a !== null; a = attrRe.exec(m[4] ?? ''))
        attrs[a[1] as string] = decodeEntities(a[2] ?? a[3] ?? '');
      const el: XmlElement = { name: m[3], attrs, children: [] };
      top.children.push(el);
      if (m[5] !== '/') stack.push(el);
    } else if (m[6] !== undefined) top.children.push(decodeEntities(m[6]));
  }
  return root;
}

const isEl = (n: XmlNode): n is XmlElement => typeof n !== 'string';
const kids = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter(isEl).filter((c) => name === undefined || c.name === name);
const kid = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el ? kids(el, name)[0] : undefined;

function* descendants(el: XmlElement, name: string): Generator<XmlElement> {
  for (const c of kids(el)) {
    if (c.name === name) yield c;
    yield* descendants(c, name);
  }
}

/** <w:b/>, <w:b w:val="true"/> are on; w:val "0"/"false"/"off" is off. */
function toggle(rPr: XmlElement | undefined, name: string): boolean | undefined {
  const e = kid(rPr, name);
  if (!e) return undefined;
  const v = e.attrs['w:val'];
  return !(v === '0' || v === 'false' || v === 'off');
}

export type InspectedRun = {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  superscript: boolean;
  sizePt: number | null;
  font: string | null;
};

export type InspectedParagraph = {
  text: string;
  runs: InspectedRun[];
  /** Every run with text is bold (resp. italic). */
  bold: boolean;
  italic: boolean;
  /** OOXML's "both" is reported as 'justify', "start"/"end" as 'left'/'right'. */
  alignment: 'left' | 'center' | 'right' | 'justify' | string;
  firstLineIndentMm: number | null;
  hasPageField: boolean;
  hasFootnoteReference: boolean;
  pageBreak: boolean;
};

export type InspectedCell = {
  text: string;
  paragraphs: InspectedParagraph[];
  colSpan: number;
  vMerge: 'restart' | 'continue' | null;
  borders: 'none' | 'lines' | 'default';
};
export type InspectedTable = {
  rows: InspectedCell[][];
  texts: string[][];
  columnWidthsTwip: number[];
  headerRowCount: number;
};

export type InspectedBlock =
  ({ kind: 'paragraph' } & InspectedParagraph) | ({ kind: 'table' } & InspectedTable);

export type InspectedSection = {
  pageWidthMm: number;
  pageHeightMm: number;
  marginsMm: { top: number; bottom: number; left: number; right: number };
  titlePage: boolean;
};

export type InspectedDocx = {
  /** Top-level blocks of the body in order. */
  blocks: InspectedBlock[];
  /** Top-level paragraphs only (not those in tables). */
  paragraphs: InspectedParagraph[];
  /** Every paragraph in reading order, including those inside tables. */
  allParagraphs: InspectedParagraph[];
  tables: InspectedTable[];
  section: InspectedSection;
  /** Fonts named in the body, the styles and the headers (w:rFonts ascii/hAnsi/cs/eastAsia). */
  fonts: string[];
  /** Default run size from styles.xml, in points. */
  defaultSizePt: number | null;
  /** Header parts by type ('default', 'first', 'even'), with their paragraphs. */
  headers: Record<string, InspectedParagraph[]>;
  footnotes: string[];
};

const TWIP_PER_MM = 1440 / 25.4;
const twipToMm = (v: string | undefined): number => Math.round((Number(v ?? 0) / TWIP_PER_MM) * 10) / 10;

function normaliseAlignment(jc: string | undefined): string {
  if (jc === undefined || jc === 'start') return 'left';
  if (jc === 'both' || jc === 'distribute') return 'justify';
  if (jc === 'end') return 'right';
  return jc;
}

function inspectParagraph(p: XmlElement): InspectedParagraph {
  const pPr = kid(p, 'w:pPr');
  const runs: InspectedRun[] = [];
  let hasPageField = false;
  let hasFootnoteReference = false;
  let pageBreak = false;
  for (const r of descendants(p, 'w:r')) {
    const rPr = kid(r, 'w:rPr');
    let text = '';
    for (const c of kids(r)) {
      if (c.name === 'w:t') text += c.children.filter((n): n is string => typeof n === 'string').join('');
      else if (c.name === 'w:tab') text += '\t';
      else if (c.name === 'w:br') {
        if (c.attrs['w:type'] === 'page') pageBreak = true;
        else text += '\n';
      } else if (c.name === 'w:footnoteReference') hasFootnoteReference = true;
      else if (c.name === 'w:instrText' && /\bPAGE\b/.test(c.children.join(''))) hasPageField = true;
      else if (c.name === 'w:fldChar') {
        /* field boundaries carry no text */
      }
    }
    const sz = kid(rPr, 'w:sz')?.attrs['w:val'];
    const fonts = kid(rPr, 'w:rFonts');
    runs.push({
      text,
      bold: toggle(rPr, 'w:b') ?? false,
      italic: toggle(rPr, 'w:i') ?? false,
      underline: kid(rPr, 'w:u') !== undefined && kid(rPr, 'w:u')?.attrs['w:val'] !== 'none',
      superscript: kid(rPr, 'w:vertAlign')?.attrs['w:val'] === 'superscript',
      sizePt: sz ? Number(sz) / 2 : null,
      font: fonts?.attrs['w:ascii'] ?? null,
    });
  }
  for (const f of descendants(p, 'w:fldSimple'))
    if (/\bPAGE\b/.test(f.attrs['w:instr'] ?? '')) hasPageField = true;
  const withText = runs.filter((r) => r.text.trim() !== '');
  const ind = kid(pPr, 'w:ind');
  return {
    text: runs.map((r) => r.text).join(''),
    runs,
    bold: withText.length > 0 && withText.every((r) => r.bold),
    italic: withText.length > 0 && withText.every((r) => r.italic),
    alignment: normaliseAlignment(kid(pPr, 'w:jc')?.attrs['w:val']),
    firstLineIndentMm: ind?.attrs['w:firstLine'] !== undefined ? twipToMm(ind.attrs['w:firstLine']) : null,
    hasPageField,
    hasFootnoteReference,
    pageBreak,
  };
}

function cellBorders(
  tcPr: XmlElement | undefined,
  tblBorders: 'none' | 'lines' | 'default',
): 'none' | 'lines' | 'default' {
  const b = kid(tcPr, 'w:tcBorders');
  if (!b) return tblBorders;
  const styles = kids(b).map((e) => e.attrs['w:val']);
  return styles.every((s) => s === 'none' || s === 'nil') ? 'none' : 'lines';
}

function inspectTable(tbl: XmlElement, all: InspectedParagraph[]): InspectedTable {
  const tblBordersEl = kid(kid(tbl, 'w:tblPr'), 'w:tblBorders');
  const tblBorders = !tblBordersEl
    ? 'default'
    : kids(tblBordersEl).every((e) => e.attrs['w:val'] === 'none' || e.attrs['w:val'] === 'nil')
      ? 'none'
      : 'lines';
  const rows: InspectedCell[][] = [];
  let headerRowCount = 0;
  for (const tr of kids(tbl, 'w:tr')) {
    if (kid(kid(tr, 'w:trPr'), 'w:tblHeader')) headerRowCount += 1;
    rows.push(
      kids(tr, 'w:tc').map((tc) => {
        const tcPr = kid(tc, 'w:tcPr');
        const paragraphs: InspectedParagraph[] = [];
        for (const c of kids(tc)) {
          if (c.name === 'w:p') {
            const p = inspectParagraph(c);
            paragraphs.push(p);
            all.push(p);
          } else if (c.name === 'w:tbl') inspectTable(c, all);
        }
        const vm = kid(tcPr, 'w:vMerge');
        return {
          text: paragraphs.map((p) => p.text).join('\n'),
          paragraphs,
          colSpan: Number(kid(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1),
          vMerge: vm ? (vm.attrs['w:val'] === 'restart' ? 'restart' : 'continue') : null,
          borders: cellBorders(tcPr, tblBorders),
        };
      }),
    );
  }
  return {
    rows,
    texts: rows.map((r) => r.map((c) => c.text)),
    columnWidthsTwip: kids(kid(tbl, 'w:tblGrid') ?? { name: '', attrs: {}, children: [] }, 'w:gridCol').map(
      (g) => Number(g.attrs['w:w'] ?? 0),
    ),
    headerRowCount,
  };
}

function fontsIn(el: XmlElement | undefined, into: Set<string>): void {
  if (!el) return;
  for (const f of descendants(el, 'w:rFonts')) {
    for (const k of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) {
      const v = f.attrs[k];
      if (v) into.add(v);
    }
  }
}

export function inspectDocx(data: Uint8Array): InspectedDocx {
  const files = unzipSync(data);
  const part = (name: string): XmlElement | undefined => {
    const f = files[name];
    return f ? parseXml(strFromU8(f)) : undefined;
  };
  const document = part('word/document.xml');
  if (!document) throw new Error('inspectDocx: word/document.xml is missing; not a .docx');
  const body = kid(kid(document, 'w:document'), 'w:body');
  if (!body) throw new Error('inspectDocx: the document has no body');

  const blocks: InspectedBlock[] = [];
  const allParagraphs: InspectedParagraph[] = [];
  for (const c of kids(body)) {
    if (c.name === 'w:p') {
      const p = inspectParagraph(c);
      blocks.push({ kind: 'paragraph', ...p });
      allParagraphs.push(p);
    } else if (c.name === 'w:tbl') blocks.push({ kind: 'table', ...inspectTable(c, allParagraphs) });
  }

  const sectPr = kid(body, 'w:sectPr');
  const pgSz = kid(sectPr, 'w:pgSz');
  const pgMar = kid(sectPr, 'w:pgMar');
  const section: InspectedSection = {
    pageWidthMm: twipToMm(pgSz?.attrs['w:w']),
    pageHeightMm: twipToMm(pgSz?.attrs['w:h']),
    marginsMm: {
      top: twipToMm(pgMar?.attrs['w:top']),
      bottom: twipToMm(pgMar?.attrs['w:bottom']),
      left: twipToMm(pgMar?.attrs['w:left']),
      right: twipToMm(pgMar?.attrs['w:right']),
    },
    titlePage: toggle(sectPr, 'w:titlePg') ?? false,
  };

  // Header parts: sectPr names them by relationship id; the relationships name the files.
  const rels = part('word/_rels/document.xml.rels');
  const relTargets = new Map<string, string>();
  if (rels)
    for (const r of descendants(rels, 'Relationship'))
      relTargets.set(r.attrs['Id'] ?? '', r.attrs['Target'] ?? '');
  const headers: Record<string, InspectedParagraph[]> = {};
  const fonts = new Set<string>();
  fontsIn(document, fonts);
  for (const ref of kids(sectPr ?? { name: '', attrs: {}, children: [] }, 'w:headerReference')) {
    const target = relTargets.get(ref.attrs['r:id'] ?? '');
    const h = target ? part(`word/${target.replace(/^\/?word\//, '')}`) : undefined;
    if (!h) continue;
    fontsIn(h, fonts);
    headers[ref.attrs['w:type'] ?? 'default'] = [...descendants(h, 'w:p')].map(inspectParagraph);
  }

  const styles = part('word/styles.xml');
  fontsIn(styles, fonts);
  const defaultSz = styles
    ? [...descendants(styles, 'w:rPrDefault')].flatMap((d) => [...descendants(d, 'w:sz')])[0]?.attrs['w:val']
    : undefined;

  const footnotesPart = part('word/footnotes.xml');
  const footnotes = footnotesPart
    ? [...descendants(footnotesPart, 'w:footnote')]
        .filter((f) => !f.attrs['w:type'] || f.attrs['w:type'] === 'normal')
        .map((f) =>
          [...descendants(f, 'w:p')]
            .map((p) => inspectParagraph(p).text)
            .join('\n')
            .trim(),
        )
    : [];

  return {
    blocks,
    paragraphs: blocks.filter((b): b is { kind: 'paragraph' } & InspectedParagraph => b.kind === 'paragraph'),
    allParagraphs,
    tables: blocks.filter((b): b is { kind: 'table' } & InspectedTable => b.kind === 'table'),
    section,
    fonts: [...fonts].sort(),
    defaultSizePt: defaultSz ? Number(defaultSz) / 2 : null,
    headers,
    footnotes,
  };
}
