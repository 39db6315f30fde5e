/**
 * The chart CSVs as a journalist reads them: qualifiers as Chinese words,
 * both ends of a range, no English codes. Every chart and every measure.
 */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { buildChart, chartDefinition } from '../../src/charts/registry.ts';
import { chartCsv } from '../../src/charts/publish.ts';
import { QUALIFIER_LABELS } from '../../src/lib/format.ts';
import { realData } from './helpers.ts';

const data = realData();
const specs = [
  buildChart('time-compression', {}, data),
  ...chartDefinition('measure-bars').params.find((p) => p.name === 'measure')!.values(data).map((measure) => buildChart('measure-bars', { measure }, data)),
];

describe('chart CSVs for journalists', () => {
  it('write qualifiers in Chinese', () => {
    for (const spec of specs) {
      const rows = csvParse(chartCsv(spec).replace(/^\ufeff/, ''));
      for (const r of rows) expect(Object.values(QUALIFIER_LABELS), `${spec.key}: ${JSON.stringify(r)}`).toContain(r['限定']);
    }
  });

  it('give both ends of every range the report prints', () => {
    const ranged = data.figures.filter((f) => f.low !== null);
    expect(ranged.length).toBeGreaterThan(0);
    let seen = 0;
    for (const spec of specs) {
      const csv = csvParse(chartCsv(spec).replace(/^\ufeff/, ''));
      spec.rows.forEach((row, i) => {
        const f = ranged.find((x) => x.id === row.figure);
        if (!f) return;
        seen++;
        const line = Object.values(csv[i]!);
        expect(line, `${spec.key}: ${f.raw}`).toContain(String(f.low));
        expect(line, `${spec.key}: ${f.raw}`).toContain(String(f.high ?? f.value));
      });
    }
    expect(seen).toBeGreaterThan(0);
  });
});
