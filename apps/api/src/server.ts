// The runnable server: configuration from the environment, the database (PostgreSQL via DATABASE_URL, or
// the embedded PGlite under TDKT_DATA_DIR), migrations, the demo seed on an empty database, then listen.
import { performance } from 'node:perf_hooks';
import { openDatabase, databaseConfigFromEnv } from '../../../packages/db/src/connection.ts';
import { migrate } from '../../../packages/db/src/migrate.ts';
import { seedDemo } from '../../../packages/db/src/seed/index.ts';
import { deleteExpiredSessions } from '../../../packages/db/src/repositories/users.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

const t0 = performance.now();
const config = loadConfig(process.env);
const dbConfig = databaseConfigFromEnv({ ...process.env, TDKT_DATA_DIR: config.dataDir });
const database = await openDatabase(dbConfig);
const tOpen = performance.now();
let app: Awaited<ReturnType<typeof buildApp>> | undefined;
let closing = false;

async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  console.log(`\nNhận tín hiệu ${signal}: đang dừng máy chủ…`);
  try {
    await app?.close();
  } finally {
    await database.close(); // releases the PGlite data-directory lock
  }
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const applied = await migrate(database.db);
  const tMigrate = performance.now();
  const seed = await seedDemo(database.db);
  await deleteExpiredSessions(database.db);
  const tSeed = performance.now();
  app = await buildApp({ database, config, logger: config.logLevel !== 'silent' });
  await app.listen({ port: config.port, host: config.host });
  const tReady = performance.now();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
  const where =
    database.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite nhúng tại ${config.dataDir}`;
  const lines = [
    '',
    `tdkt đang chạy tại ${url}`,
    `Cơ sở dữ liệu: ${where}${applied.length ? `; đã áp dụng ${applied.length} migration` : ''}${seed.seeded ? '; đã nạp dữ liệu mẫu' : ''}.`,
    `Tài liệu API: ${url}api/docs`,
    `Khởi động: ${Math.round(tReady - t0)} ms (mở CSDL ${Math.round(tOpen - t0)} ms, migration ${Math.round(tMigrate - tOpen)} ms, dữ liệu mẫu ${Math.round(tSeed - tMigrate)} ms, ứng dụng ${Math.round(tReady - tSeed)} ms).`,
    '',
    'Tài khoản dùng thử (chỉ dành cho bản demo; hãy đổi mật khẩu khi dùng thật):',
    ...seed.accounts.map(
      (a) => `  ${a.username.padEnd(16)} mật khẩu: ${a.password.padEnd(14)} ${a.description}`,
    ),
    '',
    'Nhấn Ctrl+C để dừng.',
  ];
  console.log(lines.join('\n'));
  app.log.info({ startupMs: Math.round(tReady - t0), engine: database.engine }, 'tdkt started');
} catch (err) {
  console.error('Không khởi động được máy chủ:', err instanceof Error ? err.message : err);
  await app?.close().catch(() => undefined);
  await database.close().catch(() => undefined);
  process.exit(1);
}
