// Logical backup and restore that work the same on PGlite and on PostgreSQL, and across them (a PGlite
// backup restores into PostgreSQL and back): a gzip'd JSON-lines stream.
//
//   {"type":"header","format":"tdkt-backup/1","createdAt":…,"engine":…,"migrations":[{name,checksum}],"tables":[{name,columns}]}
//   {"t":"agencies","r":{…one row…}}            one line per row, tables in foreign-key order
//   …
//   {"type":"footer","counts":{"agencies":18,…},"rows":N,"sha256":"<hex of every line above, with its \n>"}
//
// Rows are produced by PostgreSQL itself (`to_jsonb(row)::text`) and restored by it
// (`jsonb_populate_record`), never parsed in JavaScript, so numerics, timestamps (with offset, to the
// microsecond), arrays and jsonb survive exactly; bytea is written as base64. Tables are discovered from
// the catalog (every table of the public schema, future ones included) and ordered by their foreign keys;
// self-references and cycles are restored in two passes (NULL first, then the value). Memory stays bounded:
// the backup reads keyset pages inside one REPEATABLE READ snapshot, the restore inserts in batches.
import crypto from 'node:crypto';
import { once } from 'node:events';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.ts';

export const BACKUP_FORMAT = 'tdkt-backup/1';
/** Not part of the data: the target must already carry exactly these migrations. */
const SCHEMA_TABLE = 'schema_migrations';

type Conn = Kysely<DB> | Transaction<DB>;

interface ColumnInfo {
  name: string;
  type: string; // format_type(): "bigint", "timestamp with time zone", "character varying(20)", …
  nullable: boolean;
  identity: boolean;
  generated: boolean;
  serial: boolean;
}

interface ForeignKey {
  child: string;
  parent: string;
  columns: string[];
}

interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** FK columns restored in a second pass (self-references, and cycles between tables). */
  deferred: string[];
}

export interface BackupSummary {
  tables: number;
  rows: number;
  counts: Record<string, number>;
  sha256: string;
}

export class BackupFormatError extends Error {
  readonly code = 'backup-invalid';
}

const q = (ident: string): string => `"${ident.replace(/"/g, '""')}"`;

async function listTables(db: Conn): Promise<string[]> {
  const r = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    ORDER BY c.relname`.execute(db);
  return r.rows.map((x) => x.name).filter((t) => t !== SCHEMA_TABLE);
}

async function describe(db: Conn, tables: string[]): Promise<TableInfo[]> {
  const cols = await sql<{
    table: string;
    name: string;
    type: string;
    nullable: boolean;
    identity: boolean;
    generated: boolean;
    serial: boolean;
  }>`
    SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
           NOT a.attnotnull AS nullable, a.attidentity <> '' AS identity, a.attgenerated <> '' AS generated,
           coalesce(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false) AS serial
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`.execute(db);
  const pks = await sql<{ table: string; name: string }>`
    SELECT c.relname AS table, a.attname AS name
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
    WHERE n.nspname = 'public' AND i.indisprimary
    ORDER BY c.relname, k.ord`.execute(db);
  const fks = await foreignKeys(db);
  const order = orderByForeignKeys(tables, fks);
  return order.tables.map((name) => ({
    name,
    columns: cols.rows.filter((c) => c.table === name).map(({ table: _t, ...c }) => c),
    primaryKey: pks.rows.filter((p) => p.table === name).map((p) => p.name),
    deferred: order.deferred.get(name) ?? [],
  }));
}

async function foreignKeys(db: Conn): Promise<ForeignKey[]> {
  const r = await sql<{ child: string; parent: string; columns: string[] }>`
    SELECT cc.relname AS child, pc.relname AS parent,
           array(SELECT a.attname FROM unnest(c.conkey) k(attnum)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum)::text[] AS columns
    FROM pg_constraint c
    JOIN pg_class cc ON cc.oid = c.conrelid JOIN pg_namespace n ON n.oid = cc.relnamespace
    JOIN pg_class pc ON pc.oid = c.confrelid
    WHERE c.contype = 'f' AND n.nspname = 'public'
    ORDER BY cc.relname, c.conname`.execute(db);
  return r.rows;
}

/**
 * Parents before children (Kahn's algorithm; ties broken by table name so the order is stable).
 * A self-reference, or a table left in a cycle, has those FK columns deferred instead.
 */
export function orderByForeignKeys(
  tables: string[],
  fks: ForeignKey[],
): { tables: string[]; deferred: Map<string, string[]> } {
  const deferred = new Map<string, string[]>();
  const defer = (t: string, cols: string[]) =>
    deferred.set(t, [...new Set([...(deferred.get(t) ?? []), ...cols])]);
  const known = new Set(tables);
  let edges = fks.filter((f) => known.has(f.child) && known.has(f.parent));
  for (const f of edges.filter((e) => e.child === e.parent)) defer(f.child, f.columns);
  edges = edges.filter((e) => e.child !== e.parent);
  const done: string[] = [];
  const remaining = new Set(tables);
  while (remaining.size > 0) {
    const ready = [...remaining]
      .filter(
        (t) =>
          !edges.some(
            (e) =>
              e.child === t &&
              remaining.has(e.parent) &&
              !(deferred.get(t) ?? []).some((c) => e.columns.includes(c)),
          ),
      )
      .sort();
    if (ready.length === 0) {
      // A cycle: restore the alphabetically first table of it with its references to the others deferred.
      const t = [...remaining].sort()[0]!;
      for (const e of edges.filter((x) => x.child === t && remaining.has(x.parent))) defer(t, e.columns);
      continue;
    }
    for (const t of ready) {
      done.push(t);
      remaining.delete(t);
    }
  }
  return { tables: done, deferred };
}

async function appliedMigrations(db: Conn): Promise<{ name: string; checksum: string }[]> {
  const r = await sql<{
    name: string;
    checksum: string;
  }>`SELECT name, checksum FROM schema_migrations ORDER BY name`.execute(db);
  return r.rows;
}

const isBytea = (c: ColumnInfo) => c.type === 'bytea';

/** The SELECT list giving one row as JSON text, bytea columns as base64. */
function rowJsonExpr(t: TableInfo): string {
  const bytea = t.columns.filter(isBytea);
  let expr = `to_jsonb(t)`;
  if (bytea.length > 0) {
    expr = `(${expr} - ${bytea.map((c) => `'${c.name.replace(/'/g, "''")}'`).join(' - ')}) || jsonb_build_object(${bytea
      .map((c) => `'${c.name.replace(/'/g, "''")}', encode(t.${q(c.name)}, 'base64')`)
      .join(', ')})`;
  }
  return `(${expr})::text`;
}

export async function backupDatabase(
  db: Kysely<DB>,
  out: Writable,
  options: { pageSize?: number } = {},
): Promise<BackupSummary> {
  const gzip = zlib.createGzip({ level: 6 });
  const finished = pipeline(gzip, out);
  const hash = crypto.createHash('sha256');
  let failed: unknown = null;
  finished.catch((e: unknown) => {
    failed = e;
  });
  const write = async (line: string, hashed = true) => {
    if (failed) throw failed;
    const text = line + '\n';
    if (hashed) hash.update(text, 'utf8');
    if (!gzip.write(text)) await Promise.race([once(gzip, 'drain'), finished]);
  };
  const counts: Record<string, number> = {};
  let total = 0;
  try {
    await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const tables = await describe(trx, await listTables(trx));
        const engine = (await sql<{ v: string }>`SELECT version() AS v`.execute(trx)).rows[0]?.v ?? '';
        await write(
          JSON.stringify({
            type: 'header',
            format: BACKUP_FORMAT,
            createdAt: new Date().toISOString(),
            server: engine,
            migrations: await appliedMigrations(trx),
            tables: tables.map((t) => ({
              name: t.name,
              columns: t.columns.filter((c) => !c.generated).map((c) => ({ name: c.name, type: c.type })),
            })),
          }),
        );
        for (const t of tables) {
          counts[t.name] = 0;
          const prefix = `{"t":${JSON.stringify(t.name)},"r":`;
          // Keyset pages over the primary key (ctid for a table without one: stable inside the snapshot).
          const keys = t.primaryKey.length > 0 ? t.primaryKey.map((k) => `t.${q(k)}`) : ['t.ctid'];
          const keyTypes =
            t.primaryKey.length > 0
              ? t.primaryKey.map((k) => t.columns.find((c) => c.name === k)!.type)
              : ['tid'];
          const pageSize = options.pageSize ?? (t.columns.some(isBytea) ? 50 : 2000);
          let last: string[] | null = null;
          for (;;) {
            const keyList = keys.join(', ');
            const where: string =
              last === null
                ? ''
                : `WHERE (${keyList}) > (${keyTypes.map((ty, i) => `$${i + 1}::${ty}`).join(', ')})`;
            const text = `SELECT ${rowJsonExpr(t)} AS j, ${keys.map((k, i) => `${k}::text AS k${i}`).join(', ')} FROM ${q(t.name)} t ${where} ORDER BY ${keyList} LIMIT ${pageSize}`;
            const r: { rows: Record<string, string>[] } = await trx.executeQuery<Record<string, string>>(
              CompiledQuery.raw(text, last ?? []),
            );
            // One write per page: a promise and a gzip call per row cost more than the query.
            if (r.rows.length > 0) await write(r.rows.map((row) => prefix + row.j + '}').join('\n'));
            counts[t.name] = (counts[t.name] ?? 0) + r.rows.length;
            total += r.rows.length;
            if (r.rows.length < pageSize) break;
            const lastRow: Record<string, string> = r.rows[r.rows.length - 1]!;
            last = keys.map((_, i) => String(lastRow[`k${i}`]));
          }
        }
      });
    const sha256 = hash.digest('hex');
    await write(JSON.stringify({ type: 'footer', counts, rows: total, sha256 }), false);
    gzip.end();
    await finished;
    return { tables: Object.keys(counts).length, rows: total, counts, sha256 };
  } catch (e) {
    gzip.destroy(e as Error);
    await finished.catch(() => undefined);
    throw e;
  }
}

export interface BackupHeader {
  type: 'header';
  format: string;
  createdAt: string;
  migrations: { name: string; checksum: string }[];
  tables: { name: string; columns: { name: string; type: string }[] }[];
}

interface Footer {
  type: 'footer';
  counts: Record<string, number>;
  rows: number;
  sha256: string;
}

/** Reads only the header line of a backup (for choosing which migrations to run before restoring). */
export async function readBackupHeader(input: Readable): Promise<BackupHeader> {
  const gunzip = zlib.createGunzip();
  input.pipe(gunzip);
  input.on('error', (e) => gunzip.destroy(e));
  const lines = readline.createInterface({ input: gunzip, crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  try {
    const first = await it.next();
    if (first.done) throw new BackupFormatError('Tệp sao lưu rỗng.');
    let header: BackupHeader;
    try {
      header = JSON.parse(first.value) as BackupHeader;
    } catch {
      throw new BackupFormatError('Tệp không phải bản sao lưu tdkt (dòng đầu không phải JSON).');
    }
    if (header.type !== 'header' || header.format !== BACKUP_FORMAT || !Array.isArray(header.migrations)) {
      throw new BackupFormatError(`Tệp không phải bản sao lưu tdkt định dạng ${BACKUP_FORMAT}.`);
    }
    return header;
  } catch (e) {
    if (e instanceof BackupFormatError) throw e;
    throw new BackupFormatError(
      `Không đọc được tệp sao lưu (không phải tệp gzip hợp lệ?): ${(e as Error).message}`,
    );
  } finally {
    lines.close();
    gunzip.destroy();
    input.destroy();
  }
}

export interface RestoreOptions {
  /** Empty every table first (TRUNCATE … RESTART IDENTITY) instead of refusing a non-empty database. */
  replace?: boolean;
  /** Rows per INSERT (also capped by size). */
  batchRows?: number;
}

const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Restores a backup into a migrated database carrying exactly the backup's migrations, in one
 * transaction: all or nothing. Refuses a database that already holds data unless `replace` is set.
 */
export async function restoreDatabase(
  db: Kysely<DB>,
  input: Readable,
  options: RestoreOptions = {},
): Promise<BackupSummary> {
  const gunzip = zlib.createGunzip();
  const piping = pipeline(input, gunzip);
  piping.catch(() => undefined); // surfaced through the reader below
  const lines = readline.createInterface({ input: gunzip, crlfDelay: Infinity });
  // Created at once: lines read before the iterator exists would be lost.
  const it = lines[Symbol.asyncIterator]();
  const hash = crypto.createHash('sha256');
  try {
    return await db.transaction().execute(async (trx) => {
      const first = await it.next();
      if (first.done) throw new BackupFormatError('Tệp sao lưu rỗng.');
      let header: BackupHeader;
      try {
        header = JSON.parse(first.value) as BackupHeader;
      } catch {
        throw new BackupFormatError('Tệp không phải bản sao lưu tdkt (dòng đầu không phải JSON).');
      }
      if (header.type !== 'header' || header.format !== BACKUP_FORMAT) {
        throw new BackupFormatError(`Tệp không phải bản sao lưu tdkt định dạng ${BACKUP_FORMAT}.`);
      }
      hash.update(first.value + '\n', 'utf8');

      const mine = await appliedMigrations(trx);
      const theirs = header.migrations;
      const fmt = (m: { name: string }[]) => m.map((x) => x.name).join(', ') || '(không có)';
      if (
        mine.length !== theirs.length ||
        mine.some((m, i) => m.name !== theirs[i]?.name || m.checksum !== theirs[i]?.checksum)
      ) {
        throw new BackupFormatError(
          `Bản sao lưu được tạo với các migration khác với cơ sở dữ liệu đích. Bản sao lưu: ${fmt(theirs)}; cơ sở dữ liệu: ${fmt(mine)}. Hãy khôi phục vào một cơ sở dữ liệu đã chạy đúng các migration đó (cùng phiên bản tdkt với lúc sao lưu), rồi mới nâng cấp.`,
        );
      }

      const tables = await describe(trx, await listTables(trx));
      const byName = new Map(tables.map((t) => [t.name, t]));
      for (const bt of header.tables) {
        const t = byName.get(bt.name);
        if (!t)
          throw new BackupFormatError(`Bảng ${bt.name} trong bản sao lưu không có trong cơ sở dữ liệu đích.`);
        const cols = t.columns
          .filter((c) => !c.generated)
          .map((c) => `${c.name}:${c.type}`)
          .join(',');
        if (cols !== bt.columns.map((c) => `${c.name}:${c.type}`).join(',')) {
          throw new BackupFormatError(
            `Cấu trúc bảng ${bt.name} trong bản sao lưu khác với cơ sở dữ liệu đích.`,
          );
        }
      }

      if (options.replace) {
        await sql
          .raw(`TRUNCATE ${tables.map((t) => q(t.name)).join(', ')} RESTART IDENTITY CASCADE`)
          .execute(trx);
      } else {
        for (const t of tables) {
          const r = await sql.raw<{ x: number }>(`SELECT 1 AS x FROM ${q(t.name)} LIMIT 1`).execute(trx);
          if (r.rows.length > 0) {
            throw new BackupFormatError(
              `Cơ sở dữ liệu đích đã có dữ liệu (bảng ${t.name}). Chỉ khôi phục vào cơ sở dữ liệu trống đã chạy migration, hoặc dùng --force để xoá dữ liệu hiện có rồi khôi phục.`,
            );
          }
        }
      }

      const anyDeferred = tables.some((t) => t.deferred.length > 0);
      if (anyDeferred) {
        await sql`CREATE TEMP TABLE tdkt_restore_deferred (tbl text NOT NULL, payload jsonb NOT NULL) ON COMMIT DROP`.execute(
          trx,
        );
      }

      const counts: Record<string, number> = {};
      let total = 0;
      let batch: string[] = [];
      let batchBytes = 0;
      let current: TableInfo | null = null;
      const batchRows = options.batchRows ?? 500;

      const flush = async () => {
        if (!current || batch.length === 0) return;
        const t = current;
        const json = `[${batch.join(',')}]`;
        batch = [];
        batchBytes = 0;
        const cols = t.columns.filter((c) => !c.generated);
        const bytea = cols.filter(isBytea);
        const strip = bytea.map((c) => ` - '${c.name.replace(/'/g, "''")}'`).join('');
        const select = cols
          .map((c) =>
            t.deferred.includes(c.name)
              ? 'NULL'
              : isBytea(c)
                ? `decode(e.j->>'${c.name.replace(/'/g, "''")}', 'base64')`
                : `p.${q(c.name)}`,
          )
          .join(', ');
        const overriding = cols.some((c) => c.identity) ? ' OVERRIDING SYSTEM VALUE' : '';
        await trx.executeQuery(
          CompiledQuery.raw(
            `INSERT INTO ${q(t.name)} (${cols.map((c) => q(c.name)).join(', ')})${overriding}
                SELECT ${select} FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY e(j, n)
                CROSS JOIN LATERAL jsonb_populate_record(NULL::${q(t.name)}, e.j${strip}) p ORDER BY e.n`,
            [json],
          ),
        );
        if (t.deferred.length > 0) {
          const keep = [...t.primaryKey, ...t.deferred]
            .map((k) => `'${k.replace(/'/g, "''")}', e.j->'${k.replace(/'/g, "''")}'`)
            .join(', ');
          await trx.executeQuery(
            CompiledQuery.raw(
              `INSERT INTO tdkt_restore_deferred (tbl, payload) SELECT $2, jsonb_build_object(${keep}) FROM jsonb_array_elements($1::jsonb) e(j)
                  WHERE ${t.deferred.map((k) => `e.j->>'${k.replace(/'/g, "''")}' IS NOT NULL`).join(' OR ')}`,
              [json, t.name],
            ),
          );
        }
      };

      let footer = null as Footer | null;
      for (;;) {
        const next = await it.next();
        if (next.done) break;
        const line = next.value;
        if (line.startsWith('{"t":')) {
          const end = line.indexOf(',"r":');
          const name = end > 0 ? (JSON.parse(line.slice(5, end)) as string) : '';
          const t = byName.get(name);
          if (!t || !line.endsWith('}'))
            throw new BackupFormatError(`Dòng dữ liệu không hợp lệ trong bản sao lưu (bảng "${name}").`);
          hash.update(line + '\n', 'utf8');
          if (current !== t) {
            await flush();
            current = t;
          }
          const row = line.slice(end + 5, -1);
          batch.push(row);
          batchBytes += row.length;
          counts[name] = (counts[name] ?? 0) + 1;
          total++;
          if (batch.length >= batchRows || batchBytes >= BATCH_BYTES) await flush();
          continue;
        }
        const obj = JSON.parse(line) as { type?: string };
        if (obj.type === 'footer') {
          footer = obj as Footer;
          break;
        }
        throw new BackupFormatError('Dòng không hợp lệ trong bản sao lưu.');
      }
      await flush();
      if (!footer)
        throw new BackupFormatError('Bản sao lưu bị cắt cụt (thiếu dòng kết thúc): không khôi phục gì.');
      if (hash.digest('hex') !== footer.sha256)
        throw new BackupFormatError(
          'Mã băm SHA-256 của bản sao lưu không khớp: tệp đã bị hỏng hoặc bị sửa. Không khôi phục gì.',
        );
      for (const [name, n] of Object.entries(footer.counts)) {
        if ((counts[name] ?? 0) !== n)
          throw new BackupFormatError(
            `Số dòng của bảng ${name} không khớp (${counts[name] ?? 0} / ${n}). Không khôi phục gì.`,
          );
      }

      // Second pass: the deferred references, now that every row exists.
      for (const t of tables.filter((x) => x.deferred.length > 0)) {
        if (t.primaryKey.length === 0)
          throw new BackupFormatError(
            `Bảng ${t.name} tự tham chiếu nhưng không có khoá chính: không khôi phục được.`,
          );
        const set = t.deferred
          .map((c) => `${q(c)} = (jsonb_populate_record(NULL::${q(t.name)}, d.payload)).${q(c)}`)
          .join(', ');
        const match = t.primaryKey
          .map((k) => `x.${q(k)} = (jsonb_populate_record(NULL::${q(t.name)}, d.payload)).${q(k)}`)
          .join(' AND ');
        await trx.executeQuery(
          CompiledQuery.raw(
            `UPDATE ${q(t.name)} x SET ${set} FROM tdkt_restore_deferred d WHERE d.tbl = $1 AND ${match}`,
            [t.name],
          ),
        );
      }

      // Identity and serial sequences continue after the restored ids.
      for (const t of tables) {
        for (const c of t.columns.filter((x) => x.identity || x.serial)) {
          await trx.executeQuery(
            CompiledQuery.raw(
              `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${q(c.name)}) FROM ${q(t.name)}), 1), (SELECT count(*) > 0 FROM ${q(t.name)}))`,
              [`public.${q(t.name)}`, c.name],
            ),
          );
        }
      }
      return { tables: header.tables.length, rows: total, counts, sha256: footer.sha256 };
    });
  } finally {
    lines.close();
    input.destroy();
  }
}
