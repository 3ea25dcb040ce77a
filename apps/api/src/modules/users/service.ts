// Accounts administration: the administrator manages everyone; an emulation officer manages the accounts
// of their own agency and may grant only agency-level roles inside it.
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import { hashPassword } from '../../../../../packages/auth/src/password.ts';
import * as users from '../../../../../packages/db/src/repositories/users.ts';
import { findUnit } from '../../../../../packages/db/src/repositories/units.ts';
import { findPerson } from '../../../../../packages/db/src/repositories/people.ts';
import { FULL_SCOPE } from '../../../../../packages/db/src/repositories/scope.ts';
import type { Role } from '../../../../../packages/db/src/schema.ts';
import { auditBy, type Ctx } from '../../context.ts';
import { agencyWriteScope, inScope, isAdmin, type Actor } from '../../auth/actor.ts';
import { passwordIssues } from '../../auth/service.ts';
import { errors, type FieldIssue } from '../../errors.ts';

export interface RoleInput {
  role: Role;
  agencyId?: number | null | undefined;
  unitId?: number | null | undefined;
  groupId?: number | null | undefined;
}

export interface UserCreate {
  username: string;
  displayName: string;
  password: string;
  personId?: number | null | undefined;
  agencyId?: number | null | undefined;
  active?: boolean | undefined;
  mustChangePassword?: boolean | undefined;
  roles: RoleInput[];
}

export interface UserUpdate {
  displayName?: string | undefined;
  personId?: number | null | undefined;
  agencyId?: number | null | undefined;
  active?: boolean | undefined;
  mustChangePassword?: boolean | undefined;
  roles?: RoleInput[] | undefined;
  resetPassword?: string | undefined;
  unlock?: boolean | undefined;
  version: number;
}

const OFFICER_GRANTABLE: Role[] = ['officer', 'council', 'unit-head', 'staff'];

export async function listUsers(ctx: Ctx, actor: Actor, q?: string) {
  const scope = agencyWriteScope(actor);
  const rows = await users.listUsers(ctx.db, { agencyIds: scope.all ? undefined : scope.agencyIds, q });
  const roles = await users.rolesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((u) => ({ user: u, roles: roles.filter((r) => r.user_id === u.id) }));
}

async function one(ctx: Ctx, id: number) {
  const u = await users.findUserById(ctx.db, id);
  if (!u) throw errors.notFound('tài khoản');
  return { user: u, roles: await users.rolesOf(ctx.db, [id]) };
}

/** Each role with the scope it needs, within what the actor may grant. */
async function checkRoles(
  ctx: Ctx,
  actor: Actor,
  roles: RoleInput[],
  userAgencyId: number | null,
  personId: number | null,
  issues: FieldIssue[],
) {
  const scope = agencyWriteScope(actor);
  const out: { role: Role; agency_id: number | null; unit_id: number | null; group_id: number | null }[] = [];
  for (const [i, r] of roles.entries()) {
    const path = `roles.${i}`;
    let agencyId = r.agencyId ?? null;
    let unitId: number | null = null;
    let groupId: number | null = null;
    if (!isAdmin(actor) && !OFFICER_GRANTABLE.includes(r.role))
      issues.push({ path, message: `Bạn không được cấp vai trò ${r.role}.` });
    switch (r.role) {
      case 'admin':
        agencyId = null;
        break;
      case 'officer':
      case 'council':
      case 'reviewer':
        agencyId ??= userAgencyId;
        if (agencyId === null) issues.push({ path, message: 'Vai trò này cần chọn cơ quan.' });
        break;
      case 'unit-head': {
        unitId = r.unitId ?? null;
        const unit = unitId !== null ? await findUnit(ctx.db, unitId) : undefined;
        if (!unit) issues.push({ path, message: 'Vai trò trưởng đơn vị cần chọn đơn vị.' });
        else agencyId = unit.agency_id;
        break;
      }
      case 'staff':
        agencyId ??= userAgencyId;
        if (personId === null)
          issues.push({ path, message: 'Vai trò cán bộ cần gắn tài khoản với một cán bộ.' });
        break;
      case 'cluster-leader':
        groupId = r.groupId ?? null;
        if (groupId === null)
          issues.push({ path, message: 'Vai trò trưởng cụm, khối cần chọn cụm, khối thi đua.' });
        break;
    }
    if (!scope.all && r.role !== 'cluster-leader' && (agencyId === null || !inScope(scope, agencyId))) {
      issues.push({ path, message: 'Chỉ được cấp vai trò trong cơ quan của bạn.' });
    }
    out.push({ role: r.role, agency_id: agencyId, unit_id: unitId, group_id: groupId });
  }
  return out;
}

async function checkPerson(
  ctx: Ctx,
  personId: number | null,
  agencyId: number | null,
  issues: FieldIssue[],
): Promise<void> {
  if (personId === null) return;
  const p = await findPerson(ctx.db, personId, FULL_SCOPE);
  if (!p) issues.push({ path: 'personId', message: 'Cán bộ không tồn tại.' });
  else if (agencyId !== null && p.agency_id !== agencyId)
    issues.push({ path: 'personId', message: 'Cán bộ không thuộc cơ quan của tài khoản.' });
}

function snapshot(
  u: users.UserRecord,
  roles: { role: string; agency_id: number | null; unit_id: number | null; group_id: number | null }[],
) {
  return {
    username: u.username,
    displayName: u.display_name,
    personId: u.person_id,
    agencyId: u.agency_id,
    active: u.active,
    mustChangePassword: u.must_change_password,
    roles: roles.map((r) => ({
      role: r.role,
      agencyId: r.agency_id,
      unitId: r.unit_id,
      groupId: r.group_id,
    })),
  };
}

export async function createUser(ctx: Ctx, actor: Actor, input: UserCreate) {
  const scope = agencyWriteScope(actor);
  const agencyId = input.agencyId ?? (scope.all ? null : actor.agencyId);
  const issues: FieldIssue[] = [];
  if (!scope.all && (agencyId === null || !inScope(scope, agencyId)))
    issues.push({ path: 'agencyId', message: 'Chỉ được tạo tài khoản trong cơ quan của bạn.' });
  const pw = passwordIssues(input.password, input.username);
  if (pw) issues.push({ path: 'password', message: pw });
  const personId = input.personId ?? null;
  await checkPerson(ctx, personId, agencyId, issues);
  const roles = await checkRoles(ctx, actor, input.roles, agencyId, personId, issues);
  if (issues.length) throw errors.invalidInput(issues);
  if (await users.usernameTaken(ctx.db, input.username))
    throw errors.duplicate('username', 'Tên đăng nhập đã có người dùng.');
  const hash = await hashPassword(input.password);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await users.insertUser(trx, {
      username: input.username,
      password_hash: hash,
      display_name: input.displayName,
      person_id: personId,
      agency_id: agencyId,
      must_change_password: input.mustChangePassword ?? true,
      active: input.active ?? true,
    });
    await users.replaceRoles(trx, newId, roles);
    const u = await users.findUserById(trx, newId);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'users',
        entityId: String(newId),
        agencyId,
        summary: `Tạo tài khoản ${input.username}`,
        before: null,
        after: snapshot(u!, roles),
      }),
    );
    return newId;
  });
  return one(ctx, id);
}

export async function updateUser(ctx: Ctx, actor: Actor, id: number, input: UserUpdate) {
  const current = await one(ctx, id);
  const scope = agencyWriteScope(actor);
  if (!scope.all && (current.user.agency_id === null || !inScope(scope, current.user.agency_id)))
    throw errors.forbidden('sửa tài khoản này');
  if (!isAdmin(actor) && current.roles.some((r) => !OFFICER_GRANTABLE.includes(r.role)))
    throw errors.forbidden('sửa tài khoản có vai trò quản trị hoặc cấp trên');
  const issues: FieldIssue[] = [];
  const agencyId = input.agencyId !== undefined ? input.agencyId : current.user.agency_id;
  if (!scope.all && (agencyId === null || !inScope(scope, agencyId)))
    issues.push({ path: 'agencyId', message: 'Chỉ được gắn tài khoản vào cơ quan của bạn.' });
  const personId = input.personId !== undefined ? input.personId : current.user.person_id;
  if (input.personId !== undefined) await checkPerson(ctx, personId, agencyId, issues);
  const roles = input.roles ? await checkRoles(ctx, actor, input.roles, agencyId, personId, issues) : null;
  if (input.resetPassword !== undefined) {
    const pw = passwordIssues(input.resetPassword, current.user.username);
    if (pw) issues.push({ path: 'resetPassword', message: pw });
  }
  if (id === actor.userId && input.active === false)
    issues.push({ path: 'active', message: 'Không thể tự khoá tài khoản của chính mình.' });
  if (issues.length) throw errors.invalidInput(issues);
  const hash = input.resetPassword !== undefined ? await hashPassword(input.resetPassword) : undefined;
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await users.updateUser(trx, id, input.version, {
      ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
      ...(input.personId !== undefined ? { person_id: personId } : {}),
      ...(input.agencyId !== undefined ? { agency_id: agencyId } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      // A password set by someone else must be changed at the next sign-in.
      ...(hash
        ? { password_hash: hash, must_change_password: input.mustChangePassword ?? true }
        : input.mustChangePassword !== undefined
          ? { must_change_password: input.mustChangePassword }
          : {}),
      ...(input.unlock ? { failed_logins: 0, locked_until: null } : {}),
    });
    if (!ok) throw errors.conflict();
    if (roles) await users.replaceRoles(trx, id, roles);
    if (hash || input.active === false) await users.deleteUserSessions(trx, id);
    const after = await users.findUserById(trx, id);
    const afterRoles = await users.rolesOf(trx, [id]);
    const notes = [hash ? 'đặt lại mật khẩu' : null, input.unlock ? 'mở khoá' : null]
      .filter(Boolean)
      .join(', ');
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'users',
        entityId: String(id),
        agencyId,
        summary: `Sửa tài khoản ${current.user.username}${notes ? ` (${notes})` : ''}`,
        before: snapshot(current.user, current.roles),
        after: snapshot(after!, afterRoles),
      }),
    );
  });
  return one(ctx, id);
}
