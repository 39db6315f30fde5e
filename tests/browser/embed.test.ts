/**
 * Embeds as a newsroom would use them: a host page on another origin with
 * `<iframe sandbox="allow-scripts">` pointing at /embed/district-year/ on the
 * site's origin, plus the site's host script (/embed.js). The iframe takes
 * the height of its content, and shrinks again when made wider (the wide
 * drawing is shorter). The embed page itself works in a sandbox without
 * allow-same-origin: no errors, chart drawn, no storage or cookies needed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { isolate, launch, noBrowser, settle, watch } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';

const { root } = inject('siteDirs');
const EMBED = 'embed/district-year/';

const hostPage = (site: string, sandbox: string, width: number) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
<body style="margin:0">
<h1>A newsroom article</h1>
<p>Before the chart.</p>
<iframe id="embed" src="${site}${EMBED}" sandbox="${sandbox}" title="Chart" style="width:${width}px;border:0;display:block" height="150"></iframe>
<p>After the chart.</p>
<script src="${site}embed.js" async></script>
</body></html>`;

describe.skipIf(noBrowser)('embeds on another origin', () => {
  let site: Served;
  let host: Served;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await serve(root);
    // A second server: same files, another port, so another origin. It serves the host pages.
    host = await serve(root, {
      extra: {
        '/host.html': hostPage(`${site.origin}/`, 'allow-scripts', 320),
        '/host-no-scripts.html': hostPage(`${site.origin}/`, '', 320),
      },
    });
    expect(host.origin).not.toBe(site.origin);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await isolate(context, [site.origin, host.origin]);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  const frameOf = async (page: Page): Promise<Frame> => {
    const frame = await (await page.$('#embed'))!.contentFrame();
    expect(frame, 'the iframe has a document').not.toBeNull();
    await frame!.waitForLoadState('load');
    return frame!;
  };
  /** The iframe's height as laid out in the host page, and its content's height reported from inside. */
  const heights = async (page: Page, frame: Frame) => ({
    iframe: await page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height),
    content: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
  });

  it('the iframe grows to its content, and shrinks again when made wider', async () => {
    const page = await context.newPage();
    const w = watch(page, [site.origin, host.origin]);
    try {
      await page.goto(`${host.origin}/host.html`);
      await settle(page);
      const frame = await frameOf(page);
      // Grows from the default 150 px to the content's height (the chart is taller at 320 px).
      await expect.poll(() => heights(page, frame).then((h) => Math.abs(h.iframe - h.content) <= 1 && h.iframe > 150), { timeout: 5_000, message: 'iframe height follows its content at 320 px' }).toBe(true);
      const narrow = await heights(page, frame);
      expect(narrow.iframe, 'grown well past the default 150 px').toBeGreaterThan(250);
      // Nothing is cut off: the frame's document fits without a scrollbar.
      expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(true);

      await page.evaluate(() => {
        document.getElementById('embed')!.style.width = '1000px';
      });
      await expect
        .poll(() => heights(page, frame).then((h) => h.iframe < narrow.iframe - 20 && Math.abs(h.iframe - h.content) <= 1), { timeout: 5_000, message: `iframe shrinks when 1000 px wide (was ${narrow.iframe}px)` })
        .toBe(true);
      const wide = await heights(page, frame);
      expect(wide.iframe).toBeLessThan(narrow.iframe);

      // And grows back when narrow again.
      await page.evaluate(() => {
        document.getElementById('embed')!.style.width = '320px';
      });
      await expect.poll(() => heights(page, frame).then((h) => Math.abs(h.iframe - narrow.iframe) <= 2), { timeout: 5_000, message: 'iframe grows back at 320 px' }).toBe(true);
      expect(w.problems(), w.problems().join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the embed works in a sandbox without allow-same-origin', async () => {
    const page = await context.newPage();
    const w = watch(page, [site.origin, host.origin]);
    try {
      await page.goto(`${host.origin}/host.html`);
      await settle(page);
      const frame = await frameOf(page);
      const inside = await frame.evaluate(() => {
        const svg = [...document.querySelectorAll('svg[data-variant]')].find((s) => s.getBoundingClientRect().width > 0 && s.getBoundingClientRect().height > 0);
        return {
          selfOrigin: self.origin,
          title: document.querySelector('.chart-title')?.textContent?.trim() ?? '',
          chart: svg ? { w: svg.getBoundingClientRect().width, h: svg.getBoundingClientRect().height } : null,
          backLink: document.querySelector<HTMLAnchorElement>('.embed-back a')?.href ?? '',
          target: document.querySelector('base')?.getAttribute('target') ?? '',
        };
      });
      expect(inside.selfOrigin, 'the sandbox gives the embed an opaque origin').toBe('null');
      expect(inside.title.length).toBeGreaterThan(0);
      expect(inside.chart, 'a chart drawing is visible inside the sandboxed frame').not.toBeNull();
      expect(inside.chart!.w).toBeGreaterThan(200);
      expect(inside.backLink.startsWith(site.origin)).toBe(true);
      expect(inside.target).toBe('_blank');
      // The frame's own requests all went to the site (no fonts, images or scripts from anywhere else).
      expect(w.problems(), w.problems().join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('without allow-scripts the iframe keeps its set height and still shows the chart', async () => {
    const page = await context.newPage();
    const w = watch(page, [site.origin, host.origin]);
    try {
      await page.goto(`${host.origin}/host-no-scripts.html`);
      await settle(page);
      const frame = await frameOf(page);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height)).toBe(150);
      expect(await frame.evaluate(() => [...document.querySelectorAll('svg[data-variant]')].some((s) => s.getBoundingClientRect().height > 0))).toBe(true);
      expect(w.problems().filter((p) => !/Blocked script execution/.test(p)), w.problems().join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
