/**
 * Embeds as a newsroom would use them: a host page on another origin with
 * the iframe code the site offers (from the chart's oEmbed JSON), with and
 * without the site's host script (/embed.js).
 * - With the script the iframe takes its content's height, both ways.
 * - Without it (CMSs strip <script>) the offered height fits every column
 *   from 320 to 720 px: no inner scrollbar, at most 60 px of blank space.
 * - ?theme=light|dark fixes the colours in either system scheme; auto with
 *   the script follows the host page.
 * - The host script ignores frames it did not mark, messages from other
 *   origins, and heights that are not sane numbers.
 * - A story URL is enough: its oEmbed discovery link leads to its lead chart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { isolate, launch, noBrowser, requireCjkFonts, settle, watch } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { newsroomPages } from '../helpers/site.ts';

const { root } = inject('siteDirs');
/** The four charts of the issue (heat table, the tall 2019 map, approval times, a district timeline) and two more. */
const CHARTS = ['district-year', 'district-map', 'time-compression', 'district-timeline', 'domain-mix', 'measure-bars'];
const WIDTHS = [320, 375, 640, 720];

/** The offered iframe code of a chart, pointed at the test server, with or without its script tag. */
function offered(key: string, siteUrl: string, script: boolean, theme?: string): string {
  const { html } = JSON.parse(readFileSync(join(root, 'embed', `${key}.oembed.json`), 'utf8')) as { html: string };
  // Absolute when the build knows its SITE, relative without: either way, point it at the test server.
  const local = html.replace(/(src|href)="(?:https?:\/\/[^/"]+)?\//g, `$1="${siteUrl}`);
  const themed = theme ? local.replace(/\?theme=auto/, `?theme=${theme}`) : local;
  return (script ? themed : themed.replace(/<script[^>]*><\/script>/, '')).replace('<iframe', '<iframe id="embed"');
}

/** The offered code of the chart frozen at its current version (/embed/ page), pointed at the test server, without its script. */
function offeredFrozen(key: string, siteUrl: string): string {
  const newsroom = newsroomPages(root);
  const escaped = new RegExp(`id="frozen-${key}"[^>]*>([^<]*)</textarea>`).exec(newsroom)?.[1];
  if (!escaped) throw new Error(`no frozen embed code for ${key} on the /embed/ pages`);
  const html = escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return html.replace(/(src|href)="(?:https?:\/\/[^/"]+)?\//g, `$1="${siteUrl}`).replace(/<script[^>]*><\/script>/, '').replace('<iframe', '<iframe id="embed"');
}

const page = (body: string, style = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
<body style="margin:0;${style}"><h1>A newsroom article</h1><p>Before the chart.</p>${body}<p>After the chart.</p></body></html>`;

/** A page with nothing in it: the tests post messages from inside it as a hostile or careless frame would. */
const BLANK = '<!doctype html><title>frame</title>';

describe.skipIf(noBrowser)('embeds on another origin', () => {
  let site: Served;
  let host: Served;
  let browser: Browser;
  const contexts: Record<'light' | 'dark', BrowserContext> = {} as never;

  beforeAll(async () => {
    // Fail fast and say why: without CJK fonts every height below is measured on boxes, not text.
    requireCjkFonts();
    site = await serve(root, { extra: { '/blank.html': BLANK } });
    const s = `${site.origin}/`;
    const extra: Record<string, string> = { '/ad.html': BLANK };
    for (const key of CHARTS) {
      for (const w of WIDTHS) extra[`/stripped-${key}-${w}.html`] = page(`<div style="width:${w}px">${offered(key, s, false)}</div>`);
    }
    for (const key of CHARTS) {
      for (const w of WIDTHS) extra[`/stripped-frozen-${key}-${w}.html`] = page(`<div style="width:${w}px">${offeredFrozen(key, s)}</div>`);
    }
    extra['/host.html'] = page(`<div id="col" style="width:320px">${offered('district-year', s, true)}</div>`);
    extra['/no-scripts.html'] = page(`<div style="width:375px">${offered('district-year', s, false).replace(/sandbox="[^"]*"/, 'sandbox=""')}</div>`);
    for (const theme of ['light', 'dark']) extra[`/theme-${theme}.html`] = page(offered('domain-mix', s, false, theme));
    extra['/host-light.html'] = page(offered('domain-mix', s, true), 'background:#fff;color:#111');
    extra['/host-dark.html'] = page(offered('domain-mix', s, true), 'background:#111;color:#eee');
    extra['/hostile.html'] = page(
      `<iframe id="ad" src="/ad.html" data-gzc-embed style="height:90px;width:300px;border:0"></iframe>` +
        `<iframe id="greedy" src="${s}blank.html" data-gzc-embed style="height:150px;width:300px;border:0"></iframe>` +
        `<iframe id="unmarked" src="${s}blank.html" style="height:150px;width:300px;border:0"></iframe>` +
        offered('district-year', s, true),
    );
    host = await serve(root, { extra });
    expect(host.origin).not.toBe(site.origin);
    browser = await launch();
    for (const scheme of ['light', 'dark'] as const) {
      contexts[scheme] = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      await isolate(contexts[scheme], [site.origin, host.origin]);
    }
  });
  afterAll(async () => {
    for (const c of Object.values(contexts)) await c?.close();
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  const open = async (path: string, scheme: 'light' | 'dark' = 'light') => {
    const p = await contexts[scheme].newPage();
    const w = watch(p, [site.origin, host.origin]);
    await p.goto(`${host.origin}${path}`);
    await settle(p);
    const frame = (await (await p.$('#embed'))!.contentFrame())!;
    await frame.waitForLoadState('load');
    return { page: p, frame, w };
  };
  const iframeHeight = (p: Page, id = 'embed') => p.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().height, id);
  const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  /** Blank space in the frame: below the last line, plus the part of the drawing's box the fitted drawing leaves empty. */
  const layout = (frame: Frame) =>
    frame.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg[data-variant]')].find((s) => s.getBoundingClientRect().height > 0)!;
      const box = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      const drawn = vb.height * Math.min(box.width / vb.width, box.height / vb.height);
      const back = document.querySelector('.embed-back')!.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(document.body).paddingBottom);
      return {
        scrollbar: document.documentElement.scrollHeight > innerHeight + 1,
        blank: Math.round(innerHeight - pad - back.bottom + (box.height - drawn)),
        lastLineVisible: back.bottom <= innerHeight,
        textPx: (drawn / vb.height) * 12,
      };
    });

  it('without the host script, the offered height fits every column from 320 to 720 px', async () => {
    const failures: string[] = [];
    for (const key of CHARTS) {
      for (const width of WIDTHS) {
        const { page: p, frame, w } = await open(`/stripped-${key}-${width}.html`);
        const l = await layout(frame);
        if (l.scrollbar || !l.lastLineVisible || l.blank > 60 || l.textPx < 11) failures.push(`${key} at ${width}px: ${JSON.stringify(l)}`);
        expect(w.problems(), w.problems().join('\n')).toEqual([]);
        await p.close();
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('the frozen version\'s code fits the same way without the host script', async () => {
    const failures: string[] = [];
    for (const key of CHARTS) {
      for (const width of WIDTHS) {
        const { page: p, frame, w } = await open(`/stripped-frozen-${key}-${width}.html`);
        const l = await layout(frame);
        if (l.scrollbar || !l.lastLineVisible || l.blank > 60 || l.textPx < 11) failures.push(`${key} (frozen) at ${width}px: ${JSON.stringify(l)}`);
        expect(w.problems(), w.problems().join('\n')).toEqual([]);
        await p.close();
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('with the host script, the iframe follows its content as the column changes width, both ways', async () => {
    const { page: p, frame, w } = await open('/host.html');
    const heights = () => Promise.all([iframeHeight(p), contentHeight(frame)]).then(([iframe, content]) => ({ iframe, content }));
    const fits = async () => {
      const h = await heights();
      return Math.abs(h.iframe - h.content) <= 1;
    };
    const wideShown = () => frame.evaluate(() => document.querySelector('.chart-wide')!.getBoundingClientRect().height > 0);
    expect(await frame.evaluate(() => document.documentElement.classList.contains('fluid'))).toBe(true);
    // At each column width the iframe's height is its content's height (narrow, wider, narrow again).
    for (const width of [320, 1000, 320]) {
      await p.evaluate((px) => (document.getElementById('col')!.style.width = `${px}px`), width);
      await expect.poll(async () => (await fits()) && (width < 640 || (await wideShown())), { timeout: 5_000 }).toBe(true);
      const h = await heights();
      expect(Math.abs(h.iframe - h.content), `at ${width}px the iframe is ${h.iframe}px high and its content ${h.content}px`).toBeLessThanOrEqual(1);
    }
    expect(w.problems(), w.problems().join('\n')).toEqual([]);
    await p.close();
  });

  it('the embed works in its sandbox: links open outside, nothing is requested from elsewhere', async () => {
    const { page: p, frame, w } = await open('/host.html');
    const inside = await frame.evaluate(() => ({
      back: document.querySelector<HTMLAnchorElement>('.embed-back a')?.href ?? '',
      target: document.querySelector('base')?.getAttribute('target'),
      referrer: document.querySelector('meta[name=referrer]')?.getAttribute('content'),
    }));
    expect(inside.back.startsWith(site.origin)).toBe(true);
    expect(inside.target).toBe('_blank');
    expect(inside.referrer).toBe('no-referrer');
    expect(await p.$eval('#embed', (f) => [f.getAttribute('referrerpolicy'), f.getAttribute('sandbox')])).toEqual([
      'no-referrer',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    ]);
    expect(w.problems(), w.problems().join('\n')).toEqual([]);
    await p.close();
  });

  it('without any script in the frame (sandbox=""), the chart still fills the offered height', async () => {
    const { page: p, frame } = await open('/no-scripts.html');
    const l = await layout(frame);
    expect(l.scrollbar).toBe(false);
    expect(l.lastLineVisible).toBe(true);
    expect(l.blank).toBeLessThanOrEqual(60);
    await p.close();
  });

  const background = (frame: Frame) =>
    frame.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    });

  it('?theme=light and ?theme=dark hold in both system schemes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        const { page: p, frame } = await open(`/theme-${theme}.html`, scheme);
        expect(await background(frame), `theme=${theme} in a ${scheme} system`).toBe(theme);
        await p.close();
      }
    }
  });

  it('?theme=auto with the host script follows the host page, not the system', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const hostScheme of ['light', 'dark'] as const) {
        const { page: p, frame } = await open(`/host-${hostScheme}.html`, scheme);
        await expect.poll(() => background(frame), { timeout: 5_000, message: `${hostScheme} host in a ${scheme} system` }).toBe(hostScheme);
        await p.close();
      }
    }
  });

  it('the host script touches only its own frames, hears only the site, and clamps heights', async () => {
    const { page: p, w } = await open('/hostile.html');
    const post = async (id: string, height: unknown) => {
      const frame = (await (await p.$(`#${id}`))!.contentFrame())!;
      await frame.evaluate((h) => parent.postMessage({ type: 'gzc-embed-height', height: h }, '*'), height);
      await p.waitForTimeout(100);
      return iframeHeight(p, id);
    };
    // The host's own "ad" frame is marked but not on the site's origin: ignored, whatever it asks.
    expect(await post('ad', 19_999)).toBe(90);
    expect(await post('ad', 300)).toBe(90);
    // An unmarked frame of the site's origin is not the host script's business.
    expect(await post('unmarked', 300)).toBe(150);
    // A marked frame of the site: heights are clamped integers; strings and NaN are refused.
    expect(await post('greedy', 1e9)).toBe(8000);
    expect(await post('greedy', '700')).toBe(8000);
    expect(await post('greedy', Number.NaN)).toBe(8000);
    expect(await post('greedy', 237.6)).toBe(238);
    expect(await post('greedy', -5)).toBe(100);
    expect(w.problems(), w.problems().join('\n')).toEqual([]);
    await p.close();
  });

  it('a story URL is enough: its oEmbed discovery link embeds its lead chart', async () => {
    const p = await contexts.light.newPage();
    const w = watch(p, [site.origin, host.origin]);
    const stories = await (await fetch(`${site.origin}/stories/`)).text();
    const story = /href="(\/stories\/[^"/]+\/)"/.exec(stories)![1]!;
    const html = await (await fetch(`${site.origin}${story}`)).text();
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    expect(link, `discovery link on ${story}`).toBeDefined();
    const onSite = (u: string) => site.origin + u.replace(/^https?:\/\/[^/]+/, '');
    const oembed = (await (await fetch(onSite(link!))).json()) as { html: string; thumbnail_url: string };
    // What a CMS does: fetch the JSON and insert its html (here without the script, as most do).
    await p.goto(`${host.origin}/ad.html`);
    await p.evaluate((code) => (document.body.innerHTML = code), oembed.html.replace(/(src|href)="(?:https?:\/\/[^/"]+)?\//g, `$1="${site.origin}/`).replace(/<script[^>]*><\/script>/, '').replace('<iframe', '<iframe id="embed"'));
    const frame = (await (await p.$('#embed'))!.contentFrame())!;
    await frame.waitForLoadState('load');
    expect(await frame.evaluate(() => document.querySelector('.chart-title')?.textContent ?? '')).not.toBe('');
    expect((await fetch(onSite(oembed.thumbnail_url))).headers.get('content-type')).toBe('image/png');
    expect(w.problems(), w.problems().join('\n')).toEqual([]);
    await p.close();
  });

  it('the newsroom page previews each chart at 320, 375 and 720 px and copies its code', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await isolate(context, [site.origin]);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const p = await context.newPage();
    const w = watch(p, [site.origin]);
    await p.goto(`${site.origin}/embed/`);
    await p.evaluate(() => (document.querySelector<HTMLDetailsElement>('#district-map-2019 details')!.open = true));
    const frames = await p.$$('#district-map-2019 .newsroom-frame iframe');
    expect(frames).toHaveLength(3);
    for (const handle of frames) {
      await handle.scrollIntoViewIfNeeded();
      const frame = (await handle.contentFrame())!;
      await frame.waitForSelector('.embed-back');
      const l = await layout(frame);
      expect(l.scrollbar || !l.lastLineVisible || l.blank > 60, JSON.stringify(l)).toBe(false);
    }
    await p.click('#district-map-2019 button[data-copy^="code-"]');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(await p.$eval('#code-district-map-2019', (t) => (t as HTMLTextAreaElement).value));
    expect(w.problems(), w.problems().join('\n')).toEqual([]);
    await context.close();
  });

  it('old hashed embed URLs land on the readable ones', async () => {
    const p = await contexts.light.newPage();
    await p.goto(`${site.origin}/embed/district-map-1o5mj9v/`);
    await p.waitForURL(`${site.origin}/embed/district-map-2019/`);
    expect(await p.$eval('.chart-subtitle', (e) => e.textContent)).toContain('2019年');
    await p.close();
  });
});
