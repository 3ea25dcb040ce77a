import { z } from 'zod';
import type { RoleRecord, UserRecord } from '../../../../../packages/db/src/repositories/users.ts';
import type { Ctx } from '../../context.ts';
import { IdParams } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import { RoleGrantSchema } from '../../auth/presenter.ts';
import * as service from './service.ts';

const ROLES = ['admin', 'officer', 'council', 'unit-head', 'staff', 'cluster-leader', 'reviewer'] as const;

const UserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    personId: z.number().int().nullable(),
    agencyId: z.number().int().nullable(),
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    roles: z.array(RoleGrantSchema),
    version: z.number().int(),
  })
  .meta({ id: 'User' });

function presentUser(x: { user: UserRecord; roles: RoleRecord[] }): z.infer<typeof UserSchema> {
  const u = x.user;
  const locked =
    u.locked_until && new Date(u.locked_until) > new Date() ? new Date(u.locked_until).toISOString() : null;
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    personId: u.person_id,
    agencyId: u.agency_id,
    active: u.active,
    mustChangePassword: u.must_change_password,
    lockedUntil: locked,
    lastLoginAt: u.last_login_at ? new Date(u.last_login_at).toISOString() : null,
    roles: x.roles.map((r) => ({
      role: r.role,
      agencyId: r.agency_id,
      unitId: r.unit_id,
      groupId: r.group_id,
      scopeName: r.scope_name,
    })),
    version: u.version,
  };
}

const RoleInput = z.object({
  role: z.enum(ROLES, { error: 'Vai trò không hợp lệ.' }),
  agencyId: z.number().int().positive().nullable().optional(),
  unitId: z.number().int().positive().nullable().optional(),
  groupId: z.number().int().positive().nullable().optional(),
});

const username = z
  .string({ error: 'Tên đăng nhập không được để trống.' })
  .trim()
  .min(3, { message: 'Tên đăng nhập phải có ít nhất 3 ký tự.' })
  .max(60, { message: 'Tên đăng nhập không được dài quá 60 ký tự.' })
  .regex(/^[a-zA-Z0-9._-]+$/, { message: 'Tên đăng nhập chỉ gồm chữ không dấu, số và . _ -' });
const displayName = z
  .string({ error: 'Tên hiển thị không được để trống.' })
  .trim()
  .min(1, { message: 'Tên hiển thị không được để trống.' })
  .max(100);

const UserCreateBody = z
  .object({
    username,
    displayName,
    password: z.string({ error: 'Hãy nhập mật khẩu.' }).max(1000),
    personId: z.number().int().positive().nullable().optional(),
    agencyId: z.number().int().positive().nullable().optional(),
    active: z.boolean().optional(),
    mustChangePassword: z.boolean().optional(),
    roles: z.array(RoleInput).min(1, { message: 'Tài khoản cần ít nhất một vai trò.' }).max(20),
  })
  .meta({ id: 'UserCreate' });

const UserUpdateBody = z
  .object({
    displayName: displayName.optional(),
    personId: z.number().int().positive().nullable().optional(),
    agencyId: z.number().int().positive().nullable().optional(),
    active: z.boolean().optional(),
    mustChangePassword: z.boolean().optional(),
    roles: z.array(RoleInput).min(1, { message: 'Tài khoản cần ít nhất một vai trò.' }).max(20).optional(),
    resetPassword: z.string().max(1000).optional(),
    unlock: z.boolean().optional(),
    version: z.number({ error: 'Thiếu phiên bản (version) của bản ghi.' }).int(),
  })
  .meta({ id: 'UserUpdate' });

export async function userRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/users',
    {
      config: { policy: 'users:read' },
      schema: {
        tags: ['users'],
        summary: 'Danh sách tài khoản',
        querystring: z.object({ q: z.string().trim().max(100).optional() }),
        response: { 200: z.array(UserSchema) },
      },
    },
    async (req) => (await service.listUsers(ctx, actorOf(req), req.query.q)).map(presentUser),
  );
  app.post(
    '/users',
    {
      config: { policy: 'users:write' },
      schema: {
        tags: ['users'],
        summary: 'Tạo tài khoản',
        body: UserCreateBody,
        response: { 201: UserSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(presentUser(await service.createUser(ctx, actorOf(req), req.body))),
  );
  app.put(
    '/users/:id',
    {
      config: { policy: 'users:write' },
      schema: {
        tags: ['users'],
        summary: 'Sửa tài khoản: vai trò, khoá/mở, đặt lại mật khẩu, mở khoá đăng nhập',
        params: IdParams,
        body: UserUpdateBody,
        response: { 200: UserSchema },
      },
    },
    async (req) => presentUser(await service.updateUser(ctx, actorOf(req), req.params.id, req.body)),
  );
}
