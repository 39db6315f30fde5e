/**
 * Every page type loads cleanly in Chromium, served as the host serves it
 * (the policies of dist/_headers added to its <meta> Content-Security-Policy):
 * no console error, no uncaught exception, no failed request, no response
 * >= 400 (except the deliberate 404 page), no request to any host but the
 * local server, and, scrolled to its end and its search used, no
 * `securitypolicyviolation` event and no CSP console message
 * (src/integrations/csp.ts; the policy itself: tests/site/csp.dist.test.ts).
 * One load per page type checks both.
 */
import { describe, expect, inject, it } from 'vitest';
import { noBrowser, settle, siteSession, watch } from '../helpers/browser.ts';
import { headerRules, sendHeaders } from '../helpers/headers.ts';
import { pageTypes } from './pages.ts';

const { root } = inject('siteDirs');
const pages = pageTypes(root);

describe.skipIf(noBrowser)('every page type loads cleanly and raises no CSP violation', () => {
  const site = siteSession(root);
  const rules = headerRules(root);

  for (const type of pages) {
    it(`${type.name} (${type.path ?? 'missing'})`, async () => {
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
      await sendHeaders(page, site.server.origin, rules);
      try {
        const url = new URL(type.path!.slice(1), site.server.url).href;
        const w = watch(page, [site.server.origin], { allow404: (u) => type.status === 404 && u === url });
        const response = await page.goto(url, { waitUntil: 'networkidle' });
        expect(response?.status(), `status of ${type.path}`).toBe(type.status);
        await settle(page);
        // Lazy content (images, iframes) loads when scrolled into view: go to the end and back.
        await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
        await page.waitForTimeout(300);
        await page.waitForLoadState('networkidle');
        if (type.name === 'search') {
          await page.locator('input[type="search"], input[type="text"]').first().fill('黄埔');
          await page.locator('a[href*="/cases/"], a[href*="/stories/"]').first().waitFor({ timeout: 10_000 });
        }
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        expect(await page.locator('main, body > *').count(), 'page has content').toBeGreaterThan(0);
        expect(w.problems(), `problems on ${type.path}:\n${w.problems().join('\n')}`).toEqual([]);
        const hosts = new Set(w.requests().map((u) => new URL(u).origin).filter((o) => o !== 'null'));
        expect([...hosts].filter((h) => h !== site.server.origin && !/^(data|blob):/.test(h)), 'requests to other hosts').toEqual([]);
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
        const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
        expect([...violations, ...consoleCsp], `CSP violations on ${type.path}`).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('the 404 page is the site\'s own page, in Chinese', async () => {
    const page = await site.context.newPage();
    try {
      const response = await page.goto(new URL('no-such-page/', site.server.url).href);
      expect(response?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
    } finally {
      await page.close();
    }
  });
});
