// Organisational scope as data the repositories turn into SQL (set-based filtering, never post-filtering).
// A record is in scope when ANY of the lists admits it, or `all` is set.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export type Db = Kysely<DB>;

export interface OrgScope {
  all: boolean;
  /** Agencies whose records are in scope (officer, council: their agency; reviewer: and sub-agencies). */
  agencyIds: number[];
  /** Units whose people are in scope (unit head). */
  unitIds: number[];
  /** Individual people (a staff member: themselves). */
  personIds: number[];
  /** Emulation groups whose member agencies are in scope (cluster leader), for agency-level reads. */
  groupIds: number[];
}

export const EMPTY_SCOPE: OrgScope = { all: false, agencyIds: [], unitIds: [], personIds: [], groupIds: [] };
export const FULL_SCOPE: OrgScope = { ...EMPTY_SCOPE, all: true };

export function scopeIsEmpty(s: OrgScope): boolean {
  return !s.all && s.agencyIds.length + s.unitIds.length + s.personIds.length + s.groupIds.length === 0;
}

/** `col IN (…)` that is simply false for an empty list (SQL has no empty IN list). */
export function inList(col: Expression<unknown>, ids: readonly number[]): Expression<SqlBool> {
  if (ids.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`${col} = ANY(${sql.val([...ids])}::bigint[])`;
}

/** Filter over a `people` table aliased `alias`: its agency, its unit or the person itself. */
export function peopleInScope(alias: string, s: OrgScope): Expression<SqlBool> {
  if (s.all) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${inList(sql.ref(`${alias}.agency_id`), s.agencyIds)} OR ${inList(sql.ref(`${alias}.unit_id`), s.unitIds)} OR ${inList(sql.ref(`${alias}.id`), s.personIds)})`;
}

/** Filter over an agency id column: listed agencies, or members (any year) of listed groups. */
export function agencyInScope(column: string, s: OrgScope): Expression<SqlBool> {
  if (s.all) return sql<SqlBool>`true`;
  const ref = sql.ref(column);
  const groups =
    s.groupIds.length === 0
      ? sql<SqlBool>`false`
      : sql<SqlBool>`${ref} IN (SELECT m.agency_id FROM emulation_group_members m WHERE m.group_id = ANY(${sql.val(s.groupIds)}::bigint[]))`;
  return sql<SqlBool>`(${inList(ref, s.agencyIds)} OR ${groups})`;
}
