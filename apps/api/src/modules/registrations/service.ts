// Emulation registration (đăng ký thi đua): units and staff register the titles they aim for before the
// agency's deadline; the officer accepts or returns with a reason; late submissions are marked (fixed at
// submission against the deadline then in force). The agency option "unregistered ⇒ not considered" is
// stored here and read by the eligibility input (person-eligibility). Every write is audited.
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/registrations.ts';
import { findUnit } from '../../../../../packages/db/src/repositories/units.ts';
import { auditBy, todayIn, type Ctx } from '../../context.ts';
import { isAdmin, recordReadScope, type Actor } from '../../auth/actor.ts';
import { errors, type FieldIssue } from '../../errors.ts';
import type { RegistrationInputT } from './schemas.ts';

function officerOf(a: Actor, agencyId: number): boolean {
  return isAdmin(a) || a.roles.some((g) => g.role === 'officer' && (g.agencyId ?? a.agencyId) === agencyId);
}

function agencyOf(a: Actor, agencyId?: number): number {
  const id = agencyId ?? a.agencyId;
  if (!id) throw errors.field('agencyId', 'Hãy chọn cơ quan.');
  return id;
}

const dmy = (iso: string): string => iso.split('-').reverse().join('/');

// ---------------------------------------------------------------- settings

export async function getSettings(ctx: Ctx, actor: Actor, year: number, agencyIdIn?: number) {
  const agencyId = agencyOf(actor, agencyIdIn);
  const keys = [
    repo.SETTING_REGISTRATION_REQUIRED,
    repo.settingRegistrationDeadline(year),
    repo.settingInitiativeDeadline(year),
  ];
  const s = await repo.readSettings(ctx.db, agencyId, keys);
  const str = (k: string): string | null => {
    const v = s.get(k);
    return typeof v === 'string' ? v : null;
  };
  return {
    agencyId,
    year,
    registrationRequired: s.get(repo.SETTING_REGISTRATION_REQUIRED) === true,
    registrationDeadline: str(repo.settingRegistrationDeadline(year)),
    initiativeDeadline: str(repo.settingInitiativeDeadline(year)),
  };
}

export async function putSettings(
  ctx: Ctx,
  actor: Actor,
  input: {
    agencyId?: number | undefined;
    year: number;
    registrationRequired: boolean;
    registrationDeadline: string | null;
    initiativeDeadline: string | null;
  },
) {
  const agencyId = agencyOf(actor, input.agencyId);
  if (!officerOf(actor, agencyId)) throw errors.forbidden('đặt hạn đăng ký của cơ quan này');
  const before = await getSettings(ctx, actor, input.year, agencyId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.writeSetting(trx, agencyId, repo.SETTING_REGISTRATION_REQUIRED, input.registrationRequired);
    await repo.writeSetting(
      trx,
      agencyId,
      repo.settingRegistrationDeadline(input.year),
      input.registrationDeadline,
    );
    await repo.writeSetting(
      trx,
      agencyId,
      repo.settingInitiativeDeadline(input.year),
      input.initiativeDeadline,
    );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'settings',
        entity: 'registrations',
        entityId: null,
        agencyId,
        summary: `Hạn đăng ký thi đua, sáng kiến năm ${input.year}`,
        before,
        after: input,
      }),
    );
  });
  return getSettings(ctx, actor, input.year, agencyId);
}

// ---------------------------------------------------------------- read

export async function list(ctx: Ctx, actor: Actor, f: Parameters<typeof repo.listRegistrations>[2]) {
  const rows = await repo.listRegistrations(ctx.db, recordReadScope(actor), f);
  const items = await repo.itemsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ row: r, items: items.filter((i) => i.registration_id === r.id) }));
}

export async function get(ctx: Ctx, actor: Actor, id: number) {
  const row = await repo.findRegistration(ctx.db, id, recordReadScope(actor));
  if (!row) {
    if (await repo.registrationExists(ctx.db, id)) throw errors.forbidden('xem đăng ký thi đua này');
    throw errors.notFound('đăng ký thi đua');
  }
  return { row, items: await repo.itemsOf(ctx.db, [id]) };
}

/** The officer's board: every unit's own registration status and how many of its people registered. */
export async function board(ctx: Ctx, actor: Actor, year: number, agencyIdIn?: number) {
  const agencyId = agencyOf(actor, agencyIdIn);
  if (
    !isAdmin(actor) &&
    !actor.roles.some(
      (g) =>
        ['officer', 'council', 'reviewer'].includes(g.role) && (g.agencyId ?? actor.agencyId) === agencyId,
    )
  ) {
    throw errors.forbidden('xem tình hình đăng ký của cơ quan này');
  }
  const settings = await getSettings(ctx, actor, year, agencyId);
  return { settings, units: await repo.unitBoard(ctx.db, agencyId, year) };
}

// ---------------------------------------------------------------- write

async function resolveSubject(
  ctx: Ctx,
  actor: Actor,
  input: RegistrationInputT,
): Promise<{ agencyId: number; personId: number | null; unitId: number | null }> {
  if (input.subjectKind === 'person') {
    const personId = input.personId ?? actor.personId;
    if (!personId) throw errors.field('personId', 'Hãy chọn cán bộ đăng ký.');
    const p = await ctx.db
      .selectFrom('people')
      .select(['id', 'agency_id', 'unit_id'])
      .where('id', '=', personId)
      .executeTakeFirst();
    if (!p) throw errors.field('personId', 'Không tìm thấy cán bộ này.');
    const may =
      personId === actor.personId ||
      officerOf(actor, p.agency_id) ||
      actor.roles.some((g) => g.role === 'unit-head' && g.unitId === p.unit_id);
    if (!may) throw errors.forbidden('đăng ký thi đua cho cán bộ này');
    return { agencyId: p.agency_id, personId, unitId: null };
  }
  if (!input.unitId) throw errors.field('unitId', 'Hãy chọn đơn vị đăng ký.');
  const u = await findUnit(ctx.db, input.unitId);
  if (!u) throw errors.field('unitId', 'Đơn vị không tồn tại.');
  const may =
    officerOf(actor, u.agency_id) || actor.roles.some((g) => g.role === 'unit-head' && g.unitId === u.id);
  if (!may) throw errors.forbidden('đăng ký thi đua cho đơn vị này');
  return { agencyId: u.agency_id, personId: null, unitId: u.id };
}

/** Saves the registration of a person or unit for the year (one per subject), optionally submitting it. */
export async function save(ctx: Ctx, actor: Actor, input: RegistrationInputT) {
  const subject = await resolveSubject(ctx, actor, input);
  const issues: FieldIssue[] = [];
  const individual = new Set([
    'lao-dong-tien-tien',
    'chien-si-thi-dua-co-so',
    'chien-si-thi-dua-cap-tinh',
    'chien-si-thi-dua-toan-quoc',
    'ky-niem-chuong-cong-thuong',
  ]);
  const collective = new Set([
    'tap-the-lao-dong-tien-tien',
    'tap-the-lao-dong-xuat-sac',
    'co-thi-dua-cap-tinh',
    'co-thi-dua-chinh-phu',
  ]);
  input.items.forEach((it, i) => {
    if (it.code === 'khac' && !it.otherName)
      issues.push({ path: `items.${i}.otherName`, message: 'Hãy ghi tên hình thức khác.' });
    if (input.subjectKind === 'person' && collective.has(it.code))
      issues.push({ path: `items.${i}.code`, message: 'Danh hiệu tập thể không đăng ký cho cá nhân.' });
    if (input.subjectKind === 'unit' && individual.has(it.code))
      issues.push({ path: `items.${i}.code`, message: 'Danh hiệu cá nhân không đăng ký cho tập thể.' });
  });
  const movementId = input.movementId ?? null;
  if (movementId !== null) {
    // A topical movement's registration: the movement is the subject's agency's, of that year, and the
    // titles are among those it leads to (when it lists any).
    const m = await ctx.db
      .selectFrom('movements')
      .select(['id', 'agency_id', 'year', 'name', 'status'])
      .where('id', '=', movementId)
      .executeTakeFirst();
    if (!m || m.agency_id !== subject.agencyId)
      throw errors.field('movementId', 'Phong trào không thuộc cơ quan của người đăng ký.');
    if (m.year !== input.year) throw errors.field('year', `Phong trào "${m.name}" thuộc năm ${m.year}.`);
    if (m.status === 'closed') throw errors.field('movementId', `Phong trào "${m.name}" đã tổng kết.`);
    const offered = new Set(
      (
        await ctx.db
          .selectFrom('movement_rewards')
          .select('code')
          .where('movement_id', '=', movementId)
          .execute()
      ).map((r) => r.code as string),
    );
    if (offered.size)
      input.items.forEach((it, i) => {
        if (!offered.has(it.code))
          issues.push({
            path: `items.${i}.code`,
            message: `Phong trào "${m.name}" không xét danh hiệu, hình thức này.`,
          });
      });
  }
  if (issues.length) throw errors.invalidInput(issues);
  const settings = await getSettings(ctx, actor, input.year, subject.agencyId);
  const existing = await repo.findRegistrationOf(
    ctx.db,
    input.year,
    subject.personId !== null ? { personId: subject.personId } : { unitId: subject.unitId! },
    movementId,
  );
  if (
    existing &&
    (existing.status === 'submitted' || existing.status === 'accepted') &&
    !officerOf(actor, subject.agencyId)
  ) {
    throw errors.field(
      'status',
      existing.status === 'accepted'
        ? 'Đăng ký đã được chấp nhận, không sửa được nữa.'
        : 'Đăng ký đã gửi, đang chờ cán bộ thi đua xem xét.',
    );
  }
  const now = new Date();
  const today = todayIn(ctx.config.timeZone, now);
  const late = settings.registrationDeadline !== null && today > settings.registrationDeadline;
  const id = await ctx.db.transaction().execute(async (trx) => {
    let rid: number;
    if (existing) {
      rid = existing.id;
      const ok = await repo.updateRegistration(trx, rid, existing.version, {
        commitments: input.commitments ?? null,
        deadline_on: settings.registrationDeadline,
        ...(input.submit ? { status: 'submitted' as const, submitted_at: now, late } : {}),
      });
      if (!ok) throw errors.conflict();
    } else {
      rid = await repo.insertRegistration(trx, {
        agency_id: subject.agencyId,
        year: input.year,
        movement_id: movementId,
        subject_kind: input.subjectKind,
        person_id: subject.personId,
        unit_id: subject.unitId,
        deadline_on: settings.registrationDeadline,
        commitments: input.commitments ?? null,
      });
      if (input.submit)
        await repo.updateRegistration(trx, rid, 1, { status: 'submitted', submitted_at: now, late });
    }
    await repo.replaceItems(
      trx,
      rid,
      input.items.map((i) => ({ code: i.code, otherName: i.otherName ?? null, note: i.note ?? null })),
    );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: input.submit ? 'submit' : 'save',
        entity: 'registrations',
        entityId: String(rid),
        agencyId: subject.agencyId,
        summary: `${input.submit ? 'Gửi' : 'Lưu'} đăng ký thi đua ${movementId !== null ? `theo phong trào (mã ${movementId}) ` : ''}năm ${input.year}${input.submit && late ? ` (nộp muộn, hạn ${dmy(settings.registrationDeadline!)})` : ''}`,
        before: existing ? { status: existing.status } : null,
        after: input,
      }),
    );
    return rid;
  });
  return get(ctx, actor, id);
}

async function forReview(ctx: Ctx, actor: Actor, id: number) {
  const { row } = await get(ctx, actor, id);
  if (!officerOf(actor, row.agency_id)) throw errors.forbidden('xét duyệt đăng ký thi đua');
  if (row.status !== 'submitted' && row.status !== 'accepted')
    throw errors.field('status', 'Chỉ xét đăng ký đã gửi.');
  return row;
}

export async function returnRegistration(
  ctx: Ctx,
  actor: Actor,
  id: number,
  version: number,
  reason: string,
) {
  const row = await forReview(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateRegistration(trx, id, version, {
      status: 'returned',
      returned_at: new Date(),
      returned_by: actor.userId,
      returned_reason: reason,
      accepted_at: null,
      accepted_by: null,
    });
    if (!ok) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'return',
        entity: 'registrations',
        entityId: String(id),
        agencyId: row.agency_id,
        summary: `Trả lại đăng ký thi đua: ${reason}`,
        before: { status: row.status },
        after: { status: 'returned', reason },
      }),
    );
  });
  return get(ctx, actor, id);
}

export async function accept(ctx: Ctx, actor: Actor, id: number, version: number) {
  const row = await forReview(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateRegistration(trx, id, version, {
      status: 'accepted',
      accepted_at: new Date(),
      accepted_by: actor.userId,
    });
    if (!ok) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'accept',
        entity: 'registrations',
        entityId: String(id),
        agencyId: row.agency_id,
        summary: 'Chấp nhận đăng ký thi đua',
        before: { status: row.status },
        after: { status: 'accepted' },
      }),
    );
  });
  return get(ctx, actor, id);
}
