// Kysely table types, one interface per table of the SQL migrations (packages/db/migrations). Keep them
// in step with the SQL: the db tests create every table from the migrations and query it through these.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CycleTables } from './schema-cycle.ts';
import type { CouncilTables } from './schema-councils.ts';
import type { ClusterScoringTables } from './schema-cluster-scoring.ts';
import type { PersonFactsTables } from './schema-person-facts.ts';

type Id = Generated<number>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateStr = string; // 'YYYY-MM-DD'
type Json = ColumnType<unknown, string | undefined, string>;
type Version = Generated<number>;

export interface AgenciesTable {
  id: Id;
  parent_id: number | null;
  kind: 'ministry' | 'province' | 'department' | 'other';
  code: string;
  name: string;
  short_name: string | null;
  parent_name: string | null;
  place_name: string | null;
  symbol: string | null;
  address: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export type UnitKind = 'lanh-dao' | 'van-phong' | 'thanh-tra' | 'phong' | 'chi-cuc' | 'trung-tam' | 'khac';
export interface UnitsTable {
  id: Id;
  agency_id: number;
  parent_unit_id: number | null;
  kind: UnitKind;
  code: string;
  name: string;
  short_name: string | null;
  sort_order: Generated<number>;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface SideOrganisationsTable {
  id: Id;
  agency_id: number;
  parent_id: number | null;
  kind: 'dang-bo' | 'dang-uy' | 'chi-bo' | 'cong-doan' | 'chi-doan';
  name: string;
  member_count: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export type PersonCategory = 'cong-chuc' | 'vien-chuc' | 'hop-dong';
export type Gender = 'nam' | 'nu';
export interface PeopleTable {
  id: Id;
  agency_id: number;
  unit_id: number;
  code: string;
  full_name: string;
  family_name: string;
  given_name: string;
  sort_key: string;
  search_text: string;
  gender: Gender;
  birth_date: DateStr | null;
  category: PersonCategory;
  position: string | null;
  is_leader: Generated<boolean>;
  start_date: DateStr | null;
  end_date: DateStr | null;
  sector_since: DateStr | null;
  hazardous_work: Generated<boolean>;
  party_member: Generated<boolean>;
  party_joined_on: DateStr | null;
  party_cell_id: number | null;
  union_member: Generated<boolean>;
  youth_member: Generated<boolean>;
  email: string | null;
  phone: string | null;
  note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface PersonUnitHistoryTable {
  id: Id;
  person_id: number;
  unit_id: number;
  position: string | null;
  is_leader: Generated<boolean>;
  from_date: DateStr;
  to_date: DateStr | null;
  note: string | null;
}

export interface EmulationGroupsTable {
  id: Id;
  kind: 'khoi' | 'cum';
  level: 'tinh' | 'bo';
  code: string;
  name: string;
  organiser_agency_id: number | null;
  description: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export type GroupRole = 'leader' | 'deputy' | 'member';
export interface EmulationGroupMembersTable {
  id: Id;
  group_id: number;
  agency_id: number;
  year: number;
  role: Generated<GroupRole>;
  role_since: DateStr | null;
}

export interface UsersTable {
  id: Id;
  username: string;
  password_hash: string;
  display_name: string;
  person_id: number | null;
  agency_id: number | null;
  active: Generated<boolean>;
  must_change_password: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  password_changed_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export type Role = 'admin' | 'officer' | 'council' | 'unit-head' | 'staff' | 'cluster-leader' | 'reviewer';
export interface UserRolesTable {
  id: Id;
  user_id: number;
  role: Role;
  agency_id: number | null;
  unit_id: number | null;
  group_id: number | null;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Id;
  username: string;
  ip: string | null;
  at: Timestamp;
  success: boolean;
}

export interface AuditLogTable {
  id: Id;
  at: Timestamp;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  agency_id: number | null;
  summary: string | null;
  before: Json | null;
  after: Json | null;
  prev_hash: string;
  hash: string;
}

export interface FilesTable {
  id: Id;
  agency_id: number | null;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: number | null;
  created_at: Timestamp;
}

export interface JobsTable {
  id: Id;
  kind: string;
  status: Generated<'queued' | 'running' | 'succeeded' | 'failed'>;
  progress: Generated<number>;
  total: number | null;
  message: string | null;
  params: Json | null;
  result: Json | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  locked_by: string | null;
  locked_at: Date | null;
}

export interface NotificationsTable {
  id: Id;
  user_id: number;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  dedupe_key: string | null;
  created_at: Timestamp;
  read_at: Date | null;
}

export interface AgencySettingsTable {
  agency_id: number;
  key: string;
  value: Json;
  updated_at: Timestamp;
}

export interface PlatformTables {
  agencies: AgenciesTable;
  units: UnitsTable;
  side_organisations: SideOrganisationsTable;
  people: PeopleTable;
  person_unit_history: PersonUnitHistoryTable;
  emulation_groups: EmulationGroupsTable;
  emulation_group_members: EmulationGroupMembersTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  files: FilesTable;
  jobs: JobsTable;
  notifications: NotificationsTable;
  agency_settings: AgencySettingsTable;
  schema_migrations: { name: string; checksum: string; applied_at: Timestamp };
}

export interface DB extends PlatformTables, CycleTables {}
export interface DB extends ClusterScoringTables {} // eslint-disable-line -- merged: migration 0010
export interface DB extends CouncilTables {} // eslint-disable-line -- merged: migration 0006
export interface DB extends PersonFactsTables {} // eslint-disable-line -- merged: migration 0013

export type Person = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type Unit = Selectable<UnitsTable>;
export type Agency = Selectable<AgenciesTable>;
export type User = Selectable<UsersTable>;
