/**
 * The site built under a sub-path (base '/sub/path/', inject('siteDirs').sub)
 * and served only there: the home page, a case page and search load with no
 * failed request, every request stays under /sub/path/, and a search finds
 * pages whose links keep the sub-path.
 */
import { describe, expect, inject, it } from 'vitest';
import { noBrowser, settle, siteSession, watch } from '../helpers/browser.ts';
import { CANTEEN_CASE } from './pages.ts';

const BASE = '/sub/path/';
const { sub } = inject('siteDirs');

describe.skipIf(noBrowser)(`the site under ${BASE}`, () => {
  const site = siteSession(sub, { base: BASE });

  const load = async (path: string, then?: (page: import('playwright-core').Page) => Promise<void>) => {
    const page = await site.context.newPage();
    const w = watch(page, [site.server.origin]);
    try {
      const response = await page.goto(`${site.server.origin}${BASE}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await settle(page);
      await then?.(page);
      expect(w.problems(), `problems on ${BASE}${path}:\n${w.problems().join('\n')}`).toEqual([]);
      const outside = w.requests().map((u) => new URL(u)).filter((u) => u.protocol.startsWith('http') && !u.pathname.startsWith(BASE));
      expect(outside.map((u) => u.href), 'requests outside the sub-path').toEqual([]);
      // Links on the page stay under the sub-path too.
      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const stray = links.filter((h) => h.startsWith(site.server.origin) && !new URL(h).pathname.startsWith(BASE));
      expect(stray, 'links leaving the sub-path').toEqual([]);
    } finally {
      await page.close();
    }
  };

  it('home page', () => load(''));

  it('a case page', () => load(`cases/${CANTEEN_CASE}/`));

  it('search loads its index and finds pages under the sub-path', () =>
    load('search/', async (page) => {
      const input = page.locator('.pagefind-ui__search-input');
      await input.waitFor();
      await input.pressSequentially('长者饭堂', { delay: 20 });
      // Results render in two steps (a placeholder, then the link): wait for the link.
      await page.locator('.pagefind-ui__result').last().locator('a').first().waitFor({ timeout: 10_000 });
      const hrefs = await page.locator('.pagefind-ui__result a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(new URL(h).pathname, 'result link keeps the sub-path').toMatch(/^\/sub\/path\//);
      expect(hrefs.map((h) => new URL(h).pathname)).toContain(`${BASE}cases/${CANTEEN_CASE}/`);
    }));
});
