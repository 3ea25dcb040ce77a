// Covenants (giao ước thi đua) inside the agency or with a cluster/block, their signatories and the
// attached signed file.
import { sql } from 'kysely';
import type { Db } from './scope.ts';

export interface CovenantValues {
  agency_id: number;
  group_id: number | null;
  year: number;
  title: string;
  content: string;
  status: 'draft' | 'signed' | 'superseded';
  signed_on: string | null;
  place_name: string | null;
}
export interface SignatoryValues {
  unit_id: number | null;
  agency_id: number | null;
  signer_name: string | null;
  signer_title: string | null;
  signed: boolean;
}

export async function listCovenants(
  db: Db,
  agencyIds: readonly number[] | 'all',
  groupIds: readonly number[],
  f: { year?: number | undefined },
) {
  let q = db
    .selectFrom('covenants as c')
    .leftJoin('emulation_groups as g', 'g.id', 'c.group_id')
    .leftJoin('files as f', 'f.id', 'c.file_id')
    .select([
      'c.id',
      'c.agency_id',
      'c.group_id',
      'g.name as group_name',
      'c.year',
      'c.title',
      'c.content',
      'c.status',
      'c.signed_on',
      'c.place_name',
      'c.file_id',
      'f.name as file_name',
      'c.version',
    ]);
  if (agencyIds !== 'all') {
    const a = agencyIds.length ? [...agencyIds] : [-1];
    const g = groupIds.length ? [...groupIds] : [-1];
    q = q.where((eb) => eb.or([eb('c.agency_id', 'in', a), eb('c.group_id', 'in', g)]));
  }
  if (f.year !== undefined) q = q.where('c.year', '=', f.year);
  return q.orderBy('c.year', 'desc').orderBy('c.id').execute();
}
export type CovenantRow = Awaited<ReturnType<typeof listCovenants>>[number];

export async function findCovenant(db: Db, id: number): Promise<CovenantRow | undefined> {
  return (await listCovenants(db, 'all', [], {})).find((c) => c.id === id);
}

export async function signatoriesOf(db: Db, covenantId: number) {
  return db
    .selectFrom('covenant_signatories as s')
    .leftJoin('units as u', 'u.id', 's.unit_id')
    .leftJoin('agencies as a', 'a.id', 's.agency_id')
    .select([
      's.id',
      's.unit_id',
      's.agency_id',
      sql<string>`COALESCE(u.name, a.name, '')`.as('name'),
      's.signer_name',
      's.signer_title',
      's.signed',
      's.position',
    ])
    .where('s.covenant_id', '=', covenantId)
    .orderBy('s.position')
    .execute();
}

export async function insertCovenant(db: Db, v: CovenantValues): Promise<number> {
  return (await db.insertInto('covenants').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCovenant(
  db: Db,
  id: number,
  version: number,
  v: Partial<CovenantValues> & { file_id?: number | null },
): Promise<boolean> {
  const r = await db
    .updateTable('covenants')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setCovenantFile(db: Db, id: number, fileId: number): Promise<void> {
  await db
    .updateTable('covenants')
    .set({ file_id: fileId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function replaceSignatories(db: Db, covenantId: number, rows: SignatoryValues[]): Promise<void> {
  await db.deleteFrom('covenant_signatories').where('covenant_id', '=', covenantId).execute();
  if (rows.length)
    await db
      .insertInto('covenant_signatories')
      .values(rows.map((r, i) => ({ ...r, covenant_id: covenantId, position: i + 1 })))
      .execute();
}

export async function covenantFile(db: Db, covenantId: number) {
  return db
    .selectFrom('covenants as c')
    .innerJoin('files as f', 'f.id', 'c.file_id')
    .select(['f.name', 'f.mime', 'f.content'])
    .where('c.id', '=', covenantId)
    .executeTakeFirst();
}

export async function groupsOfAgencies(db: Db, agencyIds: readonly number[]): Promise<number[]> {
  if (agencyIds.length === 0) return [];
  const rows = await db
    .selectFrom('emulation_group_members')
    .select('group_id')
    .where('agency_id', 'in', [...agencyIds])
    .execute();
  return [...new Set(rows.map((r) => r.group_id))];
}
