/**
 * A chart's source line stays bounded as the corpus grows (issue 16): it links the SOURCE_LINKS reports
 * the chart draws on most and counts the rest, which its sources CSV lists sentence by sentence (report,
 * offsets, the verbatim sentence, its address), so nothing a chart draws loses its source.
 */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { CHARTS, buildChart } from '../../src/charts/registry.ts';
import { SOURCE_LINKS, compactSources, sourceLine, sourcesCsv } from '../../src/charts/publish.ts';
import { grown, realData } from './helpers.ts';
import { seedResult } from '../helpers/seeds.ts';

const base = realData();
const big = grown(base, 10);

describe('chart source lines', () => {
  for (const { id } of CHARTS) {
    it(`${id}: at 10x the line names at most ${SOURCE_LINKS} reports, the ones cited most, and counts every other`, () => {
      const all = compactSources(buildChart(id, {}, big));
      const { shown, more } = sourceLine(all);
      expect(shown.length).toBeLessThanOrEqual(SOURCE_LINKS);
      expect(shown.length + (more?.reports ?? 0)).toBe(all.length);
      expect(shown.reduce((n, s) => n + s.count, 0) + (more?.sentences ?? 0)).toBe(all.reduce((n, s) => n + s.count, 0));
      const least = Math.min(...shown.map((s) => s.count));
      expect(all.filter((s) => !shown.includes(s)).every((s) => s.count <= least)).toBe(true);
    });
  }

  it('the grown corpus really makes some chart cite more reports than the line names', () => {
    expect(CHARTS.some(({ id }) => sourceLine(compactSources(buildChart(id, {}, big))).more !== null)).toBe(true);
  });

  it('a chart over few reports names them all, in source order', () => {
    const all = compactSources(buildChart('district-year', {}, base));
    expect(all.length).toBeLessThanOrEqual(SOURCE_LINKS);
    expect(sourceLine(all)).toEqual({ shown: all, more: null });
  });

  it('the sources CSV lists every sentence a chart draws on, verbatim, at its offsets in the report', () => {
    const spec = buildChart('district-year', {}, big);
    const rows = csvParse(sourcesCsv(spec, (p) => `https://example.org${p}`).replace(/^\ufeff/, ''));
    expect(rows.length).toBe(spec.sources.length);
    for (const row of rows) {
      // A grown copy's report (id~3) has its original's text.
      const text = seedResult().documents.find((d) => d.id === row['报告编号']!.replace(/~\d+$/, ''))!.text;
      expect(text.slice(Number(row['起']), Number(row['止']))).toBe(row['原句']);
      expect(row['链接']).toMatch(new RegExp(`^https://example\\.org/sources/${row['报告编号']}/#(s|fig)-`));
    }
  });
});
