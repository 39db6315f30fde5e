/**
 * Counting cases along two dimensions, for the district, year and compare
 * pages. Pure; the same counts feed tables and charts.
 */
export function countBy<T>(items: readonly T[], key: (item: T) => string | number | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    counts.set(String(k), (counts.get(String(k)) ?? 0) + 1);
  }
  return counts;
}

/** Rows sorted by count (desc) then label, for tables. */
export function ranked(counts: Map<string, number>): { label: string; count: number }[] {
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh'));
}

/** The report years that have cases, ascending. */
export function caseYears(cases: readonly { year: number | null }[]): number[] {
  return [...new Set(cases.map((c) => c.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

/**
 * Where `self` stands among `totals` (its own included), largest first, equal totals sharing a place
 * (1, 2, 2, 4): two districts with the same count must not read as 5th and 6th on their two pages.
 * `tied` counts the others with the same total.
 */
export function standing(totals: readonly number[], self: number): { place: number; tied: number } {
  return { place: 1 + totals.filter((t) => t > self).length, tied: totals.filter((t) => t === self).length - 1 };
}
