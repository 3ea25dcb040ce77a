// Any list as an .xlsx, written as a stream: rows go out as they come from the database, so an export
// of thousands of rows never sits in memory.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

export type CellOut = string | number | boolean | null | undefined;

export interface ExportColumn<T> {
  header: string;
  width?: number;
  /** 'date': the value is 'YYYY-MM-DD' and is written as a real date shown dd/mm/yyyy;
   *  'datetime': an ISO timestamp, shown dd/mm/yyyy hh:mm. */
  type?: 'text' | 'number' | 'date' | 'datetime' | 'bool';
  value: (row: T) => CellOut;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function isoToExcelDate(iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

/** Excel stores wall-clock time: shift the instant into the given zone and keep it as "UTC" fields. */
function instantToExcel(iso: string, timeZone: string): Date {
  const d = new Date(iso);
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return new Date(
    Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
    ),
  );
}

export async function writeListXlsx<T>(
  out: Writable,
  opts: {
    sheetName: string;
    title?: string;
    columns: ExportColumn<T>[];
    rows: AsyncIterable<T>;
    timeZone?: string;
  },
): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'tdkt';
  const ws = wb.addWorksheet(opts.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: opts.title ? 2 : 1 }],
  });
  ws.columns = opts.columns.map((c) => ({
    width: c.width ?? 18,
    style:
      c.type === 'date'
        ? { numFmt: 'dd/mm/yyyy' }
        : c.type === 'datetime'
          ? { numFmt: 'dd/mm/yyyy hh:mm' }
          : {},
  }));
  if (opts.title) {
    const t = ws.addRow([opts.title]);
    t.font = { bold: true, size: 13 };
    t.commit();
  }
  const header = ws.addRow(opts.columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  header.commit();
  let n = 0;
  const tz = opts.timeZone ?? 'Asia/Ho_Chi_Minh';
  for await (const row of opts.rows) {
    const values = opts.columns.map((c) => {
      const v = c.value(row);
      if (v === null || v === undefined || v === '') return null;
      if (c.type === 'date' && typeof v === 'string') return isoToExcelDate(v);
      if (c.type === 'datetime' && typeof v === 'string') return instantToExcel(v, tz);
      if (c.type === 'bool') return v ? 'Có' : 'Không';
      return v;
    });
    ws.addRow(values).commit();
    n++;
  }
  ws.commit();
  await wb.commit();
  return n;
}
