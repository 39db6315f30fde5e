/**
 * What a first visit really loads, measured in Chromium (playwright-core):
 * every response the page causes until the network is idle — HTML, CSS,
 * scripts, anything a script injects (Pagefind's UI and index), images in the
 * first viewport, fetched data — summed as transferred (compressed) bytes,
 * with a fresh cache per page. Also reads the browser's own performance
 * entries (paint, largest contentful paint, layout shift), the part of
 * Lighthouse's metrics that needs no throttling model.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface FirstLoad {
  url: string;
  requests: number;
  /** Bytes on the wire: compressed bodies plus headers. */
  transferred: number;
  /** Transferred bytes by resource type (document, stylesheet, script, fetch, image …). */
  byType: Record<string, number>;
  /** Bytes of inline scripts (uncompressed): they travel inside the document. */
  inlineScript: number;
  fcpMs: number | null;
  lcpMs: number | null;
  cls: number;
  elements: number;
}

export async function withBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

/** Load `url` once with an empty cache and measure it; `ready` is a selector that must appear (e.g. a client-rendered chart). */
export async function firstLoad(browser: Browser, url: string, ready?: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  // Nothing leaves the machine: a request to another host would be a bug, and is not counted.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const done: Promise<{ type: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => done.push(request.sizes().then((s) => ({ type: request.resourceType(), bytes: s.responseBodySize + s.responseHeadersSize }))));
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    if (ready) await page.waitForSelector(ready, { state: 'attached', timeout: 60_000 });
    const metrics = await page.evaluate(
      () =>
        new Promise<{ fcp: number | null; lcp: number | null; cls: number; elements: number; inline: number }>((resolve) => {
          const entries = (type: string) => new Promise<PerformanceEntry[]>((r) => new PerformanceObserver((list) => r(list.getEntries())).observe({ type, buffered: true }));
          const first = (type: string) => Promise.race([entries(type), new Promise<PerformanceEntry[]>((r) => setTimeout(() => r([]), 500))]);
          void Promise.all([first('paint'), first('largest-contentful-paint'), first('layout-shift')]).then(([paint, lcp, shifts]) =>
            resolve({
              fcp: paint.find((e) => e.name === 'first-contentful-paint')?.startTime ?? null,
              lcp: lcp.at(-1)?.startTime ?? null,
              cls: shifts.reduce((sum, e) => sum + ((e as unknown as { hadRecentInput: boolean }).hadRecentInput ? 0 : (e as unknown as { value: number }).value), 0),
              elements: document.getElementsByTagName('*').length,
              inline: [...document.scripts].filter((s) => !s.src).reduce((n, s) => n + new TextEncoder().encode(s.text).length, 0),
            }),
          );
        }),
    );
    const loads = await Promise.all(done);
    const byType: Record<string, number> = {};
    for (const l of loads) byType[l.type] = (byType[l.type] ?? 0) + l.bytes;
    return { url, requests: loads.length, transferred: loads.reduce((n, l) => n + l.bytes, 0), byType, inlineScript: metrics.inline, fcpMs: metrics.fcp, lcpMs: metrics.lcp, cls: metrics.cls, elements: metrics.elements };
  } finally {
    await context.close();
  }
}
