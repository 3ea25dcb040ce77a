import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { actorOf, type Api } from '../http/types.ts';
import { NoContent } from '../http/schemas.ts';
import { errors } from '../errors.ts';
import { SessionSchema, presentMe } from './presenter.ts';
import * as auth from './service.ts';
import { workingYearOf } from '../modules/agencies/service.ts';

const LoginBody = z.object({
  username: z
    .string({ error: 'Hãy nhập tên đăng nhập.' })
    .trim()
    .min(1, { message: 'Hãy nhập tên đăng nhập.' })
    .max(100),
  password: z.string({ error: 'Hãy nhập mật khẩu.' }).min(1, { message: 'Hãy nhập mật khẩu.' }).max(1000),
});

const PasswordBody = z.object({
  currentPassword: z
    .string({ error: 'Hãy nhập mật khẩu hiện tại.' })
    .min(1, { message: 'Hãy nhập mật khẩu hiện tại.' })
    .max(1000),
  newPassword: z.string({ error: 'Hãy nhập mật khẩu mới.' }).max(1000),
});

export async function authRoutes(app: Api, ctx: Ctx): Promise<void> {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.cookieSecure,
    path: '/',
  };

  app.post(
    '/auth/login',
    {
      config: { policy: 'public:login' },
      schema: { tags: ['auth'], summary: 'Đăng nhập', body: LoginBody, response: { 200: SessionSchema } },
      // The rate limit per IP counts login_attempts in the database, so several processes share it.
      preHandler: async (req) => auth.assertLoginRate(ctx, req.ip ?? null),
    },
    async (req, reply) => {
      const { token, actor } = await auth.login(ctx, {
        username: req.body.username,
        password: req.body.password,
        ip: req.ip ?? null,
        userAgent: req.headers['user-agent'] ?? null,
      });
      reply.setCookie(auth.SESSION_COOKIE, token, cookieOptions);
      return { user: presentMe(actor, await workingYearOf(ctx, actor)), csrfToken: actor.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { policy: 'auth:self' },
      schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 204: NoContent } },
    },
    async (req, reply) => {
      await auth.logout(ctx, actorOf(req));
      reply.clearCookie(auth.SESSION_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );

  app.get(
    '/auth/me',
    {
      config: { policy: 'auth:self' },
      schema: { tags: ['auth'], summary: 'Người dùng đang đăng nhập', response: { 200: SessionSchema } },
    },
    async (req) => {
      const actor = actorOf(req);
      return { user: presentMe(actor, await workingYearOf(ctx, actor)), csrfToken: actor.csrfToken };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { policy: 'auth:self' },
      schema: { tags: ['auth'], summary: 'Đổi mật khẩu', body: PasswordBody, response: { 204: NoContent } },
    },
    async (req, reply) => {
      if (!req.body) throw errors.field('newPassword', 'Hãy nhập mật khẩu mới.');
      await auth.changePassword(ctx, actorOf(req), req.body.currentPassword, req.body.newPassword);
      return reply.code(204).send();
    },
  );
}
