// Demo data of one part of the yearly cycle (proposals and dossiers), written inside seedDemo's
// transaction after the organisation (agencies, units, people, groups, accounts) exists.
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.ts';

export async function seedProposalsDemo(_trx: Transaction<DB>, _homeAgencyId: number): Promise<void> {}
