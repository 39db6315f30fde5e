/**
 * Related cases for a case page: same district or same domain, preferring
 * other years (what changed over time), then the same report. At most six.
 *
 * Every case page asks, so the candidates come from groupings made once per
 * list of cases, not from a scan of all cases per page: the same district's
 * cases (a district has few), and from the same domain (a domain has a tenth
 * of the corpus) only the first `max` of each rank, which is all the ranking
 * below can ever pick from it.
 */
import type { Case } from './cases.ts';
import { memo } from './lookup.ts';
import { countedDistrict } from './case-district.ts';

export interface Related {
  c: Case;
  reason: 'district' | 'domain';
}

const byId = (a: Case, b: Case) => a.id.localeCompare(b.id);
/** Newest first; a case without a year sorts as year 0 (last). */
const newestFirst = (a: Case, b: Case) => (b.year ?? 0) - (a.year ?? 0) || byId(a, b);

interface Groups {
  district: Map<string, Case[]>;
  /** domain -> year -> cases by id, the years newest first. */
  domain: Map<string, Map<number | null, Case[]>>;
}

function groups(all: readonly Case[]): Groups {
  const district = new Map<string, Case[]>();
  const domain = new Map<string, Map<number | null, Case[]>>();
  for (const c of [...all].sort(newestFirst)) {
    const d = countedDistrict(c);
    if (d) (district.get(d) ?? district.set(d, []).get(d)!).push(c);
    const years = domain.get(c.domain) ?? domain.set(c.domain, new Map()).get(c.domain)!;
    (years.get(c.year) ?? years.set(c.year, []).get(c.year)!).push(c);
  }
  return { district, domain };
}

export function relatedCases(c: Case, all: readonly Case[], max = 6): Related[] {
  const g = memo(all, groups);
  const own = countedDistrict(c);
  const sameDistrict = (o: Case) => own !== null && countedDistrict(o) === own;
  const candidates = new Set<Case>(own ? (g.district.get(own) ?? []) : []);
  // Same domain, another district: the first `max` of another year (score 3), then of the same year (score 2).
  const take = (lists: Iterable<readonly Case[]>) => {
    let n = max;
    for (const list of lists) {
      for (const o of list) {
        if (n === 0) return;
        if (!sameDistrict(o) && o.id !== c.id) {
          candidates.add(o);
          n--;
        }
      }
    }
  };
  const years = g.domain.get(c.domain) ?? new Map<number | null, Case[]>();
  take([...years].filter(([y]) => y !== c.year).map(([, list]) => list));
  take([years.get(c.year) ?? []]);
  const score = (o: Case) => (sameDistrict(o) ? 2 : 0) + (o.domain === c.domain ? 2 : 0) + (o.year !== c.year ? 1 : 0);
  return [...candidates]
    .filter((o) => o.id !== c.id)
    .map((o) => ({ o, s: score(o) }))
    .sort((a, b) => b.s - a.s || newestFirst(a.o, b.o))
    .slice(0, max)
    .map(({ o }) => ({ c: o, reason: sameDistrict(o) ? 'district' : 'domain' }));
}
