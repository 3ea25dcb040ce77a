// The documents adapter: pure builders make an OfficialDocument (model.ts); render-docx.ts turns it into .docx;
// pdf.ts converts with LibreOffice; inspect-docx.ts reads a .docx back for tests. See docs/documents.md.
export type * from './model.ts';
export { DECREE_30_LAYOUT, DOCUMENT_KINDS, textWidthMm } from './model.ts';
export type { PlanDeadline } from './format.ts';
export {
  deadlineText,
  monthYearText,
  numberAndSymbol,
  placeDateText,
  quarterLabel,
  romanNumeral,
  upperVi,
} from './format.ts';
export type { AgencyInfo } from './builders/generic.ts';
export {
  bullet,
  documentSymbol,
  headerFromAgency,
  heading,
  inlineRuns,
  paragraph,
  proseBlocks,
  recipientLines,
  signatureClusterHead,
  signatureCouncilChair,
  signatureDeputy,
  signatureHead,
} from './builders/generic.ts';
export type { PlanContent, PlanInput, PlanSection, PlanTask } from './builders/plan.ts';
export {
  buildPlanDocument,
  groupTasksByQuarter,
  planTaskTable,
  PLAN_TASK_COLUMNS,
  responsibilityText,
} from './builders/plan.ts';
export { buildDocxDocument, renderDocx } from './render-docx.ts';
export { convertToPdf, findLibreOffice, PdfConversionError, pdfFonts, pdfInfo } from './pdf.ts';
