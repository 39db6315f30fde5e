/**
 * Charts stay bounded as the corpus grows (issue 16): fed 10x and 100x the
 * items, every chart draws at most a fixed number of rows and its SVG does
 * not grow with the corpus; what is left out is named in the notes (the grown
 * corpora: helpers.ts grown).
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, buildChart } from '../../src/charts/registry.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { WIDE } from '../../src/charts/theme.ts';
import { grown, realData } from './helpers.ts';


const base = realData();
const sizes = [1, 10, 100].map((k) => ({ k, data: k === 1 ? base : grown(base, k) }));
const district = base.cases.find((c) => c.district)!.district!;
const charts = [...CHARTS.map((c) => ({ id: c.id, params: {} as Record<string, string> })), { id: 'district-timeline', params: { district } }];

describe('charts stay bounded as the corpus grows', () => {
  it('the grown corpora really hold 10x and 100x the cases, figures and cities', () => {
    expect(sizes[2]!.data.cases.length).toBe(100 * base.cases.length);
    expect(sizes[2]!.data.figures.length).toBe(100 * base.figures.length);
    expect(new Set(sizes[2]!.data.cases.map((c) => c.city)).size).toBeGreaterThan(50);
  });

  for (const { id, params } of charts) {
    it(`${id}${params.district ? ` (${params.district})` : ''}: rows and SVG size at 100x stay within the 10x size, and the notes say what is left out`, () => {
      const measured = sizes.map(({ k, data }) => {
        const spec = buildChart(id, params, data);
        return { k, rows: spec.rows.length, bytes: renderVariant(spec, WIDE).length, notes: spec.notes.join('') };
      });
      const [one, ten, hundred] = measured as [typeof measured[0], typeof measured[0], typeof measured[0]];
      expect(hundred.rows).toBeLessThanOrEqual(Math.max(ten.rows, one.rows));
      expect(hundred.rows).toBeLessThanOrEqual(200);
      // Labels may carry longer numbers and names; the drawing may not grow with the item count.
      expect(hundred.bytes).toBeLessThan(ten.bytes * 1.25);
      expect(hundred.bytes).toBeLessThan(one.bytes * 4);
      // A chart whose rows grew from 1x to 10x has been capped since: its notes name what is left out.
      if (ten.rows > one.rows) expect(hundred.notes).toMatch(/只画|只列|图中只画/);
    });
  }
});
