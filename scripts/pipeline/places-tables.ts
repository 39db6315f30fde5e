/**
 * The editors' place tables and the home city, ready to search: zones that stand for a district (content/zones.json),
 * divisions abolished or renamed since (content/former-divisions.json), the home city's streets (content/site.json),
 * and the hints that decide between places sharing a name. tables.ts prepares them once per run; places.ts searches.
 */
import { DISTRICTS, LOCAL_NAMES, PAIRED_NAMES, STRONG_NAMES, WEAK_NAMES, type DistrictEntry, type Names, type Place, addDistrictNames, byPrefix, cityCode, provinceByCode, shortName, streetNames } from './gazetteer.ts';

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
  const names = new Set([...STRONG_NAMES.keys(), ...LOCAL_NAMES.keys(), ...PAIRED_NAMES.keys(), ...WEAK_NAMES.keys(), ...places.keys(), ...former.keys(), ...formerWeak.keys(), ...streets.keys()]);
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
