// Kept for the tests that import it: closing a test database now waits for the pool's sessions to leave
// before the database is dropped (testing.ts), so this is the ordinary close.
import type { Database } from './connection.ts';

export async function closeQuietly(database: Database | undefined): Promise<void> {
  await database?.close();
}
