// Configuration from the environment, parsed once with a schema. Secrets come only from the environment
// (DATABASE_URL); nothing here has a secret default.
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  TDKT_DATA_DIR: z.string().min(1).default('data'),
  TDKT_SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  TDKT_COOKIE_SECURE: bool.default(false),
  TDKT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TDKT_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  TDKT_LOCK_MINUTES: z.coerce.number().positive().default(15),
  TDKT_LOGIN_RATE_MAX: z.coerce.number().int().min(1).default(20),
  TDKT_LOGIN_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  TDKT_WEB_DIST: z.string().min(1).default('apps/web/dist'),
  TDKT_TIMEZONE: z.string().min(1).default('Asia/Ho_Chi_Minh'),
  TDKT_UPLOAD_MAX_MB: z.coerce.number().positive().default(20),
  TDKT_TRUST_PROXY: bool.default(false),
  TDKT_REMINDER_INTERVAL_MINUTES: z.coerce.number().min(0).default(60),
  TDKT_SMTP_HOST: z.string().min(1).optional(),
  TDKT_SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(25),
  TDKT_SMTP_FROM: z.string().min(3).optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  logLevel: string;
  loginMaxFailures: number;
  lockMinutes: number;
  loginRateMax: number;
  loginRateWindowSeconds: number;
  webDist: string;
  timeZone: string;
  uploadMaxBytes: number;
  trustProxy: boolean;
  /** How often the deadline reminder sweep runs in-process; 0 disables it. */
  reminderIntervalMinutes: number;
  /** SMTP for reminder emails when an agency has no SMTP setting of its own; null: no email. */
  smtp: { host: string; port: number; from: string; secure: boolean } | null;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.TDKT_DATA_DIR),
    sessionTtlHours: e.TDKT_SESSION_TTL_HOURS,
    cookieSecure: e.TDKT_COOKIE_SECURE,
    logLevel: e.TDKT_LOG_LEVEL,
    loginMaxFailures: e.TDKT_LOGIN_MAX_FAILURES,
    lockMinutes: e.TDKT_LOCK_MINUTES,
    loginRateMax: e.TDKT_LOGIN_RATE_MAX,
    loginRateWindowSeconds: e.TDKT_LOGIN_RATE_WINDOW_SECONDS,
    webDist: path.resolve(e.TDKT_WEB_DIST),
    timeZone: e.TDKT_TIMEZONE,
    uploadMaxBytes: Math.round(e.TDKT_UPLOAD_MAX_MB * 1024 * 1024),
    trustProxy: e.TDKT_TRUST_PROXY,
    reminderIntervalMinutes: e.TDKT_REMINDER_INTERVAL_MINUTES,
    smtp:
      e.TDKT_SMTP_HOST && e.TDKT_SMTP_FROM
        ? { host: e.TDKT_SMTP_HOST, port: e.TDKT_SMTP_PORT, from: e.TDKT_SMTP_FROM, secure: false }
        : null,
  };
}

/** Defaults without reading the environment (tests and buildApp callers override what they need). */
export function defaultConfig(): Config {
  return loadConfig({});
}
