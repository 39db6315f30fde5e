/**
 * axe-core on every page type, in the light and the dark theme: zero
 * violations of WCAG 2.0/2.1/2.2 A and AA rules. The theme is chosen the way
 * a reader chooses it (stored in localStorage 'theme', applied before first
 * paint) with the matching system colour scheme.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AXE_SOURCE, isolate, launch, noBrowser, settle } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { pageTypes } from './pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const { root } = inject('siteDirs');
const pages = pageTypes(root);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

async function axe(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, not as a <script>: the site's CSP (rightly) refuses unknown inline scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300) })),
    }));
  }, TAGS);
}

function describeViolations(where: string, violations: Violation[]): string {
  return [
    `${violations.length} axe violation(s) on ${where}:`,
    ...violations.map((v) => [`  [${v.id}] (${v.impact}) ${v.help}`, ...v.nodes.slice(0, 8).map((n) => `      ${n.target} — ${n.summary}`), v.nodes.length > 8 ? `      … and ${v.nodes.length - 8} more` : ''].filter(Boolean).join('\n')),
  ].join('\n');
}

/** Relative luminance of the body background: proves which theme is showing. */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    // The page background: the body's, or the root's when the body is transparent.
    const parse = (el: Element) => (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    const body = parse(document.body);
    const c = (body.length === 4 && body[3] === 0) || body.length === 0 ? parse(document.documentElement) : body;
    const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });

describe.skipIf(noBrowser)('axe-core: no WCAG 2.2 AA violations', () => {
  let server: Served;
  let browser: Browser;
  const contexts = new Map<Theme, BrowserContext>();

  beforeAll(async () => {
    server = await serve(root);
    browser = await launch();
    for (const theme of THEMES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
      await context.addInitScript((t) => {
        try {
          localStorage.setItem('theme', t);
        } catch {
          // Opaque origins (sandboxed frames) have no storage.
        }
      }, theme);
      await isolate(context, [server.origin]);
      contexts.set(theme, context);
    }
  });
  afterAll(async () => {
    for (const c of contexts.values()) await c.close();
    await browser?.close();
    await server?.close();
  });

  const open = async (theme: Theme, path: string) => {
    const page = await contexts.get(theme)!.newPage();
    await page.goto(new URL(path.slice(1), server.url).href);
    await settle(page);
    const lum = await backgroundLuminance(page);
    if (theme === 'dark') expect(lum, `${path} should show the dark theme`).toBeLessThan(0.1);
    else expect(lum, `${path} should show the light theme`).toBeGreaterThan(0.7);
    return page;
  };

  for (const type of pages) {
    for (const theme of THEMES) {
      it(`${type.name} (${type.path ?? 'missing'}), ${theme}`, async () => {
        expect(type.path, type.missing).toBeDefined();
        const page = await open(theme, type.path!);
        try {
          if (type.name !== 'embed') expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          if (type.name === 'search') await page.locator('.pagefind-ui__search-input').waitFor();
          const violations = await axe(page);
          expect(violations, describeViolations(`${type.path} (${theme})`, violations)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }

  for (const theme of THEMES) {
    it(`search results (黄埔), ${theme}`, async () => {
      const page = await open(theme, '/search/');
      try {
        await page.locator('.pagefind-ui__search-input').fill('黄埔');
        await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
        await page.waitForTimeout(300);
        const violations = await axe(page);
        expect(violations, describeViolations(`/search/ with results (${theme})`, violations)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
