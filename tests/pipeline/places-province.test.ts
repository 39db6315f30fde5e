/**
 * A province written just before one of its places, in full or short (湖北潜江, 四川丹棱, 内蒙古五原): the place written
 * short is read in that province, whatever the report's own city (the rows of 65, a national list of county cases).
 */
import { describe, expect, it } from 'vitest';
import { findPlaces, provinceOfCity } from '../../scripts/pipeline/places.ts';
import { contentTables } from '../helpers/seeds.ts';

const { zones } = contentTables();
const read = (text: string) => findPlaces(text, { city: null, zones }).map((h) => [h.matched, h.name, h.city, h.province]);

describe('a province written before a place', () => {
  it('reads the place written short in that province (rows of 65)', () => {
    expect(read('湖北潜江')).toEqual([['潜江', '潜江市', '潜江市', '湖北省']]);
    expect(read('四川丹棱')).toEqual([['丹棱', '丹棱县', '眉山市', '四川省']]);
    expect(read('内蒙古五原')).toEqual([['五原', '五原县', '巴彦淖尔市', '内蒙古自治区']]);
    expect(read('辽宁瓦房店')).toEqual([['瓦房店', '瓦房店市', '大连市', '辽宁省']]);
    expect(read('广西壮族自治区恭城')).toEqual([['恭城', '恭城瑶族自治县', '桂林市', '广西壮族自治区']]);
  });

  it('reads nothing from a province alone, a word after it, or a place of another province', () => {
    expect(read('湖北省')).toEqual([]);
    expect(read('湖北日报')).toEqual([]);
    expect(read('湖北丹棱')).toEqual([]);
  });

  it('gives a county-level city its province governs directly (潜江市, 琼海市: their own city) its province', () => {
    expect([provinceOfCity('潜江市'), provinceOfCity('琼海市'), provinceOfCity('某某市')]).toEqual(['湖北省', '海南省', null]);
  });
});
