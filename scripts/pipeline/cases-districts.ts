/**
 * districts.json: every district of the home city (content/site.json), with
 * or without cases, and the districts of other cities that have cases
 * (Shenzhen 龙华区), sorted by code, with case counts by year, list and
 * domain. A case counts for its district today (districts-today.ts): one a
 * report filed under a former division (萝岗区, content/former-divisions.json)
 * counts for the successor (黄埔区), which lists the former name with its count.
 */
import type { Case, District } from '../datasets/schema.ts';
import { type DistrictEntry, type PlaceTables, districtByCode, districtSlugs, listDistricts } from './places.ts';
import { namedDistrict } from './districts-today.ts';

type Counted = Pick<Case, 'district' | 'districtCode' | 'districtTodayCode' | 'city' | 'year' | 'list' | 'domain'>;

function count(into: Record<string, number>, key: string | number | null) {
  const k = key === null ? 'unknown' : String(key);
  into[k] = (into[k] ?? 0) + 1;
}

/** Keys in sorted order, so the file does not change with case order. */
function sorted(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The former divisions a district's cases were filed under, by name, with how many. */
function formerNames(own: readonly Counted[], zones: PlaceTables): District['formerNames'] {
  const found = new Map<string, District['formerNames'][number]>();
  for (const c of own) {
    const named = namedDistrict(c, zones);
    if (!named?.former) continue;
    const entry = found.get(named.name) ?? { name: named.name, code: named.code || null, year: named.former.year, total: 0 };
    entry.total++;
    found.set(named.name, entry);
  }
  return [...found.values()].sort((a, b) => a.year - b.year || (a.name < b.name ? -1 : 1));
}

export function buildDistricts(cases: readonly Counted[], zones: PlaceTables): District[] {
  const entries = new Map<string, DistrictEntry>(listDistricts(zones.home.name).map((d) => [d.code, d]));
  const slugs = districtSlugs(zones.home.code);
  const byCode = new Map<string, Counted[]>();
  for (const c of cases) {
    const d = c.districtTodayCode ? districtByCode(c.districtTodayCode) : null;
    if (!d) continue;
    entries.set(d.code, d);
    byCode.set(d.code, [...(byCode.get(d.code) ?? []), c]);
  }
  return [...entries.values()]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((d) => {
      const own = byCode.get(d.code) ?? [];
      const byYear: Record<string, number> = {};
      const byList: Record<string, number> = {};
      const byDomain: Record<string, number> = {};
      for (const c of own) {
        count(byYear, c.year);
        count(byList, c.list);
        count(byDomain, c.domain);
      }
      return {
        code: d.code, name: d.name, slug: slugs.get(d.code)!, city: d.city, home: d.cityCode === zones.home.code,
        total: own.length, formerNames: formerNames(own, zones), byYear: sorted(byYear), byList: sorted(byList), byDomain: sorted(byDomain),
      };
    });
}
