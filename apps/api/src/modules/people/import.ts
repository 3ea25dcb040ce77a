// Excel import of staff as a job: parse every row → validate every row → report every bad row and column
// in Vietnamese → write all rows or none, in ONE transaction (people, unit history, audit entries).
// Existing people (same Mã cán bộ in the agency) are updated; new codes are created.
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as people from '../../../../../packages/db/src/repositories/people.ts';
import * as jobsRepo from '../../../../../packages/db/src/repositories/jobs.ts';
import { unitsOfAgency } from '../../../../../packages/db/src/repositories/units.ts';
import { FULL_SCOPE } from '../../../../../packages/db/src/repositories/scope.ts';
import {
  readStaffWorkbook,
  validateStaffRows,
  type StaffImportRow,
} from '../../../../../packages/spreadsheets/src/staff-import.ts';
import {
  foldDiacritics,
  nameSortKey,
  normaliseName,
  splitVietnameseName,
} from '../../../../../packages/domain/src/text/vietnamese.ts';
import { agencyWriteScope, inScope, type Actor } from '../../auth/actor.ts';
import { todayIn, type Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import type { JobHandler, JobRunner } from '../jobs/runner.ts';
import { importFailed, queueXlsxImport, type XlsxImportParams } from '../jobs/xlsx-import.ts';
import { presentPersonFields } from './presenter.ts';

export const IMPORT_JOB = 'people-import';

type ImportParams = XlsxImportParams;

export async function queueImport(
  ctx: Ctx,
  actor: Actor,
  runner: JobRunner,
  agencyId: number,
  file: { name: string; content: Buffer },
): Promise<number> {
  if (!inScope(agencyWriteScope(actor), agencyId))
    throw errors.forbidden('nhập danh sách cán bộ cho cơ quan này');
  return queueXlsxImport(ctx, actor, runner, { kind: IMPORT_JOB, agencyId, file });
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function columnsOf(r: StaffImportRow) {
  const full = normaliseName(r.fullName);
  const { family, given } = splitVietnameseName(full);
  return {
    unit_id: r.unitId,
    code: r.code,
    full_name: full,
    family_name: family,
    given_name: given,
    sort_key: nameSortKey(full),
    search_text: foldDiacritics(full),
    gender: r.gender,
    birth_date: r.birthDate,
    category: r.category,
    position: r.position,
    is_leader: r.isLeader,
    start_date: r.startDate,
    party_member: r.partyMember,
    email: r.email,
    phone: r.phone,
  };
}

export const importHandler: JobHandler = async (ctx, job, progress) => {
  const p = job.params as ImportParams;
  const content = await jobsRepo.fileContent(ctx.db, p.fileId);
  if (!content) return importFailed([], 'Không tìm thấy tệp đã tải lên.');
  await progress(0, null, 'Đang đọc tệp…');
  const parsed = await readStaffWorkbook(Buffer.from(content));
  if (parsed.issues.length) return importFailed(parsed.issues);
  const total = parsed.rows.length;
  await progress(0, total, `Đã đọc ${total} dòng; đang kiểm tra…`);

  const units = await unitsOfAgency(ctx.db, p.agencyId);
  const byKey = new Map<string, number>();
  for (const u of units)
    for (const k of [u.code, u.name, u.short_name]) if (k) byKey.set(foldDiacritics(k), u.id);
  const today = todayIn(ctx.config.timeZone);
  const { valid, issues } = validateStaffRows(parsed.rows, {
    resolveUnit: (t) => byKey.get(foldDiacritics(t)) ?? null,
    positions: parsed.positions,
    today,
  });
  if (issues.length) return importFailed(issues);
  await progress(0, total, `Tệp hợp lệ; đang ghi ${total} dòng…`);

  const existing = new Map(
    (await people.peopleByCodes(ctx.db, p.agencyId)).map((x) => [x.code.toLowerCase(), x]),
  );
  const who = { userId: p.actor.userId, username: p.actor.username };
  let created = 0;
  let updated = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of valid) {
      const cols = columnsOf(r);
      const old = existing.get(r.code.toLowerCase());
      if (!old) {
        const id = await people.insertPerson(trx, { agency_id: p.agencyId, ...cols });
        await people.insertHistory(trx, {
          person_id: id,
          unit_id: r.unitId,
          position: r.position,
          is_leader: r.isLeader,
          from_date: r.startDate ?? today,
        });
        const after = await people.findPerson(trx, id, FULL_SCOPE);
        await writeAudit(trx, {
          ...who,
          action: 'create',
          entity: 'people',
          entityId: String(id),
          agencyId: p.agencyId,
          summary: `Nhập từ Excel (dòng ${r.row}): thêm ${cols.full_name} (${r.code})`,
          before: null,
          after: presentPersonFields(after!),
        });
        created++;
      } else {
        const before = await people.findPerson(trx, old.id, FULL_SCOPE);
        const { code: _code, ...rest } = cols;
        if (!(await people.updatePerson(trx, old.id, before!.version, rest))) throw errors.conflict();
        if (before!.unit_id !== r.unitId) {
          const open = await people.openHistoryRow(trx, old.id);
          if (open && open.from_date < today) {
            await people.updateHistory(trx, open.id, { to_date: dayBefore(today) });
            await people.insertHistory(trx, {
              person_id: old.id,
              unit_id: r.unitId,
              position: r.position,
              is_leader: r.isLeader,
              from_date: today,
            });
          } else if (open)
            await people.updateHistory(trx, open.id, {
              unit_id: r.unitId,
              position: r.position,
              is_leader: r.isLeader,
            });
          else
            await people.insertHistory(trx, {
              person_id: old.id,
              unit_id: r.unitId,
              position: r.position,
              is_leader: r.isLeader,
              from_date: today,
            });
        }
        const after = await people.findPerson(trx, old.id, FULL_SCOPE);
        await writeAudit(trx, {
          ...who,
          action: 'update',
          entity: 'people',
          entityId: String(old.id),
          agencyId: p.agencyId,
          summary: `Nhập từ Excel (dòng ${r.row}): cập nhật ${cols.full_name} (${r.code})`,
          before: presentPersonFields(before!),
          after: presentPersonFields(after!),
        });
        updated++;
      }
    }
    await writeAudit(trx, {
      ...who,
      action: 'import',
      entity: 'people',
      entityId: null,
      agencyId: p.agencyId,
      summary: `Nhập danh sách cán bộ từ tệp ${p.fileName}: thêm ${created}, cập nhật ${updated}`,
      before: null,
      after: { jobId: job.id, fileId: p.fileId, created, updated },
    });
  });
  await progress(total, total, 'Đã ghi xong.');
  return {
    status: 'succeeded',
    message: `Đã nhập ${total} dòng: thêm ${created} người, cập nhật ${updated} người.`,
    result: { created, updated },
  };
};
