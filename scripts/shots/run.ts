/**
 * `npm run shots`: PNG screenshots of every page family, and of every scrolly
 * step of every story, at a phone (390×844) and a desktop (1280×900) size, in
 * light and dark, from the built site (dist/; run `npm run build` first).
 * Written to shots/ (ignored by git) for people to look at: this is a review
 * tool, not a test. `SHOTS_ONLY=story` limits it to page names or paths containing
 * a word, `SHOTS_SIZE=phone` (or desktop) to one size. Besides the page types it
 * takes a few views no single page type shows (EXTRAS): a second district and embed,
 * the search page with a query, a story in print preview, and the home page after
 * a few Tab presses (is the keyboard focus visible?).
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serve } from '../../tests/helpers/serve.ts';
import { pageTypes, storyPaths } from '../../tests/browser/pages.ts';

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

interface Extra {
  name: string;
  path: (dist: string) => string | undefined;
  /** Runs after the page loaded; returns true when the shot should be the viewport only. */
  prepare?: (page: Page) => Promise<boolean | void>;
}
/** The nth page (sorted) under a folder whose name matches. */
const nth = (sub: string, n: number, match: RegExp = /./) => (dist: string) => {
  const names = readdirSync(join(dist, sub)).filter((name) => match.test(name) && existsSync(join(dist, sub, name, 'index.html'))).sort();
  return names[n] ? `/${sub}/${names[n]}/` : undefined;
};
const EXTRAS: Extra[] = [
  { name: 'district-2', path: nth('districts', 1) },
  { name: 'embed-bars', path: nth('embed', 0, /^measure-bars-[a-z]+$/) },
  { name: 'embed-time', path: nth('embed', 0, /^time-compression$/) },
  {
    // The first example term the page itself suggests in its placeholder (例如：…), typed in.
    name: 'search-query',
    path: () => '/search/',
    prepare: async (page) => {
      const input = page.locator('.pagefind-ui__search-input');
      const term = /例如：([^、]+)/.exec((await input.getAttribute('placeholder')) ?? '')?.[1] ?? '改革';
      await input.fill(term);
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 }).catch(() => {});
      await page.waitForTimeout(500);
    },
  },
  {
    // Print preview at an A4 page's width (210 mm at 96 dpi), whatever the screen size.
    name: 'print',
    path: (dist) => storyPaths(dist)[0],
    prepare: async (page) => {
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print' });
    },
  },
  {
    name: 'focus',
    path: () => '/',
    prepare: async (page) => {
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      return true;
    },
  },
];

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
      for (const extra of EXTRAS) {
        const path = extra.path(DIST);
        if (!path || (only && !extra.name.includes(only))) continue;
        await page.goto(new URL(path.slice(1), server.url).href);
        await page.evaluate(() => document.fonts.ready);
        // What prepare() returns: true for a shot of the viewport only.
        const viewportOnly = await extra.prepare?.(page);
        await page.screenshot({ path: join(OUT, `extra-${extra.name}.${size.name}.${scheme}.png`), fullPage: !viewportOnly });
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: size.width, height: size.height });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${OUT}`);
