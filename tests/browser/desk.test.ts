/**
 * The editors' desk, driven in Chromium on a dev server, as an editor would:
 * a district bulletin the pipeline has never seen (tests/fixtures/reports/08-…,
 * no manifest entry, no case found) gets a missed case marked by selecting its
 * title in the text, that case's title edited, a figure rejected (the bulletin
 * states one finding twice, 超 5倍 and 超五倍) and its guessed title fixed. Each
 * decision must reach content/reviews/<id>.yaml, reload the page with it
 * applied, survive `npm run extract`, and show on the built site. The dev
 * server works on copies of seeds/ and content/, so the checkout never changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { launch, noBrowser, watch, type Watch } from '../helpers/browser.ts';
import { type DevServer, startDevServer } from '../helpers/dev-server.ts';
import { BULLETIN as REPORT, BULLETIN_CASE as MISSED, deskWorkspace, selectInText } from '../helpers/desk.ts';
import { buildSite, page as builtPage } from '../helpers/site.ts';
const EDITED = '番禺区云政务服务晓屋建设与运行国家级标准化试点';
/** The second statement of a finding the bulletin's summary already gave (超 5倍). */
const REPEATED = '超五倍';
const TITLE = '番禺区政务服务工作简报（2024年）';

/** Wait until the page (which the live preview reloads under us) satisfies `check`. */
async function until(page: Page, check: (arg: string) => boolean, what: string, arg = '', timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await page.evaluate(check, arg).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the desk never showed ${what}`);
}

describe.skipIf(noBrowser)('the editors\' desk', () => {
  const folders = deskWorkspace();
  const review = join(folders.content, 'reviews', `${REPORT}.yaml`);
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  let watcher: Watch;
  let repeated: string;
  let figureCount: number;

  beforeAll(async () => {
    server = await startDevServer(folders);
    const figures = JSON.parse(readFileSync(join(folders.data, 'figures.json'), 'utf8')) as { id: string; raw: string; documentId: string }[];
    repeated = figures.find((f) => f.documentId === REPORT && f.raw === REPEATED)!.id;
    figureCount = figures.filter((f) => f.documentId === REPORT).length;
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watcher = watch(page, [server.origin]);
    await page.goto(`${server.origin}/desk/${REPORT}/`, { timeout: 120_000 });
    await page.waitForSelector('[data-desk-ready]', { state: 'attached', timeout: 120_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(folders.root, { recursive: true, force: true });
  });

  it('marks a missed case by selecting its title in the text', async () => {
    expect(await page.locator('.desk-case-item').count()).toBe(0);
    // Select again if the page was reloaded meanwhile (the dev server's first visit may reload it once).
    await expect.poll(async () => (await page.evaluate(selectInText, MISSED), page.inputValue('.desk-add input[name="title"]')), { timeout: 60_000 }).toBe(MISSED);
    await page.click('.desk-add button[type="submit"]');
    await until(page, () => document.querySelector('.desk-case-item input[name="title"]') !== null, 'the added case');
    expect(await page.inputValue('.desk-case-item input[name="title"]')).toBe(MISSED);
    expect(parse(readFileSync(review, 'utf8')).add).toEqual([{ title: MISSED }]);
  });

  it('edits that case\'s title', async () => {
    await page.fill('.desk-case-item input[name="title"]', EDITED);
    await page.click('.desk-case-item button[type="submit"]');
    // The field's default value is what the server rendered: it changes only when the page reloads.
    await until(page, () => document.querySelector<HTMLInputElement>('.desk-case-item input[name="title"]')?.defaultValue.startsWith('番禺区') ?? false, 'the edited title');
    const edits = parse(readFileSync(review, 'utf8')).edit;
    expect(edits).toEqual([{ id: expect.stringMatching(new RegExp(`^${REPORT}-`)), title: EDITED }]);
  });

  it('rejects a figure, with a reason', async () => {
    const before = await page.locator('.desk-text button[data-decide="reject-figure"]').count();
    await page.click(`.desk-text button[data-decide="reject-figure"][data-id="${repeated}"]`);
    await page.fill('.desk-reason input[name="reason"]', '与摘要重复');
    await page.click('.desk-reason button[value="ok"]');
    await until(page, (id) => document.querySelector('.desk-text button[data-decide="reject-figure"]') !== null && document.querySelector(`[data-id="${id}"]`) === null, 'the page without the figure', repeated);
    expect(await page.locator('.desk-text button[data-decide="reject-figure"]').count()).toBe(before - 1);
    expect(await page.locator(`[data-id="${repeated}"]`).count()).toBe(0);
    expect(parse(readFileSync(review, 'utf8')).figures).toEqual({ reject: [{ id: repeated, reason: '与摘要重复' }] });
  });

  it('fixes the guessed title', async () => {
    expect(await page.textContent('.desk-meta')).toContain('推断');
    await page.fill('.desk-meta input[name="title"]', TITLE);
    await page.click('.desk-meta button[type="submit"]');
    await until(page, () => document.querySelector('h1')?.textContent === '番禺区政务服务工作简报（2024年）', 'the fixed title');
    expect(parse(readFileSync(review, 'utf8')).metadata).toEqual({ title: TITLE });
  });

  it('lists the decisions in the review file, each with an undo button', async () => {
    await until(page, () => document.querySelectorAll('.desk-decisions li button').length === 4, 'the decisions list');
    expect(await page.textContent('.desk-decisions')).toContain(MISSED);
    // A reload cancels the requests of the page it replaces: those are not faults.
    expect(watcher.problems().filter((p) => !p.includes('net::ERR_ABORTED'))).toEqual([]);
  });

  it('refuses a decision from another origin and one outside content/reviews', async () => {
    const post = (origin: string, document: string) =>
      fetch(`${server.origin}/desk/api/decide/`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ document, decision: { action: 'accept-case', id: 'x-1' } }) }).then((r) => r.status);
    expect(await post('http://evil.test', REPORT)).toBe(403);
    expect(await post(server.origin, '../seeds/manifest')).toBe(400);
    expect(existsSync(join(folders.content, 'seeds'))).toBe(false);
  });

  it('the decisions survive npm run extract and show on the built site', async () => {
    await server.stop();
    // No test reads its search index.
    const dist = buildSite({ name: 'desk', seeds: folders.seeds, content: folders.content, search: false });
    const cases = JSON.parse(readFileSync(join(dist, '..', 'desk-data', 'cases.json'), 'utf8')) as { id: string; title: string; documentId: string }[];
    const added = cases.filter((c) => c.documentId === REPORT);
    expect(added.map((c) => c.title)).toEqual([EDITED]);
    expect(builtPage(dist, `/cases/${added[0]!.id}/`)).toContain(EDITED);
    const figures = JSON.parse(readFileSync(join(dist, '..', 'desk-data', 'figures.json'), 'utf8')) as { id: string; documentId: string }[];
    expect(figures.filter((f) => f.documentId === REPORT)).toHaveLength(figureCount - 1);
    expect(figures.some((f) => f.id === repeated)).toBe(false);
    const source = builtPage(dist, `/sources/${REPORT}/`);
    expect(source).toContain(TITLE);
    expect(source).not.toContain(repeated);
  }, 600_000);
});
