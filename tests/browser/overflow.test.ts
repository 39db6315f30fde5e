/**
 * No page scrolls sideways on a small phone, a phone, a tablet or a desktop:
 * document.documentElement.scrollWidth <= innerWidth on every page type at
 * 320, 375, 768 and 1280 px. A failure names the elements that stick out.
 */
import { describe, expect, inject, it } from 'vitest';
import { noBrowser, settle, siteSession } from '../helpers/browser.ts';
import { pageTypes } from './pages.ts';

const WIDTHS = [320, 375, 768, 1280];
const { root } = inject('siteDirs');
const pages = pageTypes(root);

describe.skipIf(noBrowser)('no horizontal overflow', () => {
  const site = siteSession(root);

  for (const type of pages) {
    it(`${type.name} (${type.path ?? 'missing'}) at ${WIDTHS.join(', ')} px`, async () => {
      expect(type.path, type.missing).toBeDefined();
      const page = await site.context.newPage();
      try {
        const failures: string[] = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(new URL(type.path!.slice(1), site.server.url).href);
          await settle(page);
          const r = await page.evaluate(() => {
            const vw = innerWidth;
            const sw = document.documentElement.scrollWidth;
            // The outermost elements whose right edge passes the viewport (to name the culprit).
            const out: string[] = [];
            if (sw > vw) {
              const name = (e: Element) => {
                const id = e.id ? `#${e.id}` : '';
                const cls = [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
                return `${e.tagName.toLowerCase()}${id}${cls}`;
              };
              const path = (e: Element) => {
                const parts: string[] = [];
                for (let x: Element | null = e; x && x !== document.body && parts.length < 4; x = x.parentElement) parts.unshift(name(x));
                return parts.join(' > ');
              };
              for (const e of document.body.querySelectorAll('*')) {
                const b = e.getBoundingClientRect();
                if (b.right > vw + 0.5 && b.width > 0 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > vw + 0.5)) {
                  out.push(`${path(e)} (right edge ${Math.round(b.right)}px, width ${Math.round(b.width)}px)`);
                }
                if (out.length >= 5) break;
              }
            }
            return { vw, sw, out };
          });
          if (r.sw > r.vw) failures.push(`${width}px: scrollWidth ${r.sw} > innerWidth ${r.vw}; sticking out:\n    ${r.out.join('\n    ') || '(no single element found)'}`);
        }
        expect(failures, `${type.path} overflows sideways:\n  ${failures.join('\n  ')}`).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
