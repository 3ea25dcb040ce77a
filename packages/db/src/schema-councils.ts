// Kysely types of migration 0006_councils.sql: the columns it adds to council_candidates (merged into
// schema-cycle.ts's interface) and the council_quotas table.
import type { ColumnType, Generated } from 'kysely';

type JsonN = ColumnType<unknown, string | null | undefined, string | null>;
type NumN = ColumnType<number | null, number | string | null | undefined, number | string | null>;

declare module './schema-cycle.ts' {
  interface CouncilCandidatesTable {
    /** The engine's verdict frozen when the candidate was put on the ballot. */
    eligibility: JsonN;
    /** The unit meeting's proposal the candidate comes from. */
    source_id: number | null;
    /** Elected beyond the quota: the override (reason, who). */
    quota_override_id: number | null;
  }
}

export interface CouncilQuotasTable {
  id: Generated<number>;
  session_id: number;
  code:
    | 'lao-dong-tien-tien'
    | 'chien-si-thi-dua-co-so'
    | 'chien-si-thi-dua-cap-tinh'
    | 'chien-si-thi-dua-toan-quoc'
    | 'tap-the-lao-dong-tien-tien'
    | 'tap-the-lao-dong-xuat-sac'
    | 'co-thi-dua-cap-tinh'
    | 'co-thi-dua-chinh-phu'
    | 'giay-khen'
    | 'bang-khen-cap-tinh'
    | 'bang-khen-thu-tuong'
    | 'huan-chuong-lao-dong-hang-ba'
    | 'huan-chuong-lao-dong-hang-nhi'
    | 'huan-chuong-lao-dong-hang-nhat'
    | 'ky-niem-chuong-cong-thuong';
  unit_id: number | null;
  base: number;
  share: NumN;
  quota_limit: number;
  basis: string;
  version: Generated<number>;
}

export interface CouncilTables {
  council_quotas: CouncilQuotasTable;
}
