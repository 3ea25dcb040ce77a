// The OpenAPI document as committed in docs/openapi.json: generated from the routes' zod schemas by an
// app built over a database that is never queried (the document needs routes, not data).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { DB } from '../../../packages/db/src/schema.ts';
import { buildApp } from './app.ts';

export const OPENAPI_FILE = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));

export async function generateOpenApi(): Promise<string> {
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const app = await buildApp({
    database: { db, engine: 'pglite', close: () => db.destroy() },
    config: { webDist: '/nonexistent' },
  });
  try {
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

export function committedOpenApi(): string | null {
  return fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : null;
}
