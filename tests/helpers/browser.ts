/**
 * Browser tests drive Debian's Chromium (/usr/bin/chromium) through
 * playwright-core. Without it: outside CI the browser suites are skipped with
 * a loud message (`describe.skipIf(noBrowser)`); on CI (CI=true) they run and
 * fail, because .ci/run installs it.
 *
 * `watch(page, origins)` collects everything that should never happen on a
 * page: console errors, uncaught exceptions, failed requests, responses >= 400
 * and requests to any host but the local test servers (those are also
 * aborted by `isolate(context, origins)`, so nothing ever leaves 127.0.0.1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from './site.ts';
import { serve, type Served } from './serve.ts';

export const CHROMIUM = '/usr/bin/chromium';
const CI = process.env.CI === 'true' || process.env.CI === '1';
const missing = !existsSync(CHROMIUM);

/** True when the browser suites should be skipped: Chromium is missing and this is not CI. */
export const noBrowser = missing && !CI;

if (noBrowser) {
  console.warn(
    [
      '',
      '!'.repeat(72),
      `!!  Chromium not found: apt-get install -y chromium`,
      `!!  (${CHROMIUM} is missing; the browser tests in tests/browser/ are SKIPPED.`,
      '!!  On CI (CI=true) they fail instead.)',
      '!'.repeat(72),
      '',
    ].join('\n'),
  );
}

/**
 * Font families that cover Chinese, from fontconfig (what Chromium uses on Linux); empty when none
 * is installed or fontconfig is missing. Without them every Chinese glyph falls back to a box and
 * the layout tests measure the wrong text.
 */
export function cjkFontFamilies(): string[] {
  const run = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.split('\n').filter((l) => l.trim()) : [];
}

/** Throws, with the fix, when no CJK font is installed: call it in the beforeAll of tests that measure Chinese text. */
export function requireCjkFonts(): void {
  if (cjkFontFamilies().length === 0) {
    throw new Error('No CJK font is installed (fc-list :lang=zh is empty): the layout tests measure Chinese text. Install one: apt-get install -y fonts-noto-cjk (.ci/run does).');
  }
}

export async function launch(): Promise<Browser> {
  if (missing) throw new Error(`Chromium not found: apt-get install -y chromium (${CHROMIUM} is missing and CI=true)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** axe-core's browser build, evaluated in pages (through the DevTools protocol, so the site's CSP does not block it). */
export const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const foreign = new WeakMap<BrowserContext, string[]>();

/**
 * Abort every request to an origin other than `origins` (the local servers)
 * and remember it; `watch` reports them. data: and blob: URLs never reach the network.
 */
export async function isolate(context: BrowserContext, origins: string[]): Promise<void> {
  const list: string[] = [];
  foreign.set(context, list);
  await context.route(
    (url) => !['data:', 'blob:', 'about:'].includes(url.protocol) && !origins.includes(url.origin),
    (route) => {
      list.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
}

export interface Watch {
  /** Everything that went wrong since the watch started (or since `reset`). */
  problems(): string[];
  /** Every URL the page requested. */
  requests(): string[];
  reset(): void;
}

export interface WatchOptions {
  /** Document URLs whose 404 status is deliberate (the 404 page). */
  allow404?: (url: string) => boolean;
}

export function watch(page: Page, origins: string[], options: WatchOptions = {}): Watch {
  let problems: string[] = [];
  let requests: string[] = [];
  const context = page.context();
  let foreignFrom = foreign.get(context)?.length ?? 0;
  const allow404 = options.allow404 ?? (() => false);

  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location().url;
    // Chromium logs the deliberate 404 document itself as a failed resource.
    if (/status of 404/.test(m.text()) && allow404(where)) return;
    problems.push(`console error: ${m.text()} (${where}:${m.location().lineNumber})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.name}: ${e.message}`));
  page.on('request', (r) => {
    requests.push(r.url());
    const u = new URL(r.url());
    if (!['data:', 'blob:', 'about:'].includes(u.protocol) && !origins.includes(u.origin)) problems.push(`request to another host: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (r) => {
    if (r.status() < 400) return;
    if (r.status() === 404 && r.request().isNavigationRequest() && allow404(r.url())) return;
    problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return {
    problems: () => {
      // Requests the route blocked that the page's own events did not see (workers, other pages of the context).
      const blocked = (foreign.get(context) ?? []).slice(foreignFrom).filter((u) => !requests.includes(u));
      return [...problems, ...blocked.map((u) => `request to another host (blocked): ${u}`)];
    },
    requests: () => [...requests],
    reset: () => {
      problems = [];
      requests = [];
      foreignFrom = foreign.get(context)?.length ?? 0;
    },
  };
}

/** Wait until the page is loaded, its fonts are ready and two frames have painted. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(async () => {
    await document.fonts?.ready;
    await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  });
}

export interface Session {
  server: Served;
  browser: Browser;
  context: BrowserContext;
}

/**
 * The usual fixture of a browser test file: the built site served locally,
 * one browser and one context that may reach only that server. Registers its
 * own beforeAll/afterAll; the returned object is filled in before the tests run.
 */
export function siteSession(dir: string, options: { base?: string; viewport?: { width: number; height: number } } = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await serve(dir, { base: options.base });
    session.browser = await launch();
    session.context = await session.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
    await isolate(session.context, [session.server.origin]);
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
