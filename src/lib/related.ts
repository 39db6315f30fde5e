/**
 * Related cases for a case page: same district or same domain, preferring
 * other years (what changed over time), then the same report. At most six.
 */
import type { Case } from './cases.ts';

export interface Related {
  c: Case;
  reason: 'district' | 'domain';
}

export function relatedCases(c: Case, all: readonly Case[], max = 6): Related[] {
  const score = (o: Case) =>
    (o.district && o.district === c.district ? 2 : 0) + (o.domain === c.domain ? 2 : 0) + (o.year !== c.year ? 1 : 0);
  return all
    .filter((o) => o.id !== c.id && ((o.district && o.district === c.district) || o.domain === c.domain))
    .map((o) => ({ o, s: score(o) }))
    .sort((a, b) => b.s - a.s || (b.o.year ?? 0) - (a.o.year ?? 0) || a.o.id.localeCompare(b.o.id))
    .slice(0, max)
    .map(({ o }) => ({ c: o, reason: o.district && o.district === c.district ? 'district' : 'domain' }));
}
