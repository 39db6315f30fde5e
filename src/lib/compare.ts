/**
 * Side-by-side comparison of two districts or two years: every pair gets a
 * static page (/compare/<a>-vs-<b>/), so comparison works without JavaScript.
 *
 * Which districts pair is bounded so the number of pages grows linearly with
 * the corpus, not with its square (every two of 1,000 districts would be half
 * a million pages): two districts of the same city pair; a district of the
 * home city also pairs with the largest districts outside it (the comparison,
 * at most COMPARISON_DISTRICTS of them). Every two years pair.
 */
import { caseYears } from './tally.ts';
import type { Case, District } from '../../scripts/datasets/schema.ts';
import { type CaseFilter, matchCases } from './cases.ts';

/** How many districts outside the home city every home district is paired with. */
export const COMPARISON_DISTRICTS = 8;

export interface Side {
  key: string;
  label: string;
  /** The cases of this side are exactly the cases matching this filter (lib/cases.ts). */
  filter: CaseFilter;
  cases: Case[];
}

export interface Pair {
  slug: string;
  kind: 'district' | 'year';
  a: Side;
  b: Side;
}

export const compareHref = (slug: string) => `/compare/${slug}/`;

/** The districts outside the home city that every home district is paired with: most cases first. */
export function comparisonDistricts(districts: readonly District[], home: string | null): District[] {
  return districts
    .filter((d) => d.city !== home && d.total > 0)
    .sort((a, b) => b.total - a.total || (a.code < b.code ? -1 : 1))
    .slice(0, COMPARISON_DISTRICTS);
}

const districtPairCache = new WeakMap<readonly District[], [District, District][]>();

/** Every two districts that get a page, in the order of districts.json (computed once per dataset). */
export function districtPairs(districts: readonly District[], home: string | null): [District, District][] {
  const cached = districtPairCache.get(districts);
  if (cached) return cached;
  const compared = new Set(comparisonDistricts(districts, home).map((d) => d.code));
  const paired = (a: District, b: District) =>
    a.city === b.city || (a.city === home && compared.has(b.code)) || (b.city === home && compared.has(a.code));
  const pairs: [District, District][] = [];
  for (let i = 0; i < districts.length; i++) {
    for (let j = i + 1; j < districts.length; j++) if (paired(districts[i]!, districts[j]!)) pairs.push([districts[i]!, districts[j]!]);
  }
  districtPairCache.set(districts, pairs);
  return pairs;
}

export const pairSlug = (a: { slug: string }, b: { slug: string }) => `${a.slug}-vs-${b.slug}`;

type Partner = { partner: District; slug: string };
const partnerCache = new WeakMap<readonly [District, District][], Map<string, Partner[]>>();

/** The districts one district is paired with, and the slug of each pair's page (every district page asks: the pairs are grouped once). */
export function partnersOf(districts: readonly District[], home: string | null, district: District): Partner[] {
  const pairs = districtPairs(districts, home);
  let byCode = partnerCache.get(pairs);
  if (!byCode) {
    byCode = new Map();
    const add = (d: District, partner: District, slug: string) => (byCode!.get(d.code) ?? byCode!.set(d.code, []).get(d.code)!).push({ partner, slug });
    for (const [a, b] of pairs) {
      add(a, b, pairSlug(a, b));
      add(b, a, pairSlug(a, b));
    }
    partnerCache.set(pairs, byCode);
  }
  return [...(byCode.get(district.code) ?? [])];
}

export function comparePairs(districts: readonly District[], cases: readonly Case[], home: string | null): Pair[] {
  const sides = new Map<string, Side>();
  const side = (d: District): Side => {
    if (!sides.has(d.code)) sides.set(d.code, { key: d.slug, label: d.name, filter: { district: d.name }, cases: matchCases(cases, { district: d.name }) });
    return sides.get(d.code)!;
  };
  const pairs: Pair[] = districtPairs(districts, home).map(([a, b]) => ({ slug: pairSlug(a, b), kind: 'district', a: side(a), b: side(b) }));
  const yearSides: Side[] = caseYears(cases).map((y) => ({ key: String(y), label: `${y} 年`, filter: { year: y }, cases: matchCases(cases, { year: y }) }));
  for (let i = 0; i < yearSides.length; i++) {
    for (let j = i + 1; j < yearSides.length; j++) {
      pairs.push({ slug: `${yearSides[i]!.key}-vs-${yearSides[j]!.key}`, kind: 'year', a: yearSides[i]!, b: yearSides[j]! });
    }
  }
  return pairs;
}
