// The plain document model every official document is built as (style convention 8): builders are pure
// functions from data to an `OfficialDocument`; `render-docx.ts` is the only code that knows about Word.
// Text in the model is exactly what is printed (upper case where the layout wants upper case, numbering
// such as "I." included), so a test of a builder reads like the paper document.
//
// Layout follows Decree 30/2020/NĐ-CP on administrative documents (Nghị định 30/2020/NĐ-CP về công tác
// văn thư), Appendix I: the format of administrative documents.

/** Types of administrative documents (Decree 30/2020, Article 7) used in TĐKT work; slug = Vietnamese name. */
export type DocumentKind =
  | 'ke-hoach'
  | 'bao-cao'
  | 'quyet-dinh'
  | 'to-trinh'
  | 'bien-ban'
  | 'cong-van'
  | 'danh-sach'
  | 'giay-moi'
  | 'thong-bao'
  | 'chuong-trinh'
  | 'huong-dan';

/**
 * The document-type line printed above the trích yếu, and the abbreviation used in the number and symbol
 * (Decree 30/2020, Appendix III: "KH" kế hoạch, "BC" báo cáo, "QĐ" quyết định, "TTr" tờ trình, "BB" biên bản,
 * "GM" giấy mời, "TB" thông báo, "CTr" chương trình, "HD" hướng dẫn). A công văn has no type line: its
 * trích yếu "V/v …" sits under the number, and its symbol is agency-unit ("SCT-VP"). A danh sách is normally an
 * annex; "DS" is the customary abbreviation when it is issued on its own.
 */
export const DOCUMENT_KINDS: Readonly<
  Record<DocumentKind, { label: string | null; abbreviation: string | null }>
> = {
  'ke-hoach': { label: 'KẾ HOẠCH', abbreviation: 'KH' },
  'bao-cao': { label: 'BÁO CÁO', abbreviation: 'BC' },
  'quyet-dinh': { label: 'QUYẾT ĐỊNH', abbreviation: 'QĐ' },
  'to-trinh': { label: 'TỜ TRÌNH', abbreviation: 'TTr' },
  'bien-ban': { label: 'BIÊN BẢN', abbreviation: 'BB' },
  'cong-van': { label: null, abbreviation: null },
  'danh-sach': { label: 'DANH SÁCH', abbreviation: 'DS' },
  'giay-moi': { label: 'GIẤY MỜI', abbreviation: 'GM' },
  'thong-bao': { label: 'THÔNG BÁO', abbreviation: 'TB' },
  'chuong-trinh': { label: 'CHƯƠNG TRÌNH', abbreviation: 'CTr' },
  'huong-dan': { label: 'HƯỚNG DẪN', abbreviation: 'HD' },
};

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A run of text. `footnote` makes the run a superscript reference to `OfficialDocument.footnotes[id]`. */
export type Run =
  | { text: string; bold?: boolean; italic?: boolean; underline?: boolean; superscript?: boolean }
  | { footnote: number };

/**
 * Section headings. Level 1 "I. MỤC ĐÍCH, YÊU CẦU" (bold, upper case), level 2 "1. Mục đích" (bold),
 * level 3 "1.1. Chủ đề" (bold italic). `text` includes the numbering.
 */
export type HeadingBlock = { type: 'heading'; level: 1 | 2 | 3; text: string };

/** Body paragraph: justified with a first-line indent unless told otherwise. */
export type ParagraphBlock = {
  type: 'paragraph';
  runs: Run[];
  align?: Align;
  /** First-line indent (default true for justified text, false otherwise). */
  indent?: boolean;
  /** Keep with the next paragraph (e.g. a lead-in line before a table). */
  keepNext?: boolean;
};

/** A "- " item. The dash is added by the renderer; `runs` are the item's text. */
export type BulletBlock = { type: 'bullet'; runs: Run[] };

export type TableCell = {
  /** One string per paragraph inside the cell. */
  text: string | readonly string[];
  colSpan?: number;
  rowSpan?: number;
  align?: Align;
  bold?: boolean;
  italic?: boolean;
};

export type TableRow =
  /** A row spanning every column, e.g. "QUÝ I" in a plan's task table. */
  { kind: 'group'; text: string; align?: Align } | { kind: 'cells'; cells: TableCell[] };

export type TableBlock = {
  type: 'table';
  /** Relative widths; the renderer scales them to the text width of the page. */
  columnWidths: number[];
  /** Bold, centred, repeated at the top of every page. */
  headerRows: TableCell[][];
  rows: TableRow[];
  /** Point size of the cell text (default 12). */
  fontSize?: number;
};

/** Signatures side by side inside the body (a biên bản signed by the secretary and the chair). */
export type SignaturesBlock = { type: 'signatures'; signatures: Signature[] };

export type PageBreakBlock = { type: 'page-break' };

export type Block =
  HeadingBlock | ParagraphBlock | BulletBlock | TableBlock | SignaturesBlock | PageBreakBlock;

export type DocumentHeader = {
  /** The issuing body's parent ("UBND TỈNH LẠNG SƠN"), upper case; null when there is none. */
  parentBody: string | null;
  /** The issuing body ("SỞ CÔNG THƯƠNG"), upper case; printed bold with a short rule under it. */
  issuingBody: string;
  /** Number and symbol after "Số: ", e.g. "15/KH-SCT" or "…/KH-SCT" before the document is registered. */
  number: string;
  place: string;
  /** 'YYYY-MM-DD', or null for an unsigned draft: "Lạng Sơn, ngày … tháng … năm …". */
  date: string | null;
};

export type Signature = {
  /**
   * Signing authority lines, bold upper case (Decree 30/2020, Article 13): ['GIÁM ĐỐC'];
   * ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']; ['TM. CỤM THI ĐUA V', 'CỤM TRƯỞNG']; ['TM. HỘI ĐỒNG', 'CHỦ TỊCH'].
   */
  authority: string[];
  signerName: string;
  /** Printed under the signature space, above the name (e.g. "GIÁM ĐỐC\nSỞ CÔNG THƯƠNG TỈNH LAI CHÂU"); lines split on "\n". */
  signerTitle?: string;
};

export type OfficialDocument = {
  header: DocumentHeader;
  kind: DocumentKind;
  /** Overrides the type line derived from `kind` (e.g. "KẾ HOẠCH LIÊN TỊCH"). */
  typeLabel?: string;
  /** The trích yếu: "Công tác thi đua, khen thưởng năm 2024" (for a công văn, the text after "V/v "). */
  title: string;
  /** An extra line under the trích yếu, e.g. "(Kèm theo Kế hoạch số 15/KH-SCT ngày 12/01/2024)". */
  subtitle?: string;
  blocks: Block[];
  /** "Nơi nhận" lines as printed after "- " (the last is usually "Lưu: VT, VP."). */
  recipients: string[];
  signature: Signature | null;
  footnotes?: { id: number; text: string }[];
};

/**
 * Page and type settings (Decree 30/2020, Appendix I, section I): A4; margins top 20–25 mm, bottom 20–25 mm,
 * left 30–35 mm, right 15–20 mm; Times New Roman; body 13–14 pt; page numbers from page 2, top centre.
 */
export const DECREE_30_LAYOUT = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  font: 'Times New Roman',
  bodyPt: 13,
  /** Spacing after body paragraphs (≥ 6 pt) and line spacing (single to 1.5 lines). */
  paragraphSpacingAfterPt: 6,
  lineSpacing: 1.15,
  /** First-line indent of body paragraphs: 1–1.27 cm. */
  firstLineIndentMm: 10,
} as const;

/** Text width between the margins, in mm. */
export function textWidthMm(): number {
  const { pageWidthMm, marginsMm } = DECREE_30_LAYOUT;
  return pageWidthMm - marginsMm.left - marginsMm.right;
}
