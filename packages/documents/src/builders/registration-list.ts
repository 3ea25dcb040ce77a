// Danh sách đăng ký thi đua: every person and unit that registered for the year with the titles aimed
// for, grouped by unit, late submissions noted. Pure: data in, document model out.
import { nfc } from '../../../domain/src/text/vietnamese.ts';
import type { OfficialDocument, Signature, TableRow } from '../model.ts';
import { headerFromAgency, paragraph, recipientLines, type AgencyInfo } from './generic.ts';

export type RegistrationListEntry = {
  unitName: string;
  /** The person's full name; null for the unit's own (collective) registration. */
  personName: string | null;
  titles: string[];
  note: string | null;
};

export type RegistrationListData = {
  agency: AgencyInfo;
  year: number;
  date: string | null;
  entries: RegistrationListEntry[];
  signature: Signature | null;
  recipients?: string[];
};

export function buildRegistrationList(data: RegistrationListData): OfficialDocument {
  const units = [...new Set(data.entries.map((e) => nfc(e.unitName)))];
  const rows: TableRow[] = [];
  let n = 0;
  for (const unit of units) {
    rows.push({ kind: 'group', text: unit, align: 'left' });
    // The unit's own registration first, then its people in the order given.
    const entries = data.entries
      .filter((e) => nfc(e.unitName) === unit)
      .sort((a, b) => Number(a.personName !== null) - Number(b.personName !== null));
    for (const e of entries) {
      n++;
      rows.push({
        kind: 'cells',
        cells: [
          { text: String(n), align: 'center' },
          { text: e.personName ? nfc(e.personName) : `Tập thể ${unit}` },
          { text: e.titles.map(nfc) },
          { text: e.note ? nfc(e.note) : '' },
        ],
      });
    }
  }
  const persons = data.entries.filter((e) => e.personName !== null).length;
  return {
    header: headerFromAgency(data.agency, { kind: 'danh-sach', number: null, date: data.date }),
    kind: 'danh-sach',
    title: `Tập thể, cá nhân đăng ký thi đua năm ${data.year}`,
    blocks: [
      paragraph(`Tổng số: ${data.entries.length - persons} tập thể và ${persons} cá nhân đăng ký thi đua.`),
      {
        type: 'table',
        columnWidths: [6, 34, 38, 22],
        headerRows: [
          [
            { text: 'STT' },
            { text: 'Tập thể, cá nhân' },
            { text: 'Danh hiệu, hình thức đăng ký' },
            { text: 'Ghi chú' },
          ],
        ],
        rows,
      },
    ],
    recipients: recipientLines(data.recipients ?? ['Hội đồng Thi đua - Khen thưởng'], ['VT', 'HSTD']),
    signature: data.signature,
  };
}
