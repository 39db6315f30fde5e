/**
 * What a compare page tabulates, bounded so the page does not grow with the
 * corpus (issue 16): the cases of both sides by district (a year pair) or by
 * year (a district pair), and by domain. A category table shows COUNT_ROWS
 * rows at most, the smaller categories summed into one 其他 row, as the year
 * and district pages do; the summary sentences name the largest difference
 * over every category, before folding. A district pair's years stay whole and
 * in order: there is one row per report year, and folding years would hide
 * the latest ones.
 */
import type { Case } from '../../scripts/datasets/schema.ts';
import { CITY_DEPARTMENTS, countedDistrict } from './case-district.ts';
import type { Pair } from './compare.ts';
import { type CompareRow, compareRows, foldCompareRows, largestGap } from './compare-rows.ts';
import { COUNT_ROWS } from './paging.ts';
import { countBy } from './tally.ts';

export interface CompareTable {
  caption: string;
  head: string;
  rows: CompareRow[];
  /** The category where the sides differ most, over all categories (none when they never differ). */
  gap: CompareRow | undefined;
}

/** The label of the summed row, as on the year and district pages. */
const other = (n: number) => `其他 ${n} 项`;

function table(caption: string, head: string, rows: CompareRow[], fold: boolean): CompareTable {
  return { caption, head, rows: fold ? foldCompareRows(rows, COUNT_ROWS, other) : rows, gap: largestGap(rows) };
}

/** The two tables of a compare page: across districts (a year pair) or years (a district pair), and across domains. */
export function compareTables(pair: Pair): { across: CompareTable; domains: CompareTable } {
  const count = (key: (c: Case) => string | number | null, order: 'count' | 'label') => compareRows(countBy(pair.a.cases, key), countBy(pair.b.cases, key), order);
  const across =
    pair.kind === 'district'
      ? table('各年份的案例数', '年份', count((c) => c.year, 'label'), false)
      : table('各区的案例数', '区', count((c) => countedDistrict(c) ?? CITY_DEPARTMENTS, 'count'), true);
  return { across, domains: table('各领域的案例数', '领域', count((c) => c.domain, 'count'), true) };
}
