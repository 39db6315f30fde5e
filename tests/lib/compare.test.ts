import { describe, expect, it } from 'vitest';
import { COMPARISON_DISTRICTS, comparePairs, districtPairs, partnersOf } from '../../src/lib/compare.ts';
import type { District } from '../../scripts/datasets/schema.ts';

const district = (city: string, i: number, total = 1): District => ({
  code: `${city}-${String(i).padStart(3, '0')}`, name: `${city}${i}区`, slug: `${city}-${i}`, city, home: city === 'home', total, formerNames: [], byYear: {}, byList: {}, byDomain: {},
});
/** A home city of 11 districts and `cities` other cities of 10 districts each. */
const corpus = (cities: number): District[] => [
  ...Array.from({ length: 11 }, (_, i) => district('home', i)),
  ...Array.from({ length: cities }, (_, c) => Array.from({ length: 10 }, (_, i) => district(`c${c}`, i, 1 + ((c * 10 + i) % 7)))).flat(),
];

describe('which districts get a compare page', () => {
  it('pairs the districts of one city, and the home city with the comparison districts only', () => {
    const districts = corpus(3);
    const pairs = districtPairs(districts, 'home');
    const cross = pairs.filter(([a, b]) => a.city !== b.city);
    expect(cross.every(([a, b]) => a.city === 'home' || b.city === 'home')).toBe(true);
    expect(new Set(cross.map(([a, b]) => (a.city === 'home' ? b : a).code)).size).toBe(COMPARISON_DISTRICTS);
    expect(pairs.length).toBe(55 + 3 * 45 + 11 * COMPARISON_DISTRICTS);
  });

  it('grows linearly with the corpus, not with its square', () => {
    const pages = (cities: number) => districtPairs(corpus(cities), 'home').length;
    // 10 times the cities: 10 times the within-city pairs, the same home and comparison pairs.
    expect(pages(100) - pages(10)).toBe(90 * 45);
    expect(pages(100)).toBeLessThan(5_000); // every two of 1,011 districts would be 510,555
  });

  it('lists on a district page exactly the pairs that have a page', () => {
    const districts = corpus(2);
    const slugs = new Set(comparePairs(districts, [], 'home').map((p) => p.slug));
    for (const d of districts) for (const { slug } of partnersOf(districts, 'home', d)) expect(slugs.has(slug)).toBe(true);
    expect(partnersOf(districts, 'home', districts[0]!).length).toBe(10 + COMPARISON_DISTRICTS);
  });
});
