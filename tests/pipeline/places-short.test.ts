/**
 * Places written short (富阳 for 富阳区, 北仑 for 北仑区) and divisions abolished
 * or renamed since (江干区, 萝岗区, content/former-divisions.json): found with
 * their city and province, only within the report's city or province, and
 * never inside a longer word. Real sentences from tests/fixtures/reports/ (13,
 * 11, 26) and property tests over the whole gazetteer.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPlaces, listCities, listDistricts, provinceOfCity } from '../../scripts/pipeline/places.ts';
import { WEAK_NAMES, readInViewOnly, regionNames, spokenName } from '../../scripts/pipeline/gazetteer.ts';
import { EVERYDAY_SHORT_NAMES, PLACE_LEADS, PLACE_NAME_TAILS } from '../../scripts/pipeline/lexicon.ts';
import { contentTables } from '../helpers/seeds.ts';
import { report } from '../helpers/report.ts';
import { extractCases } from '../../scripts/pipeline/cases.ts';

const { zones } = contentTables();
const read = (text: string, city: string | null) => findPlaces(text, { city, zones }).map((h) => [h.matched, h.name, h.city, h.province]);

describe('real sentences', () => {
  const sentence = '产生了“县级政府权力清单制度改革的‘富阳版本’”、“城乡管理综合执法的‘北仑样本’”等省公共管理创新十佳创新奖10个,杭州市江干区“‘首诊在基层、大病去医院、康复回社区’的分级诊疗新体系”等省公共管理创新案例优秀奖15个。';

  it('13 (浙江日报, a Hangzhou report): 富阳 and 北仑 written short, and 江干区, abolished in 2021', () => {
    expect(read(sentence, '杭州市')).toEqual([
      ['富阳', '富阳区', '杭州市', '浙江省'],
      ['北仑', '北仑区', '宁波市', '浙江省'],
      ['杭州市', '杭州市', '杭州市', '浙江省'],
      ['江干区', '江干区', '杭州市', '浙江省'],
    ]);
  });

  it('the former division carries its year and successors', () => {
    const hit = findPlaces('杭州市江干区', { city: null, zones }).at(-1)!;
    expect(hit.district).toMatchObject({ name: '江干区', code: '330104', former: { year: 2021, successors: ['上城区', '钱塘区'] } });
  });

  it('a short name is not read in a report about another province (13 read as a Guangzhou report)', () => {
    expect(read(sentence, '广州市').map((h) => h[0])).toEqual(['杭州市', '江干区']);
  });

  it('11 (番禺 bureau): the studio 番禺云政务服务工作室 stands in 番禺区', () => {
    expect(read('番禺云政务服务工作室“智慧政务云上办”获评优秀案例', '广州市')).toEqual([['番禺', '番禺区', '广州市', '广东省']]);
  });

  it('26 (Qingdao): 市北区 and 市南区 in a Qingdao report, 即墨市 (a district since 2017)', () => {
    const list = '4、推行“三化三进”工程(市北区政府)\n5、加快智慧城区建设(市南区政府)\n8、开展贫困残疾人“个需关爱”行动(即墨市政府)';
    expect(read(list, '青岛市').map((h) => [h[1], h[2]])).toEqual([['市北区', '青岛市'], ['市南区', '青岛市'], ['即墨市', '青岛市']]);
    expect(read(list, '广州市').map((h) => h[1])).toEqual(['即墨市']);
  });

  it('萝岗区, 从化市 and 增城市 of Guangzhou before 2014', () => {
    expect(read('萝岗区、从化市和增城市', '广州市').map((h) => [h[1], h[2]])).toEqual([['萝岗区', '广州市'], ['从化市', '广州市'], ['增城市', '广州市']]);
  });

  it('a town written right after a district is that district’s, even one the gazetteer lists only elsewhere (萝岗区九龙镇, not 英德市’s 九龙镇)', () => {
    for (const city of ['广州市', null]) {
      const town = findPlaces('萝岗区九龙镇开展试点', { city, zones })[1]!;
      expect([town.matched, town.kind, town.city, town.district?.name, town.district?.former?.successors]).toEqual(['九龙镇', 'town', '广州市', '萝岗区', ['黄埔区']]);
    }
    expect(findPlaces('英德市九龙镇', { city: null, zones }).map((h) => [h.name, h.district?.name, h.code !== ''])).toEqual([['英德市', '英德市', true], ['九龙镇', '英德市', true]]);
    expect(findPlaces('黄埔区新龙镇', { city: null, zones }).map((h) => [h.name, h.district?.name, h.code !== ''])).toEqual([['黄埔区', '黄埔区', true], ['新龙镇', '黄埔区', true]]);
  });

  it('43 (大洋网): 天河, 花都 and 南沙 written short, each said by one division only, resolve in a sentence that names no city', () => {
    const clauses = '天河探索农村集体经济“现代企业”治理,化解资源“沉睡”之困;花都创新城市更新模式,寻求“老城新生”之道;南沙深化土地管理综合改革';
    expect(read(clauses, null)).toEqual([['天河', '天河区', '广州市', '广东省'], ['花都', '花都区', '广州市', '广东省'], ['南沙', '南沙区', '广州市', '广东省']]);
    // 鼓楼 (南京, 徐州, 福州, 开封) is left for the report's city; 朝阳 is an everyday word, 河南 the province, 公安 the police.
    expect(read('朝阳推进街乡吹哨;在鼓楼试点;河南举办评审会;公安政务服务改革', null)).toEqual([]);
  });

  it('a case of a report that names no city stands in the district its unique short name says, and none for a shared one', () => {
    const text = ['某地三项入选全省集成式改革基层典型案例。', '天河探索农村集体经济“现代企业”治理，化解资源“沉睡”之困；鼓楼创新城市更新模式，寻求“老城新生”之道。'].join('\n');
    const cases = extractCases(report(text, { year: null, kind: 'unknown', region: { city: null, district: null } }), { tables: contentTables() });
    expect(cases.map((c) => [c.owner, c.district, c.city])).toEqual([['天河', '天河区', '广州市']]);
  });

  it('everyday words and set phrases are not places (绿水青山 in Wuhan, 平安建设, 金山银山 in Shanghai)', () => {
    expect(read('践行绿水青山就是金山银山理念，推进平安建设。', '上海市')).toEqual([]);
    expect(read('践行绿水青山就是金山银山理念。', '武汉市')).toEqual([]);
    expect(read('江山就是人民，人民就是江山', '衢州市')).toEqual([]);
  });

  it('a short name inside a longer name or word is not a place (北仑港, 富阳中学, 新北仑)', () => {
    expect(read('北仑港吞吐量增长，富阳中学扩建', '宁波市')).toEqual([]);
    expect(read('打造新北仑的样本', '宁波市')).toEqual([]);
    expect(read('在北仑试点', '宁波市')).toEqual([['北仑', '北仑区', '宁波市', '浙江省']]);
  });
});

/** Districts in force with a short name the weak search can take (none of Taiwan's: they are read by full name only). */
const SHORT = [...new Set(listCities())].flatMap((city) =>
  listDistricts(city).filter((d) => !readInViewOnly(d)).flatMap((d) => {
    const spoken = spokenName(d.name);
    return spoken && !EVERYDAY_SHORT_NAMES.includes(spoken) && !/^[城市新老旧东南西北中上下前后]+$/.test(spoken) ? [{ d, spoken }] : [];
  }),
);
const REGIONS = regionNames();
const OTHER_HAN = fc.constantFrom(...'推进建设打造深化创新全面改革服务管理'.split('')).filter((c) => !PLACE_LEADS.includes(c));

describe('short names over the whole gazetteer (property tests)', () => {
  it('a short name in quotes resolves, in a report about its city, to a district of that city with its province', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHORT), ({ d, spoken }) => {
        const hit = findPlaces(`‘${spoken}经验’`, { city: d.city, zones })[0];
        expect(hit).toMatchObject({ matched: spoken, city: d.city, province: d.province, start: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('a short name is never read inside a longer word: after a character that joins it, or before a name tail', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHORT), OTHER_HAN, fc.constantFrom(...PLACE_NAME_TAILS), ({ d, spoken }, before, tail) => {
        for (const text of [`${before}${spoken}经验`, `‘${spoken}${tail}’`]) {
          const hits = findPlaces(text, { city: d.city, zones });
          expect(hits.filter((h) => h.matched === spoken)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a short name is never read in a report about a city or province that does not hold it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHORT), fc.constantFrom(...listCities()), ({ spoken }, city) => {
        const hits = findPlaces(`‘${spoken}经验’`, { city, zones }).filter((h) => h.matched === spoken);
        for (const h of hits) expect(h.city === city || h.province === provinceOfCity(city)).toBe(true);
        // The city named in the text itself counts as the report's: 广州：‘富阳经验’ is no place of 杭州.
        const named = findPlaces(`${city}：‘${spoken}经验’`, { city: null, zones }).filter((h) => h.matched === spoken);
        for (const h of named) expect(h.city === city || h.province === provinceOfCity(city)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('in a text about no known place, a short name resolves when one division says it, and never when several do', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHORT), ({ d, spoken }) => {
        const saying = (WEAK_NAMES.get(spoken) ?? []).length; // every division in force that says it, of any city or none (昌江: 景德镇 and 海南)
        const hits = findPlaces(`‘${spoken}经验’`, { city: null, zones }).filter((h) => h.matched === spoken);
        if (saying > 1) expect(hits).toEqual([]);
        // One division says it: read as that division, unless the name is also a region's (河南) or another former division's.
        const otherFormer = (zones.formerWeak.get(spoken) ?? []).some((p) => !(p.city === d.city && p.district?.former?.successors.includes(d.name)));
        const namesRegion = [...REGIONS].some((r) => spoken.includes(r)); // 山西朔州经济开发: the text names a province
        if (saying === 1 && !namesRegion && !otherFormer) expect(hits).toMatchObject([{ code: d.code, city: d.city, province: d.province }]);
        for (const h of hits) expect([h.code, h.city, h.province]).toEqual([d.code, d.city, d.province]);
      }),
      { numRuns: 400 },
    );
  });
});

/** Every district in force with its city written short before its own short name (北京怀柔, 天津北辰, 青岛即墨). */
const PAIRS = [...new Set(listCities())].flatMap((city) => {
  const cityShort = /^(.{2,})市$/.exec(city)?.[1];
  return cityShort
    ? listDistricts(city).flatMap((d) => {
      const spoken = spokenName(d.name);
      // A spoken name two divisions of the city share (北戴河区 and 北戴河新区 both say 北戴河) names neither for sure: left out here, tested below.
      const shared = listDistricts(city).filter((o) => spokenName(o.name) === spoken).length > 1;
      return spoken && !spoken.startsWith('市') && !shared ? [{ d, pair: `${cityShort}${spoken}`, cityShort }] : [];
    })
    : [];
});

describe('a district written short after its city written short (北京怀柔, property tests over the gazetteer)', () => {
  it('35 (a relay of rural-service cases): 北京怀柔 and 天津北辰双街, read in a report about another city', () => {
    expect(read('01-北京怀柔：“足不出村”办政务', '广州市')).toEqual([['北京怀柔', '怀柔区', '北京市', '北京市']]);
    expect(read('02-天津北辰双街：打造常态化服务体系', '北京市')).toEqual([['天津北辰', '北辰区', '天津市', '天津市'], ['双街', '双街镇', '天津市', '天津市']]);
  });

  it('a pair two divisions could say (秦皇岛北戴河: 北戴河区 or the zone 北戴河新区) is the division whose own short name it is', () => {
    expect(read('在秦皇岛北戴河试点', null)).toEqual([['秦皇岛北戴河', '北戴河区', '秦皇岛市', '河北省']]);
    expect(read('秦皇岛北戴河新区', null)).toEqual([['秦皇岛北戴河新区', '北戴河新区', '秦皇岛市', '河北省']]);
  });

  it('the pair names its one division, whatever the report’s city, and the full name after the city is read whole; never inside a longer word (a name tail after it), nor a city with a district of another city', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAIRS), fc.constantFrom(...PAIRS), fc.constantFrom(null, ...listCities()), fc.constantFrom(...PLACE_NAME_TAILS), (a, b, city, tail) => {
        expect(findPlaces(`在${a.pair}试点`, { city, zones })[0]).toMatchObject({ matched: a.pair, name: a.d.name, code: a.d.code, city: a.d.city, start: 1 });
        expect(findPlaces(`${a.cityShort}${a.d.name}`, { city, zones })).toMatchObject([{ code: a.d.code, start: 0, end: a.cityShort.length + a.d.name.length }]);
        expect(findPlaces(`在${a.pair}${tail}`, { city: null, zones }).filter((h) => h.matched === a.pair)).toEqual([]);
        const mixed = `${a.cityShort}${b.pair.slice(b.cityShort.length)}`;
        if (a.d.city !== b.d.city && !PAIRS.some((p) => p.pair === mixed)) {
          expect(findPlaces(`在${mixed}试点`, { city: null, zones }).filter((h) => h.matched === mixed)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
