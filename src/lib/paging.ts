/**
 * Long lists are split into pages of a fixed size, so that no page grows
 * with the corpus: the case index and its filter pages show CASES_PER_PAGE
 * cards each, and a district or year page shows a short summary that links
 * to the full list. Pure, so the tests can check the pages against it.
 */

/** Cards on one page of a case list (about 0.5 KB of HTML each). */
export const CASES_PER_PAGE = 40;

/** Cases a district or year page lists before it links to the full, paginated list. */
export const CASES_IN_SUMMARY = 8;

/** Rows of a figures table on a district page before it links to the data instead. */
export const FIGURE_ROWS = 20;

/** Filter links per dimension on a page of the case index; the rest are on the dimension's own page (/cases/district/ ...). */
export const FACET_LINKS = 20;

/** Filter links on one page of a dimension's own list (/cases/district/ ...; about 0.2 KB of HTML each). */
export const FACET_VALUES_PER_PAGE = 400;

/** Rows of the districts table and entries of the reports list per page. */
export const INDEX_ROWS = 50;

/** Rows a count table shows; the rest are summed into one 其他 row. */
export const COUNT_ROWS = 12;

/**
 * The page numbers a pager shows: the first and last page, and the current
 * one with `radius` neighbours each side; null marks a gap (…). At most
 * 2 * radius + 5 entries, however many pages there are.
 */
export function pageWindow(current: number, last: number, radius = 2): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    const previous = sorted[i - 1];
    // A gap of one page shows that page instead of an ellipsis: no saving in hiding it.
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** At most `limit` rows: all of them, or the first `limit - 1` and one row `merge` makes of the rest (a table's 其他 row). */
export function foldTail<R, M>(rows: readonly R[], limit: number, merge: (rest: readonly R[]) => M): (R | M)[] {
  if (rows.length <= limit) return [...rows];
  return [...rows.slice(0, limit - 1), merge(rows.slice(limit - 1))];
}

/** The first `limit` rows, and the rest summed into one row labelled `other` (none when nothing is left over). */
export function foldRows<R extends { label: string; count: number }>(rows: readonly R[], limit: number, other: (folded: number) => string): (R | { label: string; count: number })[] {
  return foldTail(rows, limit, (rest) => ({ label: other(rest.length), count: rest.reduce((n, r) => n + r.count, 0) }));
}

/** What a title adds on a later page of a list: （第 2 页）; nothing on the first. */
export const nthPage = (n: number) => (n > 1 ? `（第 ${n} 页）` : '');
