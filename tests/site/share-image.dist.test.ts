/**
 * Share images in the built site: every story page and every embed page
 * names an og:image (and a large Twitter card) that is a PNG of 1200x630
 * in the build, at the page's base; one image per published chart, which is
 * also its PNG download; every other page names one of the drawn cards.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SUB_SITE } from '../helpers/site.ts';

const { root, sub } = inject('siteDirs');

const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

/** Pages under a folder; under embed/ only chart pages (the old hashed URLs are redirect pages, and the index is /embed/ itself). */
const pagesUnder = (dist: string, dir: string) =>
  readdirSync(join(dist, dir))
    .filter((n) => statSync(join(dist, dir, n)).isDirectory() && existsSync(join(dist, dir, n, 'index.html')))
    .filter((n) => dir !== 'embed' || existsSync(join(dist, dir, `${n}.oembed.json`)))
    .map((n) => ({ name: n, html: readFileSync(join(dist, dir, n, 'index.html'), 'utf8') }));

/** Width and height from the PNG's IHDR chunk (the first chunk, right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(buf.toString('latin1', 12, 16), file).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The built file an og:image URL (root-relative without SITE, absolute with it) points at, for a build served under `base`. */
function builtFile(dist: string, imageUrl: string, base: string): string {
  const { pathname } = new URL(imageUrl, 'http://local.test');
  expect(pathname.startsWith(base), imageUrl).toBe(true);
  return join(dist, decodeURIComponent(pathname.slice(base.length)));
}

describe('share images', () => {
  const stories = pagesUnder(root, 'stories');
  const embeds = pagesUnder(root, 'embed');

  it('every story page has og:image pointing at its 1200x630 PNG, with alt text and a large Twitter card', () => {
    expect(stories.length).toBeGreaterThanOrEqual(3);
    for (const { name, html } of stories) {
      const image = meta(html, 'og:image');
      // Built without SITE: no host is named, the path is root-relative.
      expect(image, name).toMatch(new RegExp(`^/og/stories/${name}\\.png$`));
      expect(pngSize(builtFile(root, image!, '/')), name).toEqual({ width: 1200, height: 630 });
      expect(meta(html, 'og:image:alt'), name).toBeTruthy();
      expect(meta(html, 'twitter:card'), name).toBe('summary_large_image');
      expect(meta(html, 'twitter:image'), name).toBe(image);
    }
  });

  it('every embed page has og:image pointing at its chart\'s 1200x630 PNG, with alt text and a large Twitter card', () => {
    expect(embeds.length).toBeGreaterThanOrEqual(6);
    for (const { name, html } of embeds) {
      const image = meta(html, 'og:image');
      expect(image, name).toMatch(new RegExp(`^/og/charts/${name}\\.png$`));
      expect(pngSize(builtFile(root, image!, '/')), name).toEqual({ width: 1200, height: 630 });
      expect(meta(html, 'og:image:alt'), name).toBeTruthy();
      expect(meta(html, 'og:title'), name).toBeTruthy();
      expect(meta(html, 'twitter:card'), name).toBe('summary_large_image');
    }
  });

  it('one image per story and per published chart, nothing else, each a real picture (not a blank)', () => {
    const charts = readdirSync(join(root, 'og', 'charts')).sort();
    expect(charts).toEqual(embeds.map((e) => `${e.name}.png`).sort());
    expect(readdirSync(join(root, 'og', 'stories')).sort()).toEqual(stories.map((s) => `${s.name}.png`).sort());
    // A 1200x630 image of flat paper compresses to a few KB; title, chart and text take far more.
    for (const file of [...charts.map((c) => join(root, 'og', 'charts', c)), ...stories.map((s) => join(root, 'og', 'stories', `${s.name}.png`))]) {
      expect(statSync(file).size, file).toBeGreaterThan(20_000);
      expect(statSync(file).size, file).toBeLessThan(400_000);
    }
  });

  it('every other page names one of the drawn cards: a case its district\'s, a district its timeline chart\'s (or its own), the rest the home card', () => {
    const home = readFileSync(join(root, 'index.html'), 'utf8');
    expect(meta(home, 'og:image')).toBe('/og/home.png');
    const districts = pagesUnder(root, 'districts');
    const cases = pagesUnder(root, 'cases').filter((p) => /^[a-z]+-\d{4}/.test(p.name));
    expect(cases.length).toBeGreaterThan(50);
    expect(districts.length).toBeGreaterThanOrEqual(11);
    const districtImage = new Map(districts.map((d) => [d.name, meta(d.html, 'og:image')!]));
    for (const { name, html } of districts) expect(districtImage.get(name), name).toMatch(new RegExp(`^/og/(charts/district-timeline[a-z0-9-]*|districts/${name})\\.png$`));
    // Most districts with cases show their timeline; the card is the chart's, drawn once.
    expect([...districtImage.values()].filter((i) => i.startsWith('/og/charts/')).length).toBeGreaterThanOrEqual(10);
    for (const { name, html } of cases) {
      const slug = /href="\/districts\/([^/"]+)\/"/.exec(html.slice(html.indexOf('所在区</dt>')).split('</dd>')[0]!)?.[1];
      expect(meta(html, 'og:image'), name).toBe(slug ? districtImage.get(slug) : '/og/home.png');
    }
    // No image per case: the cards are drawn per story, chart, district without a chart, and the home page.
    expect(existsSync(join(root, 'og', 'cases'))).toBe(false);
    const pages = [home, ...districts.map((d) => d.html), ...cases.map((c) => c.html), readFileSync(join(root, 'cases', 'index.html'), 'utf8'), readFileSync(join(root, 'about', 'index.html'), 'utf8')];
    for (const html of pages) {
      const image = meta(html, 'og:image')!;
      const file = builtFile(root, image, '/');
      expect(pngSize(file), image).toEqual({ width: 1200, height: 630 });
      expect(statSync(file).size, file).toBeGreaterThan(15_000);
      expect(meta(html, 'og:image:width'), image).toBe('1200');
      expect(meta(html, 'og:image:height'), image).toBe('630');
      expect(meta(html, 'og:image:alt'), image).toBeTruthy();
      expect(meta(html, 'twitter:card'), image).toBe('summary_large_image');
    }
  });

  it('a chart\'s PNG download is its share image', () => {
    const list = readFileSync(join(root, 'embed', 'index.html'), 'utf8');
    const downloads = [...list.matchAll(/href="([^"]+\.png)" download="([^"]+)\.png"/g)];
    expect(downloads.length).toBeGreaterThanOrEqual(6);
    for (const [, href, key] of downloads) {
      expect(href).toBe(`/og/charts/${key}.png`);
      expect(pngSize(join(root, href!)), href).toEqual({ width: 1200, height: 630 });
    }
    expect(readdirSync(join(root, 'embed')).filter((f) => f.endsWith('.png'))).toEqual([]);
  });

  it('under a sub-path the image URLs carry the base and the files are there', () => {
    const base = '/sub/path/';
    for (const { name, html } of [...pagesUnder(sub, 'stories'), ...pagesUnder(sub, 'embed')]) {
      const image = meta(html, 'og:image');
      expect(image, name).toMatch(new RegExp(`^${SUB_SITE}${base}og/`));
      expect(pngSize(builtFile(sub, image!, base)), name).toEqual({ width: 1200, height: 630 });
    }
  });
});
