/**
 * The stories' scrolly sections. They are CSS alone (src/styles/scrolly.css):
 * each step holds its own chart, sticky on screens, so there is no script
 * state to test; what matters is what a reader sees while reading each step:
 *   - on phones (360×740, 390×844) the step's chart is wholly on screen above
 *     its text, with at least a quarter of the screen left to read, and never under a card;
 *   - on a desktop the step's chart is wholly on screen beside its text;
 *   - no other step's chart covers the text or the chart being read;
 *   - on phones each step's source list can be read in full (it opens from a one-line summary);
 *   - a #step-3 deep link opens on step 3's text and chart.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, settle, siteSession } from '../helpers/browser.ts';
import { NO_STORY, storyPath, storyPaths } from './pages.ts';

const { root } = inject('siteDirs');
const stories = storyPaths(root);
const SCREENS = [
  { name: 'small phone', width: 360, height: 740, phone: true },
  { name: 'phone', width: 390, height: 844, phone: true },
  { name: 'desktop', width: 1280, height: 900, phone: false },
];

interface Reading {
  chart: { top: number; bottom: number; left: number; right: number };
  body: { top: number; bottom: number; left: number; right: number };
  vh: number;
  vw: number;
  /** Other steps' charts that overlap this step's text or chart. */
  covered: number;
}

/** Scroll so that step `n`'s text is being read, and measure. */
function read(page: Page, n: number, phone: boolean): Promise<Reading> {
  return page.evaluate(
    async ([i, onPhone]) => {
      const steps = [...document.querySelectorAll<HTMLElement>('.scrolly .step')];
      const step = steps[i]!;
      const body = step.querySelector<HTMLElement>(':scope > .step-body')!;
      const chart = step.querySelector<HTMLElement>(':scope > .step-chart')!;
      // Phones: the first lines of the text just under the sticky chart; desktop: the text mid-screen.
      const offset = onPhone ? chart.getBoundingClientRect().height + 16 : innerHeight * 0.4;
      scrollTo({ top: scrollY + body.getBoundingClientRect().top - offset, behavior: 'instant' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      const mine = [body.getBoundingClientRect(), chart.getBoundingClientRect()].map((r) => new DOMRect(r.x, Math.max(r.y, 0), r.width, Math.min(r.bottom, innerHeight) - Math.max(r.y, 0)));
      const covered = steps
        .filter((s) => s !== step)
        .map((s) => s.querySelector(':scope > .step-chart')!.getBoundingClientRect())
        .filter((r) => mine.some((m) => m.height > 0 && overlaps(r, m))).length;
      return { chart: box(chart), body: box(body), vh: innerHeight, vw: innerWidth, covered };
    },
    [n, phone] as const,
  );
}

describe.skipIf(noBrowser)('story scrolly sections', () => {
  const site = siteSession(root);

  it('a story with a scrolly section of at least three steps is built', () => {
    const story = storyPath(root);
    expect(story, NO_STORY).toBeDefined();
  });

  for (const screen of SCREENS) {
    it(`${screen.name} (${screen.width}×${screen.height}): every step's own chart is wholly on screen while its text is read`, async () => {
      const page = await site.context.newPage();
      const failures: string[] = [];
      try {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        for (const path of stories) {
          await page.goto(new URL(path.slice(1), site.server.url).href);
          await settle(page);
          const steps = await page.locator('.scrolly .step').count();
          for (let i = 0; i < steps; i++) {
            const r = await read(page, i, screen.phone);
            const where = `${path} step ${i + 1}`;
            if (r.chart.top < -1 || r.chart.bottom > r.vh + 1 || r.chart.right > r.vw + 1) failures.push(`${where}: the chart spans ${Math.round(r.chart.top)}–${Math.round(r.chart.bottom)}px of ${r.vh}`);
            if (screen.phone && r.vh - r.chart.bottom < 0.25 * r.vh) failures.push(`${where}: the chart leaves ${Math.round(r.vh - r.chart.bottom)}px to read`);
            if (screen.phone && r.body.top < r.chart.bottom - 1) failures.push(`${where}: the text starts under the chart`);
            if (r.covered > 0) failures.push(`${where}: another step's chart covers the text or the chart`);
          }
        }
      } finally {
        await page.close();
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }

  it('phone (390×844): every step\'s source list can be read in full, on screen, without covering its chart', async () => {
    const page = await site.context.newPage();
    const failures: string[] = [];
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      for (const path of stories) {
        await page.goto(new URL(path.slice(1), site.server.url).href);
        await settle(page);
        const steps = await page.locator('.scrolly .step').count();
        for (let i = 0; i < steps; i++) {
          await read(page, i, true);
          // A summary that opens the list is fine: open it, as a reader would, and measure the list it shows.
          const summary = page.locator('.scrolly .step').nth(i).locator('.step-chart summary:visible');
          if (await summary.count()) await summary.click();
          const r = await page.evaluate((n) => {
            const chart = document.querySelectorAll('.scrolly .step')[n]!.querySelector<HTMLElement>(':scope > .step-chart')!;
            const lists = [...chart.querySelectorAll<HTMLElement>('.chart-source')].filter((e) => e.checkVisibility());
            const drawing = [...chart.querySelectorAll<HTMLElement>('.chart-variant')].find((e) => e.checkVisibility())!.getBoundingClientRect();
            return {
              lists: lists.map((e) => ({ clipped: e.scrollHeight > e.clientHeight + 1, bottom: e.getBoundingClientRect().bottom, top: e.getBoundingClientRect().top })),
              drawing: { top: drawing.top, bottom: drawing.bottom },
              vh: innerHeight,
            };
          }, i);
          const where = `${path} step ${i + 1}`;
          if (r.lists.length !== 1) failures.push(`${where}: ${r.lists.length} source lists shown`);
          for (const l of r.lists) {
            if (l.clipped) failures.push(`${where}: the source list is clipped`);
            if (l.bottom > r.vh + 1) failures.push(`${where}: the source list ends ${Math.round(l.bottom - r.vh)}px below the screen`);
            if (l.top < r.drawing.bottom - 1 || r.drawing.top < -1) failures.push(`${where}: the source list covers the chart, or pushes it off screen`);
          }
          if (await summary.count()) await summary.click();
        }
      }
    } finally {
      await page.close();
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('a deep link #step-3 opens on step 3: its chart and the start of its text are on screen', async () => {
    const story = storyPath(root);
    expect(story, NO_STORY).toBeDefined();
    const page = await site.context.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(new URL(`${story!.slice(1)}#step-3`, site.server.url).href);
      await settle(page);
      // The site scrolls smoothly to anchors: wait until the scroll has come to rest.
      // The site scrolls smoothly to anchors, and on a busy machine the scroll can pause before it
      // ends: wait (up to 5 s) until it has come to rest twice in a row, 300 ms apart.
      await page.waitForFunction(
        () => new Promise((r) => { const y = scrollY; setTimeout(() => { const y2 = scrollY; setTimeout(() => r(y2 === y && scrollY === y && y > 0), 300); }, 300); }),
        undefined,
        { timeout: 5_000 },
      );
      const r = await page.evaluate(() => {
        const step = document.getElementById('step-3')!;
        const c = step.querySelector(':scope > .step-chart')!.getBoundingClientRect();
        const b = step.querySelector(':scope > .step-body')!.getBoundingClientRect();
        return { chartTop: c.top, chartBottom: c.bottom, bodyTop: b.top, vh: innerHeight };
      });
      expect(r.chartTop).toBeGreaterThanOrEqual(-1);
      expect(r.chartBottom).toBeLessThanOrEqual(r.vh);
      expect(r.bodyTop).toBeLessThan(r.vh);
    } finally {
      await page.close();
    }
  });
});
