/**
 * Places by name, outside any text: a district by its name or short name, a street's district, a city's districts,
 * a city's province, former divisions and their successors; and how one place is chosen among several that share a
 * name (the report's district, city or province, then the home city, then its province).
 */
import { DISTRICTS, type DistrictEntry, type Place, cityByCode, cityCode, districtsByName, provinceByCode, provinces } from './gazetteer.ts';
import type { HomeCity, PlaceContext, PlaceHints, PlaceTables } from './places-tables.ts';

/**
 * The place a name stands for among those that share it, or null when nothing decides: a name several divisions in
 * force share (鼓楼区 of 南京, 福州, 徐州, 开封) in a text about none of their cities or provinces is left unresolved,
 * not guessed. Divisions of one city that share a written name (秦皇岛北戴河: 北戴河区 and the zone 北戴河新区) are one
 * place to a reader of another city, and the first listed is taken.
 */
export function choose(candidates: Place[], ctx: PlaceHints, home: HomeCity): Place | null {
  const decided =
    candidates.find((p) => ctx.district && p.district?.name === ctx.district) ??
    candidates.find((p) => ctx.city && p.city === ctx.city) ??
    candidates.find((p) => ctx.province && p.province === ctx.province) ??
    candidates.find((p) => p.cityCode === home.code && !p.district?.former) ??
    candidates.find((p) => p.province === home.province && !p.district?.former);
  if (decided) return decided;
  const inForce = candidates.filter((p) => !p.district?.former);
  if (new Set(inForce.map((p) => p.cityCode)).size > 1) return null;
  return inForce[0] ?? candidates[0]!;
}

/** The district of a street or town of the home province: 三元里街 / 三元里街道 / 派潭镇 / 派潭 -> its district. */
export function districtOfStreet(name: string, ctx: PlaceContext): DistrictEntry | null {
  const forms = [name, `${name}街道`, `${name}镇`, `${name}乡`, name.replace(/街$/, '街道')];
  for (const form of forms) {
    const places = ctx.zones.streets.get(form);
    if (places?.length) return choose(places, ctx, ctx.zones.home)?.district ?? null;
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
