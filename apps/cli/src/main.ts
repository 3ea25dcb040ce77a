// `tdkt`: the administration command. The database comes from the environment as for the server
// (DATABASE_URL for PostgreSQL, else the embedded PGlite under TDKT_DATA_DIR or ./data).
// Exit codes: 0 success, 1 failure (database, broken audit chain, I/O), 2 bad usage or bad input.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { sql } from 'kysely';
import { databaseConfigFromEnv, openDatabase, type Database } from '../../../packages/db/src/connection.ts';
import { listMigrations, migrate } from '../../../packages/db/src/migrate.ts';
import { seedDemo } from '../../../packages/db/src/seed/index.ts';
import {
  backupDatabase,
  BackupFormatError,
  readBackupHeader,
  restoreDatabase,
} from '../../../packages/db/src/backup.ts';
import { verifyAuditChain, writeAudit } from '../../../packages/db/src/audit.ts';
import { hashPassword } from '../../../packages/auth/src/password.ts';
import type { Role } from '../../../packages/db/src/schema.ts';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface CliDeps {
  /** Opens the database; tests pass their own. Default: from the environment. */
  openDatabase?: () => Promise<Database>;
  /** The moment for default file names; tests fix it. */
  now?: () => Date;
}

class UsageError extends Error {}

const HELP = `tdkt — quản lý công tác thi đua, khen thưởng (dòng lệnh quản trị)

Cách dùng: tdkt <lệnh> [tuỳ chọn]

  migrate                         Chạy các migration còn thiếu.
  seed                            Chạy migration rồi nạp dữ liệu mẫu (Sở Công Thương Gia Lai) nếu cơ sở dữ liệu còn trống.
  backup [--output TỆP]           Sao lưu toàn bộ dữ liệu (tệp .jsonl.gz; "-" = stdout).
                                  Mặc định: backups/tdkt-YYYYMMDD-HHMMSS.jsonl.gz trong thư mục dữ liệu (hoặc thư mục hiện tại khi dùng PostgreSQL).
  restore --input TỆP [--force]   Khôi phục từ bản sao lưu vào cơ sở dữ liệu trống ("-" = stdin).
                                  --force: xoá toàn bộ dữ liệu hiện có rồi khôi phục.
  audit verify                    Kiểm tra chuỗi băm của nhật ký, báo bản ghi đầu tiên bị đứt.
  user create TÊN --role VAI_TRÒ [--agency MÃ] [--unit MÃ] [--group MÃ] [--person MÃ_CB] [--name "Tên hiển thị"] [--password-stdin]
  user reset-password TÊN [--password-stdin]
  user unlock TÊN
                                  Vai trò: admin, officer, council, unit-head, staff, cluster-leader, reviewer.
                                  Không có --password-stdin: tạo mật khẩu ngẫu nhiên, in ra một lần, bắt đổi khi đăng nhập.
  eligibility [--input TỆP] [--output TỆP] [--forecast]
                                  Xét điều kiện danh hiệu, hình thức khen thưởng (tdkt-history/1 → tdkt-eligibility/1).
  help                            In hướng dẫn này.

Biến môi trường: DATABASE_URL (PostgreSQL), TDKT_DATA_DIR (thư mục dữ liệu PGlite, mặc định ./data).
Mã thoát: 0 thành công, 1 lỗi, 2 sai cú pháp hoặc dữ liệu vào không hợp lệ.
`;

const ROLES: readonly Role[] = [
  'admin',
  'officer',
  'council',
  'unit-head',
  'staff',
  'cluster-leader',
  'reviewer',
];
const CLI_USER = 'tdkt-cli';

function println(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(text + '\n');
}

type Options = NonNullable<ParseArgsConfig['options']>;

function parse(
  args: string[],
  options: Options,
): { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`Tuỳ chọn không hợp lệ: ${(e as Error).message}`);
  }
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

export function defaultBackupPath(env: Record<string, string | undefined>, cwd: string, now: Date): string {
  const base = env.DATABASE_URL ? cwd : path.resolve(cwd, env.TDKT_DATA_DIR ?? 'data');
  return path.join(base, 'backups', `tdkt-${stamp(now)}.jsonl.gz`);
}

async function readPassword(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
    .normalize('NFC');
  return text;
}

function checkPassword(username: string, password: string): void {
  if (password.length < 10) throw new UsageError('Mật khẩu phải có ít nhất 10 ký tự.');
  if (password.toLowerCase() === username.toLowerCase())
    throw new UsageError('Mật khẩu không được trùng tên đăng nhập.');
}

/** A random password of 16 characters without look-alikes (0/O, 1/l/I). */
function randomPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

async function withDatabase<T>(deps: CliDeps, io: CliIo, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = deps.openDatabase
    ? await deps.openDatabase()
    : await openDatabase(databaseConfigFromEnv(io.env));
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function cmdMigrate(io: CliIo, deps: CliDeps): Promise<number> {
  return withDatabase(deps, io, async ({ db }) => {
    const applied = await migrate(db);
    println(
      io.stdout,
      applied.length === 0
        ? 'Cơ sở dữ liệu đã ở phiên bản mới nhất.'
        : `Đã chạy ${applied.length} migration: ${applied.join(', ')}.`,
    );
    return 0;
  });
}

async function cmdSeed(io: CliIo, deps: CliDeps): Promise<number> {
  return withDatabase(deps, io, async ({ db }) => {
    await migrate(db);
    const r = await seedDemo(db);
    println(
      io.stdout,
      r.seeded
        ? 'Đã nạp dữ liệu mẫu: Sở Công Thương tỉnh Gia Lai.'
        : 'Cơ sở dữ liệu đã có dữ liệu: không nạp dữ liệu mẫu.',
    );
    println(io.stdout, 'Tài khoản mẫu (chỉ dùng để dùng thử):');
    for (const a of r.accounts)
      println(
        io.stdout,
        `  ${a.username.padEnd(18)} ${a.password.padEnd(11)} ${a.role.padEnd(15)} ${a.description}`,
      );
    return 0;
  });
}

async function cmdBackup(args: string[], io: CliIo, deps: CliDeps): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' } });
  if (positionals.length > 0) throw new UsageError(`Thừa tham số: ${positionals.join(' ')}`);
  const target =
    (values.output as string | undefined) ??
    defaultBackupPath(io.env, io.cwd, (deps.now ?? (() => new Date()))());
  return withDatabase(deps, io, async ({ db }) => {
    const started = Date.now();
    if (target === '-') {
      await backupDatabase(db, io.stdout as NodeJS.WritableStream as import('node:stream').Writable);
      return 0;
    }
    const file = path.resolve(io.cwd, target);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.partial`;
    try {
      const summary = await backupDatabase(db, fs.createWriteStream(partial, { flags: 'wx' }));
      fs.renameSync(partial, file);
      const size = fs.statSync(file).size;
      println(
        io.stdout,
        `Đã sao lưu ${summary.rows.toLocaleString('vi-VN')} dòng của ${summary.tables} bảng vào ${file} (${(size / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB, ${((Date.now() - started) / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 2 })} giây). SHA-256: ${summary.sha256}`,
      );
      return 0;
    } catch (e) {
      fs.rmSync(partial, { force: true });
      throw e;
    }
  });
}

async function cmdRestore(args: string[], io: CliIo, deps: CliDeps): Promise<number> {
  const { values, positionals } = parse(args, {
    input: { type: 'string', short: 'i' },
    force: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`Thừa tham số: ${positionals.join(' ')}`);
  const input = values.input as string | undefined;
  if (!input) throw new UsageError('Thiếu --input TỆP (tệp sao lưu .jsonl.gz, hoặc "-" để đọc từ stdin).');
  let stream: import('node:stream').Readable;
  if (input === '-') stream = io.stdin as import('node:stream').Readable;
  else {
    const file = path.resolve(io.cwd, input);
    if (!fs.existsSync(file)) throw new UsageError(`Không tìm thấy tệp sao lưu: ${file}`);
    stream = fs.createReadStream(file);
  }
  // A fresh database is first migrated to exactly the backup's migrations, restored, then upgraded to
  // this version's: an old backup restores into a newer tdkt. (From stdin the header cannot be read
  // twice: the database is migrated to the latest version and must match the backup.)
  const header =
    input === '-' ? null : await readBackupHeader(fs.createReadStream(path.resolve(io.cwd, input)));
  return withDatabase(deps, io, async ({ db }) => {
    const fresh = !(await hasMigrations(db));
    if (fresh && header) await migrateTo(db, header.migrations);
    else if (fresh) await migrate(db);
    const started = Date.now();
    try {
      const summary = await restoreDatabase(db, stream, { replace: values.force === true });
      println(
        io.stdout,
        `Đã khôi phục ${summary.rows.toLocaleString('vi-VN')} dòng của ${summary.tables} bảng (${((Date.now() - started) / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 2 })} giây).`,
      );
    } catch (e) {
      if (e instanceof BackupFormatError) {
        println(io.stderr, e.message);
        return 2;
      }
      throw e;
    }
    const upgraded = await migrate(db);
    if (upgraded.length > 0)
      println(
        io.stdout,
        `Đã nâng cấp cơ sở dữ liệu thêm ${upgraded.length} migration: ${upgraded.join(', ')}.`,
      );
    const chain = await verifyAuditChain(db);
    println(io.stdout, chain.message);
    return chain.ok ? 0 : 1;
  });
}

async function hasMigrations(db: Database['db']): Promise<boolean> {
  const r = await sql<{
    t: string | null;
  }>`SELECT to_regclass('public.schema_migrations')::text AS t`.execute(db);
  if (!r.rows[0]?.t) return false;
  return (await sql<{ n: number }>`SELECT count(*) AS n FROM schema_migrations`.execute(db)).rows[0]?.n !== 0;
}

/** Applies exactly `wanted` (a prefix of this version's migrations, same checksums) to a fresh database. */
async function migrateTo(db: Database['db'], wanted: { name: string; checksum: string }[]): Promise<void> {
  const all = listMigrations();
  for (const [i, w] of wanted.entries()) {
    const m = all[i];
    if (!m || m.name !== w.name) {
      throw new UsageError(
        `Bản sao lưu cần migration ${w.name}, phiên bản tdkt này không có (hoặc thứ tự khác): hãy khôi phục bằng phiên bản tdkt đã tạo bản sao lưu, hoặc mới hơn.`,
      );
    }
    if (m.checksum !== w.checksum)
      throw new UsageError(
        `Migration ${w.name} của bản sao lưu khác nội dung với phiên bản tdkt này: không khôi phục được.`,
      );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-migrations-'));
  try {
    for (const m of all.slice(0, wanted.length)) fs.writeFileSync(path.join(dir, m.name), m.sql);
    await migrate(db, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function cmdAudit(args: string[], io: CliIo, deps: CliDeps): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'verify' || rest.length > 0) throw new UsageError('Cách dùng: tdkt audit verify');
  return withDatabase(deps, io, async ({ db }) => {
    const r = await verifyAuditChain(db);
    println(r.ok ? io.stdout : io.stderr, r.message);
    return r.ok ? 0 : 1;
  });
}

async function cmdUser(args: string[], io: CliIo, deps: CliDeps): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'create') return userCreate(rest, io, deps);
  if (sub === 'reset-password') return userResetPassword(rest, io, deps);
  if (sub === 'unlock') return userUnlock(rest, io, deps);
  throw new UsageError('Cách dùng: tdkt user create|reset-password|unlock TÊN … (xem tdkt help)');
}

function oneUsername(positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError('Cần đúng một tên đăng nhập.');
  const username = positionals[0]!.normalize('NFC').trim();
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username)) {
    throw new UsageError(
      'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch nối, gạch dưới (2–64 ký tự).',
    );
  }
  return username;
}

async function userCreate(args: string[], io: CliIo, deps: CliDeps): Promise<number> {
  const { values, positionals } = parse(args, {
    role: { type: 'string' },
    agency: { type: 'string' },
    unit: { type: 'string' },
    group: { type: 'string' },
    person: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  });
  const username = oneUsername(positionals);
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role))
    throw new UsageError(`Thiếu hoặc sai --role. Vai trò: ${ROLES.join(', ')}.`);
  const str = (k: string) => values[k] as string | undefined;
  if (role === 'unit-head' && !str('unit'))
    throw new UsageError(
      'Vai trò unit-head cần --unit MÃ_ĐƠN_VỊ (và --agency MÃ nếu mã đơn vị trùng giữa các cơ quan).',
    );
  if (role === 'cluster-leader' && !str('group'))
    throw new UsageError('Vai trò cluster-leader cần --group MÃ_CỤM_KHỐI.');
  if (['officer', 'council', 'reviewer'].includes(role) && !str('agency'))
    throw new UsageError(`Vai trò ${role} cần --agency MÃ_CƠ_QUAN.`);
  if (role === 'staff' && !str('person'))
    throw new UsageError('Vai trò staff cần --person MÃ_CÁN_BỘ (và --agency MÃ).');
  const fromStdin = values['password-stdin'] === true;
  const password = fromStdin ? await readPassword(io) : randomPassword();
  checkPassword(username, password);
  const hash = await hashPassword(password);
  return withDatabase(deps, io, async ({ db }) =>
    db.transaction().execute(async (trx) => {
      const fail = (msg: string): never => {
        throw new UsageError(msg);
      };
      if (await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst())
        fail(`Tên đăng nhập ${username} đã tồn tại.`);
      const agency = str('agency')
        ? ((await trx
            .selectFrom('agencies')
            .select(['id', 'name'])
            .where('code', '=', str('agency')!)
            .executeTakeFirst()) ?? fail(`Không có cơ quan mã ${str('agency')}.`))
        : null;
      let unit: { id: number; agency_id: number } | null = null;
      if (str('unit')) {
        let q = trx.selectFrom('units').select(['id', 'agency_id']).where('code', '=', str('unit')!);
        if (agency) q = q.where('agency_id', '=', agency.id);
        const units = await q.execute();
        if (units.length === 0) fail(`Không có đơn vị mã ${str('unit')}.`);
        if (units.length > 1) fail(`Mã đơn vị ${str('unit')} có ở nhiều cơ quan: thêm --agency MÃ.`);
        unit = units[0]!;
      }
      let person: { id: number; agency_id: number; full_name: string } | null = null;
      if (str('person')) {
        let q = trx
          .selectFrom('people')
          .select(['id', 'agency_id', 'full_name'])
          .where('code', '=', str('person')!);
        if (agency) q = q.where('agency_id', '=', agency.id);
        const people = await q.execute();
        if (people.length === 0) fail(`Không có cán bộ mã ${str('person')}.`);
        if (people.length > 1) fail(`Mã cán bộ ${str('person')} có ở nhiều cơ quan: thêm --agency MÃ.`);
        person = people[0]!;
      }
      const group = str('group')
        ? ((await trx
            .selectFrom('emulation_groups')
            .select('id')
            .where('code', '=', str('group')!)
            .executeTakeFirst()) ?? fail(`Không có cụm, khối thi đua mã ${str('group')}.`))
        : null;
      const homeAgency = agency?.id ?? unit?.agency_id ?? person?.agency_id ?? null;
      const displayName = (str('name') ?? person?.full_name ?? username).normalize('NFC');
      const user = await trx
        .insertInto('users')
        .values({
          username,
          password_hash: hash,
          display_name: displayName,
          person_id: person?.id ?? null,
          agency_id: homeAgency,
          must_change_password: !fromStdin,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('user_roles')
        .values({
          user_id: user.id,
          role,
          agency_id: ['officer', 'council', 'reviewer'].includes(role) ? (agency?.id ?? null) : null,
          unit_id: role === 'unit-head' ? (unit?.id ?? null) : null,
          group_id: role === 'cluster-leader' ? (group?.id ?? null) : null,
        })
        .execute();
      await writeAudit(trx, {
        userId: null,
        username: CLI_USER,
        action: 'create',
        entity: 'users',
        entityId: String(user.id),
        agencyId: homeAgency,
        summary: `Tạo tài khoản ${username} (${role}) bằng dòng lệnh`,
        before: null,
        after: {
          username,
          displayName,
          role,
          agencyId: homeAgency,
          unitId: unit?.id ?? null,
          groupId: group?.id ?? null,
          personId: person?.id ?? null,
        },
      });
      println(io.stdout, `Đã tạo tài khoản ${username} (${role}).`);
      if (!fromStdin)
        println(io.stdout, `Mật khẩu tạm thời (chỉ in một lần, phải đổi khi đăng nhập): ${password}`);
      return 0;
    }),
  );
}

async function userResetPassword(args: string[], io: CliIo, deps: CliDeps): Promise<number> {
  const { values, positionals } = parse(args, { 'password-stdin': { type: 'boolean' } });
  const username = oneUsername(positionals);
  const fromStdin = values['password-stdin'] === true;
  const password = fromStdin ? await readPassword(io) : randomPassword();
  checkPassword(username, password);
  const hash = await hashPassword(password);
  return withDatabase(deps, io, async ({ db }) =>
    db.transaction().execute(async (trx) => {
      const user = await trx
        .selectFrom('users')
        .select(['id', 'agency_id'])
        .where('username', '=', username)
        .executeTakeFirst();
      if (!user) throw new UsageError(`Không có tài khoản ${username}.`);
      await trx
        .updateTable('users')
        .set((eb) => ({
          password_hash: hash,
          must_change_password: !fromStdin,
          failed_logins: 0,
          locked_until: null,
          password_changed_at: new Date(),
          updated_at: new Date(),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', user.id)
        .execute();
      // Signed-in sessions of the account end: whoever knew the old password is out.
      await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
      await writeAudit(trx, {
        userId: null,
        username: CLI_USER,
        action: 'reset-password',
        entity: 'users',
        entityId: String(user.id),
        agencyId: user.agency_id,
        summary: `Đặt lại mật khẩu tài khoản ${username} bằng dòng lệnh`,
        before: null,
        after: { mustChangePassword: !fromStdin },
      });
      println(
        io.stdout,
        `Đã đặt lại mật khẩu tài khoản ${username}; các phiên đăng nhập của tài khoản đã bị đóng.`,
      );
      if (!fromStdin)
        println(io.stdout, `Mật khẩu tạm thời (chỉ in một lần, phải đổi khi đăng nhập): ${password}`);
      return 0;
    }),
  );
}

async function userUnlock(args: string[], io: CliIo, deps: CliDeps): Promise<number> {
  const { positionals } = parse(args, {});
  const username = oneUsername(positionals);
  return withDatabase(deps, io, async ({ db }) =>
    db.transaction().execute(async (trx) => {
      const user = await trx
        .selectFrom('users')
        .select(['id', 'agency_id', 'failed_logins', 'locked_until', 'active'])
        .where('username', '=', username)
        .executeTakeFirst();
      if (!user) throw new UsageError(`Không có tài khoản ${username}.`);
      await trx
        .updateTable('users')
        .set((eb) => ({
          failed_logins: 0,
          locked_until: null,
          updated_at: new Date(),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', user.id)
        .execute();
      await writeAudit(trx, {
        userId: null,
        username: CLI_USER,
        action: 'unlock',
        entity: 'users',
        entityId: String(user.id),
        agencyId: user.agency_id,
        summary: `Mở khoá tài khoản ${username} bằng dòng lệnh`,
        before: { failedLogins: user.failed_logins, lockedUntil: user.locked_until },
        after: { failedLogins: 0, lockedUntil: null },
      });
      println(
        io.stdout,
        `Đã mở khoá tài khoản ${username}.${user.active ? '' : ' Lưu ý: tài khoản đang bị vô hiệu hoá (active = false).'}`,
      );
      return 0;
    }),
  );
}

type EligibilityModule = {
  runEligibility: (
    args: string[],
    io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  ) => Promise<number>;
};

async function cmdEligibility(args: string[], io: CliIo): Promise<number> {
  // Imported by a computed name so the CLI loads (and typechecks) whether or not the module is present.
  const specifier = new URL('./eligibility.ts', import.meta.url).href;
  if (!fs.existsSync(fileURLToPath(specifier))) {
    println(io.stderr, 'Lệnh eligibility chưa có trong bản cài đặt này (thiếu apps/cli/src/eligibility.ts).');
    return 1;
  }
  const mod = (await import(specifier)) as EligibilityModule;
  if (typeof mod.runEligibility !== 'function') {
    println(
      io.stderr,
      'Lệnh eligibility chưa sẵn sàng (apps/cli/src/eligibility.ts không có runEligibility).',
    );
    return 1;
  }
  return mod.runEligibility(args, { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr });
}

/** Runs one command; returns the exit code. Never calls process.exit, so tests can call it. */
export async function run(argv: string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(HELP);
        return 0;
      case 'migrate':
        if (args.length > 0) throw new UsageError('Lệnh migrate không có tham số.');
        return await cmdMigrate(io, deps);
      case 'seed':
        if (args.length > 0) throw new UsageError('Lệnh seed không có tham số.');
        return await cmdSeed(io, deps);
      case 'backup':
        return await cmdBackup(args, io, deps);
      case 'restore':
        return await cmdRestore(args, io, deps);
      case 'audit':
        return await cmdAudit(args, io, deps);
      case 'user':
        return await cmdUser(args, io, deps);
      case 'eligibility':
        return await cmdEligibility(args, io);
      default:
        throw new UsageError(`Lệnh không hợp lệ: ${command}. Gõ "tdkt help" để xem các lệnh.`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof BackupFormatError) {
      println(io.stderr, e.message);
      return 2;
    }
    const err = e as Error & { code?: string };
    // Database errors from the driver are not translated; the Vietnamese prefix says what failed.
    println(io.stderr, err.code === 'data-dir-locked' ? err.message : `Lỗi: ${err.message}`);
    return 1;
  }
}

/** The process entry: real streams and environment, exit code on the process. */
export async function main(argv = process.argv.slice(2)): Promise<void> {
  process.exitCode = await run(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}

if (import.meta.main) await main();
