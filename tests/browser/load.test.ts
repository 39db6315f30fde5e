/**
 * Every page type loads cleanly in Chromium: no console error, no uncaught
 * exception, no failed request, no response >= 400 (except the deliberate
 * 404 page) and no request to any host but the local server.
 */
import { describe, expect, inject, it } from 'vitest';
import { noBrowser, settle, siteSession, watch } from '../helpers/browser.ts';
import { pageTypes } from './pages.ts';

const { root } = inject('siteDirs');
const pages = pageTypes(root);

describe.skipIf(noBrowser)('every page type loads cleanly', () => {
  const site = siteSession(root);

  for (const type of pages) {
    it(`${type.name} (${type.path ?? 'missing'})`, async () => {
      expect(type.path, type.missing).toBeDefined();
      const page = await site.context.newPage();
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
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        expect(await page.locator('main, body > *').count(), 'page has content').toBeGreaterThan(0);
        expect(w.problems(), `problems on ${type.path}:\n${w.problems().join('\n')}`).toEqual([]);
        const hosts = new Set(w.requests().map((u) => new URL(u).origin).filter((o) => o !== 'null'));
        expect([...hosts].filter((h) => h !== site.server.origin && !/^(data|blob):/.test(h)), 'requests to other hosts').toEqual([]);
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
