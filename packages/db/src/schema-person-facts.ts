// Kysely types of migration 0013 (person_transfers): moves across agencies behind the yearly facts.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PersonTransfersTable {
  id: Generated<number>;
  person_id: number;
  direction: 'in' | 'out';
  on_date: string;
  other_place: string;
  decision_ref: string | null;
  comments_received: Generated<boolean>;
  note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PersonFactsTables {
  person_transfers: PersonTransfersTable;
}
