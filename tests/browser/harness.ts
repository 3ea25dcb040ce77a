// The browser-test harness: a real tdkt server on a fresh database, and Debian's Chromium driven by
// playwright-core.
//  - database: a fresh in-memory PGlite, or a fresh database on the PostgreSQL server of DATABASE_URL when
//    TDKT_TEST_ENGINE=postgres (packages/db/src/testing.ts), migrated and seeded with the demo agency;
//  - server: buildApp() listening on 127.0.0.1 on a free port, serving the built web app (apps/web/dist);
//  - browser: one Chromium per test with a fresh profile directory, so no cookie or storage leaks between
//    scenarios; a screenshot of the page goes to .test-results/screenshots/ when a test fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { test as base, expect } from 'vitest';
import type { Database } from '../../packages/db/src/connection.ts';
import { openTestDatabase } from '../../packages/db/src/testing.ts';
import { seedDemo, type DemoAccount } from '../../packages/db/src/seed/index.ts';
import { buildApp } from '../../apps/api/src/app.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webDist = path.join(repoRoot, 'apps/web/dist');
const screenshots = path.join(repoRoot, '.test-results/screenshots');
export const chromiumPath = process.env.TDKT_CHROMIUM ?? '/usr/bin/chromium';

// The flags that work on these machines (shared/stack-notes.md, "Browser tests").
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  /** Base URL of the running server, e.g. http://127.0.0.1:41234 */
  url: string;
  database: Database;
  app: FastifyInstance;
  /** The demo accounts seeded on this database (username, password, role …). */
  accounts: DemoAccount[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`Chưa build giao diện web (${webDist}/index.html): chạy \`npm run build:web\` trước.`);
  }
  const database = await openTestDatabase();
  let app: FastifyInstance | undefined;
  try {
    const { accounts } = await seedDemo(database.db);
    // Raise the login rate limit: the scenarios log in many times from one address; rate limiting has its
    // own API tests.
    app = await buildApp({ database, config: { webDist, loginRateMax: 1000 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('Máy chủ không có cổng TCP.');
    const started = app;
    return {
      url: `http://127.0.0.1:${address.port}`,
      database,
      app: started,
      accounts,
      close: async () => {
        await started.close();
        await database.close();
      },
    };
  } catch (e) {
    await app?.close();
    await database.close();
    throw e;
  }
}

/** The first demo account holding `role` (admin, officer, council, unit-head, staff, …). */
export function accountWithRole(h: Harness, role: string): DemoAccount {
  const a = h.accounts.find((x) => x.role === role);
  if (!a)
    throw new Error(
      `Dữ liệu mẫu không có tài khoản vai trò ${role}: ${h.accounts.map((x) => x.username).join(', ')}`,
    );
  return a;
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh Chromium with its own new profile directory and one page. */
export async function openBrowser(baseURL: string): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Logs in through the login page and waits for the signed-in layout. */
export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Logs in with the first demo account holding `role`. */
export async function loginAs(page: Page, h: Harness, role: string): Promise<DemoAccount> {
  const account = accountWithRole(h, role);
  await login(page, account.username, account.password);
  return account;
}

/**
 * Types `query` into the staff search and waits until the list shows its result: the server has answered
 * the request carrying `q` (sent after the 300 ms debounce) and the table has rendered it. Returns the
 * names in the table.
 */
export async function searchPeople(page: Page, query: string): Promise<string[]> {
  const q = query.trim();
  const answered = page.waitForResponse((r) => {
    const u = new URL(r.url());
    return u.pathname === '/api/people' && u.searchParams.get('q') === q;
  });
  await page.getByTestId('people-search').fill(query);
  await answered;
  expect(new URL(page.url()).searchParams.get('q')).toBe(q);
  // The table shows a spinner from the request until the new rows are rendered.
  await expect.poll(() => page.getByTestId('people-table').locator('.ant-spin-spinning').count()).toBe(0);
  return page.getByTestId('person-link').allTextContents();
}

/** Vietnamese folded for comparison: no diacritics, đ → d, lower case. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** `fetch` from inside the logged-in page (same origin, the session cookie, no help from the UI). */
export async function fetchInPage(page: Page, url: string): Promise<{ status: number; body: unknown }> {
  return page.evaluate(async (u) => {
    const res = await fetch(u, { credentials: 'same-origin' });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body };
  }, url);
}

function slug(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);
}

/**
 * `test` with a `page` fixture: a fresh browser per scenario, pointed at the harness of the file (set with
 * `useHarness`). On failure the page is saved as .test-results/screenshots/<scenario>.png.
 */
let current: Harness | undefined;
export function useHarness(h: Harness | undefined): void {
  current = h;
}

export const test = base.extend<{ page: Page }>({
  page: async ({ task }, use) => {
    if (!current) throw new Error('Chưa khởi động máy chủ thử nghiệm (useHarness trong beforeAll).');
    const session = await openBrowser(current.url);
    try {
      await use(session.page);
    } finally {
      if (task.result?.state === 'fail') {
        fs.mkdirSync(screenshots, { recursive: true });
        const file = path.join(screenshots, `${slug(task.name)}.png`);
        await session.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        console.error(`Ảnh chụp màn hình khi lỗi: ${path.relative(repoRoot, file)}`);
      }
      await session.close();
    }
  },
});

export { expect };
