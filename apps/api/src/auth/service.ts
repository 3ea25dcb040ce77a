// Sign-in, sessions, sign-out and password change. Sessions live in the database (any process can serve
// any request); the cookie carries a random token and only its SHA-256 is stored.
import crypto from 'node:crypto';
import { writeAudit } from '../../../../packages/db/src/audit.ts';
import { hashPassword, verifyPassword } from '../../../../packages/auth/src/password.ts';
import * as users from '../../../../packages/db/src/repositories/users.ts';
import { agencyDescendants } from '../../../../packages/db/src/repositories/agencies.ts';
import { AppError, errors } from '../errors.ts';
import { auditBy, formatDateTimeVi, type Ctx } from '../context.ts';
import type { Actor, RoleGrant } from './actor.ts';

export const SESSION_COOKIE = 'tdkt_session';
const TOUCH_AFTER_MS = 60_000; // sliding expiry: refresh at most once a minute per session

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

let dummyHash: Promise<string> | null = null;
/** Verifying against a throw-away hash for unknown accounts keeps the response time the same. */
function dummy(): Promise<string> {
  dummyHash ??= hashPassword('tdkt-khong-co-tai-khoan-nay');
  return dummyHash;
}

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * The login rate limit per IP, read from login_attempts (shared by every process on the database, unlike
 * an in-memory counter): the attempt beyond `loginRateMax` within `loginRateWindowSeconds` is refused 429
 * with the seconds until the oldest attempt leaves the window.
 */
export async function assertLoginRate(ctx: Ctx, ip: string | null): Promise<void> {
  if (!ip) return;
  const { loginRateMax, loginRateWindowSeconds } = ctx.config;
  const { count, oldest } = await users.recentLoginAttempts(ctx.db, ip, loginRateWindowSeconds);
  if (count < loginRateMax) return;
  const wait = oldest
    ? Math.max(1, Math.ceil((oldest.getTime() + loginRateWindowSeconds * 1000 - Date.now()) / 1000))
    : loginRateWindowSeconds;
  throw errors.rateLimited(wait);
}

export async function login(ctx: Ctx, input: LoginInput): Promise<{ token: string; actor: Actor }> {
  const { db, config } = ctx;
  const username = input.username.trim();
  const user = await users.findUserByUsername(db, username);
  const now = new Date();
  if (!user || !user.active) {
    await verifyPassword(await dummy(), input.password);
    await users.recordLoginAttempt(db, { username, ip: input.ip, success: false });
    throw errors.invalidCredentials();
  }
  if (user.locked_until && user.locked_until > now) {
    await users.recordLoginAttempt(db, { username: user.username, ip: input.ip, success: false });
    throw errors.accountLocked(formatDateTimeVi(user.locked_until, config.timeZone));
  }
  const ok = await verifyPassword(user.password_hash, input.password);
  if (!ok) {
    const failure = await db.transaction().execute(async (trx) => {
      await users.recordLoginAttempt(trx, { username: user.username, ip: input.ip, success: false });
      const r = await users.registerLoginFailure(trx, user.id, config.loginMaxFailures, config.lockMinutes);
      const lockedNow = r.locked_until !== null && r.locked_until > now;
      if (lockedNow) {
        await writeAudit(trx, {
          userId: user.id,
          username: user.username,
          action: 'lock',
          entity: 'users',
          entityId: String(user.id),
          agencyId: user.agency_id,
          summary: `Khoá tài khoản ${user.username} sau ${config.loginMaxFailures} lần đăng nhập sai`,
          before: null,
          after: { lockedUntil: r.locked_until },
        });
      }
      return r;
    });
    if (failure.locked_until && failure.locked_until > now)
      throw errors.accountLocked(formatDateTimeVi(failure.locked_until, config.timeZone));
    throw errors.invalidCredentials();
  }
  const token = crypto.randomBytes(32).toString('base64url');
  const csrf = crypto.randomBytes(24).toString('base64url');
  const sessionId = hashToken(token);
  await db.transaction().execute(async (trx) => {
    await users.registerLoginSuccess(trx, user.id);
    await users.recordLoginAttempt(trx, { username: user.username, ip: input.ip, success: true });
    await users.insertSession(trx, {
      id: sessionId,
      user_id: user.id,
      csrf_token: csrf,
      expires_at: new Date(Date.now() + config.sessionTtlHours * 3600_000),
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 500) ?? null,
    });
    await writeAudit(trx, {
      userId: user.id,
      username: user.username,
      action: 'login',
      entity: 'sessions',
      entityId: null,
      agencyId: user.agency_id,
      summary: `Đăng nhập: ${user.username}${input.ip ? ` từ ${input.ip}` : ''}`,
      before: null,
      after: null,
    });
  });
  const actor = await loadActor(ctx, user.id, sessionId, csrf);
  if (!actor) throw new AppError('internal', 'Không tạo được phiên đăng nhập.');
  return { token, actor };
}

async function loadActor(
  ctx: Ctx,
  userId: number,
  sessionId: string,
  csrfToken: string,
): Promise<Actor | null> {
  const user = await users.findUserById(ctx.db, userId);
  if (!user || !user.active) return null;
  const roles: RoleGrant[] = (await users.rolesOf(ctx.db, [userId])).map((r) => ({
    role: r.role,
    agencyId: r.agency_id,
    unitId: r.unit_id,
    groupId: r.group_id,
    scopeName: r.scope_name,
  }));
  const reviewerRoots = roles
    .filter((r) => r.role === 'reviewer')
    .map((r) => r.agencyId ?? user.agency_id)
    .filter((x): x is number => x !== null);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    personId: user.person_id,
    agencyId: user.agency_id,
    mustChangePassword: user.must_change_password,
    roles,
    reviewerAgencyIds: reviewerRoots.length ? await agencyDescendants(ctx.db, reviewerRoots) : [],
    sessionId,
    csrfToken,
  };
}

/** The actor of a session token, or null when the token is unknown, expired, or its user inactive. */
export async function resolveSession(ctx: Ctx, token: string): Promise<Actor | null> {
  const id = hashToken(token);
  const s = await users.findLiveSession(ctx.db, id);
  if (!s) return null;
  if (Date.now() - new Date(s.last_seen_at).getTime() > TOUCH_AFTER_MS) {
    await users.touchSession(ctx.db, id, new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000));
  }
  return loadActor(ctx, s.user_id, id, s.csrf_token);
}

export async function logout(ctx: Ctx, actor: Actor): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await users.deleteSession(trx, actor.sessionId);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'logout',
        entity: 'sessions',
        entityId: null,
        agencyId: actor.agencyId,
        summary: `Đăng xuất: ${actor.username}`,
        before: null,
        after: null,
      }),
    );
  });
}

export const PASSWORD_MIN = 10;

export async function changePassword(
  ctx: Ctx,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await users.findUserById(ctx.db, actor.userId);
  if (!user) throw errors.unauthenticated();
  if (!(await verifyPassword(user.password_hash, currentPassword)))
    throw errors.field('currentPassword', 'Mật khẩu hiện tại không đúng.');
  const issues = passwordIssues(newPassword, user.username);
  if (issues) throw errors.field('newPassword', issues);
  if (newPassword === currentPassword)
    throw errors.field('newPassword', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
  const hash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await users.setPassword(trx, user.id, hash, false);
    await users.deleteUserSessions(trx, user.id, actor.sessionId); // other devices sign in again
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'password',
        entity: 'users',
        entityId: String(user.id),
        agencyId: user.agency_id,
        summary: `Đổi mật khẩu: ${user.username}`,
        before: null,
        after: null,
      }),
    );
  });
}

/** Null when acceptable, else the Vietnamese reason. */
export function passwordIssues(password: string, username: string): string | null {
  if (password.length < PASSWORD_MIN) return `Mật khẩu mới phải có ít nhất ${PASSWORD_MIN} ký tự.`;
  if (password.trim().toLowerCase() === username.trim().toLowerCase())
    return 'Mật khẩu không được trùng tên đăng nhập.';
  return null;
}
