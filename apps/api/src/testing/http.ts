// Signing in through the real login route and sending requests with the session cookie and CSRF header.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openTestDatabase } from '../../../../packages/db/src/testing.ts';
import type { Database } from '../../../../packages/db/src/connection.ts';
import { closeQuietly } from '../../../../packages/db/src/close-quietly.ts';
import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';

export interface TestEnv {
  database: Database;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function openTestApp(config: Partial<Config> = {}): Promise<TestEnv> {
  const database = await openTestDatabase();
  const app = await buildApp({ database, config: { webDist: '/nonexistent', ...config } });
  return {
    database,
    app,
    close: async () => {
      await app.close();
      await closeQuietly(database);
    },
  };
}

export interface Client {
  csrf: string;
  cookie: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  inject(opts: {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  }): Promise<LightMyRequestResponse>;
}

export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
  ip = '127.0.0.1',
): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} → ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tdkt_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const headers = { cookie: `tdkt_session=${cookie.value}`, 'x-csrf-token': csrf };
  const inject: Client['inject'] = (o) =>
    app.inject({
      method: o.method,
      url: o.url,
      payload: o.payload as never,
      headers: { ...headers, ...(o.headers ?? {}) },
    });
  return {
    csrf,
    cookie: cookie.value,
    inject,
    get: (url) => inject({ method: 'GET', url }),
    post: (url, body) => inject({ method: 'POST', url, payload: body ?? {} }),
    put: (url, body) => inject({ method: 'PUT', url, payload: body ?? {} }),
    delete: (url) => inject({ method: 'DELETE', url }),
  };
}

/** Polls a job until it has finished (the import runs in-process right after the request). */
export async function waitForJob(
  client: Client,
  jobId: number,
  timeoutMs = 30_000,
): Promise<{
  status: string;
  result: unknown;
  message: string | null;
  progress: number;
  total: number | null;
}> {
  const start = Date.now();
  for (;;) {
    const r = await client.get(`/api/jobs/${jobId}`);
    const j = r.json() as {
      status: string;
      result: unknown;
      message: string | null;
      progress: number;
      total: number | null;
    };
    if (j.status === 'succeeded' || j.status === 'failed') return j;
    if (Date.now() - start > timeoutMs) throw new Error(`job ${jobId} still ${j.status}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/** A multipart/form-data body with one file field (app.inject has no form builder). */
export function multipartFile(
  field: string,
  filename: string,
  content: Buffer,
  mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
) {
  const boundary = `----tdkt${Date.now().toString(16)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${mime}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
