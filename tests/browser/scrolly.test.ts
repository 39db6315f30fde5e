/**
 * The story's scrolly sections with JavaScript (src/client/scrolly.ts), on a
 * desktop and a phone screen: scrolling activates each step in order and
 * shows that step's own chart in the sticky graphic; a fast jump to the end
 * and back lands on the right step; a #step-3 deep link (and a reload) opens
 * on step 3; with reduced motion the story stays flat.
 *
 * "Its own chart": an init script tags every .step-chart, while the HTML is
 * parsed (before the scrolly script runs), with the id of the step it is
 * served in; charts keep that tag when the script moves them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isolate, launch, noBrowser, settle, watch, type Watch } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { NO_STORY, storyPath } from './pages.ts';

const { root } = inject('siteDirs');
const story = storyPath(root);

const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 375, height: 800 } },
] as const;

interface State {
  /** ids of the steps with data-active, in the first section that has `section`. */
  active: string[];
  /** The step the active .step-chart was served in (null unless exactly one is active). */
  chartOf: string | null;
  /** Active charts that are shown (box, opacity, visibility) and inside the viewport. */
  shown: number;
  /** All .step-chart elements of the section that are currently shown. */
  shownTotal: number;
  enhanced: boolean;
}

/** Runs before any page script: tag each .step-chart with the id of the step it is served in. */
function tagOwnCharts() {
  const tag = () => {
    for (const c of document.querySelectorAll('.step-chart:not([data-test-own])')) {
      const step = c.closest('li.step');
      c.setAttribute('data-test-own', step ? step.id : 'moved before it was tagged');
    }
  };
  new MutationObserver(tag).observe(document, { childList: true, subtree: true });
}

/** The state of the scrolly section that holds step `stepId`. */
function state(page: Page, stepId: string): Promise<State> {
  return page.evaluate((id) => {
    const section = document.getElementById(id)!.closest('[data-scrolly]')!;
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      const cs = getComputedStyle(e);
      return r.width > 0 && r.height > 0 && cs.visibility === 'visible' && Number(cs.opacity) === 1 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    };
    const charts = [...section.querySelectorAll('.step-chart')];
    const activeCharts = charts.filter((c) => c.hasAttribute('data-active'));
    const first = activeCharts[0];
    const chartOf = activeCharts.length === 1 && first ? (first.getAttribute('data-test-own') ?? 'untagged chart') : null;
    return {
      active: [...section.querySelectorAll('li.step[data-active]')].map((s) => s.id),
      chartOf,
      shown: activeCharts.filter(shown).length,
      shownTotal: charts.filter(shown).length,
      enhanced: section.classList.contains('is-enhanced'),
    };
  }, stepId);
}

/** Scroll instantly so that the top of `stepId` sits at `fraction` of the viewport height. */
function scrollStepTo(page: Page, stepId: string, fraction: number): Promise<void> {
  return page.evaluate(
    ([id, f]) => {
      const top = document.getElementById(id)!.getBoundingClientRect().top + scrollY - innerHeight * f;
      window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
    },
    [stepId, fraction] as const,
  );
}

const frames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** Wait until `stepId` is the only active step and its own chart is the one (and only one) shown. */
async function expectOn(page: Page, stepId: string, where: string): Promise<void> {
  await expect
    .poll(() => state(page, stepId), { timeout: 3_000, interval: 50, message: `${where}: expected ${stepId} active with its own chart shown` })
    .toEqual({ active: [stepId], chartOf: stepId, shown: 1, shownTotal: 1, enhanced: true });
}

describe.skipIf(noBrowser)('story scrolly (JavaScript on)', () => {
  let server: Served;
  let browser: Browser;
  let url: string;
  let steps: string[] = [];

  beforeAll(async () => {
    server = await serve(root);
    browser = await launch();
    if (story) url = new URL(story.slice(1), server.url).href;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const newContext = async (options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> => {
    const context = await browser.newContext(options);
    await context.addInitScript(tagOwnCharts);
    await isolate(context, [server.origin]);
    return context;
  };

  const open = async (context: BrowserContext, href: string): Promise<{ page: Page; w: Watch }> => {
    const page = await context.newPage();
    const w = watch(page, [server.origin]);
    await page.goto(href);
    await settle(page);
    return { page, w };
  };

  it('a story with a scrolly section of at least three steps is built', async () => {
    expect(story, NO_STORY).toBeDefined();
    const context = await newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      steps = await page.locator('[data-scrolly]').first().locator('li.step').evaluateAll((els) => els.map((e) => e.id));
      expect(steps.length, `steps of the first scrolly section in ${story}`).toBeGreaterThanOrEqual(2);
      expect(await page.locator('li.step').count(), 'steps in the story (the deep-link test needs #step-3)').toBeGreaterThanOrEqual(3);
    } finally {
      await context.close();
    }
  });

  for (const screen of SCREENS) {
    describe(screen.name, () => {
      let context: BrowserContext;
      beforeAll(async () => {
        if (story) context = await newContext({ viewport: screen.viewport });
      });
      afterAll(async () => {
        await context?.close();
      });

      it('scrolling step by step activates each step in order and shows its own chart', async () => {
        expect(story, NO_STORY).toBeDefined();
        const { page, w } = await open(context, url);
        try {
          const ids = await page.locator('[data-scrolly]').first().locator('li.step').evaluateAll((els) => els.map((e) => e.id));
          expect(ids.length).toBeGreaterThanOrEqual(2);
          await expect.poll(() => state(page, ids[0]!).then((s) => s.enhanced), { message: 'section gets .is-enhanced' }).toBe(true);
          // Start above the section, then scroll down in small increments, noting every active step on the way.
          await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
          const seen: string[] = [];
          const note = async () => {
            const s = await state(page, ids[0]!);
            const a = s.active.join('+') || '(none)';
            if (seen.at(-1) !== a) seen.push(a);
          };
          let previousChart: string | null = null;
          for (const id of ids) {
            const target = await page.evaluate(([stepId]) => document.getElementById(stepId!)!.getBoundingClientRect().top + scrollY - innerHeight * 0.3, [id]);
            for (let y = await page.evaluate(() => scrollY); y < target; y = Math.min(target, y + 120)) {
              await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y + 120 > target ? target : y + 120);
              await frames(page);
              await note();
            }
            await expectOn(page, id, `${screen.name}, scrolled to ${id}`);
            const chart = await page.evaluate(() => document.querySelector('.scrolly-graphic .step-chart[data-active]')?.getAttribute('data-test-own') ?? null);
            expect(chart, `${id}: the visible chart changed from the previous step's`).not.toBe(previousChart);
            previousChart = chart;
          }
          expect(seen, `active steps while scrolling down (${screen.name})`).toEqual(ids);
          expect(w.problems()).toEqual([]);
        } finally {
          await page.close();
        }
      });

      const jumpToEnd = async (page: Page) => {
        await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
        await frames(page);
        await page.waitForTimeout(300);
      };

      it('a fast scroll to the end and back lands on the right step', async () => {
        expect(story, NO_STORY).toBeDefined();
        const { page, w } = await open(context, url);
        try {
          const ids = await page.locator('[data-scrolly]').first().locator('li.step').evaluateAll((els) => els.map((e) => e.id));
          for (const back of [ids[1]!, ids[0]!, ids.at(-1)!]) {
            await jumpToEnd(page);
            await scrollStepTo(page, back, 0.3);
            await expectOn(page, back, `${screen.name}, end then straight back to ${back}`);
          }
          expect(w.problems()).toEqual([]);
        } finally {
          await page.close();
        }
      });

      it('after a fast scroll from the top to the end, a graphic still on screen shows the right chart', async () => {
        expect(story, NO_STORY).toBeDefined();
        const { page, w } = await open(context, url);
        try {
          const first = await page.locator('[data-scrolly]').last().locator('li.step').first().getAttribute('id');
          await jumpToEnd(page);
          // If the last section's sticky graphic is on screen at the end of the page, it must show the chart
          // of the step that last crossed the middle of the screen (the rule in src/client/scrolly.ts).
          const end = await page.evaluate((firstId) => {
            const section = document.getElementById(firstId!)!.closest('[data-scrolly]')!;
            const g = section.querySelector('.scrolly-graphic')!.getBoundingClientRect();
            const above = [...section.querySelectorAll('li.step')].filter((s) => s.getBoundingClientRect().top < innerHeight / 2);
            return { graphicOnScreen: g.height > 0 && g.bottom > 0 && g.top < innerHeight, expected: above.at(-1)?.id ?? firstId! };
          }, first);
          if (end.graphicOnScreen) await expectOn(page, end.expected, `${screen.name}, jumped from the top to the end of the page; the sticky graphic is still on screen`);
          expect(w.problems()).toEqual([]);
        } finally {
          await page.close();
        }
      });

      it('a deep link #step-3 opens with step 3 active, also after a reload', async () => {
        expect(story, NO_STORY).toBeDefined();
        const { page, w } = await open(context, `${url}#step-3`);
        try {
          expect(await page.locator('#step-3').count(), 'the story has a step 3').toBe(1);
          const inView = () =>
            page.evaluate(() => {
              const r = document.getElementById('step-3')!.getBoundingClientRect();
              return r.top < innerHeight && r.bottom > 0;
            });
          await expectOn(page, 'step-3', `${screen.name}, opened at #step-3`);
          expect(await inView(), 'step 3 is on screen').toBe(true);
          await page.reload();
          await settle(page);
          await expectOn(page, 'step-3', `${screen.name}, #step-3 after reload`);
          expect(await inView(), 'step 3 is on screen after reload').toBe(true);
          expect(w.problems()).toEqual([]);
        } finally {
          await page.close();
        }
      });
    });
  }

  it('with reduced motion the story stays flat: every step followed by its own chart, none hidden', async () => {
    expect(story, NO_STORY).toBeDefined();
    const context = await newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    try {
      const { page, w } = await open(context, url);
      const flat = () =>
        page.evaluate(() => {
          const problems: string[] = [];
          for (const s of document.querySelectorAll('[data-scrolly]')) {
            if (s.classList.contains('is-enhanced')) problems.push('section is enhanced');
            if (s.querySelector('.scrolly-graphic')!.children.length > 0) problems.push('charts were moved into the sticky graphic');
          }
          for (const step of document.querySelectorAll<HTMLElement>('li.step')) {
            const chart = step.querySelector(':scope > .step-chart');
            if (!chart) {
              problems.push(`#${step.id}: its chart is not inside the step`);
              continue;
            }
            if (chart.getAttribute('data-test-own') !== step.id) problems.push(`#${step.id}: holds another step's chart`);
            const r = chart.getBoundingClientRect();
            const cs = getComputedStyle(chart);
            if (!(r.width > 0 && r.height > 0) || cs.visibility !== 'visible' || Number(cs.opacity) !== 1) problems.push(`#${step.id}: its chart is not visible`);
            if (chart.getAttribute('aria-hidden') === 'true') problems.push(`#${step.id}: its chart is visible but aria-hidden="true" (hidden from screen readers)`);
            if (r.top < step.querySelector(':scope > .step-body')!.getBoundingClientRect().bottom - 1) problems.push(`#${step.id}: its chart does not follow the text`);
          }
          return problems;
        });
      expect(await flat(), 'after load').toEqual([]);
      // Scrolling through must not change that.
      for (const id of await page.locator('li.step').evaluateAll((els) => els.map((e) => e.id))) {
        await scrollStepTo(page, id, 0.3);
        await frames(page);
      }
      await page.waitForTimeout(100);
      const problems = await flat();
      expect(problems, `after scrolling through:\n${problems.join('\n')}`).toEqual([]);
      expect(w.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
