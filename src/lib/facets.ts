/**
 * The case index's filters: for each dimension (district, year, list,
 * domain), its values with counts and the page that lists exactly the
 * matching cases. Pure, so the tests can check the pages against it.
 */
import type { Case } from '../../scripts/datasets/schema.ts';
import { dimensionHref, FILTERS, type FilterDimension, filterHref, filterSlug } from './links.ts';
import { countBy } from './tally.ts';
import { groupOf } from './lookup.ts';
import { CITY_DEPARTMENTS, fieldOf } from './cases.ts';

export interface FacetValue {
  dimension: FilterDimension;
  value: string;
  slug: string;
  href: string;
  count: number;
}

/**
 * The district dimension's value for the cases that count for no district (市级部门): listed after every
 * district and linked apart from them, never ranked among them (as the compare and year tables keep it,
 * case-district.ts byDistrict), whatever its count.
 */
export const outsideRanking = (f: Pick<FacetValue, 'dimension' | 'value'>) => f.dimension === 'district' && f.value === CITY_DEPARTMENTS;

const LABEL: Record<FilterDimension, string> = { district: '区', year: '年份', list: '榜单', domain: '领域' };
export const facetLabel = (d: FilterDimension) => LABEL[d];

type Faceted = Pick<Case, FilterDimension | 'districtToday'>;

/** A case's value along a dimension, as the counts of lib/cases.ts read it: the district it counts for today (case-district.ts), 市级部门 for none. */
export const valueOf = (c: Faceted, dimension: FilterDimension): string | null => fieldOf(c, dimension);

export function facets<C extends Faceted>(cases: readonly C[]): Record<FilterDimension, FacetValue[]> {
  const out = {} as Record<FilterDimension, FacetValue[]>;
  for (const dimension of FILTERS) {
    out[dimension] = [...countBy(cases, (c) => valueOf(c, dimension))]
      .map(([value, count]) => ({ dimension, value, slug: dimension === 'year' ? value : filterSlug(value), href: filterHref(dimension, value), count }))
      .sort((a, b) => Number(outsideRanking(a)) - Number(outsideRanking(b)) || (dimension === 'year' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'zh')));
  }
  return out;
}

/** One function per dimension, so lookup.ts groups the cases by each dimension once (not once per value). */
const VALUE_OF = Object.fromEntries(FILTERS.map((d) => [d, (c: Faceted) => valueOf(c, d)])) as Record<FilterDimension, (c: Faceted) => string | null>;

export function matching<C extends Faceted>(cases: readonly C[], dimension: FilterDimension, value: string): C[] {
  return [...groupOf<C, string | null>(cases, VALUE_OF[dimension], value)];
}

/**
 * The filter links of one dimension on a page of the case index: its first
 * `limit` values (they come largest first), the current one kept in, a link
 * to the dimension's page of all values when some are left out, and last,
 * marked `apart`, the value outside the ranking (市级部门), always shown.
 */
export function facetLinks(values: readonly FacetValue[], limit: number, current?: string): { href: string; label: string; count?: number; apart?: boolean }[] {
  const ranked = values.filter((f) => !outsideRanking(f));
  const shown = ranked.filter((f, i) => i < limit || f.href === current);
  const links = shown.map((f) => ({ href: f.href, label: f.value, count: f.count }));
  const more = shown.length < ranked.length ? [{ href: dimensionHref(values[0]!.dimension), label: `全部${facetTally(values)}…` }] : [];
  return [...links, ...more, ...values.filter(outsideRanking).map((f) => ({ href: f.href, label: f.value, count: f.count, apart: true }))];
}

/**
 * How many values a dimension has, in words (「 12 个区和市级部门」): the
 * district dimension also holds 市级部门, the cases that count for no
 * district, which is not a 区 and is not counted as one.
 */
export function facetTally(values: readonly FacetValue[]): string {
  const dimension = values[0]?.dimension;
  if (!dimension) return ' 0 个';
  const named = values.filter((f) => f.value !== CITY_DEPARTMENTS).length;
  const label = facetLabel(dimension);
  return named < values.length ? ` ${named} 个${label}和${CITY_DEPARTMENTS}` : ` ${named} 个${label}`;
}
