// Demo data of one part of the yearly cycle (past decisions and award history, collective ratings, leaves), written inside seedDemo's
// transaction after the organisation (agencies, units, people, groups, accounts) exists.
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.ts';

export async function seedHistoryDemo(_trx: Transaction<DB>, _homeAgencyId: number): Promise<void> {}
