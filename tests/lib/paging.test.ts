import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldRows, pageWindow } from '../../src/lib/paging.ts';
import { facetLinks, facets } from '../../src/lib/facets.ts';
import { pageHref } from '../../src/lib/links.ts';

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pageWindow(1, 40)).toEqual([1, 2, 3, null, 40]);
    expect(pageWindow(20, 40)).toEqual([1, null, 18, 19, 20, 21, 22, null, 40]);
    expect(pageWindow(40, 40)).toEqual([1, null, 38, 39, 40]);
  });

  it('shows a single missing page instead of an ellipsis', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('is bounded, ascending, and always reaches the current, first and last page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (last, k) => {
        const current = (k % last) + 1;
        const w = pageWindow(current, last);
        const numbers = w.filter((n): n is number => n !== null);
        expect(w.length).toBeLessThanOrEqual(9);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size).toBe(numbers.length);
        for (const must of [1, current, last]) expect(numbers).toContain(must);
        // A gap stands between two page numbers and hides at least two pages.
        w.forEach((n, i) => {
          if (n !== null) return;
          const [before, after] = [w[i - 1], w[i + 1]];
          expect(typeof before === 'number' && typeof after === 'number' && after - before > 2).toBe(true);
        });
      }),
    );
  });
});

describe('pageHref', () => {
  it('puts page 1 at the list itself and page n one level below, as Astro [...page] routes do', () => {
    expect(pageHref('/cases/', 1)).toBe('/cases/');
    expect(pageHref('/cases/district/huangpu/', 3)).toBe('/cases/district/huangpu/3/');
  });
});

describe('foldRows', () => {
  const rows = [5, 4, 3, 2, 1].map((count, i) => ({ label: `r${i}`, count }));
  it('leaves a short table alone', () => {
    expect(foldRows(rows, 5, (n) => `其他 ${n} 项`)).toEqual(rows);
  });
  it('sums the rest into one row, keeping the table at the limit and the total unchanged', () => {
    const folded = foldRows(rows, 3, (n) => `其他 ${n} 项`);
    expect(folded).toEqual([rows[0], rows[1], { label: '其他 3 项', count: 6 }]);
    expect(folded.reduce((n, r) => n + r.count, 0)).toBe(15);
  });
});

describe('facetLinks', () => {
  const values = facets(Array.from({ length: 30 }, (_, i) => ({ district: `区${String(i).padStart(2, '0')}`, districtToday: `区${String(i).padStart(2, '0')}`, year: 2020, list: null, domain: '其他' }))).district;

  it('lists every value of a short dimension', () => {
    expect(facetLinks(values.slice(0, 5), 20)).toHaveLength(5);
  });

  it('shows the first values, keeps the current one, and links to the page of all values', () => {
    const current = values[25]!.href;
    const links = facetLinks(values, 20, current);
    expect(links).toHaveLength(22);
    expect(links.map((l) => l.href)).toContain(current);
    expect(links.at(-1)).toEqual({ href: '/cases/district/', label: '全部 30 个区…' });
  });
});
