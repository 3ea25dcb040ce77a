// People: list and detail within the user's scope, create and edit with field-level validation and
// optimistic concurrency, unit changes recorded in the unit history, delete-or-end. Every write is one
// transaction with its audit entry.
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as people from '../../../../../packages/db/src/repositories/people.ts';
import { partyCellOfAgency } from '../../../../../packages/db/src/repositories/agencies.ts';
import { findUnit } from '../../../../../packages/db/src/repositories/units.ts';
import { listAudit } from '../../../../../packages/db/src/repositories/audit.ts';
import { FULL_SCOPE, type Db } from '../../../../../packages/db/src/repositories/scope.ts';
import type { NewPerson } from '../../../../../packages/db/src/schema.ts';
import {
  foldDiacritics,
  nameSortKey,
  normaliseName,
  splitVietnameseName,
} from '../../../../../packages/domain/src/text/vietnamese.ts';
import { auditBy, todayIn, type Ctx } from '../../context.ts';
import { inScope, peopleReadScope, peopleWriteScope, type Actor } from '../../auth/actor.ts';
import { AppError, errors, type FieldIssue } from '../../errors.ts';
import { presentPerson, presentPersonFields } from './presenter.ts';
import type { PersonInputT } from './schemas.ts';

export interface ListFilter extends Omit<people.PeopleFilter, 'q'> {
  q?: string | undefined;
}

function toRepoFilter(f: ListFilter): people.PeopleFilter {
  return { ...f, q: f.q ? foldDiacritics(f.q) : undefined };
}

export async function listPeople(
  ctx: Ctx,
  actor: Actor,
  f: ListFilter,
  page: { offset: number; limit: number },
) {
  return people.listPeople(ctx.db, toRepoFilter(f), peopleReadScope(actor), page);
}

export function exportPeople(ctx: Ctx, actor: Actor, f: ListFilter) {
  return people.iteratePeople(ctx.db, toRepoFilter(f), peopleReadScope(actor));
}

/** 403 when the person exists outside the user's scope (the server refuses, not just the menu); else 404. */
async function refuse(db: Db, id: number, what: string): Promise<never> {
  if (await people.personExists(db, id)) throw errors.forbidden(what);
  throw errors.notFound('cán bộ');
}

export async function getPerson(ctx: Ctx, actor: Actor, id: number) {
  const p = await people.findPerson(ctx.db, id, peopleReadScope(actor));
  if (!p) return refuse(ctx.db, id, 'xem thông tin cán bộ này');
  return presentPerson(p, await people.unitHistory(ctx.db, id));
}

export async function personAudit(ctx: Ctx, actor: Actor, id: number) {
  const p = await people.findPerson(ctx.db, id, peopleReadScope(actor));
  if (!p) return refuse(ctx.db, id, 'xem nhật ký của cán bộ này');
  // Reading the person was authorised above; the entries are that person's whatever agency wrote them.
  return listAudit(ctx.db, { entity: 'people', entityId: String(id) }, FULL_SCOPE, { offset: 0, limit: 500 });
}

/** Derived columns: normalised name, family/given split, the sort key and the folded search text. */
function nameColumns(fullName: string) {
  const full = normaliseName(fullName);
  const { family, given } = splitVietnameseName(full);
  return {
    full_name: full,
    family_name: family,
    given_name: given,
    sort_key: nameSortKey(full),
    search_text: foldDiacritics(full),
  };
}

export function personColumns(
  input: PersonInputT,
  agencyId: number,
): Omit<NewPerson, 'agency_id'> & { agency_id: number } {
  return {
    agency_id: agencyId,
    unit_id: input.unitId,
    code: input.code,
    ...nameColumns(input.fullName),
    gender: input.gender,
    birth_date: input.birthDate ?? null,
    category: input.category,
    position: input.position ?? null,
    is_leader: input.isLeader ?? false,
    start_date: input.startDate ?? null,
    end_date: input.endDate ?? null,
    sector_since: input.sectorSince ?? null,
    hazardous_work: input.hazardousWork ?? false,
    party_member: input.partyMember ?? false,
    party_joined_on: input.partyMember ? (input.partyJoinedOn ?? null) : null,
    party_cell_id: input.partyMember ? (input.partyCellId ?? null) : null,
    union_member: input.unionMember ?? false,
    youth_member: input.youthMember ?? false,
    email: input.email ?? null,
    phone: input.phone ?? null,
    note: input.note ?? null,
  };
}

/** Rules across fields and against the database; every problem is reported, not just the first. */
async function validate(
  ctx: Ctx,
  actor: Actor,
  input: PersonInputT,
  personId?: number,
): Promise<{ agencyId: number; issues: FieldIssue[] }> {
  const issues: FieldIssue[] = [];
  const today = todayIn(ctx.config.timeZone);
  const unit = await findUnit(ctx.db, input.unitId);
  let agencyId = -1;
  if (!unit) issues.push({ path: 'unitId', message: 'Đơn vị không tồn tại.' });
  else {
    agencyId = unit.agency_id;
    if (!inScope(peopleWriteScope(actor), unit.agency_id, unit.id))
      issues.push({ path: 'unitId', message: 'Bạn không có quyền xếp cán bộ vào đơn vị này.' });
  }
  if (input.birthDate) {
    if (input.birthDate > today)
      issues.push({ path: 'birthDate', message: 'Ngày sinh không được sau ngày hôm nay.' });
    else if (input.birthDate < '1900-01-01')
      issues.push({ path: 'birthDate', message: 'Ngày sinh không hợp lệ.' });
  }
  if (input.startDate && input.birthDate && input.startDate <= input.birthDate)
    issues.push({ path: 'startDate', message: 'Ngày vào cơ quan phải sau ngày sinh.' });
  if (input.endDate && input.startDate && input.endDate < input.startDate)
    issues.push({ path: 'endDate', message: 'Ngày nghỉ không được trước ngày vào cơ quan.' });
  if (input.partyJoinedOn && !input.partyMember)
    issues.push({ path: 'partyJoinedOn', message: 'Chỉ ghi ngày vào Đảng khi cán bộ là đảng viên.' });
  if (input.partyJoinedOn && input.partyJoinedOn > today)
    issues.push({ path: 'partyJoinedOn', message: 'Ngày vào Đảng không được sau ngày hôm nay.' });
  if (
    input.partyCellId &&
    input.partyMember &&
    agencyId > 0 &&
    !(await partyCellOfAgency(ctx.db, input.partyCellId, agencyId))
  ) {
    issues.push({ path: 'partyCellId', message: 'Chi bộ không thuộc cơ quan này.' });
  }
  if (input.unitChangedOn && input.unitChangedOn > today)
    issues.push({ path: 'unitChangedOn', message: 'Ngày chuyển đơn vị không được sau ngày hôm nay.' });
  if (issues.length === 0 && (await people.codeTaken(ctx.db, agencyId, input.code, personId))) {
    throw errors.duplicate('code', 'Mã cán bộ đã tồn tại trong cơ quan.');
  }
  return { agencyId, issues };
}

export async function createPerson(ctx: Ctx, actor: Actor, input: PersonInputT) {
  const { agencyId, issues } = await validate(ctx, actor, input);
  if (issues.length) throw errors.invalidInput(issues);
  const values = personColumns(input, agencyId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await people.insertPerson(trx, values);
    await people.insertHistory(trx, {
      person_id: newId,
      unit_id: input.unitId,
      position: values.position ?? null,
      is_leader: input.isLeader ?? false,
      from_date: input.startDate ?? todayIn(ctx.config.timeZone),
    });
    const row = await people.findPerson(trx, newId, FULL_SCOPE);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'people',
        entityId: String(newId),
        agencyId,
        summary: `Thêm cán bộ ${values.full_name} (${values.code})`,
        before: null,
        after: presentPersonFields(row!),
      }),
    );
    return newId;
  });
  return getPerson(ctx, actor, id);
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Optional fields left out of a PUT keep their stored values (an explicit null clears them). */
function withCurrent(
  current: people.PersonRecord,
  input: PersonInputT & { version: number },
): PersonInputT & { version: number } {
  const stored: Partial<PersonInputT> = {
    birthDate: current.birth_date,
    position: current.position,
    isLeader: current.is_leader,
    startDate: current.start_date,
    endDate: current.end_date,
    sectorSince: current.sector_since,
    hazardousWork: current.hazardous_work,
    partyMember: current.party_member,
    partyJoinedOn: current.party_joined_on,
    partyCellId: current.party_cell_id,
    unionMember: current.union_member,
    youthMember: current.youth_member,
    email: current.email,
    phone: current.phone,
    note: current.note,
  };
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return { ...stored, ...given } as PersonInputT & { version: number };
}

export async function updatePerson(
  ctx: Ctx,
  actor: Actor,
  id: number,
  rawInput: PersonInputT & { version: number },
) {
  const current = await people.findPerson(ctx.db, id, peopleWriteScope(actor));
  if (!current) return refuse(ctx.db, id, 'sửa thông tin cán bộ này');
  const input = withCurrent(current, rawInput);
  const { agencyId, issues } = await validate(ctx, actor, input, id);
  if (agencyId > 0 && agencyId !== current.agency_id)
    issues.push({ path: 'unitId', message: 'Không thể chuyển cán bộ sang đơn vị của cơ quan khác.' });
  if (issues.length) throw errors.invalidInput(issues);
  const values = personColumns(input, current.agency_id);
  const changedOn = input.unitChangedOn ?? todayIn(ctx.config.timeZone);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await people.updatePerson(trx, id, input.version, values))) throw errors.conflict();
    const open = await people.openHistoryRow(trx, id);
    if (input.unitId !== current.unit_id) {
      // A transfer closes the open row the day before and opens a new one; a same-day correction
      // (the open row starts on or after that day) just fixes the open row.
      if (open && open.from_date < changedOn) {
        await people.updateHistory(trx, open.id, { to_date: dayBefore(changedOn) });
        await people.insertHistory(trx, {
          person_id: id,
          unit_id: input.unitId,
          position: values.position ?? null,
          is_leader: input.isLeader ?? false,
          from_date: changedOn,
        });
      } else if (open) {
        await people.updateHistory(trx, open.id, {
          unit_id: input.unitId,
          position: values.position ?? null,
          is_leader: input.isLeader ?? false,
        });
      } else {
        await people.insertHistory(trx, {
          person_id: id,
          unit_id: input.unitId,
          position: values.position ?? null,
          is_leader: input.isLeader ?? false,
          from_date: changedOn,
        });
      }
    } else if (
      open &&
      (open.position !== (values.position ?? null) || open.is_leader !== (input.isLeader ?? false))
    ) {
      await people.updateHistory(trx, open.id, {
        position: values.position ?? null,
        is_leader: input.isLeader ?? false,
      });
    }
    const after = await people.findPerson(trx, id, FULL_SCOPE);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'people',
        entityId: String(id),
        agencyId: current.agency_id,
        summary: `Sửa thông tin cán bộ ${values.full_name} (${values.code})`,
        before: presentPersonFields(current),
        after: presentPersonFields(after!),
      }),
    );
  });
  return getPerson(ctx, actor, id);
}

/** Deletes a person nothing else refers to; a person with history is ended (endDate = today) instead. */
export async function deletePerson(ctx: Ctx, actor: Actor, id: number): Promise<'deleted' | 'ended'> {
  const current = await people.findPerson(ctx.db, id, peopleWriteScope(actor));
  if (!current) return refuse(ctx.db, id, 'xoá cán bộ này');
  const end = async (): Promise<'ended'> => {
    const today = todayIn(ctx.config.timeZone);
    const endDate =
      current.end_date && current.end_date <= today
        ? current.end_date
        : current.start_date && current.start_date > today
          ? current.start_date
          : today;
    await ctx.db.transaction().execute(async (trx) => {
      await people.setEndDate(trx, id, endDate);
      const open = await people.openHistoryRow(trx, id);
      if (open && open.from_date <= endDate) await people.updateHistory(trx, open.id, { to_date: endDate });
      await writeAudit(
        trx,
        auditBy(actor, {
          action: 'end',
          entity: 'people',
          entityId: String(id),
          agencyId: current.agency_id,
          summary: `Ghi ngày nghỉ cho cán bộ ${current.full_name} (${current.code}) thay vì xoá vì đã có lịch sử`,
          before: { endDate: current.end_date },
          after: { endDate },
        }),
      );
    });
    return 'ended';
  };
  if (await people.personHasHistory(ctx.db, id)) return end();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await people.deletePerson(trx, id);
      await writeAudit(
        trx,
        auditBy(actor, {
          action: 'delete',
          entity: 'people',
          entityId: String(id),
          agencyId: current.agency_id,
          summary: `Xoá cán bộ ${current.full_name} (${current.code})`,
          before: presentPersonFields(current),
          after: null,
        }),
      );
    });
    return 'deleted';
  } catch (e) {
    // A record of a later module (ratings, proposals …) refers to the person: keep them, end them.
    if ((e as { code?: string }).code === '23503' && !(e instanceof AppError)) return end();
    throw e;
  }
}
