/**
 * Site search (/search/, Pagefind UI): real queries return the right pages,
 * and Pagefind loads its script, wasm and index chunks from the same local
 * server (nothing from anywhere else).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isolate, launch, noBrowser, settle, watch, type Watch } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { CANTEEN_CASE } from './pages.ts';
import { page as builtPage, TEST_SEARCH_PART_PAGES, walk } from '../helpers/site.ts';
import { searchParts } from '../../scripts/search-index.ts';

const { root } = inject('siteDirs');
const cases = JSON.parse(readFileSync(join(root, 'data', 'cases.json'), 'utf8')) as { id: string; district: string | null; title: string }[];
const huangpuCases = new Set(cases.filter((c) => c.district === '黄埔区').map((c) => c.id));

interface Result {
  href: string;
  title: string;
}

describe.skipIf(noBrowser)('search', () => {
  let server: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let w: Watch;

  beforeAll(async () => {
    server = await serve(root);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await isolate(context, [server.origin]);
    page = await context.newPage();
    w = watch(page, [server.origin]);
    await page.goto(`${server.url}search/`);
    await settle(page);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Type a query the way a reader does and return the results Pagefind shows first (before 显示更多结果). */
  const search = async (query: string): Promise<Result[]> => {
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    await input.fill('');
    await input.pressSequentially(query, { delay: 20 });
    const summary = page.locator('.pagefind-ui__message');
    const literal = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect.poll(async () => (await summary.textContent()) ?? '', { timeout: 10_000, message: `results message for ${query}` }).toMatch(new RegExp(`找到.*${literal}|没有找到`));
    // Results render in two steps (placeholders, then each result's link), each result as its fragment arrives, in
    // any order: wait until every result shown has its link (waiting for the last one alone raced a slower middle one).
    await expect
      .poll(() => page.locator('.pagefind-ui__result').evaluateAll((els) => els.length > 0 && els.every((e) => e.querySelector('a'))), {
        timeout: 10_000,
        message: `every result for ${query} has its link`,
      })
      .toBe(true);
    return page.locator('.pagefind-ui__result').evaluateAll((els) =>
      els.map((e) => {
        const a = e.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link, .pagefind-ui__result-title a, a')!;
        return { href: a.href, title: (e.querySelector('.pagefind-ui__result-title')?.textContent ?? a.textContent ?? '').trim() };
      }),
    );
  };

  const path = (href: string) => new URL(href).pathname;

  it('the search box is labelled and ready', async () => {
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    expect(await input.getAttribute('aria-label')).toBe('搜索本站');
    await expect(page.locator('#search-missing').isHidden()).resolves.toBe(true);
  });

  it('黄埔 finds Huangpu pages (the district page or a 黄埔区 case)', async () => {
    const results = await search('黄埔');
    expect(results.length).toBeGreaterThan(0);
    const huangpu = results.filter((r) => path(r.href) === '/districts/huangpu/' || huangpuCases.has(path(r.href).match(/^\/cases\/([^/]+)\/$/)?.[1] ?? ''));
    expect(huangpu, `results for 黄埔:\n${results.map((r) => `${path(r.href)} ${r.title}`).join('\n')}`).not.toEqual([]);
    for (const r of results) expect(new URL(r.href).origin, 'result links stay on the site').toBe(server.origin);
  });

  it('traditional 黃埔 and pinyin huangpu find the same Huangpu pages as 黄埔', async () => {
    const simplified = (await search('黄埔')).map((r) => path(r.href));
    expect(simplified.length).toBeGreaterThan(0);
    for (const query of ['黃埔', 'huangpu', 'Huang Pu']) {
      const results = (await search(query)).map((r) => path(r.href));
      expect(results, `results for ${query}`).toEqual(simplified);
    }
  });

  it('the type filter offers every kind of page: 案例, 故事, 区, 原文', async () => {
    await search('黄埔');
    const filters = await page.locator('.pagefind-ui__filter-name, .pagefind-ui__filter-value, .pagefind-ui__filter-label').allTextContents();
    for (const kind of ['案例', '故事', '区', '原文']) expect(filters.join(' '), `filters: ${filters.join(' ')}`).toContain(kind);
  });

  it('长者饭堂 finds the 越秀区 长者饭堂 case page', async () => {
    const results = await search('长者饭堂');
    const hit = results.find((r) => path(r.href) === `/cases/${CANTEEN_CASE}/`);
    expect(hit, `results for 长者饭堂:\n${results.map((r) => `${path(r.href)} ${r.title}`).join('\n')}`).toBeDefined();
    expect(hit!.title).toContain('长者饭堂');
    const c = cases.find((x) => x.id === CANTEEN_CASE);
    expect(c?.district).toBe('越秀区');
    // The result leads to a working page.
    const response = await page.request.get(hit!.href);
    expect(response.status()).toBe(200);
  });

  it("a sentence of a report finds the report's page (/sources/<id>/), in every part that holds report pages", async () => {
    // Report pages are the heaviest pages of the index (their whole text, every sentence a link target), so the
    // parts are bounded by text (scripts/search-weight.ts): their text must stay searchable, in whatever part.
    const marked = walk(root).filter((f) => f.endsWith('.html') && /<main\b[^>]*\sdata-pagefind-body/.test(readFileSync(join(root, f), 'utf8')));
    const others = marked.filter((f) => !f.startsWith('sources/')).map((f) => parseHTML(readFileSync(join(root, f), 'utf8')).document.querySelector('main')!.textContent ?? '');
    const parts = searchParts(root, TEST_SEARCH_PART_PAGES);
    let checked = 0;
    /** A plain sentence of a report page (Chinese characters and commas once its closing punctuation is off) that no other indexed page holds. */
    const ownSentence = (url: string) =>
      [...parseHTML(builtPage(root, url)).document.querySelectorAll('span.sentence')]
        .map((s) => (s.textContent ?? '').replace(/[。；！？，]$/, ''))
        .find((t) => /^[\u4e00-\u9fff][\u4e00-\u9fff，、]{9,29}$/.test(t) && !others.some((o) => o.includes(t)));
    for (const files of parts) {
      const found = files
        .filter((f) => /^sources\/[^/]+\/index\.html$/.test(f))
        .map((f) => ({ url: `/${f.replace(/index\.html$/, '')}` }))
        .map(({ url }) => ({ url, sentence: ownSentence(url) }))
        .find((r) => r.sentence);
      if (!found) continue;
      const results = (await search(found.sentence!)).map((r) => path(r.href));
      expect(results, `results for ${found.sentence}`).toContain(found.url);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('finds a page of every part of the index (the parts are merged): a case title from each', async () => {
    const parts = searchParts(root, TEST_SEARCH_PART_PAGES);
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, files] of parts.entries()) {
      const file = files.find((f) => f.startsWith('cases/')) ?? files[0]!;
      const url = `/${file.replace(/index\.html$/, '')}`;
      const title = parseHTML(builtPage(root, url)).document.querySelector('h1')!.textContent!.trim();
      const results = (await search(title)).map((r) => path(r.href));
      expect(results, `part ${i + 1}: results for ${title}`).toContain(url);
    }
  });

  it('Pagefind loads its script, wasm and index from the same server, and nothing fails', async () => {
    expect((await search('营商环境')).length).toBeGreaterThan(0);
    const requests = w.requests().filter((u) => u.startsWith(server.origin)).map(path);
    expect(requests).toContain('/pagefind/pagefind-ui.js');
    expect(requests.some((p) => /^\/pagefind\/pagefind(-worker)?\.js$/.test(p)), `Pagefind's script: ${requests.join(' ')}`).toBe(true);
    expect(requests.some((p) => /^\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(p)), `Pagefind's wasm: ${requests.join(' ')}`).toBe(true);
    expect(requests.some((p) => /\.pf_meta$/.test(p)), 'index metadata').toBe(true);
    expect(requests.some((p) => /^\/pagefind\/index\/.+\.pf_index$/.test(p)), 'index chunks').toBe(true);
    expect(requests.some((p) => /^\/pagefind\/fragment\/.+\.pf_fragment$/.test(p)), 'result fragments').toBe(true);
    expect(w.problems(), w.problems().join('\n')).toEqual([]);
  });
});
