/**
 * What a compare page tabulates, bounded so the page does not grow with the
 * corpus (issue 16): the cases of both sides by district (a year pair) or by
 * year (a district pair), and by domain. A category table shows COUNT_ROWS
 * rows at most, the smaller categories summed into one 其他 row, as the year
 * and district pages do; the summary sentences name the largest difference
 * over every category, before folding. A district pair's years stay whole and
 * in order: there is one row per report year, and folding years would hide
 * the latest ones. City departments (市级部门) are no district: their cases
 * are one row of their own beside the district table (`outside`), never
 * ranked among the districts nor named as the district that differs most,
 * and the rows plus that row still add up to each side's count, as on
 * /districts/ and /cases/.
 */
import type { Case } from '../../scripts/datasets/schema.ts';
import { CITY_DEPARTMENTS, byDistrict } from './case-district.ts';
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
  /** Cases that count for no category of the table (a year pair's 市级部门): shown apart, outside the ranking and the gap. */
  outside?: CompareRow;
}

/** The label of the summed row, as on the year and district pages. */
const other = (n: number) => `其他 ${n} 项`;

function table(caption: string, head: string, rows: CompareRow[], fold: boolean): CompareTable {
  return { caption, head, rows: fold ? foldCompareRows(rows, COUNT_ROWS, other) : rows, gap: largestGap(rows) };
}

/** The two tables of a compare page: across districts (a year pair) or years (a district pair), and across domains. */
export function compareTables(pair: Pair): { across: CompareTable; domains: CompareTable } {
  const count = (key: (c: Case) => string | number | null, order: 'count' | 'label') => compareRows(countBy(pair.a.cases, key), countBy(pair.b.cases, key), order);
  const across = pair.kind === 'district' ? table('各年份的案例数', '年份', count((c) => c.year, 'label'), false) : districtTable(pair);
  return { across, domains: table('各领域的案例数', '领域', count((c) => c.domain, 'count'), true) };
}

/** A year pair by district: the districts ranked and folded, the cases that count for none (市级部门) as `outside`. */
function districtTable(pair: Pair): CompareTable {
  const [a, b] = [byDistrict(pair.a.cases), byDistrict(pair.b.cases)];
  const rows = compareRows(a.counts, b.counts, 'count');
  const outside = { label: CITY_DEPARTMENTS, a: a.outside, b: b.outside };
  return { ...table('各区的案例数', '区', rows, true), ...(outside.a + outside.b > 0 ? { outside } : {}) };
}
