// Kysely types of the cluster-scoring tables (migration 0010_cluster_scoring.sql), merged into DB in schema.ts.
// Conventions as in schema-cycle.ts.
import type { ColumnType, Generated } from 'kysely';

type Id = Generated<number>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;
type Version = Generated<number>;

export interface ClusterScoringSettingsTable {
  id: Id;
  group_id: number;
  year: number;
  /** JSON array of tie-break steps ("total", "group:I", "bonus", "penalty", "vote"). */
  tie_break: Json;
  flag_count: Generated<number>;
  certificate_count: Generated<number>;
  flag_code: Generated<'co-thi-dua-cap-tinh' | 'co-thi-dua-chinh-phu'>;
  certificate_code: Generated<'bang-khen-cap-tinh' | 'bang-khen-thu-tuong'>;
  cross_scoring: Generated<boolean>;
  cross_per_member: Generated<number>;
  score_basis: Generated<'leader' | 'leader-and-cross'>;
  guidance: string | null;
  updated_at: Timestamp;
  version: Version;
}

export interface ClusterCriteriaVersionsTable {
  id: Id;
  group_id: number;
  year: number;
  covenant_id: number | null;
  version_no: number;
  reason: string;
  snapshot: Json;
  created_by: number | null;
  created_at: Timestamp;
  version: Version;
}

export interface ClusterScoreSheetEventsTable {
  id: Id;
  sheet_id: number;
  action: 'submit' | 'return' | 'score' | 'confirm' | 'publish';
  from_status: string;
  to_status: string;
  reason: string | null;
  user_id: number | null;
  at: Timestamp;
  version: Version;
}

export interface ClusterScoringTables {
  cluster_scoring_settings: ClusterScoringSettingsTable;
  cluster_criteria_versions: ClusterCriteriaVersionsTable;
  cluster_score_sheet_events: ClusterScoreSheetEventsTable;
}
