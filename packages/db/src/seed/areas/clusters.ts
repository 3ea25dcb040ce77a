// Demo data of one part of the yearly cycle (clusters and blocks, member agencies, leaders, cluster plan), written inside seedDemo's
// transaction after the organisation (agencies, units, people, groups, accounts) exists.
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.ts';

export async function seedClustersDemo(_trx: Transaction<DB>, _homeAgencyId: number): Promise<void> {}
