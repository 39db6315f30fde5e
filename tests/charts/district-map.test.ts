/**
 * The district map's names stay readable at every size (map-labels.ts): a district is named inside its
 * outline when it fits there, otherwise by a few callouts per map (the most cases, never half of a tie),
 * whose leader lines do not cross and whose labels are not cut at the drawing's left edge; a map that
 * leaves a district with cases unnamed says where its number is.
 */
import { describe, expect, it } from 'vitest';
import { chooseCallouts, nameCap, placeLabels, segmentsCross } from '../../src/charts/map-labels.ts';
import { guangzhouDistricts, simplify } from '../../src/charts/geo.ts';
import { buildChart } from '../../src/charts/registry.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { NARROW, WIDE, textWidth } from '../../src/charts/theme.ts';
import { realData } from './helpers.ts';

const data = realData();
type Point = [number, number];
const facetGroups = (svg: string, marker: string) => [...svg.matchAll(new RegExp(`<g transform="translate\\(([\\d.]+),([\\d.]+)\\)"[^>]*${marker}[^>]*>(.*?)</g>`, 'gs'))].map((m) => ({ at: `${m[1]},${m[2]}`, body: m[3]! }));
/** Per facet, the leader lines (Plot.link: M x,y l dx,dy). */
const leaders = (svg: string) =>
  facetGroups(svg, 'stroke="currentColor" fill="none"').map(({ at, body }) => ({
    at,
    lines: [...body.matchAll(/d="M(-?[\d.]+),(-?[\d.]+)l(-?[\d.]+),?(-?[\d.]+)"/g)].map((m) => {
      const [x, y, dx, dy] = m.slice(1, 5).map(Number) as [number, number, number, number];
      return [[x, y], [x + dx, y + dy]] as [Point, Point];
    }),
  }));
/** Per facet, the callout labels (right-aligned texts: "name count") with their anchor x. */
const callouts = (svg: string) =>
  facetGroups(svg, 'text-anchor="end"').map(({ at, body }) => ({ at, labels: [...body.matchAll(/translate\((-?[\d.]+),[\d.]+\)"[^>]*>([^<]+)</g)].map((m) => ({ x: Number(m[1]), text: m[2]! })) }));

/** Per facet, the names inside outlines (name over count, 12px) as boxes around their label point. */
const insideBoxes = (svg: string) =>
  facetGroups(svg, 'paint-order="stroke"').map(({ at, body }) => ({
    at,
    boxes: [...body.matchAll(/translate\((-?[\d.]+),(-?[\d.]+)\)"><tspan[^>]*>([^<]+)<\/tspan><tspan[^>]*>([^<]+)</g)].map((m) => {
      const [x, y] = [Number(m[1]), Number(m[2])];
      const half = Math.max(textWidth(m[3]!), textWidth(m[4]!)) / 2;
      return { name: m[3]!, x0: x - half, x1: x + half, y0: y - 12, y1: y + 14 };
    }),
  }));
const throughBox = ([a, b]: [Point, Point], r: { x0: number; x1: number; y0: number; y1: number }) => {
  const inside = (p: Point) => p[0] > r.x0 && p[0] < r.x1 && p[1] > r.y0 && p[1] < r.y1;
  const corners: Point[] = [[r.x0, r.y0], [r.x1, r.y0], [r.x1, r.y1], [r.x0, r.y1]];
  return inside(a) || inside(b) || corners.some((c, i) => segmentsCross(a, b, c, corners[(i + 1) % 4]!));
};

const cases = [{}, { year: '2019' }, { year: '2024' }] as Record<string, string>[];

describe('district-map labels', () => {
  for (const params of cases) {
    for (const variant of [NARROW, WIDE]) {
      const spec = buildChart('district-map', params, data);
      const svg = renderVariant(spec, variant);
      it(`${JSON.stringify(params)} ${variant.name}: at most a few callouts per map, none cut at the left edge`, () => {
        // Four years share the width: 2 callouts a map; a single year has room for 4.
        const cap = new Set(spec.rows.map((r) => r.year)).size > 1 ? 2 : 4;
        const found = callouts(svg);
        expect(found.length).toBeGreaterThan(0);
        for (const { at, labels } of found) {
          expect(labels.length, at).toBeLessThanOrEqual(cap);
          // Right-aligned 3px left of x: the label's left end stays inside the drawing.
          for (const l of labels) expect(l.x - 3 - textWidth(l.text), l.text).toBeGreaterThanOrEqual(0);
        }
      });
      it(`${JSON.stringify(params)} ${variant.name}: no two leader lines of a map cross, and none runs through a name inside an outline`, () => {
        const names = new Map(insideBoxes(svg).map((f) => [f.at, f.boxes]));
        for (const { at, lines } of leaders(svg)) {
          for (let i = 0; i < lines.length; i++) for (let j = i + 1; j < lines.length; j++) expect(segmentsCross(...lines[i]!, ...lines[j]!), `${at}: ${i} × ${j}`).toBe(false);
          for (const box of names.get(at) ?? []) for (const line of lines) expect(throughBox(line, box), `${at}: a leader through ${box.name}`).toBe(false);
        }
      });
    }
  }

  it('the four-year map leaves some small districts unnamed and its note says where their numbers are', () => {
    const spec = buildChart('district-map', {}, data);
    expect(spec.notes.join('')).toContain('各区案例数见数据表或 CSV');
    // Every district with cases is still in the rows the table and CSV hold.
    expect(spec.rows.filter((r) => (r.count as number) > 0).length).toBeGreaterThan(callouts(renderVariant(spec, NARROW)).flatMap((f) => f.labels).length);
  });

  it('a single-year map at full width names every district with cases', () => {
    const spec = buildChart('district-map', { year: '2019' }, data);
    expect(spec.notes.join('')).not.toContain('各区案例数见数据表');
  });
});

describe('a busy map names only its largest districts', () => {
  // A corpus with cases in every district every year (the 100x benchmark): four facets of a phone's width.
  const { features } = simplify(guangzhouDistricts());
  const names = features.map((f) => f.properties.name);
  const facets = [0, 1, 2, 3].map((year) => names.map((name, i) => ({ name, count: 1 + ((i * 7 + year * 3) % 13) })));
  const width = 146;
  const placed = placeLabels(features, width, 200, facets);
  it('each facet names at most nameCap districts, inside and by callout together, all among its largest', () => {
    expect(nameCap(width)).toBeLessThan(names.length);
    for (const [i, counted] of facets.entries()) {
      const named = [...placed.inside[i]!, ...placed.callouts[i]!.keys()];
      expect(named.length, `facet ${i}`).toBeGreaterThan(0);
      expect(named.length, `facet ${i}`).toBeLessThanOrEqual(nameCap(width));
      const largest = new Set(chooseCallouts(counted, nameCap(width)).map((c) => c.name));
      expect(named.filter((n) => !largest.has(n)), `facet ${i}`).toEqual([]);
    }
    expect(placed.unnamed).toBeGreaterThan(0);
  });
  it('a single facet at full width names every district of a city of eleven', () => {
    expect(nameCap(300)).toBeGreaterThanOrEqual(names.length);
  });
});

describe('chooseCallouts', () => {
  const c = (name: string, count: number) => ({ name, count });
  it('takes the largest counts first, up to the cap', () => {
    expect(chooseCallouts([c('a', 1), c('b', 5), c('c', 2)], 2).map((x) => x.name)).toEqual(['b', 'c']);
  });
  it('names a tie whole or not at all, and nothing smaller after a tie it left out', () => {
    expect(chooseCallouts([c('a', 1), c('b', 5), c('c', 2), c('d', 2), c('e', 1)], 2).map((x) => x.name)).toEqual(['b']);
    expect(chooseCallouts([c('a', 1), c('b', 1), c('c', 1)], 2)).toEqual([]);
    expect(chooseCallouts([c('a', 1), c('b', 1)], 2).map((x) => x.name)).toEqual(['a', 'b']);
  });
});

describe('segmentsCross', () => {
  it('tells crossing segments from parallel and touching ones', () => {
    expect(segmentsCross([0, 0], [10, 10], [0, 10], [10, 0])).toBe(true);
    expect(segmentsCross([0, 0], [10, 0], [0, 5], [10, 5])).toBe(false);
    expect(segmentsCross([0, 0], [10, 10], [10, 10], [20, 0])).toBe(false);
  });
});

describe('district-map title', () => {
  it('names the one year of a single-year map and says 逐年 only over several years', () => {
    const one = buildChart('district-map', { year: '2024' }, data);
    expect(one.title).toMatch(/2024年.*入选数$/);
    expect(one.title + one.subtitle).not.toMatch(/逐年|各年/);
    expect(buildChart('district-map', {}, data).title).toContain('逐年');
  });
});

describe('district-map note on what the map leaves out', () => {
  const note = (chartData: typeof data, params: Record<string, string> = {}) => buildChart('district-map', params, chartData).notes[0]!;
  const home = data.cases.find((c) => c.city === '广州市')!;

  it('counts city departments and places outside the home city from the cases it draws from', () => {
    const cases = [
      { ...home, id: 'a', district: null, districtToday: null },
      { ...home, id: 'b', city: '深圳市', district: '龙华区', districtToday: '龙华区' },
    ];
    expect(note({ ...data, cases })).toBe('地图只显示广州11区的案例；另有1件来自市级部门、1件来自广州以外（如深圳龙华），见矩阵图。');
  });

  it('a selection whose left-out cases are all city departments does not name the comparison', () => {
    const cases = [{ ...home, id: 'a', district: null, districtToday: null }, { ...home, id: 'b' }];
    expect(note({ ...data, cases })).toBe('地图只显示广州11区的案例；另有1件来自市级部门，见矩阵图。');
  });

  it('a selection the map draws whole says nothing is left out', () => {
    expect(note({ ...data, cases: [home] })).toBe('地图只显示广州11区的案例。');
  });
});
