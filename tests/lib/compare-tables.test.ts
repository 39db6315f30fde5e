/**
 * Year comparisons stay bounded as the corpus grows (issue 16): at 100x the
 * seed corpus, with every copy's cases in districts and domains of their own,
 * /compare/2018-vs-2021/ had one table row per district of both years and
 * grew past 1 MB. The tables now keep COUNT_ROWS rows, sum the rest into one
 * 其他 row, and still add up to each side's case count.
 */
import { describe, expect, it } from 'vitest';
import { comparePairs } from '../../src/lib/compare.ts';
import { compareTables } from '../../src/lib/compare-tables.ts';
import { COUNT_ROWS } from '../../src/lib/paging.ts';
import { homeCity } from '../../src/lib/site-facts.ts';
import { realData } from '../charts/helpers.ts';
import type { Case } from '../../scripts/datasets/schema.ts';
import { CITY_DEPARTMENTS, fieldOf } from '../../src/lib/cases.ts';

const base = realData();
/** The seed cases k times over, in the same years; copy i's cases count for districts and domains of their own (黄埔区~3, 营商环境~3). */
const grownInPlace = (k: number): Case[] =>
  [...Array(k).keys()].flatMap((i) =>
    base.cases.map((c) => (i === 0 ? c : { ...c, id: `${c.id}~${i}`, districtToday: c.districtToday && `${c.districtToday}~${i}`, domain: `${c.domain}~${i}` })),
  );
const yearPairs = (cases: Case[]) => comparePairs(base.districts, cases, homeCity(base.districts)).filter((p) => p.kind === 'year');

describe('year comparisons stay bounded as the corpus grows', () => {
  const pairs = yearPairs(grownInPlace(100));
  const largest = pairs.reduce((x, y) => (y.a.cases.length + y.b.cases.length > x.a.cases.length + x.b.cases.length ? y : x));

  it('the grown corpus really has more districts and domains in a year than a table shows', () => {
    expect(new Set(largest.a.cases.map((c) => c.districtToday)).size).toBeGreaterThan(10 * COUNT_ROWS);
    expect(new Set(largest.a.cases.map((c) => c.domain)).size).toBeGreaterThan(10 * COUNT_ROWS);
  });

  it('every table keeps COUNT_ROWS rows, the rest in one 其他 row, and still adds up to both sides’ counts', () => {
    for (const pair of pairs) {
      for (const t of Object.values(compareTables(pair))) {
        expect(t.rows.length).toBeLessThanOrEqual(COUNT_ROWS);
        const all = [...t.rows, ...(t.outside ? [t.outside] : [])];
        expect(all.reduce((n, r) => n + r.a, 0)).toBe(pair.a.cases.length);
        expect(all.reduce((n, r) => n + r.b, 0)).toBe(pair.b.cases.length);
      }
    }
    expect(compareTables(largest).across.rows.at(-1)!.label).toMatch(/^其他 \d+ 项$/);
  });

  it('the sentence names the largest difference among every category, never the 其他 row', () => {
    const { domains } = compareTables(largest);
    expect(domains.gap).toBeDefined();
    expect(domains.gap!.label).not.toMatch(/^其他/);
  });
});

/**
 * 市级部门 is not a district (lib/case-district.ts): the compare pages ranked it among the districts and
 * their sentence said 区差别最大的是市级部门. It is a row of its own now, outside the ranking and the
 * largest difference, with the count /cases/ and /districts/ give it (the 市级部门 filter).
 */
describe('a year comparison keeps city departments out of the district ranking', () => {
  const pairs = yearPairs(base.cases);
  const cityCount = (cases: readonly Case[]) => cases.filter((c) => fieldOf(c, 'district') === CITY_DEPARTMENTS).length;

  it('the seeds have city-department cases in the years compared', () => {
    expect(pairs.some((p) => cityCount(p.a.cases) + cityCount(p.b.cases) > 0)).toBe(true);
  });

  it('no district row and no largest difference is 市级部门; its own row has the case index’s count', () => {
    for (const pair of pairs) {
      const { across } = compareTables(pair);
      expect(across.rows.map((r) => r.label)).not.toContain(CITY_DEPARTMENTS);
      expect(across.gap?.label).not.toBe(CITY_DEPARTMENTS);
      const n = { a: cityCount(pair.a.cases), b: cityCount(pair.b.cases) };
      expect(across.outside ?? { label: CITY_DEPARTMENTS, a: 0, b: 0 }).toEqual({ label: CITY_DEPARTMENTS, ...n });
    }
  });
});
