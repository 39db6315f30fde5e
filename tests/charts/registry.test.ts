import { describe, expect, it } from 'vitest';
import { ChartParamError, allowedParams, buildChart, listCharts, parseChartRef } from '../../src/charts/registry.ts';
import { realData } from './helpers.ts';

const data = realData();

describe('chart registry', () => {
  it('lists the six charts with their params', () => {
    const ids = listCharts().map((c) => c.id);
    expect(ids).toEqual(['district-year', 'district-map', 'time-compression', 'domain-mix', 'measure-bars', 'district-timeline']);
    expect(listCharts().every((c) => c.params.some((p) => p.name === 'highlight'))).toBe(true);
  });

  it('parses story references', () => {
    expect(parseChartRef('chart=district-year highlight=黄埔区')).toEqual({ id: 'district-year', params: { highlight: '黄埔区' } });
    expect(parseChartRef('chart=measure-bars measure="人次"')).toEqual({ id: 'measure-bars', params: { measure: '人次' } });
    expect(() => parseChartRef('highlight=黄埔区')).toThrow(/names no chart.*district-year/);
    expect(() => parseChartRef('chart=district-year 黄埔区')).toThrow(/name=value/);
  });

  it('rejects unknown charts, params and values with the valid choices', () => {
    expect(() => buildChart('pie', {}, data)).toThrow(ChartParamError);
    expect(() => buildChart('pie', {}, data)).toThrow(/Valid charts: "district-year"/);
    expect(() => buildChart('district-year', { colour: 'red' }, data)).toThrow(/Valid params: "highlight", "year", "list"/);
    expect(() => buildChart('district-year', { highlight: '朝阳区' }, data)).toThrow(/Valid values of highlight: .*"黄埔区"/);
    expect(() => buildChart('district-year', { year: '1999' }, data)).toThrow(/Valid values of year: .*"2018"/);
  });

  it('offers only values the data has', () => {
    const allowed = allowedParams('district-map', data);
    expect(allowed.highlight).toContain('黄埔区');
    expect(allowed.year!.every((y) => data.cases.some((c) => String(c.year) === y))).toBe(true);
    expect(allowedParams('measure-bars', data).measure![0]).toBe('cases');
  });

  it('fills defaults (district-timeline shows 黄埔区 unless told)', () => {
    expect(buildChart('district-timeline', {}, data).params.district).toBe('黄埔区');
    expect(buildChart('district-timeline', { district: '天河区' }, data).title).toContain('天河区');
  });

  it('builds a chart once per dataset: every page showing it gets the same spec, another dataset or params its own', () => {
    const map = buildChart('district-map', { highlight: '黄埔区' }, data);
    expect(buildChart('district-map', { highlight: '黄埔区' }, data)).toBe(map);
    expect(buildChart('district-map', { highlight: '天河区' }, data)).not.toBe(map);
    const fewer = buildChart('district-map', { highlight: '黄埔区' }, { ...data, cases: data.cases.slice(1) });
    expect(fewer).not.toBe(map);
    expect(fewer.rows).not.toEqual(map.rows);
  });
});
