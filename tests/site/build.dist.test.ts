/**
 * Builds the site from the seeds (as `npm run build` does) and asserts on
 * the HTML: every page exists for the data, every figure link lands on an
 * anchor that exists, the no-JS filter pages (all their pages) list exactly the matching cases.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { page } from '../helpers/site.ts';
import { filterHref, FILTERS } from '../../src/lib/links.ts';
import { valueOf } from '../../src/lib/facets.ts';
import { type Case, type District, type DocumentRow, type DocumentText, type Figure, documentTextFile } from '../../scripts/datasets/schema.ts';

let dist = '';
let data: { cases: Case[]; figures: Figure[]; districts: District[]; documents: DocumentRow[] };

const read = <T>(name: string): T => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'build', 'data', name), 'utf8')) as T;
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

beforeAll(() => {
  dist = inject('siteDirs').root;
  data = { cases: read('cases.json'), figures: read('figures.json'), districts: read('districts.json'), documents: read('documents.json') };
});

describe('the built site', () => {
  it('has a page for every case, district, year and source', () => {
    for (const c of data.cases) expect(page(dist, `/cases/${c.id}/`)).toContain('<h1');
    for (const d of data.districts) expect(page(dist, `/districts/${d.slug}/`)).toContain(d.name);
    for (const y of new Set(data.cases.map((c) => c.year))) expect(page(dist, `/years/${y}/`)).toContain(`${y}`);
    for (const d of data.documents) {
      // Its last sentence, from the report's own text file.
      const { sentences } = read<DocumentText>(documentTextFile(d.id));
      expect(page(dist, `/sources/${d.id}/`)).toContain(`id="s-${sentences.length - 1}"`);
      expect(page(dist, `/sources/${d.id}/original/`)).toContain('原文原貌');
    }
  });

  it("an editor's write-up takes precedence: its title and text lead, the extracted facts and sources stay", () => {
    const writeup = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'cases', 'yuexiu-elderly-canteens.md'), 'utf8');
    const id = writeup.match(/^case: (.+)$/m)![1]!;
    const title = writeup.match(/^title: (.+)$/m)![1]!;
    const c = data.cases.find((x) => x.id === id)!;
    const html = page(dist, `/cases/${id}/`);
    expect(html).toContain(`<h1`);
    // The headline reads as the title (its phrases are joined by <wbr>, which is no text).
    expect(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '')).toBe(title);
    expect(html).toContain(`报告原标题：${c.printedTitle}`);
    expect(html).toContain('编辑解读');
    expect(html).toContain(c.ownerFull);
    for (const f of c.figures) expect(html).toContain(`#fig-${f}`);
  });

  it('every page is in Simplified Chinese', () => {
    expect(page(dist, '/')).toMatch(/<html lang="zh-Hans"/);
    expect(page(dist, `/cases/${data.cases[0]!.id}/`)).toMatch(/<html lang="zh-Hans"/);
  });

  it('every figure has its anchor on its source page, and every figure link on a case page resolves', () => {
    const anchors = new Map(data.documents.map((d) => [d.id, ids(page(dist, `/sources/${d.id}/`))]));
    for (const f of data.figures) expect(anchors.get(f.documentId)!.has(`fig-${f.id}`), f.id).toBe(true);
    for (const c of data.cases.filter((c) => c.figures.length)) {
      const html = page(dist, `/cases/${c.id}/`);
      for (const [, doc, anchor] of html.matchAll(/href="\/sources\/([^/"]+)\/#([^"]+)"/g)) {
        expect(anchors.get(doc!)?.has(anchor!), `${c.id} -> ${doc}#${anchor}`).toBe(true);
      }
    }
  });

  /** The cases a list shows, following its pager's 下一页 (rel="next") links from the first page to the last. */
  const listedFrom = (first: string): string[] => {
    const listed: string[] = [];
    for (let path: string | undefined = first; path; ) {
      const html = page(dist, path);
      listed.push(...[...html.matchAll(/class="case-card"[^>]*>\s*<h2 class="case-title"[^>]*><a href="\/cases\/([^/]+)\/"/g)].map((m) => m[1]!));
      path = /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
    }
    return listed;
  };

  it('the no-JS filter pages, page after page, list exactly the cases that match', () => {
    expect(listedFrom('/cases/').sort()).toEqual(data.cases.map((c) => c.id).sort());
    for (const dimension of FILTERS) {
      const values = new Set(data.cases.map((c) => valueOf(c, dimension)).filter((v): v is string => v !== null));
      for (const value of values) {
        const listed = listedFrom(filterHref(dimension, value)).sort();
        const expected = data.cases.filter((c) => valueOf(c, dimension) === value).map((c) => c.id).sort();
        expect(listed, `${dimension}=${value}`).toEqual(expected);
      }
    }
  });

  it('publishes datapackage.json and every file it lists under /data/', () => {
    // A resource's path is one file, or several (the reports' texts, one file each).
    const pkg = JSON.parse(page(dist, '/data/datapackage.json')) as { resources: { path: string | string[]; jsonSchema?: string }[] };
    expect(pkg.resources.length).toBeGreaterThan(0);
    for (const r of pkg.resources) {
      for (const path of [r.path].flat()) expect(page(dist, `/data/${path}`).length, path).toBeGreaterThan(0);
      if (r.jsonSchema) expect(page(dist, `/data/${r.jsonSchema}`)).toContain('"$schema"');
    }
  });

  it("publishes each report's text as a file of its own, and documents.json without the texts", () => {
    const table = JSON.parse(page(dist, '/data/documents.json')) as Record<string, unknown>[];
    for (const row of table) {
      expect(Object.keys(row)).not.toContain('text');
      const text = JSON.parse(page(dist, `/data/documents/${String(row.id)}.json`)) as { id: string; text: string; sentences: unknown[] };
      expect(text.id).toBe(row.id);
      expect(text.text.length).toBeGreaterThan(0);
      expect(text.sentences.length).toBeGreaterThan(0);
    }
  });

  it('escapes text from the reports everywhere (no raw markup from sources)', () => {
    const html = page(dist, '/sources/gz-2018-top10/');
    expect(html).not.toMatch(/<script>(?!\s*document|[^<]*localStorage)/);
  });
});
