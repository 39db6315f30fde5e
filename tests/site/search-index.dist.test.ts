/**
 * What the search index holds (dist/pagefind/, read back from its fragment
 * files): each page's title, prose, cases and figures, and not its
 * navigation, lists of other cases, chart tools or bulk data tables, which
 * made every search return the same pages again (57 results for 15 黄埔 cases).
 * It is written in parts, merged by the search page (scripts/search-index.ts).
 * And the Pagefind bundle holds only what the search page loads.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { page, TEST_SEARCH_PART_PAGES, walk } from '../helpers/site.ts';
import { PARTS_FILE, searchParts } from '../../scripts/search-index.ts';

const { root } = inject('siteDirs');

interface Fragment {
  url: string;
  content: string;
  anchors: { element: string; id: string }[];
}

/** The folders of the index's parts: the primary bundle, then those pagefind/parts.json lists for merging. */
function partDirs(dist: string): string[] {
  const bundle = join(dist, 'pagefind');
  return [bundle, ...(JSON.parse(readFileSync(join(bundle, PARTS_FILE), 'utf8')) as string[]).map((f) => join(bundle, f))];
}

/** Every indexed page, in every part: Pagefind writes one gzipped JSON fragment per page, after a signature. */
function fragments(dist: string): Fragment[] {
  return partDirs(dist).flatMap((part) => {
    const dir = join(part, 'fragment');
    return readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment);
  });
}

/** Text compared without the separators Pagefind adds (spaces, zero-width spaces between CJK words, full stops between blocks). */
const norm = (s: string) => s.replace(/[\s\u200b.]/g, '');

/** What must not be in the index: navigation, lists of cases, chart drawings and tools, tables other than a case's own figures. */
const NOT_INDEXED = 'nav, ul.case-list, .chart-drawing, .chart-foot, table:not(.figures)';

describe('the search index', () => {
  const indexed = fragments(root);

  it('covers the content pages: stories, cases, districts, sources and about', () => {
    for (const kind of [/^\/stories\/.+/, /^\/cases\/.+/, /^\/districts\/.+/, /^\/sources\/.+/, /^\/about\/$/]) {
      expect(indexed.some((f) => kind.test(f.url)), String(kind)).toBe(true);
    }
  });

  it('holds every page whose content is marked for it (data-pagefind-body), and no other', () => {
    const marked = walk(root)
      .filter((f) => f.endsWith('.html') && /<main\b[^>]*\sdata-pagefind-body/.test(readFileSync(join(root, f), 'utf8')))
      .map((f) => `/${f.replace(/index\.html$/, '')}`)
      .sort();
    expect(marked.length).toBeGreaterThan(50);
    expect(indexed.map((f) => f.url).sort()).toEqual(marked);
  });

  it('is written in parts of at most the part size, each page in the part searchParts puts it in, and the parts are listed for merging', () => {
    const dirs = partDirs(root);
    const planned = searchParts(root, TEST_SEARCH_PART_PAGES);
    expect(planned.length, 'the seeds need several parts at the test part size').toBeGreaterThan(1);
    expect(dirs.length).toBe(planned.length);
    for (const [i, dir] of dirs.entries()) {
      const urls = readdirSync(join(dir, 'fragment')).length;
      expect(urls, dir).toBe(planned[i]!.length);
      expect(urls, dir).toBeLessThanOrEqual(TEST_SEARCH_PART_PAGES);
    }
  });

  it("holds each page's title, and no navigation, case lists, chart tools or data tables", () => {
    let checked = 0;
    for (const f of indexed) {
      const { document } = parseHTML(page(root, f.url));
      const content = norm(f.content);
      expect(content, `${f.url}: its title`).toContain(norm(document.querySelector('h1')!.textContent ?? ''));
      for (const el of document.querySelectorAll(`main ${NOT_INDEXED.split(', ').join(', main ')}`)) {
        const text = norm(el.textContent ?? '');
        if (text.length < 12) continue; // too short to tell a list from a word of the prose
        checked++;
        expect(content.includes(text), `${f.url}: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> is in the index: ${text.slice(0, 80)}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('holds the figures of a case page, and its text once: the figures table does not repeat the sentences', () => {
    const f = indexed.find((x) => /^\/cases\/[^/]+\/$/.test(x.url) && parseHTML(page(root, x.url)).document.querySelector('table.figures'))!;
    expect(f, 'a case page with figures').toBeDefined();
    const { document } = parseHTML(page(root, f.url));
    const content = norm(f.content);
    const row = document.querySelector('table.figures tbody tr')!;
    expect(content).toContain(norm(row.querySelector('td')!.textContent ?? ''));
    const quote = norm(row.querySelector('td.quote')!.textContent ?? '');
    expect(content.split(quote).length - 1, `${f.url}: the sentence of a figure, indexed once`).toBeLessThanOrEqual(1);
  });

  it("a report page's text is indexed whole, and its fragment carries heading anchors only, not every sentence's id", () => {
    const reports = indexed.filter((f) => /^\/sources\/[^/]+\/$/.test(f.url));
    expect(reports.length).toBeGreaterThan(0);
    for (const f of reports) {
      const sentences = [...parseHTML(page(root, f.url)).document.querySelectorAll('span.sentence[id]')].map((s) => norm(s.textContent ?? ''));
      expect(sentences.length, `${f.url}: sentences with ids on the page`).toBeGreaterThan(10);
      const content = norm(f.content);
      expect(sentences.filter((s) => s && !content.includes(s)), `${f.url}: sentences missing from the index`).toEqual([]);
      expect(f.anchors.filter((a) => !/^h[1-6]$/.test(a.element)).map((a) => a.id), f.url).toEqual([]);
      expect(f.anchors.map((a) => a.id), f.url).toContain('text');
    }
  });

  it('a district page matches by its name and summary, not by the titles of its cases', () => {
    const cases = JSON.parse(readFileSync(join(root, 'data', 'cases.json'), 'utf8')) as { title: string; district: string | null }[];
    const huangpu = indexed.find((f) => f.url === '/districts/huangpu/')!;
    expect(norm(huangpu.content)).toContain('黄埔区');
    const listed = cases.filter((c) => c.district === '黄埔区' && norm(huangpu.content).includes(norm(c.title)));
    expect(listed.map((c) => c.title)).toEqual([]);
  });
});

describe('the Pagefind bundle', () => {
  it('holds only scripts and styles the search page loads, directly or through them', () => {
    const dir = join(root, 'pagefind');
    const top = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f));
    // What /search/ loads: the UI script (named in data-bundle) and its stylesheet; then what they load in turn.
    const search = page(root, '/search/');
    const reached = new Set(top.filter((f) => search.includes(`/pagefind/${f}`)));
    for (let grew = true; grew; ) {
      grew = false;
      for (const f of [...reached]) {
        const text = readFileSync(join(dir, f), 'utf8');
        for (const other of top) if (!reached.has(other) && text.includes(other)) (reached.add(other), (grew = true));
      }
    }
    expect(reached.has('pagefind-ui.js') && reached.has('pagefind.js'), [...reached].join(' ')).toBe(true);
    expect(top.filter((f) => !reached.has(f))).toEqual([]);
    expect(walk(dir).length).toBeGreaterThan(top.length);
  });

  it('the merged parts hold only their index: scripts, styles and wasm come from the primary bundle', () => {
    for (const dir of partDirs(root).slice(1)) expect(readdirSync(dir).filter((f) => /\.(js|css)$|^wasm\./.test(f)), dir).toEqual([]);
  });
});
