/**
 * The one answer to "which district does this case count for?", for every
 * page, chart, statistic and download that counts cases per district: the
 * district in force today (cases.json `districtToday`). A case whose report
 * filed it under a district abolished or renamed since (萝岗区, merged into
 * 黄埔区 in 2014) counts for the successor, so the 黄埔区 page, the district
 * index, the year and compare pages, the charts and the home page agree.
 * Never count by `district`: it keeps the name as the report wrote it.
 */
import type { Case, District } from '../../scripts/datasets/schema.ts';
import { countBy } from './tally.ts';

/** What a home-city case counts under when it counts for no district: a city department's (市级部门) row, filter and label. */
export const CITY_DEPARTMENTS = '市级部门';
/** Why a city department's row stands apart from the districts' (compare tables, their sentence). */
export const COUNTS_FOR_NO_DISTRICT = '不计入任何区';

type Placed = Pick<Case, 'district' | 'districtToday'>;

/** The district a case counts for (黄埔区 for a case filed under 萝岗区); null for a city department or an unknown place. */
export function countedDistrict(c: Pick<Case, 'districtToday'>): string | null {
  return c.districtToday;
}

/** Cases per district they count for, and apart how many count for none (city departments): a table ranks the districts, never 市级部门 among them. */
export function byDistrict(cases: readonly Pick<Case, 'districtToday'>[]): { counts: Map<string, number>; outside: number } {
  return { counts: countBy(cases, countedDistrict), outside: cases.filter((c) => countedDistrict(c) === null).length };
}

/** The former district a case's report filed it under (萝岗区), when that is not the district it counts for today; else null. */
export function formerDistrictOf(c: Placed): string | null {
  return c.district !== null && c.districtToday !== null && c.district !== c.districtToday ? c.district : null;
}

/**
 * The district a name counts for today, and the former name it was given as: 黄埔区 for 萝岗区 when
 * districts.json lists 萝岗区 among 黄埔区's former names; a name in force as it is; null for neither.
 */
export function districtToday(name: string, districts: readonly Pick<District, 'name' | 'formerNames'>[]): { today: string; former: District['formerNames'][number] | null } | null {
  if (districts.some((d) => d.name === name)) return { today: name, former: null };
  for (const d of districts) {
    const former = d.formerNames.find((f) => f.name === name);
    if (former) return { today: d.name, former };
  }
  return null;
}

/** 「原萝岗区」: how a list of cases marks one its report filed under a former district. */
export const formerLabel = (name: string) => `原${name}`;

/** One sentence on a former district name: when it changed and which district counts its cases now. */
export function formerExplained(former: Pick<District['formerNames'][number], 'name' | 'year'>, today: string): string {
  return `${former.name}是${former.year}年区划调整前的区名，辖域今属${today}`;
}
