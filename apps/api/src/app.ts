// buildApp(): the whole HTTP application without listen(), so tests drive it with app.inject and the
// server (server.ts) only adds configuration, the database and a port.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import multipart from '@fastify/multipart';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../../../packages/db/src/connection.ts';
import { defaultConfig, type Config } from './config.ts';
import type { Ctx } from './context.ts';
import { AppError, errors } from './errors.ts';
import { installErrorHandler } from './http/errors.ts';
import type { Api } from './http/types.ts';
import { isDeclaredPolicy, isPublicPolicy, rolesAllowed } from './auth/policies.ts';
import { SESSION_COOKIE, resolveSession } from './auth/service.ts';
import { authRoutes } from './auth/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { agencyRoutes } from './modules/agencies/routes.ts';
import { unitRoutes } from './modules/units/routes.ts';
import { groupRoutes } from './modules/groups/routes.ts';
import { peopleRoutes } from './modules/people/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { jobRoutes } from './modules/jobs/routes.ts';
import { indicatorRoutes } from './modules/indicators/routes.ts';
import { planRoutes } from './modules/plans/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { initiativeRoutes } from './modules/initiatives/routes.ts';
import { personEligibilityRoutes } from './modules/person-eligibility/routes.ts';
import { registrationRoutes } from './modules/registrations/routes.ts';
import { movementRoutes } from './modules/movements/routes.ts';
import { covenantRoutes } from './modules/covenants/routes.ts';
import { ratingRoutes } from './modules/ratings/routes.ts';
import { eligibilityRoutes } from './modules/eligibility/routes.ts';
import { councilRoutes } from './modules/councils/routes.ts';
import { proposalRoutes } from './modules/proposals/routes.ts';
import { decisionRoutes } from './modules/decisions/routes.ts';
import { clusterRoutes } from './modules/clusters/routes.ts';
import { clusterScoringRoutes } from './modules/cluster-scoring/routes.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { statisticsRoutes } from './modules/statistics/routes.ts';
import { JobRunner } from './modules/jobs/runner.ts';
import { API_VERSION } from './version.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  policy: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    tdkt: { ctx: Ctx; routes: RegisteredRoute[]; jobs: JobRunner };
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const DOCS_PREFIX = '/api/docs';

function isApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

/** Every string normalised to NFC: decomposed input breaks equality, search and documents. */
function nfcDeep(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(nfcDeep);
  if (
    (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) ||
    (v && typeof v === 'object' && Object.getPrototypeOf(v) === null)
  ) {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = nfcDeep(o[k]);
    return o;
  }
  return v;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export async function buildApp(opts: {
  database: Database;
  config?: Partial<Config>;
  logger?: boolean;
}): Promise<FastifyInstance> {
  const config: Config = { ...defaultConfig(), ...opts.config };
  const ctx: Ctx = { db: opts.database.db, engine: opts.database.engine, config };
  const app = Fastify({
    logger: opts.logger ? { level: config.logLevel } : false,
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every /api route declares a policy; a route without one is refused when it is registered.
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    const policy = (r.config as { policy?: unknown } | undefined)?.policy;
    if (isApiUrl(r.url) && !r.url.startsWith(DOCS_PREFIX)) {
      if (!isDeclaredPolicy(policy)) {
        throw new Error(
          `Route ${methods.join(',')} ${r.url} khai báo thiếu hoặc sai chính sách phân quyền (config.policy = ${String(policy)}).`,
        );
      }
    }
    for (const m of methods)
      routes.push({ method: m, url: r.url, policy: typeof policy === 'string' ? policy : undefined });
  });
  const jobs = new JobRunner(ctx, app.log);
  app.decorate('tdkt', { ctx, routes, jobs });
  app.addHook('onClose', async () => {
    await jobs.drain();
  });

  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) => errors.rateLimited(context.ttl / 1000),
  });
  await app.register(multipart, { limits: { fileSize: config.uploadMaxBytes, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'tdkt API',
        description:
          'API của hệ thống quản lý công tác thi đua, khen thưởng. Lỗi: { code, message, path, details? } (xem docs/api-contract.md).',
        version: API_VERSION,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    // One transform per app: the library caches the schema registry by its size, so a transform shared by
    // two apps in one process (tests, the OpenAPI script) could describe one app with the other's schemas.
    transform: createJsonSchemaTransform({}),
    transformObject: createJsonSchemaTransformObject({}),
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });
  installErrorHandler(app);

  // One hook resolves the session and checks the route's declared policy, then CSRF for writes.
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    req.actor = null;
    if (!isApiUrl(req.url)) return;
    const policy = req.routeOptions.config?.policy;
    if (!policy) return; // documentation, or no route (404)
    const token = req.cookies[SESSION_COOKIE];
    if (token) req.actor = await resolveSession(ctx, token);
    if (isPublicPolicy(policy)) return;
    const actor = req.actor;
    if (!actor) throw errors.unauthenticated();
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !safeEqual(header, actor.csrfToken)) throw errors.csrfInvalid();
    }
    if (
      !rolesAllowed(
        policy,
        actor.roles.map((r) => r.role),
      )
    )
      throw errors.forbidden();
    // An account whose password was set by someone else (or must be renewed) may only sign out, read
    // itself and change the password until it has done so.
    if (actor.mustChangePassword && policy !== 'auth:self') throw errors.passwordChangeRequired();
  });
  app.addHook('preValidation', async (req) => {
    if (req.body && typeof req.body === 'object') nfcDeep(req.body);
    else if (typeof req.body === 'string') req.body = req.body.normalize('NFC');
    if (req.query && typeof req.query === 'object') nfcDeep(req.query);
    if (req.params && typeof req.params === 'object') nfcDeep(req.params);
  });

  await app.register(
    async (api: Api) => {
      await healthRoutes(api, ctx);
      await authRoutes(api, ctx);
      await agencyRoutes(api, ctx);
      await unitRoutes(api, ctx);
      await groupRoutes(api, ctx);
      await peopleRoutes(api, ctx);
      await auditRoutes(api, ctx);
      await userRoutes(api, ctx);
      await jobRoutes(api, ctx);
      await indicatorRoutes(api, ctx);
      await planRoutes(api, ctx);
      await notificationRoutes(api, ctx);
      await initiativeRoutes(api, ctx);
      await personEligibilityRoutes(api, ctx);
      await registrationRoutes(api, ctx);
      await movementRoutes(api, ctx);
      await covenantRoutes(api, ctx);
      await ratingRoutes(api, ctx);
      await eligibilityRoutes(api);
      await councilRoutes(api, ctx);
      await proposalRoutes(api, ctx);
      await decisionRoutes(api, ctx);
      await clusterRoutes(api, ctx);
      await clusterScoringRoutes(api, ctx);
      await reportRoutes(api, ctx);
      await statisticsRoutes(api, ctx);
    },
    { prefix: '/api' },
  );

  // The built web app, when there is one; other GETs fall back to its index.html (client-side routes).
  const webIndex = path.join(config.webDist, 'index.html');
  const hasWeb = fs.existsSync(webIndex);
  if (hasWeb) await app.register(fastifyStatic, { root: config.webDist, prefix: '/' });
  app.setNotFoundHandler((req, reply) => {
    if (!isApiUrl(req.url) && hasWeb && (req.method === 'GET' || req.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    throw new AppError('not-found', `Không tìm thấy địa chỉ ${req.method} ${req.url.split('?')[0]}.`);
  });

  await app.ready();
  return app;
}
