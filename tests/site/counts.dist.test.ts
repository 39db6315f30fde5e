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
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { page, walk } from '../helpers/site.ts';
import type { Case, District } from '../../scripts/datasets/schema.ts';
import { CASES_PER_PAGE } from '../../src/lib/paging.ts';

const DATA = join(import.meta.dirname, '..', '..', 'build', 'data');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(DATA, name), 'utf8')) as T;
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

let dist = '';
let cases: Case[] = [];

/** The ids of the cases.json records a `k=v&k=v` filter selects. */
function recount(filter: string): string[] {
  const pairs = filter === '' ? [] : filter.split('&').map((kv) => kv.split('=') as [string, string]);
  return cases
    .filter((c) => pairs.every(([k, v]) => String(k === 'document' ? c.documentId : c[k as keyof Case]) === v))
    .map((c) => c.id)
    .sort();
}

beforeAll(() => {
  dist = inject('siteDirs').root;
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
    const csv = csvParse(readFileSync(join(DATA, 'cases.csv'), 'utf8'));
    const districts = read<District[]>('districts.json');
    for (const id of added) {
      const c = cases.find((x) => x.id === id);
      expect(c?.origin, id).toBe('editor');
      expect(csv.find((r) => r.id === id)?.origin, id).toBe('editor');
      if (c!.district) expect(districts.find((d) => d.name === c!.district)!.total).toBe(recount(`district=${c!.district}`).length);
    }
  });
});
