/**
 * Site copy from the data: the seeds give the copy the site used to type by
 * hand, and data the seeds do not have (a new year, another city) changes it.
 */
import { describe, expect, it } from 'vitest';
import { FOOTER_PUBLISHERS, comparisonRegions, homeCity, homeDistricts, someRegions, leadingDistrict, leadingPublishers, searchExamples, tagline, yearSpan } from '../../src/lib/site-facts.ts';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { readSeedInput, seedResult } from '../helpers/seeds.ts';

describe('site facts', () => {
  const data = seedResult();

  it('over the seeds: 广州, 2018—2024, 深圳龙华 as the comparison, 黄埔区 leading', () => {
    expect(tagline(data)).toBe('广州各区改革案例 2018—2024，以深圳龙华为对照');
    expect(leadingDistrict(data.districts, homeCity(data.districts))).toBe('黄埔区');
    // Every district of the home city, with or without cases, in code order (the gazetteer's list, via districts.json).
    const own = homeDistricts(data.districts, homeCity(data.districts));
    expect(own).toHaveLength(11);
    expect(own[0]).toEqual({ code: '440103', name: '荔湾区' });
    expect(own.map((d) => d.code)).toEqual([...own.map((d) => d.code)].sort());
    expect(searchExamples(data)).toEqual({ terms: ['黄埔', '营商环境'], pinyin: 'huangpu' });
  });

  it('name at most three comparison regions, then how many in all (the tagline is every page description)', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...data.districts.find((d) => d.city !== homeCity(data.districts) && d.total > 0)!, city: `复本${i}市` }));
    const line = tagline({ ...data, districts: [...data.districts, ...many] });
    expect(line).toMatch(/，以深圳龙华、复本0[^、]*、复本1[^、]*等41地为对照$/);
    expect(someRegions(['深圳龙华', '佛山顺德'])).toBe('深圳龙华、佛山顺德');
  });

  it('follow data the seeds do not have', () => {
    expect(yearSpan([...data.cases, { year: 2026 }])).toBe('2018—2026');
    expect(yearSpan([{ year: 2021 }])).toBe('2021');
    // With Foshan as home, every Guangzhou and Shenzhen district with cases is a comparison.
    expect(comparisonRegions(data.districts, '佛山市')).toContain('广州黄埔');
    expect(homeDistricts(data.districts, '深圳市')).toEqual([{ code: '440309', name: '龙华区' }]);
    const education = data.cases.map((c) => ({ ...c, domain: '教育' }));
    expect(searchExamples({ ...data, cases: education }).terms).toEqual(['黄埔', '教育']);
  });

  it('the home city is the editors\' setting (content/site.json): another one changes the district pages', () => {
    const input = readSeedInput();
    const setting = (city: string) => ({ ...input.tables, site: { file: 'content/site.json', source: JSON.stringify({ homeCity: city }) } });
    const shenzhen = runPipeline({ ...input, tables: setting('深圳市') });
    expect(homeCity(shenzhen.districts)).toBe('深圳市');
    // Every Shenzhen district gets a page, with or without cases; Guangzhou's keep one only where they have cases.
    const own = homeDistricts(shenzhen.districts, '深圳市');
    expect(own.map((d) => d.name)).toEqual(expect.arrayContaining(['福田区', '南山区', '龙华区', '光明区']));
    expect(own).toHaveLength(shenzhen.districts.filter((d) => d.city === '深圳市').length);
    expect(shenzhen.districts.filter((d) => d.city === '广州市').every((d) => d.total > 0)).toBe(true);
    expect(shenzhen.districts.length).toBeLessThan(data.districts.length + own.length);
    expect(comparisonRegions(shenzhen.districts, '深圳市')).toContain('广州黄埔');
    expect(tagline(shenzhen)).toMatch(/^深圳各区改革案例 2018—2024，以广州/);
    // Home-city districts get the bare slug.
    expect(shenzhen.districts.find((d) => d.name === '龙华区')?.slug).toBe('longhua');
  });

  it('names a bounded number of publishers however many reports there are, those of the most reports first', () => {
    const seeds = [...new Set(data.documents.map((d) => d.publisher).filter((p) => p !== null))];
    expect(leadingPublishers(data.documents)).toEqual(seeds.slice(0, FOOTER_PUBLISHERS));
    const many = Array.from({ length: 1000 }, (_, i) => ({ publisher: `报社${i}` }));
    const frequent = [...many, { publisher: '报社999' }, { publisher: '报社500' }, { publisher: '报社500' }];
    expect(leadingPublishers(frequent)).toEqual(['报社500', '报社999', '报社0', '报社1', '报社2']);
  });
});
