/**
 * `node scripts/bench/live-preview.ts`: save-to-updated-page times of
 * `npm run dev`'s live preview (scripts/live-data.ts). Starts the dev server,
 * opens a page in Chromium, edits one input the way an editor would, and times
 * until the open page shows the edit (no manual reload); then restores the file.
 * The desk decision is made on the desk page itself (a case's title edited and
 * saved), timed from the click to the reloaded page showing it.
 * Needs /usr/bin/chromium. Edits files in this checkout and puts them back
 * (a review file the desk created is deleted again).
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startDevServer } from '../../tests/helpers/dev-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');

interface Scenario {
  name: string;
  file: string;
  page: string;
  /** Save the edit: write the file, or act on the page. */
  edit: (text: string, marker: string) => string;
  /** Instead of writing the file, make the edit on the open page (the file is what it writes). */
  act?: (page: Page, marker: string) => Promise<void>;
}

/** The desk: the first case of the report gets the marker in its title, saved with the form's button. */
async function editOnDesk(page: Page, marker: string): Promise<void> {
  await page.waitForSelector('[data-desk-ready]', { state: 'attached' });
  const title = page.locator('.desk-case-form input[name="title"]').first();
  await title.fill(`${await title.getAttribute('value')}${marker}`);
  await page.locator('.desk-case-form button[type="submit"]').first().click();
}

/** Each edit puts a marker into text that the page shows. */
export const SCENARIOS: Scenario[] = [
  { name: 'story', file: 'content/stories/speed-of-approvals.md', page: '/stories/speed-of-approvals/', edit: (t, m) => t.replace(/^title: (.*)$/m, `title: $1${m}`) },
  { name: 'write-up', file: 'content/cases/yuexiu-elderly-canteens.md', page: '/cases/gz-2024-cases-018b04325c/', edit: (t, m) => t.replace(/^title: (.*)$/m, `title: $1${m}`) },
  { name: 'manifest field', file: 'seeds/manifest.json', page: '/sources/gz-2024-cases/', edit: (t, m) => t.replace(/("id": "gz-2024-cases",\s*"file": "[^"]+",\s*"title": ")([^"]+)"/, `$1$2${m}"`) },
  { name: 'desk decision', file: 'content/reviews/gz-2024-cases.yaml', page: '/desk/gz-2024-cases/', edit: (t) => t, act: editOnDesk },
];

async function waitFor(page: Page, marker: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    // The page reloads under us: an evaluation may land in a context being torn down. The server's
    // HTML (outerHTML: text and the value attributes of form fields) shows the edit only after the reload.
    const found = await page.evaluate((m) => document.documentElement.outerHTML.includes(m), marker).catch(() => false);
    if (found) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the page never showed "${marker}"`);
}

async function main(): Promise<void> {
  const server = await startDevServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const rows: string[] = [];
    for (const s of SCENARIOS) {
      await page.goto(server.origin + s.page, { timeout: 120_000 });
      const path = join(ROOT, s.file);
      const original = existsSync(path) ? readFileSync(path, 'utf8') : null;
      const folderExisted = existsSync(dirname(path));
      const times: number[] = [];
      const logFrom = server.log().length;
      let updates: string[] = [];
      try {
        for (let i = 1; i <= 3; i++) {
          const marker = `测${s.name.length}${i}${Date.now() % 1000}`;
          if (s.act) {
            const start = performance.now();
            await s.act(page, marker);
            await waitFor(page, marker);
            times.push(performance.now() - start);
            continue;
          }
          const edited = s.edit(original ?? '', marker);
          if (edited === original) throw new Error(`${s.name}: the edit changed nothing in ${s.file}`);
          const start = performance.now();
          writeFileSync(path, edited);
          await waitFor(page, marker);
          times.push(performance.now() - start);
        }
        // What the server spent re-running the pipeline and reloading, as it logs it (scripts/live-data.ts).
        updates = [...server.log().slice(logFrom).matchAll(/datasets updated, page reloaded \((\d+) ms\)/g)].map((m) => (Number(m[1]) / 1000).toFixed(1));
      } finally {
        if (original === null) rmSync(path, { force: true });
        else writeFileSync(path, original);
        if (!folderExisted && readdirSync(dirname(path)).length === 0) rmSync(dirname(path), { recursive: true });
      }
      await new Promise((r) => setTimeout(r, 3000));
      const sorted = [...times].sort((a, b) => a - b);
      rows.push(`| ${s.name} | ${s.file} | ${sorted.map((t) => (t / 1000).toFixed(1)).join(', ')} | ${(sorted[1]! / 1000).toFixed(1)} | ${updates.join(', ') || '—'} |`);
    }
    process.stdout.write(`| edit | file | save → updated page, 3 runs (s) | median (s) | server: pipeline and reload (s) |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`);
  } catch (error) {
    process.stderr.write(`${server.log().split('\n').slice(-40).join('\n')}\n`);
    throw error;
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
