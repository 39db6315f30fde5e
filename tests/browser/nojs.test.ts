/**
 * Without JavaScript the story and the home page are complete: every chart
 * shows a drawing (the narrow or the wide SVG, whichever fits), and a story's
 * scrolly section is a flat sequence in which each step is visible and
 * followed by its own chart.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isolate, launch, noBrowser, watch } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { NO_STORY, storyPaths } from './pages.ts';

const { root } = inject('siteDirs');
const stories = storyPaths(root);
const WIDTHS = [1280, 375];

interface ChartReport {
  figure: string;
  visible: { variant: string; width: number; height: number }[];
  hidden: string[];
}

/** Every chart figure on the page with its visible and hidden SVG drawings. */
function charts(page: Page): Promise<ChartReport[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart')].map((f, i) => {
      const svgs = [...f.querySelectorAll<SVGSVGElement>('.chart-drawing svg')];
      const shown = (s: Element) => {
        const r = s.getBoundingClientRect();
        const cs = getComputedStyle(s);
        return r.width > 0 && r.height > 0 && cs.visibility === 'visible' && s.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      };
      return {
        figure: `figure.chart#${f.id || i} [data-chart=${f.getAttribute('data-chart')}]`,
        visible: svgs.filter(shown).map((s) => ({ variant: s.getAttribute('data-variant') ?? '?', width: s.getBoundingClientRect().width, height: s.getBoundingClientRect().height })),
        hidden: svgs.filter((s) => !shown(s)).map((s) => s.getAttribute('data-variant') ?? '?'),
      };
    }),
  );
}

describe.skipIf(noBrowser)('without JavaScript', () => {
  let server: Served;
  let browser: Browser;
  const contexts = new Map<number, BrowserContext>();

  beforeAll(async () => {
    server = await serve(root);
    browser = await launch();
    for (const width of WIDTHS) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      await isolate(context, [server.origin]);
      contexts.set(width, context);
    }
  });
  afterAll(async () => {
    for (const c of contexts.values()) await c.close();
    await browser?.close();
    await server?.close();
  });

  const open = async (width: number, path: string) => {
    const page = await contexts.get(width)!.newPage();
    const w = watch(page, [server.origin]);
    // No settle(): with scripts off, only synchronous evaluation works (layout queries are synchronous anyway).
    await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('js')), 'scripts must not run').toBe(false);
    return { page, w };
  };

  const expectChartsVisible = async (page: Page, where: string, minCharts: number) => {
    const list = await charts(page);
    expect(list.length, `${where}: number of charts`).toBeGreaterThanOrEqual(minCharts);
    const bad = list.filter((c) => c.visible.length !== 1 || c.visible.some((v) => v.width < 100 || v.height < 50));
    expect(bad, `${where}: charts without exactly one visible drawing:\n${JSON.stringify(bad, null, 1)}`).toEqual([]);
  };

  for (const width of WIDTHS) {
    it(`home page at ${width}px: every chart drawing is visible`, async () => {
      const { page, w } = await open(width, '/');
      try {
        await expectChartsVisible(page, `/ at ${width}px`, 1);
        expect(w.problems()).toEqual([]);
      } finally {
        await page.close();
      }
    });

    if (stories.length === 0) {
      it(`story at ${width}px`, () => {
        expect(stories, NO_STORY).not.toEqual([]);
      });
    }

    for (const story of stories) {
      it(`${story} at ${width}px: every chart drawing is visible`, async () => {
        const { page, w } = await open(width, story);
        try {
          await expectChartsVisible(page, `${story} at ${width}px`, 1);
          expect(w.problems()).toEqual([]);
        } finally {
          await page.close();
        }
      });

      it(`${story} at ${width}px: every step is visible with its own chart, neither covering the other`, async () => {
        const { page } = await open(width, story);
        try {
          const report = await page.evaluate(() => {
            const problems: string[] = [];
            const sections = [...document.querySelectorAll('[data-scrolly]')];
            const steps = [...document.querySelectorAll<HTMLElement>('li.step')];
            const visible = (e: Element) => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
            };
            steps.forEach((step, i) => {
              const body = step.querySelector(':scope > .step-body');
              const chart = step.querySelector(':scope > .step-chart');
              if (!body || !visible(body)) return void problems.push(`#${step.id}: step text not visible`);
              if (!chart) return void problems.push(`#${step.id}: no .step-chart inside the step`);
              if (!visible(chart)) return void problems.push(`#${step.id}: its chart is not visible`);
              if (chart.getAttribute('aria-hidden') === 'true') problems.push(`#${step.id}: its chart is aria-hidden`);
              if (!chart.querySelector('figure.chart svg[data-variant]')) problems.push(`#${step.id}: its .step-chart holds no chart drawing`);
              // The chart stands above its text (phones) or beside it (wide screens), never over it.
              const b = body.getBoundingClientRect();
              const c = chart.getBoundingClientRect();
              if (c.left < b.right - 1 && b.left < c.right - 1 && c.top < b.bottom - 1 && b.top < c.bottom - 1) problems.push(`#${step.id}: its chart overlaps the step text`);
              const next = steps[i + 1];
              if (next && next.parentElement === step.parentElement && next.getBoundingClientRect().top < Math.max(b.bottom, c.bottom) - 1) problems.push(`#${step.id}: the next step overlaps it`);
            });
            return { sections: sections.length, steps: steps.length, problems };
          });
          // A story without a scrolly section has nothing to check here (scrolly.test.ts needs one story with one).
          if (report.sections > 0) expect(report.steps, 'the scrolly sections have steps').toBeGreaterThan(0);
          expect(report.problems, report.problems.join('\n')).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
