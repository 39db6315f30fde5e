/**
 * `node scripts/bench/live-preview.ts`: save-to-updated-page times of
 * `npm run dev`'s live preview (scripts/live-data.ts). Starts the dev server,
 * opens a page in Chromium, edits one input the way an editor would, and times
 * until the open page shows the edit (no manual reload); then restores the file.
 * Needs build/data (npm run extract) and /usr/bin/chromium. Edits files in this
 * checkout and puts them back.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..', '..');
const PORT = 4399 + (process.pid % 500);
const ORIGIN = `http://localhost:${PORT}`;

interface Scenario {
  name: string;
  file: string;
  page: string;
  edit: (text: string, marker: string) => string;
}

/** Each edit puts a marker into text that the page shows. */
export const SCENARIOS: Scenario[] = [
  { name: 'story', file: 'content/stories/speed-of-approvals.md', page: '/stories/speed-of-approvals/', edit: (t, m) => t.replace(/^title: (.*)$/m, `title: $1${m}`) },
  { name: 'write-up', file: 'content/cases/yuexiu-elderly-canteens.md', page: '/cases/gz-2024-cases-018b04325c/', edit: (t, m) => t.replace(/^title: (.*)$/m, `title: $1${m}`) },
  { name: 'manifest field', file: 'seeds/manifest.json', page: '/sources/gz-2024-cases/', edit: (t, m) => t.replace(/("id": "gz-2024-cases",\s*"file": "[^"]+",\s*"title": ")([^"]+)"/, `$1$2${m}"`) },
];

async function waitFor(page: Page, marker: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    // The page reloads under us: an evaluation may land in a context being torn down.
    const found = await page.evaluate((m) => document.body?.innerText.includes(m) ?? false, marker).catch(() => false);
    if (found) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the page never showed "${marker}"`);
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(PORT)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout.on('data', (c) => (log += c));
  server.stderr.on('data', (c) => (log += c));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    while (!log.includes('watching for file changes')) await new Promise((r) => setTimeout(r, 200));
    const page = await browser.newPage();
    const rows: string[] = [];
    for (const s of SCENARIOS) {
      await page.goto(ORIGIN + s.page, { timeout: 120_000 });
      const path = join(ROOT, s.file);
      const original = readFileSync(path, 'utf8');
      const times: number[] = [];
      try {
        for (let i = 1; i <= 3; i++) {
          const marker = `测${s.name.length}${i}${Date.now() % 1000}`;
          const edited = s.edit(original, marker);
          if (edited === original) throw new Error(`${s.name}: the edit changed nothing in ${s.file}`);
          const start = performance.now();
          writeFileSync(path, edited);
          await waitFor(page, marker);
          times.push(performance.now() - start);
        }
      } finally {
        writeFileSync(path, original);
      }
      await new Promise((r) => setTimeout(r, 3000));
      const sorted = [...times].sort((a, b) => a - b);
      rows.push(`| ${s.name} | ${s.file} | ${sorted.map((t) => (t / 1000).toFixed(1)).join(', ')} | ${(sorted[1]! / 1000).toFixed(1)} |`);
    }
    process.stdout.write(`| edit | file | save → updated page, 3 runs (s) | median (s) |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`);
  } catch (error) {
    process.stderr.write(`${log.split('\n').slice(-40).join('\n')}\n`);
    throw error;
  } finally {
    await browser.close();
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
