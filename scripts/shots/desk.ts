/**
 * `node scripts/shots/desk.ts`: the README's screenshots of a report on the
 * editors' desk (docs/desk-report.png, docs/desk-decisions.png), taken from a dev server working on copies of seeds/ and
 * content/ plus a district bulletin it has never seen (no manifest entry, no
 * case found: what an editor meets with a new report), so the checkout never
 * changes. Needs /usr/bin/chromium.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startDevServer } from '../../tests/helpers/dev-server.ts';
import { BULLETIN as REPORT, BULLETIN_CASE as MISSED, deskWorkspace, selectInText } from '../../tests/helpers/desk.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const folders = deskWorkspace();

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // Astro's dev toolbar is not part of the desk.
  await page.addStyleTag({ content: 'astro-dev-toolbar { display: none !important; }' });
  await page.screenshot({ path: join(ROOT, 'docs', `${name}.png`) });
  console.log(`docs/${name}.png`);
}

const server = await startDevServer(folders);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
  await page.goto(`${server.origin}/desk/${REPORT}/`, { timeout: 120_000 });
  await page.waitForSelector('[data-desk-ready]', { state: 'attached' });
  // The first visit may be reloaded once by the dev server: select until the form has the title.
  for (let i = 0; i < 50 && (await page.inputValue('.desk-add input[name="title"]').catch(() => '')) !== MISSED; i++) {
    await page.evaluate(selectInText, MISSED).catch(() => {});
    await page.waitForTimeout(200);
  }
  await page.locator('.desk-text p', { hasText: MISSED }).scrollIntoViewIfNeeded();
  await shot(page, 'desk-report');

  await page.click('.desk-add button[type="submit"]');
  await page.waitForSelector('.desk-case-item', { timeout: 60_000 });
  await page.waitForSelector('[data-desk-ready]', { state: 'attached' });
  await page.waitForSelector('.desk-decisions li');
  await page.locator('.desk-case-item').scrollIntoViewIfNeeded();
  await shot(page, 'desk-decisions');
} finally {
  await browser.close();
  await server.stop();
  rmSync(folders.root, { recursive: true, force: true });
}
