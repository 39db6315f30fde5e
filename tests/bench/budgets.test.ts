/** The bench's budget checker: every budget at every size, not only the first. */
import { describe, expect, it } from 'vitest';
import { KB, LIMITS, runBudgets, runSizes, type SizeFigures } from '../../scripts/bench/budgets.ts';
import { withinBudget } from '../../scripts/bench/measure.ts';

function size(factor: number, over: Partial<SizeFigures> = {}): SizeFigures {
  return {
    factor,
    stopped: null,
    pages: 100 * factor,
    buildMs: 1000 * factor,
    peakRss: 500 * 1024 * KB,
    largestPage: { path: '/a/index.html', bytes: 100 * KB },
    storyLoads: [{ path: '/stories/a/', transferred: 50 * KB, script: 1 * KB }],
    embeds: [{ path: '/embed/a/', total: 20 * KB }],
    floorMs: 500 * factor,
    rebuildMs: 300 * factor,
    lighthouse: {},
    ...over,
  };
}
const failing = (sizes: SizeFigures[]) => runBudgets(sizes).filter((b) => !withinBudget(b)).map((b) => b.name);

describe('runBudgets', () => {
  it('passes a run within every budget', () => {
    expect(failing([size(1), size(10), size(100)])).toEqual([]);
  });

  it('checks page, story, embed and memory budgets at a size after the first', () => {
    const big = size(100, { largestPage: { path: '/cases/index.html', bytes: 301 * KB }, storyLoads: [{ path: '/stories/b/', transferred: 151 * KB, script: 9 * KB }], embeds: [{ path: '/embed/x/', total: 31 * KB }], peakRss: LIMITS.peakRss + 1 });
    expect(failing([size(1), size(10), big])).toEqual([
      '100x largest HTML page (/cases/index.html)',
      '100x story first load, transferred (/stories/b/)',
      '100x story JavaScript (/stories/b/)',
      '100x embed page (/embed/x/)',
      '100x peak RSS of the build',
    ]);
  });

  it('compares ms per page with the 10x size, not the 1x one', () => {
    // 1x is slow per page (fixed costs): 200x at 1.2x the 10x cost per page fails, though faster than 1x.
    const sizes = [size(1, { buildMs: 5000, floorMs: 5000 }), size(10), size(200, { buildMs: 1000 * 200 * 1.2 })];
    expect(failing(sizes)).toEqual(['200x ms per page / 10x']);
  });

  it('fails ms per page at 100x and 200x when the run has no 10x to compare with', () => {
    expect(failing([size(1), size(100), size(200)])).toEqual(['100x ms per page / 10x (not measured: no 10x build in this run)', '200x ms per page / 10x (not measured: no 10x build in this run)']);
    expect(failing([size(10, { stopped: 'not built', largestPage: null }), size(100)])).toContain('100x ms per page / 10x (not measured: no 10x build in this run)');
  });

  it('builds the 10x reference whenever a larger size is asked for', () => {
    expect(runSizes([200, 100])).toEqual([10, 100, 200]);
    expect(runSizes([1, 10])).toEqual([1, 10]);
    expect(runSizes([1])).toEqual([1]);
  });

  it('fails a size that could not be built, and still checks its memory', () => {
    const stopped = size(200, { stopped: 'not built: too many pages', pages: 0, largestPage: null, storyLoads: [], embeds: [], floorMs: null, rebuildMs: null, peakRss: LIMITS.peakRss + 1 });
    expect(failing([size(10), stopped])).toEqual(['200x site built (not built: too many pages)', '200x peak RSS of the build']);
  });

  it('checks the ratios to the floor and of the rebuild, and every Lighthouse score', () => {
    const slow = size(10, { floorMs: 3000, rebuildMs: 6000, lighthouse: { '/stories/a/': { performance: 99, seo: 100 } } });
    expect(failing([slow])).toEqual(['10x build time / framework floor', '10x rebuild after one story edit / full build', '10x Lighthouse performance (/stories/a/)']);
    expect(runBudgets([size(10, { rebuildMs: null, floorMs: null })]).map((b) => b.name)).not.toContain('10x rebuild after one story edit / full build');
  });
});
