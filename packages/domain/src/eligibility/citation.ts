// The ONE citation formatter, for the UI, the API and the .docx documents (style rule 4).
import { INSTRUMENTS } from './instruments.ts';
import type { Citation } from './types.ts';

function instrumentName(id: string): string {
  const known = (INSTRUMENTS as Record<string, { name: string } | undefined>)[id];
  return known ? known.name : id;
}

/**
 * { instrument: 'luat-06-2022-qh15', article: 74, clause: 1, point: 'd' }
 *   → "điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng số 06/2022/QH15"
 * The Vietnamese order of a reference is point, clause, article, instrument.
 */
export function formatCitation(c: Citation, style: 'full' | 'short' = 'full'): string {
  const parts: string[] = [];
  if (c.point !== undefined) parts.push(`điểm ${c.point}`);
  if (c.clause !== undefined) parts.push(`khoản ${c.clause}`);
  parts.push(`Điều ${c.article}`);
  if (style === 'short') {
    const known = (INSTRUMENTS as Record<string, { short: string } | undefined>)[c.instrument];
    parts.push(known ? known.short : c.instrument);
  } else {
    parts.push(instrumentName(c.instrument));
  }
  return parts.join(' ');
}
