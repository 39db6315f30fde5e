/**
 * Charts stay bounded as the corpus grows (issue 16): fed 10x and 100x the
 * items, every chart draws at most a fixed number of rows and its SVG does
 * not grow with the corpus; what is left out is named in the notes.
 *
 * Provenance of the grown data: the real seed datasets copied k times; copy i
 * moves every report, case and figure i years later and renames each list
 * with the copy's number, so years, lists, cases and figures all grow, as a
 * corpus gathered over more years would.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, buildChart } from '../../src/charts/registry.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { WIDE } from '../../src/charts/theme.ts';
import type { ChartData } from '../../src/charts/types.ts';
import { realData } from './helpers.ts';

function grown(data: ChartData, k: number): ChartData {
  const copies = [...Array(k).keys()];
  const tag = (id: string, i: number) => (i === 0 ? id : `${id}~${i}`);
  const later = (year: number | null, i: number) => (year === null ? null : year + i);
  return {
    districts: data.districts,
    documents: copies.flatMap((i) => data.documents.map((d) => ({ ...d, id: tag(d.id, i), year: later(d.year, i), list: d.list && i ? `${d.list}（第${i + 1}批）` : d.list }))),
    cases: copies.flatMap((i) => data.cases.map((c) => ({ ...c, id: tag(c.id, i), documentId: tag(c.documentId, i), year: later(c.year, i), list: c.list && i ? `${c.list}（第${i + 1}批）` : c.list, figures: c.figures.map((f) => tag(f, i)) }))),
    figures: copies.flatMap((i) => data.figures.map((f) => ({ ...f, id: tag(f.id, i), documentId: tag(f.documentId, i), case: f.case === null ? null : tag(f.case, i) }))),
  };
}

const base = realData();
const sizes = [1, 10, 100].map((k) => ({ k, data: k === 1 ? base : grown(base, k) }));
const district = base.cases.find((c) => c.district)!.district!;
const charts = [...CHARTS.map((c) => ({ id: c.id, params: {} as Record<string, string> })), { id: 'district-timeline', params: { district } }];

describe('charts stay bounded as the corpus grows', () => {
  it('the grown corpora really hold 10x and 100x the cases and figures', () => {
    expect(sizes[2]!.data.cases.length).toBe(100 * base.cases.length);
    expect(sizes[2]!.data.figures.length).toBe(100 * base.figures.length);
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
