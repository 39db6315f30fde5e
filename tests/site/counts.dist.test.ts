/**
 * One data contract: every number of cases a built page states equals the
 * records of cases.json it refers to, and every list of cases on a page
 * lists exactly those records. Pages mark a stated count with `data-cases`
 * and a list with `data-listing` (the filter, e.g. `district=黄埔区&year=2018`);
 * this test recounts both from cases.json on its own (Astro writes an empty
 * filter, all cases, as a bare attribute). A list split over pages carries
 * `data-listing-page="n/m"`: its pages together list exactly those records,
 * each page at most CASES_PER_PAGE. A short list that stands for a longer one
 * (a district's latest cases) carries `data-sample`: all its cases match.
 * The editors' added cases are in cases.json, cases.csv and districts.json.
 * A `district=` filter counts the cases that count for that district today
 * (`districtToday`: a case filed under 萝岗区 counts for 黄埔区), and every
 * page, chart download and dataset states the same count per district. Both
 * run on the root build and on the "hostile" build, whose seeds include a
 * bulletin from before 萝岗区 was merged into 黄埔区 (tests/fixtures/former-district/).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { SITE_CACHE, page, walk } from '../helpers/site.ts';
import type { Case, District } from '../../scripts/datasets/schema.ts';
import { CASES_PER_PAGE } from '../../src/lib/paging.ts';
import { filterHref } from '../../src/lib/links.ts';

const DATA = join(import.meta.dirname, '..', '..', 'build', 'data');
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The builds checked, each with the datasets it was built from. */
const BUILDS = [
  { name: 'root', data: DATA },
  { name: 'hostile', data: join(SITE_CACHE, 'hostile-data') },
] as const;

describe.each(BUILDS)('$name build', ({ name, data }) => {
let dist = '';
let cases: Case[] = [];
const read = <T>(file: string): T => JSON.parse(readFileSync(join(data, file), 'utf8')) as T;

/** A case's value for a filter key: a district filter selects the cases that count for the district today (none: 市级部门, a city department's). */
const field = (c: Case, k: string) => (k === 'document' ? c.documentId : k === 'district' ? (c.districtToday ?? '市级部门') : c[k as keyof Case]);

/** The ids of the cases.json records a `k=v&k=v` filter selects. */
function recount(filter: string): string[] {
  const pairs = filter === '' ? [] : filter.split('&').map((kv) => kv.split('=') as [string, string]);
  return cases
    .filter((c) => pairs.every(([k, v]) => String(field(c, k)) === v))
    .map((c) => c.id)
    .sort();
}

beforeAll(() => {
  dist = inject('siteDirs')[name];
  cases = read('cases.json');
});

describe('stated counts of cases', () => {
  it('equal the records of cases.json they refer to, on every page', () => {
    let stated = 0;
    for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dist, file), 'utf8');
      for (const m of html.matchAll(/data-cases(?:="([^"]*)")?(?=[\s>])[^>]*>(\d+)</g)) {
        stated++;
        const filter = unescape(m[1] ?? '');
        expect(Number(m[2]), `${file}: ${filter || 'all cases'}`).toBe(recount(filter).length);
      }
    }
    // Home, /cases/, 4 filter dimensions, districts, years and compare pages: hundreds of counts.
    expect(stated).toBeGreaterThan(100);
  });

  it('equal the number of cases the page lists', () => {
    let lists = 0;
    let samples = 0;
    /** Paginated lists: filter -> page number -> [last page, ids, file]. */
    const paged = new Map<string, Map<number, [number, string[], string]>>();
    for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dist, file), 'utf8');
      const counts = new Map([...html.matchAll(/data-cases(?:="([^"]*)")?(?=[\s>])[^>]*>(\d+)</g)].map((m) => [unescape(m[1] ?? ''), Number(m[2])]));
      for (const m of html.matchAll(/<ul([^>]*\bdata-(?:listing|sample)(?:="[^"]*")?(?=[\s>])[^>]*)>([\s\S]*?)<\/ul>/g)) {
        const tag = m[1]!;
        const listed = [...m[2]!.matchAll(/data-case="([^"]+)"/g)].map((x) => x[1]!).sort();
        const sample = /\bdata-sample(?:="([^"]*)")?(?=[\s>]|$)/.exec(tag);
        if (sample) {
          samples++;
          const filter = unescape(sample[1] ?? '');
          expect(listed.length, `${file}: a sample lists something`).toBeGreaterThan(0);
          expect(listed.filter((id) => !recount(filter).includes(id)), `${file}: sample of ${filter}`).toEqual([]);
          continue;
        }
        lists++;
        const filter = unescape(/\bdata-listing(?:="([^"]*)")?(?=[\s>]|$)/.exec(tag)![1] ?? '');
        const part = /\bdata-listing-page="(\d+)\/(\d+)"/.exec(tag);
        if (part) {
          expect(listed.length, `${file}: one page of ${filter || 'all cases'}`).toBeLessThanOrEqual(CASES_PER_PAGE);
          const pages = paged.get(filter) ?? new Map<number, [number, string[], string]>();
          expect(pages.has(Number(part[1])), `${file}: page ${part[1]} of ${filter} twice`).toBe(false);
          pages.set(Number(part[1]), [Number(part[2]), listed, file]);
          paged.set(filter, pages);
          if (counts.has(filter)) expect(counts.get(filter), file).toBe(recount(filter).length);
          continue;
        }
        expect(listed, `${file}: ${filter || 'all cases'}`).toEqual(recount(filter));
        if (counts.has(filter)) expect(counts.get(filter), file).toBe(listed.length);
      }
    }
    for (const [filter, pages] of paged) {
      const last = [...pages.values()][0]![0];
      expect([...pages.keys()].sort((a, b) => a - b), `pages of ${filter || 'all cases'}`).toEqual(Array.from({ length: last }, (_, i) => i + 1));
      const joined = [...pages.values()].flatMap(([, ids]) => ids);
      expect(new Set(joined).size, `${filter || 'all cases'}: a case on two pages`).toBe(joined.length);
      expect(joined.sort(), `${filter || 'all cases'} over ${last} pages`).toEqual(recount(filter));
    }
    expect(lists).toBeGreaterThan(50);
    // The index and every filter page are paginated; districts and years with many cases show samples.
    expect(paged.has('')).toBe(true);
    expect(samples).toBeGreaterThan(0);
  });

  it('the pages the issue measured agree with cases.json', () => {
    const first = (path: string, filter: string) => {
      const attr = filter === '' ? 'data-cases(?=[\\s>])' : `data-cases="${filter.replace(/&/g, '&amp;')}"`;
      const m = page(dist, path).match(new RegExp(`${attr}[^>]*>(\\d+)<`));
      expect(m, `${path} states a count for "${filter}"`).not.toBeNull();
      return Number(m![1]);
    };
    expect(first('/', '')).toBe(cases.length);
    expect(first('/cases/', '')).toBe(cases.length);
    expect(first('/years/', 'year=2018')).toBe(recount('year=2018').length);
    expect(first('/cases/year/2018/', 'year=2018')).toBe(recount('year=2018').length);
    expect(first('/districts/huangpu/', 'district=黄埔区')).toBe(recount('district=黄埔区').length);
  });
});

describe('stated ranks', () => {
  it('a district page ranks the district by its cases among its city\'s districts, and equal counts share a place', () => {
    const districts = read<District[]>('districts.json');
    const bad: string[] = [];
    let ties = 0;
    for (const d of districts) {
      const peers = districts.filter((p) => p.city === d.city);
      if (peers.length < 2) continue;
      const lead = page(dist, `/districts/${d.slug}/`).replace(/<[^>]+>/g, '');
      const m = lead.match(/在\S+\s*(\d+)\s*个区中(?:与另外\s*(\d+)\s*个区并列|排)第\s*(\d+)/);
      const total = recount(`district=${d.name}`).length;
      const place = 1 + peers.filter((p) => recount(`district=${p.name}`).length > total).length;
      const tied = peers.filter((p) => p !== d && recount(`district=${p.name}`).length === total).length;
      ties += tied;
      const said = m && { of: Number(m[1]), tied: Number(m[2] ?? 0), place: Number(m[3]) };
      if (!said || said.of !== peers.length || said.place !== place || said.tied !== tied) bad.push(`${d.name}: says "${m?.[0]}", has ${total} cases: place ${place} of ${peers.length}, tied with ${tied}`);
    }
    expect(ties, 'the seeds have districts with equal counts').toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});

describe('editor-added cases', () => {
  const added = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'cases'))
    .map((f) => readFileSync(join(import.meta.dirname, '..', '..', 'content', 'cases', f), 'utf8').match(/^id: (.+)$/m)?.[1])
    .filter((id): id is string => id !== undefined);

  it('are in cases.json, cases.csv and the district counts of districts.json', () => {
    expect(added.length).toBeGreaterThan(0);
    const csv = csvParse(readFileSync(join(data, 'cases.csv'), 'utf8'));
    const districts = read<District[]>('districts.json');
    for (const id of added) {
      const c = cases.find((x) => x.id === id);
      expect(c?.origin, id).toBe('editor');
      expect(csv.find((r) => r.id === id)?.origin, id).toBe('editor');
      if (c!.districtToday) expect(districts.find((d) => d.name === c!.districtToday)!.total).toBe(recount(`district=${c!.districtToday}`).length);
    }
  });
});

describe('cases per district, summed across pages', () => {
  /** The numbers a page's tables give a row label (CountTable: label, count). */
  const rowCounts = (html: string, label: string) =>
    [...html.matchAll(/<tr><th scope="row">(?:<a [^>]*>)?([^<]+)(?:<\/a>)?<\/th><td class="num">(\d+)<\/td><\/tr>/g)].filter((m) => m[1] === label).map((m) => Number(m[2]));
  const csvRows = (path: string) => csvParse(readFileSync(join(dist, path), 'utf8').replace(/^\uFEFF/, ''));

  it('every page, chart download and dataset states the same number for each district', () => {
    const districts = read<District[]>('districts.json').filter((d) => d.home);
    const yearPages = readdirSync(join(dist, 'years')).filter((y) => /^\d{4}$/.test(y));
    const csvCases = csvParse(readFileSync(join(data, 'cases.csv'), 'utf8'));
    const bars = csvRows('embed/measure-bars.csv');
    for (const d of districts) {
      const expected = recount(`district=${d.name}`).length;
      const undated = cases.filter((c) => c.districtToday === d.name && c.year === null).length;
      expect(d.total, `districts.json ${d.name}`).toBe(expected);
      expect(csvCases.filter((r) => r.districtToday === d.name).length, `cases.csv ${d.name}`).toBe(expected);
      expect(Number(page(dist, `/districts/${d.slug}/`).match(/data-cases="district=([^"]+)"[^>]*>(\d+)</)?.[2]), `district page ${d.name}`).toBe(expected);
      const index = walk(join(dist, 'districts')).filter((f) => /^(\d+\/)?index\.html$/.test(f)).map((f) => readFileSync(join(dist, 'districts', f), 'utf8')).join('');
      expect(Number(index.match(new RegExp(`data-cases="district=${d.name}"[^>]*>(\\d+)<`))?.[1]), `district index ${d.name}`).toBe(expected);
      expect(Number(bars.find((r) => r['区'] === d.name)?.['数值'] ?? 0), `measure-bars.csv ${d.name}`).toBe(expected);
      // Year by year: the year pages' tables by district, and the district map of every year, add up to the total.
      const byYearPages = yearPages.flatMap((y) => rowCounts(page(dist, `/years/${y}/`), d.name)).reduce((a, b) => a + b, 0);
      expect(byYearPages + undated, `year pages ${d.name}`).toBe(expected);
      const maps = yearPages.filter((y) => existsSync(join(dist, 'embed', `district-map-${y}.csv`)));
      const byMaps = maps.flatMap((y) => csvRows(`embed/district-map-${y}.csv`).filter((r) => r['区'] === d.name).map((r) => Number(r['案例数']))).reduce((a, b) => a + b, 0);
      expect(byMaps, `district maps ${d.name}`).toBe(cases.filter((c) => c.districtToday === d.name && maps.includes(String(c.year))).length);
      // The cases filed under a former name are counted in the total, and the page says how many.
      for (const f of d.formerNames) {
        expect(f.total, `${d.name}: filed under ${f.name}`).toBe(cases.filter((c) => c.districtToday === d.name && c.district === f.name).length);
        expect(page(dist, `/districts/${d.slug}/`)).toMatch(new RegExp(`报告记在${f.name}名下的 <span class="num"[^>]*>${f.total}</span> 个案例计入${d.name}`));
      }
    }
    const filedFormer = cases.filter((c) => c.district !== c.districtToday && c.districtToday !== null);
    // The hostile build's seeds include the 2013 萝岗区 bulletin: its cases count for 黄埔区 everywhere.
    if (name === 'hostile') expect(filedFormer.filter((c) => c.district === '萝岗区' && c.districtToday === '黄埔区').length).toBeGreaterThan(0);
    // A former name has no filter page of its own: its cases are listed under the district they count for.
    for (const c of filedFormer) expect(existsSync(join(dist, filterHref('district', c.district!))), c.district!).toBe(false);
  });
});

describe('counts that add up on one page', () => {
  it('/cases/ offers a 市级部门 filter, and /districts/ states its count and the total', () => {
    if (name === 'root') expect(cases.filter((c) => c.districtToday === null).length).toBeGreaterThan(0);
    if (!cases.some((c) => c.districtToday === null)) return;
    expect(page(dist, '/cases/district/')).toContain('>市级部门<');
    const districts = page(dist, '/districts/');
    expect(districts).toMatch(/data-cases="district=市级部门"[^>]*>\d+</);
    expect(districts).toMatch(/data-cases(?=[\s>])[^>]*>\d+</);
  });

  it('a district page does not point at a table the phone layout shows as a list', () => {
    for (const file of walk(dist).filter((f) => f.startsWith('districts/') && f.endsWith('.html'))) expect(readFileSync(join(dist, file), 'utf8'), file).not.toContain('上表列出');
  });
});
});
