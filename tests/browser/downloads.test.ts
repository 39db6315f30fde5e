/**
 * The standalone SVG downloads, drawn by two unrelated renderers: resvg (no
 * CSS, no system fonts: what a layout program or image tool sees) and
 * Chromium. Both pictures must agree cell by cell on a coarse grid (unresolved
 * CSS variables turn marks black in resvg, missing marks show as empty cells),
 * and in Chromium no text may fall outside the file's canvas.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, siteSession } from '../helpers/browser.ts';
import { rasterizeSvg } from '../helpers/rasterize-svg.ts';

const { root } = inject('siteDirs');
const files = readdirSync(join(root, 'embed')).filter((f) => f.endsWith('.svg'));
/** Every chart type's default, and every variant of the tallest (the yearly maps). */
const CHECKED = files.filter((f) => !/-[a-z0-9]{5,7}\.svg$/.test(f) || f.startsWith('district-map'));

describe.skipIf(noBrowser)('standalone SVG downloads', () => {
  const session = siteSession(root);
  let page: Page;
  beforeAll(async () => {
    page = await session.context.newPage();
  });
  afterAll(async () => page?.close());

  it('use no CSS variables and declare a font stack, a title and the source', () => {
    for (const f of files) {
      const svg = readFileSync(join(root, 'embed', f), 'utf8');
      expect(svg, f).not.toContain('var(');
      expect(svg, f).toMatch(/^<\?xml[^>]*>\n<svg [^>]*font-family="[^"]*sans-serif"/);
      expect(svg, f).toMatch(/<text [^>]*font-weight="700"[^>]*>[^<]+<\/text>/);
      expect(svg, f).toMatch(/>来源：《/);
    }
  });

  it('keep every text inside the canvas in Chromium', async () => {
    for (const f of CHECKED) {
      await page.goto(`${session.server.origin}/embed/${f}`);
      const outside = await page.evaluate(() => {
        const canvas = document.documentElement.getBoundingClientRect();
        return [...document.querySelectorAll('text')]
          .map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.left < canvas.left - 0.5 || r.right > canvas.right + 0.5 || r.top < canvas.top - 0.5 || r.bottom > canvas.bottom + 0.5))
          .map(({ t, r }) => `${t} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      });
      expect(outside, f).toEqual([]);
    }
  });

  it('look the same in resvg and in Chromium', async () => {
    await page.goto(`${session.server.origin}/`);
    for (const f of CHECKED) {
      const svg = readFileSync(join(root, 'embed', f), 'utf8');
      const png = await rasterizeSvg(svg);
      const result = await page.evaluate(
        async ({ svgUrl, pngData }) => {
          const load = (src: string) =>
            new Promise<HTMLImageElement>((resolve, reject) => {
              const img = new Image();
              img.onload = () => resolve(img);
              img.onerror = reject;
              img.src = src;
            });
          const [a, b] = await Promise.all([load(svgUrl), load(`data:image/png;base64,${pngData}`)]);
          const pixels = (img: HTMLImageElement) => {
            const c = document.createElement('canvas');
            [c.width, c.height] = [b.naturalWidth, b.naturalHeight];
            const ctx = c.getContext('2d')!;
            // The paper resvg paints under the image (a file without a background shows on it too).
            ctx.fillStyle = '#fbfaf6';
            ctx.fillRect(0, 0, c.width, c.height);
            ctx.drawImage(img, 0, 0, c.width, c.height);
            return ctx.getImageData(0, 0, c.width, c.height).data;
          };
          const [pa, pb] = [pixels(a), pixels(b)];
          const CELL = 16;
          const [w, h] = [b.naturalWidth, b.naturalHeight];
          let cells = 0;
          const differing: string[] = [];
          for (let y0 = 0; y0 < h; y0 += CELL) {
            for (let x0 = 0; x0 < w; x0 += CELL) {
              const sum = [0, 0, 0, 0, 0, 0];
              let n = 0;
              for (let y = y0; y < Math.min(h, y0 + CELL); y++) {
                for (let x = x0; x < Math.min(w, x0 + CELL); x++) {
                  const i = (y * w + x) * 4;
                  for (let k = 0; k < 3; k++) {
                    sum[k]! += pa[i + k]!;
                    sum[k + 3]! += pb[i + k]!;
                  }
                  n++;
                }
              }
              cells++;
              const diff = Math.max(...[0, 1, 2].map((k) => Math.abs(sum[k]! - sum[k + 3]!) / n));
              if (diff > 40) differing.push(`${x0},${y0}`);
            }
          }
          return { size: [w, h], cells, differing };
        },
        { svgUrl: `${session.server.origin}/embed/${f}`, pngData: png.toString('base64') },
      );
      // Glyph shapes differ between the system font and the npm font; a mark drawn differently changes whole cells.
      expect(result.differing.length / result.cells, `${f}: ${result.differing.length} of ${result.cells} cells differ (${result.differing.slice(0, 12).join(' ')})`).toBeLessThan(0.02);
    }
  });
});
