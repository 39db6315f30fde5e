/**
 * The district x list matrix stays the size of an embed (<= 30 KB) as the corpus grows (issue 16):
 * lists shared by many reports fill whole columns, so the matrix caps its filled cells, not only
 * its rows and columns; a list a story step highlights is drawn even when it is not recent.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/registry.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { MAX_FILLED } from '../../src/charts/district-year.ts';
import { home } from '../../src/charts/common.ts';
import { NARROW, WIDE } from '../../src/charts/theme.ts';
import type { ChartData } from '../../src/charts/types.ts';
import { grown, realData } from './helpers.ts';

const base = realData();

/**
 * grown(base, k) with every copy's reports back in the seeds' years and lists and its cases spread
 * over the home city's districts (copy i moves each case i districts on): each list is shared by k
 * copies and draws on every district, as the bench's generic lists (最具获得感 …) do.
 */
function sharedLists(k: number): ChartData {
  const data = grown(base, k);
  const seed = new Map(base.cases.map((c) => [c.id, c]));
  const seedDocument = new Map(base.documents.map((d) => [d.id, d]));
  const districts = home(base).districts.map((d) => d.name);
  const copy = (id: string) => Number(id.split('~')[1] ?? 0);
  return {
    ...data,
    documents: data.documents.map((d) => ({ ...d, year: seedDocument.get(d.id.split('~')[0]!)!.year, list: seedDocument.get(d.id.split('~')[0]!)!.list })),
    cases: data.cases.map((c, n) => {
      const s = seed.get(c.id.split('~')[0]!)!;
      const district = districts[(n + copy(c.id)) % districts.length]!;
      return { ...c, year: s.year, list: s.list, city: s.city, district, districtToday: district };
    }),
  };
}

const measure = (data: ChartData, params: Record<string, string> = {}) => {
  const spec = buildChart('district-year', params, data);
  return { spec, filled: spec.rows.filter((r) => (r.count as number) > 0).length, bytes: renderVariant(spec, NARROW).length + renderVariant(spec, WIDE).length };
};

describe('district-year matrix: bounded cells', () => {
  it('lists shared by 100 copies fill at most MAX_FILLED cells, the drawing stays near its 1x size and the note names the lists left out', () => {
    const one = measure(base);
    const shared = sharedLists(100);
    expect(new Set(shared.cases.map((c) => c.list)).size).toBe(new Set(base.cases.map((c) => c.list)).size);
    const hundred = measure(shared);
    expect(hundred.bytes).toBeLessThan(one.bytes * 1.25);
    expect(hundred.filled).toBeLessThanOrEqual(MAX_FILLED);
    expect(hundred.spec.notes.join('')).toMatch(/只画最近的\d+份榜单.*另外\d+份/);
    expect(hundred.spec.alt).toContain(`${new Set(hundred.spec.rows.map((r) => r.column)).size}份榜单`);
  });

  it('the seed corpus draws every list (its lists fit the cap)', () => {
    const one = measure(base);
    expect(new Set(one.spec.rows.map((r) => r.column)).size).toBe(new Set(base.cases.map((c) => `${c.year} ${c.list}`)).size);
    expect(one.spec.notes.join('')).not.toMatch(/份榜单/);
  });

  it('a highlighted year is drawn at 100x though its lists are not the latest, and the note says so', () => {
    const year = String(Math.min(...base.cases.map((c) => c.year ?? Infinity)));
    const { spec } = measure(grown(base, 100), { highlight: year });
    expect(spec.rows.some((r) => r.highlight && String(r.year) === year && (r.count as number) > 0)).toBe(true);
    expect(spec.notes.join('')).toMatch(/只画所突出的和最近的\d+份榜单/);
  });
});
