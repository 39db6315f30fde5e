/**
 * The district map names every district that has cases, in every year's map and at both sizes:
 * small central districts (荔湾, 越秀, 海珠) by a label outside the outline with a leader line.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/registry.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { NARROW, WIDE } from '../../src/charts/theme.ts';
import { realData } from './helpers.ts';

const data = realData();
/** Texts of the drawing (not its title, description or legend). */
const texts = (svg: string) =>
  (svg.replace(/<(title|desc)\b[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<g[^>]*class="legend"[^>]*>.*?<\/g>/s, '').match(/<(?:text|tspan)[^>]*>([^<]+)/g) ?? []).map((t) => t.replace(/<[^>]*>/, ''));

describe('district-map labels', () => {
  for (const params of [{}, { year: '2019' }, { year: '2024' }] as Record<string, string>[]) {
    for (const variant of [NARROW, WIDE]) {
      it(`${JSON.stringify(params)} ${variant.name}: every district with cases is named in each year's map`, () => {
        const spec = buildChart('district-map', params, data);
        const drawn = texts(renderVariant(spec, variant));
        for (const name of new Set(spec.rows.map((r) => r.district as string))) {
          const short = name.replace(/区$/, '');
          const years = spec.rows.filter((r) => r.district === name && (r.count as number) > 0).length;
          expect(drawn.filter((t) => t.startsWith(short)).length, name).toBeGreaterThanOrEqual(years);
        }
      });
    }
  }
});
