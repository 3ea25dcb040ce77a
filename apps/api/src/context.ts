// What every service receives: the database and the configuration (no globals).
import type { Kysely } from 'kysely';
import type { DB } from '../../../packages/db/src/schema.ts';
import type { Engine } from '../../../packages/db/src/connection.ts';
import type { AuditEntry } from '../../../packages/db/src/audit.ts';
import type { Config } from './config.ts';
import type { Actor } from './auth/actor.ts';

export interface Ctx {
  db: Kysely<DB>;
  engine: Engine;
  config: Config;
}

/** The audit entry's "who" from the actor; the caller adds what changed. */
export function auditBy(actor: Actor | null, e: Omit<AuditEntry, 'userId' | 'username'>): AuditEntry {
  return { userId: actor?.userId ?? null, username: actor?.username ?? null, ...e };
}

/** 'YYYY-MM-DD' of today in the configured time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** "dd/mm/yyyy HH:mm" in the configured time zone (lock messages). */
export function formatDateTimeVi(d: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
