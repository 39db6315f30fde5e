import { describe, expect, it } from 'vitest';
import { expandAbbreviations, looksLikeOwner, normalizeOwner } from '../../scripts/pipeline/owners.ts';
import { contentTables } from '../helpers/seeds.ts';

const tables = contentTables();
const GZ = { city: '广州市', tables };

describe('owner normalization', () => {
  it.each([
    ['市发改委', '广州市发展和改革委员会', 'city', null],
    ['广州市发改委', '广州市发展和改革委员会', 'city', null],
    ['市委政法委', '中共广州市委政法委员会', 'city', null],
    ['中共广州市委政法委', '中共广州市委政法委员会', 'city', null],
    ['市委统战部', '中共广州市委统战部', 'city', null],
    ['中共广州市委组织部', '中共广州市委组织部', 'city', null],
    ['市医保局', '广州市医疗保障局', 'city', null],
    ['市卫生健康委', '广州市卫生健康委员会', 'city', null],
    ['市规划和自然资源局', '广州市规划和自然资源局', 'city', null],
    ['市人大常委会', '广州市人民代表大会常务委员会', 'city', null],
    ['广州市人大常委会教育科学文化卫生工委', '广州市人民代表大会常务委员会教育科学文化卫生工作委员会', 'city', null],
    ['广州中院', '广州市中级人民法院', 'city', null],
    ['广州市中级人民法院', '广州市中级人民法院', 'city', null],
    ['海珠区投资促进局', '广州市海珠区投资促进局', 'district', '海珠区'],
    ['天河区教育局', '广州市天河区教育局', 'district', '天河区'],
    ['增城区委区政府', '中共广州市增城区委、广州市增城区人民政府', 'district', '增城区'],
    ['国家税务总局广州市黄埔区（广州开发区）税务局', '国家税务总局广州市黄埔区（广州开发区）税务局', 'district', '黄埔区'],
    ['广州开发区管委会', '广州开发区管理委员会', 'district', '黄埔区'],
    ['黄埔区', '广州市黄埔区', 'district', '黄埔区'],
    ['白云区三元里街', '广州市白云区三元里街道', 'street', '白云区'],
    ['派潭镇', '广州市增城区派潭镇', 'town', '增城区'],
  ])('%s -> %s (%s, %s)', (written, full, level, district) => {
    expect(normalizeOwner(written, GZ)).toMatchObject({ written, full, level, district, city: '广州市' });
  });

  it('records the street or town of a street-level owner', () => {
    expect(normalizeOwner('白云区三元里街', GZ).street).toBe('三元里街道');
    expect(normalizeOwner('海珠区投资促进局', GZ).street).toBeNull();
  });

  it('reads 市 and 区 as the report\'s own city and district', () => {
    expect(normalizeOwner('龙华区', { city: '深圳市', tables })).toMatchObject({ full: '深圳市龙华区', city: '深圳市', district: '龙华区', districtCode: '440309', level: 'district' });
    expect(normalizeOwner('区教育局', { city: '广州市', district: '黄埔区', tables })).toMatchObject({ full: '广州市黄埔区教育局', district: '黄埔区', level: 'district' });
  });

  it('splits joint owners and keeps the first one\'s level', () => {
    expect(normalizeOwner('市发改委、市医保局', GZ)).toMatchObject({ full: '广州市发展和改革委员会、广州市医疗保障局', level: 'city' });
  });

  it('never expands an abbreviation inside its own full form', () => {
    expect(expandAbbreviations('卫生健康委员会', tables.owners)).toBe('卫生健康委员会');
    expect(expandAbbreviations('卫生健康委', tables.owners)).toBe('卫生健康委员会');
    expect(expandAbbreviations('人民政府', tables.owners)).toBe('人民政府');
  });
});

describe('owner lines', () => {
  it.each(['广州市水务局', '中共广州市委统战部', '增城区委区政府', '国家税务总局广州市黄埔区（广州开发区）税务局', '白云区三元里街', '黄埔区', '市发改委', '广州海关', '市发改委、市政务服务数据管理局'])(
    '%s reads as an owner',
    (line) => expect(looksLikeOwner(line, GZ)).toBe(true),
  );
  it.each(['三项国家级试点阶段性完成：', '广州党建', '政治站位高', '深化七大领域改革', '市委改革办相关负责人表示', '开展压缩企业开办时间国家级试点', '统筹/采写', '闪亮成绩单', '广州街坊'])(
    '%s does not',
    (line) => expect(looksLikeOwner(line, GZ)).toBe(false),
  );
});
