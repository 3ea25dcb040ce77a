// Pieces every builder needs: the header from an agency record, the signature presets, the Nơi nhận list,
// and small block constructors. All pure.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import { numberAndSymbol, upperVi } from '../format.ts';
import { DOCUMENT_KINDS } from '../model.ts';
import type { Block, DocumentHeader, DocumentKind, Run, Signature } from '../model.ts';

/** What a builder needs to know about the issuing agency. */
export type AgencyInfo = {
  /** "Sở Công Thương" (any case; printed upper case). */
  name: string;
  /** "UBND tỉnh Lạng Sơn"; null when the agency has no parent line. */
  parentName: string | null;
  /** The place in the date line: "Lạng Sơn". */
  place: string;
  /** Abbreviation used in symbols: "SCT" → "KH-SCT". */
  abbreviation: string;
};

/** "KH-SCT" from the kind and the agency's abbreviation; a công văn's symbol is "SCT-<unit>" (give `unit`). */
export function documentSymbol(kind: DocumentKind, agencyAbbreviation: string, unit?: string): string {
  const abbreviation = DOCUMENT_KINDS[kind].abbreviation;
  if (abbreviation === null) return unit ? `${agencyAbbreviation}-${unit}` : agencyAbbreviation;
  return `${abbreviation}-${agencyAbbreviation}`;
}

export function headerFromAgency(
  agency: AgencyInfo,
  opts: { kind: DocumentKind; number: number | string | null; date: string | null; symbol?: string },
): DocumentHeader {
  return {
    parentBody: agency.parentName ? upperVi(agency.parentName) : null,
    issuingBody: upperVi(agency.name),
    number: numberAndSymbol(opts.number, opts.symbol ?? documentSymbol(opts.kind, agency.abbreviation)),
    place: nfc(agency.place),
    date: opts.date,
  };
}

// Signature presets (Decree 30/2020, Article 13 and Appendix I, section II.9: "KT." signs on behalf of the
// head as a deputy, "TM." on behalf of a collective body, then the signer's position, then the full name).

/** The head signs: "GIÁM ĐỐC". */
export function signatureHead(signerName: string, position = 'GIÁM ĐỐC'): Signature {
  return { authority: [upperVi(position)], signerName: nfc(signerName) };
}

/** A deputy signs for the head: "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC". */
export function signatureDeputy(
  signerName: string,
  headPosition = 'GIÁM ĐỐC',
  deputyPosition = `PHÓ ${headPosition}`,
): Signature {
  return {
    authority: [`KT. ${upperVi(headPosition)}`, upperVi(deputyPosition)],
    signerName: nfc(signerName),
  };
}

/**
 * The cluster head signs for the cluster: "TM. CỤM THI ĐUA V" over "CỤM TRƯỞNG"; `signerTitle` is the signer's
 * own position, printed above the name in seed 003 ("GIÁM ĐỐC\nSỞ CÔNG THƯƠNG TỈNH LAI CHÂU").
 */
export function signatureClusterHead(
  clusterName: string,
  signerName: string,
  signerTitle?: string,
): Signature {
  const s: Signature = {
    authority: [`TM. ${upperVi(clusterName)}`, 'CỤM TRƯỞNG'],
    signerName: nfc(signerName),
  };
  if (signerTitle) s.signerTitle = upperVi(signerTitle);
  return s;
}

/** The chair signs for a council: "TM. HỘI ĐỒNG" over "CHỦ TỊCH". */
export function signatureCouncilChair(signerName: string, councilName = 'HỘI ĐỒNG'): Signature {
  return { authority: [`TM. ${upperVi(councilName)}`, 'CHỦ TỊCH'], signerName: nfc(signerName) };
}

/**
 * The Nơi nhận list as printed: each recipient ends with ";" and the archive line closes it, "Lưu: VT, VP."
 * Recipients already ending in ";" or "." are left alone.
 */
export function recipientLines(recipients: readonly string[], archive: readonly string[] = ['VT']): string[] {
  const lines = recipients
    .map((r) => nfc(r).trim().replace(/^-\s*/, ''))
    .filter(Boolean)
    .map((r) => (/[;.]$/.test(r) ? r : `${r};`));
  if (archive.length > 0) lines.push(`Lưu: ${archive.map((a) => nfc(a).trim()).join(', ')}.`);
  return lines;
}

/**
 * Runs from text with light inline markup: **bold** and *italic* (as in the seeds, "trước ngày **15/12/2024**").
 * Unbalanced markers are kept as literal text.
 */
export function inlineRuns(text: string): Run[] {
  const runs: Run[] = [];
  const re = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  const s = nfc(text);
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m.index > last) runs.push({ text: s.slice(last, m.index) });
    if (m[1] !== undefined) runs.push({ text: m[1], bold: true });
    else if (m[2] !== undefined) runs.push({ text: m[2], italic: true });
    last = m.index + m[0].length;
  }
  if (last < s.length) runs.push({ text: s.slice(last) });
  return runs.length > 0 ? runs : [{ text: '' }];
}

export function paragraph(text: string): Block {
  return { type: 'paragraph', runs: inlineRuns(text) };
}

export function bullet(text: string): Block {
  return { type: 'bullet', runs: inlineRuns(nfc(text).replace(/^-\s*/, '')) };
}

export function heading(level: 1 | 2 | 3, text: string): Block {
  return { type: 'heading', level, text: nfc(text) };
}

/** Turn prose into blocks: one paragraph per non-empty line; lines starting with "- " become bullets. */
export function proseBlocks(text: string | readonly string[]): Block[] {
  const lines = (typeof text === 'string' ? text.split(/\r?\n/) : [...text])
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((l) => (/^-\s/.test(l) ? bullet(l) : paragraph(l)));
}
