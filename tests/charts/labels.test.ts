/** Labels in the drawings are whole names (wrapped when long, never cut with "…") of places or owners. */
import { describe, expect, it } from 'vitest';
import { CHARTS, allowedParams, buildChart } from '../../src/charts/registry.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { NARROW, WIDE } from '../../src/charts/theme.ts';
import { realData } from './helpers.ts';

const data = realData();
/** Every text of a drawing outside its legend. */
const texts = (svg: string) => svg.replace(/<g[^>]*class="legend"[^>]*>.*?<\/g>/s, '').match(/<(text|tspan)[^>]*>[^<]+/g) ?? [];

describe('chart labels', () => {
  const specs = [
    ...CHARTS.map((c) => buildChart(c.id, {}, data)),
    ...allowedParams('district-timeline', data).district!.map((district) => buildChart('district-timeline', { district }, data)),
    ...allowedParams('measure-bars', data).measure!.map((measure) => buildChart('measure-bars', { measure }, data)),
  ];
  for (const spec of specs) {
    it(`${spec.key}: no label is cut`, () => {
      for (const variant of [NARROW, WIDE]) {
        const cut = texts(renderVariant(spec, variant)).filter((t) => t.includes('…'));
        expect(cut, `${variant.name}`).toEqual([]);
      }
    });
    it(`${spec.key}: the lines of a wrapped label do not touch (CJK glyphs fill the em: 1em lines run together)`, () => {
      for (const variant of [NARROW, WIDE]) {
        const tight = [...renderVariant(spec, variant).matchAll(/<tspan[^>]*\bdy="([\d.]+)em"[^>]*>([^<]*)/g)].filter((m) => Number(m[1]) > 0 && Number(m[1]) < 1.1).map((m) => `${m[1]}em before "${m[2]}"`);
        expect(tight, `${variant.name}`).toEqual([]);
      }
    });
    it(`${spec.key}: rows are named by a place or an owner, never by a report's title`, () => {
      const titles = data.documents.map((d) => d.title);
      const named = spec.rows.flatMap((r) => [r.label, r.district]).filter((l): l is string => typeof l === 'string');
      expect(named.filter((l) => l.includes('《') || titles.some((t) => l.includes(t)))).toEqual([]);
    });
  }
});
