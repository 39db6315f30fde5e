/**
 * A place name is read where a reader reads it: not inside a numbered road's name (博爱一路, 中山二马路) nor across
 * the word before it (回应|城市 is not 应城市); every division in force stays found when written plainly
 * (湖北省应城市, 在应城市, 应城市 at a line's start), over the whole gazetteer.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPlaces, listCities, listDistricts } from '../../scripts/pipeline/places.ts';
import { nameContinues, readAsOtherWords } from '../../scripts/pipeline/places-words.ts';
import { readInViewOnly } from '../../scripts/pipeline/gazetteer.ts';
import { contentTables } from '../helpers/seeds.ts';

const { zones } = contentTables();
const names = (text: string, city: string | null = null) => findPlaces(text, { city, zones }).map((h) => h.name);

describe('names read inside other words', () => {
  it('a road named after a place, with an ordinal, is a road', () => {
    expect(names('博爱一路导入停车带保护自行车道，完成标线型人行道')).toEqual([]);
    expect(names('沿番禺一路和天河二路新建慢行系统', '广州市')).toEqual([]);
    expect(nameContinues('番禺十八弄', 2)).toBe(true);
    expect(nameContinues('番禺区一年来', 3)).toBe(false);
  });

  it('a full name across a verb and a word (回应城市, 响应城市) is those words', () => {
    expect(names('展现图书馆回应城市议题的创新力')).toEqual([]);
    expect(readAsOtherWords('展现图书馆回应城市议题', 6, 9)).toBe(true);
  });

  it('a full name after a verb whose last character only overlaps it is kept (深化肥西县改革, 推进番禺区改革)', () => {
    expect(names('深化肥西县改革')).toEqual(['肥西县']);
    expect(names('加快推进番禺区改革')).toEqual(['番禺区']);
  });

  it('a place the report is about is kept even where the words could be read otherwise', () => {
    expect(names('深化肥城市改革', '泰安市')).toEqual(['肥城市']);
    expect(names('深化肥城市改革')).toEqual([]);
  });

  it('written plainly, after a place, a place lead or a province', () => {
    expect(names('湖北省应城市推行')).toEqual(['应城市']);
    expect(names('在应城市推行')).toEqual(['应城市']);
    expect(names('孝感市应城市推行')).toEqual(['孝感市', '应城市']);
    expect(names('河南省博爱县推进改革')).toEqual(['博爱县']);
  });
});

/** Divisions in force whose full name differs from the short one (generic names such as 市中区 are read only in their city). */
const FULL = listCities().flatMap((c) => listDistricts(c)).filter((d) => d.short !== d.name && !/^[城市新老旧东南西北中上下前后]+[区县市]$/.test(d.name));

/**
 * Full names one city's divisions say: a name several cities share (鼓楼区) is read only with its city or province in
 * view. Taiwan's districts are read only in view whatever their name (places-taiwan.test.ts), so they are left out.
 */
const ANYWHERE = FULL.filter((d) => !readInViewOnly(d));
const CITIES_OF = new Map<string, Set<string>>();
for (const d of ANYWHERE) CITIES_OF.set(d.name, (CITIES_OF.get(d.name) ?? new Set()).add(d.city));
const ONE_CITY = ANYWHERE.filter((d) => CITIES_OF.get(d.name)!.size === 1);

describe('no division in force is lost when written plainly (property tests over the gazetteer)', () => {
  it('after its province, after 在, at the start of a line, after a comma', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ONE_CITY), fc.constantFrom('province', '在', 'start', '，'), (d, form) => {
        const text = form === 'province' ? `${d.province}${d.name}推进改革` : form === 'start' ? `${d.name}推进改革` : `${form}${d.name}推进改革`;
        return names(text).includes(d.name);
      }),
      { numRuns: 2000 },
    );
  });

  it('a name several cities share is no place without its city or province (鼓楼区), and is with it', () => {
    expect(names('鼓楼区推行“一网通办”')).toEqual([]);
    expect(names('南京市鼓楼区推行')).toEqual(['南京市', '鼓楼区']);
    expect(findPlaces('鼓楼区推行', { city: '福州市', zones })[0]).toMatchObject({ name: '鼓楼区', city: '福州市' });
    expect(findPlaces('白云区推行', { city: null, zones })[0]).toMatchObject({ name: '白云区', city: '广州市' });
  });

  it('after its city, in a report on that city', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FULL), (d) => names(`${d.city}${d.name}`, d.city).includes(d.name)),
      { numRuns: 1000 },
    );
  });
});
