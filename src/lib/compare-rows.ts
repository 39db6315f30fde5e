/**
 * The rows of a comparison: every category either side has, with both
 * counts and their difference, and a one-sentence summary of the largest
 * difference. Pure; the compare pages draw them as paired bars.
 */
import { foldTail } from './paging.ts';
export interface CompareRow {
  label: string;
  a: number;
  b: number;
}

/** Both sides' counts over the union of their categories; `order` 'count' sorts by the larger count, 'label' keeps labels ascending (years). */
export function compareRows(a: Map<string, number>, b: Map<string, number>, order: 'count' | 'label'): CompareRow[] {
  const labels = [...new Set([...a.keys(), ...b.keys()])];
  const rows = labels.map((label) => ({ label, a: a.get(label) ?? 0, b: b.get(label) ?? 0 }));
  return rows.sort((x, y) =>
    order === 'label' ? x.label.localeCompare(y.label, 'zh') : Math.max(y.a, y.b) - Math.max(x.a, x.b) || y.a + y.b - (x.a + x.b) || x.label.localeCompare(y.label, 'zh'),
  );
}

/** The row where the two sides differ most (first in order on a tie); none when they never differ. */
export function largestGap(rows: readonly CompareRow[]): CompareRow | undefined {
  let best: CompareRow | undefined;
  for (const r of rows) if (r.a !== r.b && (!best || Math.abs(r.a - r.b) > Math.abs(best.a - best.b))) best = r;
  return best;
}

/** The first `limit` rows (in their order), the rest summed into one row labelled `other(n)`; as foldRows (lib/paging.ts), for two sides. */
export function foldCompareRows(rows: readonly CompareRow[], limit: number, other: (folded: number) => string): CompareRow[] {
  const sum = (rest: readonly CompareRow[], side: 'a' | 'b') => rest.reduce((n, r) => n + r[side], 0);
  return foldTail(rows, limit, (rest) => ({ label: other(rest.length), a: sum(rest, 'a'), b: sum(rest, 'b') }));
}
