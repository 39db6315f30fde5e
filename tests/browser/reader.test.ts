/**
 * Reader checks on the built site, in Chromium, at a small phone, a phone, a
 * tablet and a desktop (360, 390, 768, 1280 px), light and dark: what a
 * reader or a graphics editor would notice on every page type.
 *   - no chart text outside its drawing (clipped);
 *   - no id-like token (gz-2018-top10-f-7fef8a9875) or file path in visible text;
 *   - no year printed with a thousands separator (2,018);
 *   - every legend colour is drawn, every filled colour drawn is in the legend;
 *   (scrolly.test.ts checks each scrolly step's chart is wholly on screen while its text is read);
 *   - no layout shift on any story; in print, each chart once, within the page.
 * A failure lists every offender with page, width and scheme.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isolate, noBrowser, settle, siteSession } from '../helpers/browser.ts';
import { pageTypes, storyPaths } from './pages.ts';

const { root } = inject('siteDirs');
const pages = pageTypes(root).filter((p) => p.path);
const stories = storyPaths(root);
const WIDTHS = [360, 390, 768, 1280];
const PHONE = { width: 390, height: 844 };

/** Runs in the page: everything wrong with what it shows, as lines of text. */
function inspect(): string[] {
  const problems: string[] = [];
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  };
  const label = (svg: Element) => svg.querySelector('title')?.textContent ?? '(untitled chart)';
  // Page text: ids and file paths are internals; a grouped four-digit year is a formatting bug.
  const text = document.body.innerText;
  for (const m of text.matchAll(/\b(?:gz|hp|lh)-\d{4}[a-z0-9-]*-[0-9a-f]{6,}\b/g)) problems.push(`id in text: ${m[0]}`);
  for (const m of text.matchAll(/\b(?:seeds|content|scripts|src|build)\/[\w./-]+/g)) problems.push(`file path in text: ${m[0]}`);
  for (const m of text.matchAll(/(?<![\d,.])([12]),(\d{3})(?![\d,])/g)) {
    const n = Number(m[1]! + m[2]!);
    if (n >= 1900 && n <= 2100) problems.push(`year with a separator: ${m[0]}`);
  }
  for (const svg of document.querySelectorAll('.chart-drawing svg')) {
    if (!visible(svg)) continue;
    const box = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (!t.textContent?.trim() || r.width === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        problems.push(`clipped text in "${label(svg)}": "${t.textContent.trim().slice(0, 30)}"`);
      }
    }
    // Legend swatches against the colours the marks use (computed, so CSS variables resolve);
    // a rule mark (line) counts: the district-year matrix draws its zero cells as one rule per row.
    const legend = svg.querySelector('g.legend');
    if (!legend) continue;
    // Marks filled with the page colour (hollow dots, halos) are not data colours.
    const probe = document.createElement('div');
    probe.style.background = 'var(--paper)';
    svg.parentElement!.append(probe);
    const background = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const swatch = [...legend.querySelectorAll('rect')].map((r) => {
      const s = getComputedStyle(r);
      return s.fill === 'none' ? s.stroke : s.fill;
    });
    const fills = new Set<string>();
    const strokes = new Set<string>();
    for (const m of svg.querySelectorAll('rect, path, circle, line, use')) {
      if (legend.contains(m) || m.closest('defs') || m.closest('[aria-label$="axis"]')) continue;
      const s = getComputedStyle(m);
      // A line paints only its stroke; its computed fill (inherited currentColor) is never drawn.
      if (m.tagName !== 'line' && s.fill !== 'none' && s.fill !== background && s.fillOpacity !== '0') fills.add(s.fill);
      if (s.stroke !== 'none') strokes.add(s.stroke);
    }
    for (const c of swatch) if (!fills.has(c) && !strokes.has(c)) problems.push(`legend colour not drawn in "${label(svg)}": ${c}`);
    for (const c of fills) if (!swatch.includes(c)) problems.push(`colour drawn but not in the legend of "${label(svg)}": ${c}`);
  }
  return problems;
}

async function open(page: Page, base: string, path: string): Promise<void> {
  await page.goto(new URL(path.slice(1), base).href);
  await settle(page);
}

describe.skipIf(noBrowser)('reader checks', () => {
  const site = siteSession(root);

  for (const scheme of ['light', 'dark'] as const) {
    it(`every page type at ${WIDTHS.join(', ')} px, ${scheme}: no clipped chart text, ids, file paths, grouped years or legend mismatches`, async () => {
      const context = await site.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      await isolate(context, [site.server.origin]);
      const page = await context.newPage();
      const failures: string[] = [];
      try {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          for (const type of pages) {
            await open(page, site.server.url, type.path!);
            for (const p of await page.evaluate(inspect)) failures.push(`${type.path} ${width}px: ${p}`);
          }
        }
      } finally {
        await context.close();
      }
      expect([...new Set(failures)]).toEqual([]);
    }, 240_000);
  }

  it('stories: no layout shift while loading (CLS 0) on a phone and a desktop', async () => {
    const failures: string[] = [];
    const page = await site.context.newPage();
    try {
      for (const size of [PHONE, { width: 1280, height: 900 }]) {
        await page.setViewportSize(size);
        for (const path of stories) {
          await open(page, site.server.url, path);
          // The sum and, for a failure to be diagnosable, what moved: each shift's time and its
          // sources (element, class, rectangle before and after).
          const { cls, shifts } = await page.evaluate(
            () =>
              new Promise<{ cls: number; shifts: string[] }>((res) => {
                type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
                type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] };
                let sum = 0;
                const shifts: string[] = [];
                const box = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
                const name = (n?: Node) => (n instanceof Element ? `${n.tagName.toLowerCase()}.${[...n.classList].join('.')}` : (n?.nodeName ?? '?'));
                new PerformanceObserver((list) => {
                  for (const e of list.getEntries() as Shift[]) {
                    if (e.hadRecentInput) continue;
                    sum += e.value;
                    const moved = e.sources.map((s) => `${name(s.node)} ${box(s.previousRect)} -> ${box(s.currentRect)}`);
                    shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${moved.join('; ')}`);
                  }
                }).observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => res({ cls: sum, shifts }), 300);
              }),
          );
          if (cls > 0) failures.push(`${path} at ${size.width}px: CLS ${cls.toFixed(3)} (${shifts.join(' | ')})`);
        }
      }
    } finally {
      await page.close();
    }
    expect(failures).toEqual([]);
  });

  it('print: each chart of a story shows once, one drawing per chart, within the page width, without page controls or repeated notes', async () => {
    const failures: string[] = [];
    const page = await site.context.newPage();
    try {
      await page.emulateMedia({ media: 'print' });
      // A4 at 96 dpi less the page margins.
      await page.setViewportSize({ width: 680, height: 1000 });
      for (const path of stories) {
        await open(page, site.server.url, path);
        const r = await page.evaluate(() => {
          const figures = [...document.querySelectorAll('figure.chart')];
          const shown = (e: Element) => e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== 'hidden';
          return {
            figures: figures.length,
            hidden: figures.filter((f) => !shown(f)).length,
            drawings: figures.map((f) => [...f.querySelectorAll('.chart-drawing svg')].filter(shown).length),
            wide: figures.filter((f) => [...f.querySelectorAll('svg')].some((s) => shown(s) && s.getBoundingClientRect().right > innerWidth + 1)).length,
            controls: [...document.querySelectorAll('.chart-tools, .chart-table, textarea')].filter(shown).length,
            // A scrolly redraws one chart per step: its notes and source list belong on paper once, not once a step.
            repeats: (() => {
              const seen = new Map<string, number>();
              for (const e of document.querySelectorAll('.chart-notes, .chart-source')) if (shown(e)) seen.set(e.textContent ?? '', (seen.get(e.textContent ?? '') ?? 0) + 1);
              return [...seen.values()].filter((n) => n > 1).reduce((a, n) => a + n - 1, 0);
            })(),
          };
        });
        if (r.figures === 0 || r.hidden > 0) failures.push(`${path}: ${r.hidden} of ${r.figures} charts hidden in print`);
        if (r.drawings.some((n) => n !== 1)) failures.push(`${path}: drawings per chart in print ${r.drawings.join(',')}`);
        if (r.wide > 0) failures.push(`${path}: ${r.wide} charts wider than the page`);
        if (r.controls > 0) failures.push(`${path}: ${r.controls} tables, embed codes or download controls printed`);
        if (r.repeats > 0) failures.push(`${path}: ${r.repeats} chart notes or source lists printed again under a later step's copy of the chart`);
      }
    } finally {
      await page.close();
    }
    expect(failures).toEqual([]);
  });
});
