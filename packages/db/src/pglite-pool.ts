// PGlite (PostgreSQL in WebAssembly, one connection) behind the small part of node-postgres' Pool
// interface that Kysely's PostgresDialect uses. One FIFO mutex serialises "connections": a client holds
// the engine from connect() to release(), so a transaction's statements are never interleaved with
// another request's (PGlite has a single session). About 30 lines instead of kysely-pglite's ~100
// packages (see ../../docs/stack-notes in shared/stack-notes.md).
import type { PGlite } from '@electric-sql/pglite';

type QueryResult = { command: string; rowCount: number; rows: unknown[] };

class FifoMutex {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
}

function commandOf(sql: string): string {
  const m = /^\s*(?:--[^\n]*\n\s*)*(\w+)/.exec(sql);
  return (m?.[1] ?? '').toUpperCase();
}

export class PGlitePool {
  private readonly mutex = new FifoMutex();
  readonly pg: PGlite;
  constructor(pg: PGlite) {
    this.pg = pg;
  }

  async connect(): Promise<{
    query: (sql: string, params?: readonly unknown[]) => Promise<QueryResult>;
    release: () => void;
  }> {
    const unlock = await this.mutex.acquire();
    let released = false;
    return {
      query: async (sql: string, params?: readonly unknown[]) => {
        if (!params || params.length === 0) {
          // Like node-postgres, a query without parameters goes through the simple protocol, which
          // accepts several statements (migrations, backups); the last statement's result is returned.
          const all = await this.pg.exec(sql);
          const last = all[all.length - 1];
          return { command: commandOf(sql), rowCount: last?.affectedRows ?? 0, rows: last?.rows ?? [] };
        }
        const res = await this.pg.query(sql, [...params]);
        return { command: commandOf(sql), rowCount: res.affectedRows ?? res.rows.length, rows: res.rows };
      },
      release: () => {
        if (!released) {
          released = true;
          unlock();
        }
      },
    };
  }

  async end(): Promise<void> {
    const unlock = await this.mutex.acquire();
    try {
      await this.pg.close();
    } finally {
      unlock();
    }
  }
}
