/**
 * Pages that would grow with the corpus are bounded by design (issue 16):
 * a story draws a chart's data table once however many steps redraw it,
 * the newsroom list is paged, and a chart note that names a dataset links
 * to it. (How many rows a chart draws is tested on grown corpora in
 * tests/charts/bounded.test.ts; the bench checks page weights.)
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NEWSROOM_PAGE_SIZE, SOURCE_LINKS } from '../../src/charts/publish.ts';
import { FACET_VALUES_PER_PAGE } from '../../src/lib/paging.ts';
import { FILTERS } from '../../src/lib/links.ts';
import { allCases } from '../../src/lib/cases.ts';
import { facets } from '../../src/lib/facets.ts';
import { LIMITS } from '../../scripts/bench/budgets.ts';
import { embedFolders, pageWeight } from '../../scripts/bench/weight.ts';
import { page, walk } from '../helpers/site.ts';

const { root } = inject('siteDirs');
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const stories = readdirSync(join(root, 'stories'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `/stories/${e.name}/`);

describe('pages bounded by design', () => {
  it('a story carries one data table per chart it shows, not one per scrolly step', () => {
    let repeated = 0;
    for (const path of stories) {
      const html = page(root, path);
      const figures = count(html, /<figure class="chart(?: chart-repeat)?"/g);
      const tables = count(html, /<details class="chart-table">/g);
      // A later step's copy of a chart is marked as a repeat (print shows its drawing only) and has no table.
      expect(count(html, /<figure class="chart chart-repeat"/g), path).toBe(figures - tables);
      const tools = count(html, /<div class="chart-tools">/g);
      expect(tables, path).toBe(tools);
      expect(tables, path).toBeGreaterThan(0);
      repeated += figures - tables;
    }
    // The stories redraw their charts step by step, so some figures share a table.
    expect(repeated).toBeGreaterThan(0);
  });

  it('the newsroom list is paged: every published chart once, at most NEWSROOM_PAGE_SIZE a page, each chart type linked from the first page', () => {
    const published = readdirSync(join(root, 'embed')).filter((f) => f.endsWith('.oembed.json')).map((f) => f.replace(/\.oembed\.json$/, ''));
    expect(published.length).toBeGreaterThan(NEWSROOM_PAGE_SIZE);
    const listed: string[] = [];
    for (let n = 1; n === 1 || existsSync(join(root, 'embed', String(n), 'index.html')); n++) {
      const html = page(root, n === 1 ? '/embed/' : `/embed/${n}/`);
      const keys = [...html.matchAll(/<section class="newsroom-chart" id="([^"]+)"/g)].map((m) => m[1]!);
      expect(keys.length, `/embed/ page ${n}`).toBeLessThanOrEqual(NEWSROOM_PAGE_SIZE);
      listed.push(...keys);
    }
    expect(listed.sort()).toEqual([...published].sort());
    const first = page(root, '/embed/');
    // The pager counts charts with their own measure word (第 1—20 张), not 个.
    expect(first.replace(/<[^>]+>/g, '')).toMatch(/共 \d+ 页（第 1—\d+ 张）/);
    for (const id of ['district-year', 'district-map', 'time-compression', 'domain-mix', 'measure-bars', 'district-timeline']) expect(first).toMatch(new RegExp(`<a href="/embed/(\\d+/)?#${id}[-a-z0-9]*"`));
  });

  it('a dimension\'s own list (/cases/district/ ...) is paged: every value once, at most FACET_VALUES_PER_PAGE a page', () => {
    const all = facets(allCases());
    for (const dimension of FILTERS) {
      const listed: string[] = [];
      for (let n = 1; n === 1 || existsSync(join(root, 'cases', dimension, String(n), 'index.html')); n++) {
        const html = page(root, n === 1 ? `/cases/${dimension}/` : `/cases/${dimension}/${n}/`);
        const nav = /<nav aria-label="按[^"]+筛选" class="filter-links"[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1]!;
        const hrefs = [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
        expect(hrefs.length, `/cases/${dimension}/ page ${n}`).toBeLessThanOrEqual(FACET_VALUES_PER_PAGE);
        listed.push(...hrefs);
      }
      expect(listed, dimension).toEqual(all[dimension].map((f) => f.href));
    }
  });

  it('a chart note that names a dataset links to its download', () => {
    const notes = walk(root).filter((f) => f.endsWith('.html')).flatMap((f) => [...page(root, `/${f.replace(/index\.html$/, '')}`).matchAll(/<ul class="chart-notes">([\s\S]*?)<\/ul>/g)].map((m) => m[1]!));
    const naming = notes.filter((n) => /(cases|figures)\.csv/.test(n));
    expect(naming.length).toBeGreaterThan(0);
    for (const n of naming) expect(n).toMatch(/<a href="\/data\/(cases|figures)\.csv" download>(cases|figures)\.csv<\/a>/);
  });

  it('every embed page is within the embed budget, measured as the bench measures it (HTML, CSS, JS, sprites)', () => {
    const folders = embedFolders(readdirSync(join(root, 'embed'), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(root, 'embed', e.name, 'index.html'))).map((e) => e.name));
    expect(folders.length).toBeGreaterThan(20);
    const over = folders.map((f) => pageWeight(root, 'embed', `/embed/${f}/`)).filter((w) => w.total > LIMITS.embed).map((w) => `${w.path} ${(w.total / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it('a source line links at most SOURCE_LINKS reports, and each chart offers the CSV of all its source sentences', () => {
    for (const path of [...stories, '/embed/district-year/']) {
      const html = page(root, path);
      for (const line of html.match(/<p class="chart-source">[\s\S]*?<\/p>/g) ?? []) expect(count(line, /<a href="\/sources\/[^"]+#/g), path).toBeLessThanOrEqual(SOURCE_LINKS);
    }
    const story = page(root, stories[0]!);
    const csv = [...story.matchAll(/<a href="(\/embed\/[a-z0-9-]+\.sources\.csv)" download/g)].map((m) => m[1]!);
    expect(csv.length).toBeGreaterThan(0);
    for (const href of csv) expect(existsSync(join(root, href)), href).toBe(true);
  });
});
