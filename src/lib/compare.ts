/**
 * Side-by-side comparison of two districts or two years: every pair gets a
 * static page (/compare/<a>-vs-<b>/), so comparison works without JavaScript.
 */
import { caseYears } from './tally.ts';
import type { Case, District } from '../../scripts/datasets/schema.ts';
import { type CaseFilter, matchCases } from './cases.ts';

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

export function comparePairs(districts: readonly District[], cases: readonly Case[]): Pair[] {
  const pairs: Pair[] = [];
  const sides: Side[] = districts.map((d) => ({ key: d.slug, label: d.name, filter: { district: d.name }, cases: matchCases(cases, { district: d.name }) }));
  const years = caseYears(cases);
  const yearSides: Side[] = years.map((y) => ({ key: String(y), label: `${y} 年`, filter: { year: y }, cases: matchCases(cases, { year: y }) }));
  for (const [kind, list] of [['district', sides], ['year', yearSides]] as const) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        pairs.push({ slug: `${list[i]!.key}-vs-${list[j]!.key}`, kind, a: list[i]!, b: list[j]! });
      }
    }
  }
  return pairs;
}
