import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { CHARTS, buildChart } from '../../src/charts/registry.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { chartCsv } from '../../src/charts/publish.ts';
import { extremes } from '../../src/charts/alt.ts';
import { NARROW, WIDE } from '../../src/charts/theme.ts';
import { normalizeSvg, realData } from './helpers.ts';

const data = realData();

describe('charts from the real datasets', () => {
  it('the datasets have cases and figures to draw', () => {
    expect(data.cases.length).toBeGreaterThan(20);
    expect(data.figures.length).toBeGreaterThan(20);
  });

  for (const def of CHARTS) {
    const spec = buildChart(def.id, {}, data);

    it(`${def.id}: draws rows with a title, subtitle, notes, sources and columns`, () => {
      expect(spec.rows.length).toBeGreaterThan(0);
      expect(spec.title).not.toBe('');
      expect(spec.subtitle).not.toBe('');
      expect(spec.notes.length).toBeGreaterThan(0);
      expect(spec.sources.length).toBeGreaterThan(0);
      for (const s of spec.sources) {
        expect(s.anchor).toMatch(/^(fig-.+|s-\d+)$/);
        expect(data.documents.some((d) => d.id === s.documentId)).toBe(true);
        expect(s.quote.length).toBeGreaterThan(0);
      }
      for (const c of spec.columns) expect(spec.rows.every((r) => c.key in r)).toBe(true);
      expect(spec.dataDate).toMatch(/^\d{4}/);
    });

    it(`${def.id}: alt text states the right maximum and minimum`, () => {
      const { key, format } = def.measure;
      const ex = extremes(spec.rows, key)!;
      expect(ex).not.toBeNull();
      expect(spec.alt).toContain(`最大值为${format(ex.max)}`);
      expect(spec.alt).toContain(`最小值为${format(ex.min)}`);
    });

    it(`${def.id}: the CSV holds exactly the plotted rows`, () => {
      const parsed = csvParse(chartCsv(spec).replace(/^\ufeff/, ''));
      expect(parsed.columns).toEqual(spec.columns.map((c) => c.label));
      expect(parsed).toHaveLength(spec.rows.length);
      const first = spec.columns[0]!;
      expect(parsed.map((r) => r[first.label])).toEqual(spec.rows.map((r) => (r[first.key] === null ? '' : String(r[first.key]))));
    });

    it(`${def.id}: matches its golden SVGs`, async () => {
      await expect(normalizeSvg(renderVariant(spec, NARROW))).toMatchFileSnapshot(`__snapshots__/${def.id}.narrow.svg`);
      await expect(normalizeSvg(renderVariant(spec, WIDE))).toMatchFileSnapshot(`__snapshots__/${def.id}.wide.svg`);
    });
  }
});

describe('highlighted subsets (the scrollytelling steps)', () => {
  it('district-year marks the highlighted district\'s row', () => {
    const spec = buildChart('district-year', { highlight: '黄埔区' }, data);
    const marked = spec.rows.filter((r) => r.highlight);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((r) => r.district === '黄埔区')).toBe(true);
    expect(renderVariant(spec, WIDE)).toContain('突出显示：黄埔区');
  });

  it('district-map highlights a year, domain-mix a domain, timeline a case', () => {
    const year = String(data.cases.find((c) => c.year)!.year);
    expect(buildChart('district-map', { highlight: year }, data).rows.filter((r) => r.highlight).every((r) => String(r.year) === year)).toBe(true);
    const domain = buildChart('domain-mix', {}, data).rows[0]!.domain as string;
    expect(buildChart('domain-mix', { highlight: domain }, data).rows.some((r) => r.highlight)).toBe(true);
    const c = data.cases.find((x) => x.district === '黄埔区')!;
    const tl = buildChart('district-timeline', { district: '黄埔区', highlight: c.id }, data);
    expect(tl.rows.filter((r) => r.highlight).map((r) => r.case)).toEqual([c.id]);
  });

  it('highlight changes the key, so two steps on one page never share ids', () => {
    expect(buildChart('district-year', {}, data).key).toBe('district-year');
    expect(buildChart('district-year', { highlight: '黄埔区' }, data).key).toMatch(/^district-year-[a-z0-9]+$/);
  });
});

describe('time compression', () => {
  it('draws 110 -> 13 working days with its cut', () => {
    const rows = buildChart('time-compression', {}, data).rows;
    const huangpu = rows.find((r) => r.before === 110 && r.after === 13);
    expect(huangpu).toBeDefined();
    expect(huangpu!.cut).toBeCloseTo(88.2, 1);
  });

  it('leaves out references and times saved (较国务院要求的120个工作日, 节省办理时间超2000天)', () => {
    const rows = buildChart('time-compression', {}, data).rows;
    expect(rows.some((r) => r.after === 120)).toBe(false);
    expect(rows.some((r) => r.after === 2000)).toBe(false);
  });
});
