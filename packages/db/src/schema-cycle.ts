// Kysely types of the yearly-cycle tables (migration 0002). Filled in with that migration.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CycleTables {}
