// The agency's working year (năm công tác thi đua): the year its pages open on. An agency works on a year
// well past 31/12 (ratings, votes and decisions of a year run into the next spring), so the calendar year
// is only the default; the officer moves the agency to the next year when its cycle starts.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../schema.ts';

export const SETTING_WORKING_YEAR = 'working_year';

function asYear(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1945 && n <= 2200 ? n : null;
}

/** The agency's working year; without an agency (system administrator), the latest any agency works on.
 * `calendarYear` when none is set. */
export async function readWorkingYear(
  db: Kysely<DB>,
  agencyId: number | null,
  calendarYear: number,
): Promise<number> {
  let q = db.selectFrom('agency_settings').select('value').where('key', '=', SETTING_WORKING_YEAR);
  if (agencyId !== null) q = q.where('agency_id', '=', agencyId);
  const rows = await q.execute();
  const years = rows.map((r) => asYear(r.value)).filter((y): y is number => y !== null);
  return years.length > 0 ? Math.max(...years) : calendarYear;
}

export async function writeWorkingYear(
  trx: Transaction<DB>,
  agencyId: number,
  year: number,
): Promise<number | null> {
  const before = await trx
    .selectFrom('agency_settings')
    .select('value')
    .where('agency_id', '=', agencyId)
    .where('key', '=', SETTING_WORKING_YEAR)
    .executeTakeFirst();
  await trx
    .insertInto('agency_settings')
    .values({ agency_id: agencyId, key: SETTING_WORKING_YEAR, value: JSON.stringify(year) })
    .onConflict((oc) =>
      oc.columns(['agency_id', 'key']).doUpdateSet({ value: JSON.stringify(year), updated_at: new Date() }),
    )
    .execute();
  return before ? asYear(before.value) : null;
}
