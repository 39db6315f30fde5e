/**
 * The case index's filters add up: every case has exactly one value per dimension it is filed under,
 * so a city department's case (no district) is counted under 市级部门 and the district counts sum to
 * all cases, as the page's total says.
 */
import { describe, expect, it } from 'vitest';
import { facetLinks, facetTally, facets } from '../../src/lib/facets.ts';
import { CITY_DEPARTMENTS, matchCases } from '../../src/lib/cases.ts';
import type { Case } from '../../src/lib/data.ts';

const make = (id: string, district: string | null) => ({ id, district, districtToday: district, year: 2024, list: '榜单', domain: '营商环境', documentId: 'd', city: '广州市' }) as unknown as Case;
const cases = [make('a', '黄埔区'), make('b', null), make('c', null), make('d', '天河区')];

describe('district filters', () => {
  it('count cases of no district under 市级部门, so the counts sum to all cases', () => {
    const district = facets(cases).district;
    expect(district.reduce((n, f) => n + f.count, 0)).toBe(cases.length);
    expect(district.find((f) => f.value === CITY_DEPARTMENTS)?.count).toBe(2);
  });

  it('the 市级部门 filter selects those cases', () => {
    expect(matchCases(cases, { district: CITY_DEPARTMENTS }).map((c) => c.id)).toEqual(['b', 'c']);
  });

  it('rank the districts alone and list 市级部门 after them, however many cases it has', () => {
    const many = [...cases, make('e', null), make('f', null), make('g', '天河区')];
    expect(facets(many).district.map((f) => f.value)).toEqual(['天河区', '黄埔区', CITY_DEPARTMENTS]);
  });

  it('link 市级部门 apart from the districts, even when the districts are cut to the first few', () => {
    const districts = Array.from({ length: 10 }, (_, i) => make(`d${i}`, `区${i % 5}`));
    const links = facetLinks(facets([...cases, ...districts]).district, 3);
    expect(links.map((l) => [l.label, l.apart ?? false])).toEqual([
      ['区0', false], ['区1', false], ['区2', false], ['全部 7 个区和市级部门…', false], [CITY_DEPARTMENTS, true],
    ]);
  });

  it('say how many districts there are without counting 市级部门 as a 区', () => {
    expect(facetTally(facets(cases).district)).toBe(' 2 个区和市级部门');
    expect(facetTally(facets(cases.filter((c) => c.district)).district)).toBe(' 2 个区');
  });
});
