/**
 * Site copy from the data: the seeds give the copy the site used to type by
 * hand, and data the seeds do not have (a new year, another city) changes it.
 */
import { describe, expect, it } from 'vitest';
import { comparisonRegions, homeCity, homeDistricts, leadingDistrict, searchExamples, tagline, yearSpan } from '../../src/lib/site-facts.ts';
import { seedResult } from '../helpers/seeds.ts';

describe('site facts', () => {
  const data = seedResult();

  it('over the seeds: 广州, 2018—2024, 深圳龙华 as the comparison, 黄埔区 leading', () => {
    expect(tagline(data)).toBe('广州各区改革案例 2018—2024，以深圳龙华为对照');
    expect(leadingDistrict(data.districts, homeCity(data.documents))).toBe('黄埔区');
    // Every district of the home city, with or without cases, in code order (the gazetteer's list, via districts.json).
    const own = homeDistricts(data.districts, homeCity(data.documents));
    expect(own).toHaveLength(11);
    expect(own[0]).toEqual({ code: '440103', name: '荔湾区' });
    expect(own.map((d) => d.code)).toEqual([...own.map((d) => d.code)].sort());
    expect(searchExamples(data)).toEqual({ terms: ['黄埔', '营商环境'], pinyin: 'huangpu' });
  });

  it('follow data the seeds do not have', () => {
    expect(yearSpan([...data.cases, { year: 2026 }])).toBe('2018—2026');
    expect(yearSpan([{ year: 2021 }])).toBe('2021');
    const foshan = Array.from({ length: data.documents.length + 1 }, () => ({ region: { city: '佛山市', district: null } }));
    expect(homeCity([...data.documents, ...foshan])).toBe('佛山市');
    // With Foshan as home, every Guangzhou and Shenzhen district with cases is a comparison.
    expect(comparisonRegions(data.districts, '佛山市')).toContain('广州黄埔');
    expect(homeDistricts(data.districts, '深圳市')).toEqual([{ code: '440309', name: '龙华区' }]);
    const education = data.cases.map((c) => ({ ...c, domain: '教育' }));
    expect(searchExamples({ ...data, cases: education }).terms).toEqual(['黄埔', '教育']);
  });
});
