/**
 * The lookups that replaced per-page scans of the corpus (src/lib/lookup.ts)
 * and their users must answer exactly what the scans answered: arbitrary
 * cases (fast-check) against the plain filter-and-sort each one replaced.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byId, groupOf, memoByText, spanAt } from '../../src/lib/lookup.ts';
import { relatedCases } from '../../src/lib/related.ts';
import { CASE_FILTER_KEYS, type CaseFilter, matchCases } from '../../src/lib/cases.ts';
import type { Case } from '../../scripts/datasets/schema.ts';

/** A case with only what the lookups read; the rest of the record does not matter here. */
const caseArb = fc.record({
  n: fc.nat(10_000),
  // The district as written and the one it counts for today: a former name (萝岗区) counts for its successor.
  place: fc.constantFrom<[string | null, string | null]>([null, null], ['黄埔区', '黄埔区'], ['萝岗区', '黄埔区'], ['白云区', '白云区'], ['龙华区', '龙华区']),
  city: fc.constantFrom(null, '广州市', '深圳市'),
  domain: fc.constantFrom('营商环境', '社会治理', '政务服务'),
  year: fc.constantFrom(null, 2018, 2019, 2024),
  list: fc.constantFrom(null, '十大案例'),
  documentId: fc.constantFrom('a', 'b', 'c'),
});
const casesArb = fc.uniqueArray(caseArb, { selector: (c) => c.n, maxLength: 60 }).map((list) => list.map(({ n, place: [district, districtToday], ...c }) => ({ ...c, district, districtToday, id: `c-${n}` }) as unknown as Case));

/** The scan relatedCases used to run on every case page; two cases share a district when they count for the same one today. */
function relatedByScan(c: Case, all: readonly Case[], max = 6) {
  const same = (o: Case) => o.districtToday !== null && o.districtToday === c.districtToday;
  const score = (o: Case) => (same(o) ? 2 : 0) + (o.domain === c.domain ? 2 : 0) + (o.year !== c.year ? 1 : 0);
  return all
    .filter((o) => o.id !== c.id && (same(o) || o.domain === c.domain))
    .map((o) => ({ o, s: score(o) }))
    .sort((a, b) => b.s - a.s || (b.o.year ?? 0) - (a.o.year ?? 0) || a.o.id.localeCompare(b.o.id))
    .slice(0, max)
    .map(({ o }) => ({ c: o, reason: same(o) ? 'district' : 'domain' }));
}

describe('lookups answer what a scan of the corpus answered', () => {
  it('related cases: the same six, in the same order, with the same reasons', () => {
    fc.assert(
      fc.property(casesArb, fc.nat(), fc.integer({ min: 1, max: 8 }), (cases, pick, max) => {
        if (!cases.length) return;
        const c = cases[pick % cases.length]!;
        expect(relatedCases(c, cases, max)).toEqual(relatedByScan(c, cases, max));
      }),
    );
  });

  it('cases matching a filter: the same cases in the same order', () => {
    const filterArb = fc.record({ district: fc.constantFrom(undefined, '黄埔区', '龙华区'), year: fc.constantFrom(undefined, 2018, 2024), domain: fc.constantFrom(undefined, '营商环境'), document: fc.constantFrom(undefined, 'a') });
    fc.assert(
      fc.property(casesArb, filterArb, (cases, f) => {
        const filter = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as CaseFilter;
        const keys = CASE_FILTER_KEYS.filter((k) => filter[k] !== undefined);
        const field = (c: Case, k: (typeof keys)[number]) => (k === 'document' ? c.documentId : k === 'district' ? c.districtToday : c[k]);
        const scanned = cases.filter((c) => keys.every((k) => String(field(c, k)) === String(filter[k])));
        expect(matchCases(cases, filter)).toEqual(scanned);
      }),
    );
  });

  it('byId and groupOf find what find and filter find', () => {
    fc.assert(
      fc.property(casesArb, (cases) => {
        for (const c of cases) expect(byId(cases, c.id)).toBe(c);
        expect(byId(cases, 'missing')).toBeUndefined();
        const district = (c: Case) => c.district;
        for (const d of [null, '黄埔区', '不存在区']) expect(groupOf(cases, district, d)).toEqual(cases.filter((c) => c.district === d));
      }),
    );
  });

  it('spanAt finds the span holding an offset, or none in a gap or past the end', () => {
    const spans = [{ start: 0, end: 3 }, { start: 3, end: 7 }, { start: 9, end: 12 }];
    for (let offset = -1; offset < 14; offset++) expect(spanAt(spans, offset)).toBe(spans.find((s) => s.start <= offset && offset < s.end));
  });
});

describe('memoByText', () => {
  it('computes once per text, remembers undefined results too, and starts over at its limit', () => {
    const asked: string[] = [];
    const upper = memoByText((t) => {
      asked.push(t);
      return t === 'none' ? undefined : t.toUpperCase();
    }, 3);
    expect([upper('a'), upper('b'), upper('a'), upper('none'), upper('none')]).toEqual(['A', 'B', 'A', undefined, undefined]);
    expect(asked).toEqual(['a', 'b', 'none']);
    upper('c'); // the fourth text: the three known ones are forgotten
    upper('a');
    expect(asked).toEqual(['a', 'b', 'none', 'c', 'a']);
  });
});
