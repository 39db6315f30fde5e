/**
 * `npm run shots`: PNG screenshots of every page family, and of every scrolly
 * step of every story, at a phone (390×844) and a desktop (1280×900) size, in
 * light and dark, from the built site (dist/; run `npm run build` first).
 * Written to shots/ (ignored by git) for people to look at: this is a review
 * tool, not a test. `SHOTS_ONLY=story` limits it to page names or paths containing
 * a word, `SHOTS_SIZE=phone` (or desktop) to one size.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../tests/helpers/serve.ts';
import { pageTypes } from '../../tests/browser/pages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'shots');
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const only = process.env.SHOTS_ONLY;
const sizes = SIZES.filter((s) => !process.env.SHOTS_SIZE || s.name === process.env.SHOTS_SIZE);

const slug = (path: string) => path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9-]+/gi, '_') || 'home';

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await serve(DIST);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let count = 0;
try {
  for (const size of sizes) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme});
      const page = await context.newPage();
      for (const type of pageTypes(DIST)) {
        if (!type.path || (only && !type.name.includes(only) && !type.path.includes(only))) continue;
        await page.goto(new URL(type.path.slice(1), server.url).href);
        await page.evaluate(() => document.fonts.ready);
        const name = `${slug(type.path)}.${size.name}.${scheme}`;
        await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
        count++;
        // Every scrolly step as it is read: its text starting right under its (sticky) chart on
        // phones, level with the middle of the screen on wide ones.
        const steps = await page.locator('.scrolly .step').count();
        for (let i = 0; i < steps; i++) {
          await page.evaluate((n) => {
            const step = document.querySelectorAll<HTMLElement>('.scrolly .step')[n]!;
            const body = step.querySelector<HTMLElement>('.step-body')!;
            const chart = step.querySelector<HTMLElement>('.step-chart')!;
            const phone = innerWidth < 1024;
            scrollTo(0, scrollY + body.getBoundingClientRect().top - (phone ? chart.getBoundingClientRect().height + 16 : innerHeight * 0.4));
          }, i);
          await page.waitForTimeout(350);
          await page.screenshot({ path: join(OUT, `${name}.step-${String(i + 1).padStart(2, '0')}.png`) });
          count++;
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${OUT}`);
