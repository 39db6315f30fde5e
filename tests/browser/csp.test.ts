/**
 * The Content-Security-Policy (src/integrations/csp.ts) is strict and the
 * site satisfies it: every page type is loaded in Chromium with the policy of
 * its <meta> tag and, as a host would send it, the policies of dist/_headers;
 * the page is scrolled, the search is used, and no `securitypolicyviolation`
 * event and no CSP console message may occur. Embeds must stay frameable by
 * another origin; the other pages must not be.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { noBrowser, settle, siteSession } from '../helpers/browser.ts';
import { pageTypes } from './pages.ts';

const { root } = inject('siteDirs');

/** `_headers` rules as [path pattern, header name, value]. */
function headerRules(dist: string): [string, string, string][] {
  const rules: [string, string, string][] = [];
  let path = '';
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (/^\S/.test(line)) path = line.trim();
    else if (line.trim()) {
      const [name, ...value] = line.trim().split(': ');
      rules.push([path, name!, value.join(': ')]);
    }
  }
  return rules;
}

/** The headers `_headers` gives a path (a trailing * matches any rest; same-name headers are joined, as hosts do). */
function headersFor(rules: [string, string, string][], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [pattern, name, value] of rules) {
    const match = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern || `${path}index.html` === pattern;
    if (match) out[name.toLowerCase()] = out[name.toLowerCase()] ? `${out[name.toLowerCase()]}, ${value}` : value;
  }
  return out;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe.skipIf(noBrowser)('the Content-Security-Policy', () => {
  const site = siteSession(root);
  const rules = headerRules(root);

  it('is strict: no unsafe-inline, no unsafe-eval, nothing from other origins', () => {
    const all = rules.filter(([, name]) => name === 'Content-Security-Policy').map(([, , v]) => v).join('; ');
    expect(all).toMatch(/default-src 'none'/);
    expect(all).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(all).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    const home = readFileSync(join(root, 'index.html'), 'utf8');
    expect(home.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(home.search(/<script|<style/));
  });

  for (const type of pageTypes(root)) {
    it(`${type.name} (${type.path ?? 'missing'}) raises no violation`, async () => {
      expect(type.path, type.missing).toBeDefined();
      const page = await site.context.newPage();
      const consoleCsp: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) consoleCsp.push(m.text());
      });
      await page.addInitScript(() => {
        const list: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = list;
        document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`));
      });
      await page.route(`${site.server.origin}/**`, async (route) => {
        const response = await route.fetch();
        const extra = route.request().resourceType() === 'document' ? headersFor(rules, new URL(route.request().url()).pathname) : {};
        await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
      });
      try {
        await page.goto(new URL(type.path!.slice(1), site.server.url).href, { waitUntil: 'networkidle' });
        await settle(page);
        await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
        await page.waitForTimeout(300);
        if (type.name === 'search') {
          await page.locator('input[type="search"], input[type="text"]').first().fill('黄埔');
          await page.locator('a[href*="/cases/"], a[href*="/stories/"]').first().waitFor({ timeout: 10_000 });
        }
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
        expect([...(await violations(page)), ...consoleCsp]).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('lets another origin frame an embed, but not a case page', () => {
    const embed = pageTypes(root).find((t) => t.name === 'embed')!.path!;
    expect(headersFor(rules, embed)['content-security-policy']).not.toMatch(/frame-ancestors/);
    expect(headersFor(rules, embed)['x-frame-options']).toBeUndefined();
    expect(headersFor(rules, '/cases/')['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    expect(headersFor(rules, '/cases/')['x-frame-options']).toBe('SAMEORIGIN');
    expect(headersFor(rules, '/')['x-frame-options']).toBe('SAMEORIGIN');
  });
});
