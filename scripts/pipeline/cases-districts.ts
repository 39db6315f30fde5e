/**
 * districts.json: every district of the home city (content/site.json), with
 * or without cases, and the districts of other cities that have cases
 * (Shenzhen 龙华区), sorted by code, with case counts by year, list and
 * domain. A case in a former division (江干区, content/former-divisions.json)
 * keeps that name and counts for no district in force.
 */
import type { Case, District } from '../datasets/schema.ts';
import { type DistrictEntry, type PlaceTables, districtByCode, districtByName, districtSlugs, listDistricts } from './places.ts';

type Counted = Pick<Case, 'district' | 'city' | 'year' | 'list' | 'domain'> & { districtCode?: string | null };

function count(into: Record<string, number>, key: string | number | null) {
  const k = key === null ? 'unknown' : String(key);
  into[k] = (into[k] ?? 0) + 1;
}

/** Keys in sorted order, so the file does not change with case order. */
function sorted(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function entryOf(c: Counted, zones: PlaceTables): DistrictEntry | null {
  if (c.districtCode) return districtByCode(c.districtCode);
  return c.district ? districtByName(c.district, { city: c.city, zones }) : null;
}

export function buildDistricts(cases: readonly Counted[], zones: PlaceTables): District[] {
  const entries = new Map(listDistricts(zones.home.name).map((d) => [d.code, d]));
  const slugs = districtSlugs(zones.home.code);
  const byCode = new Map<string, Counted[]>();
  for (const c of cases) {
    const d = entryOf(c, zones);
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
      return { code: d.code, name: d.name, slug: slugs.get(d.code)!, city: d.city, home: d.cityCode === zones.home.code, total: own.length, byYear: sorted(byYear), byList: sorted(byList), byDomain: sorted(byDomain) };
    });
}
