/**
 * The built embed pages: small, self-contained (no request to any host,
 * nothing but inline style and script), with an oEmbed discovery link and a
 * valid static oEmbed JSON; the host script stays under 1 KB.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Built once for the run by the site project's global setup (tests/setup/build-site.ts).
const { root: dist, sub } = inject('siteDirs');
const embedDir = join(dist, 'embed');
/** Folders of embed pages and redirects; numbered folders are later pages of the newsroom list (/embed/2/). */
const dirs = readdirSync(embedDir).filter((n) => statSync(join(embedDir, n)).isDirectory() && !/^\d+$/.test(n));
/** Chart embed pages; the other folders are redirects from the old hashed URLs. */
const pages = dirs.filter((n) => existsSync(join(embedDir, `${n}.oembed.json`)));
const html = (key: string) => readFileSync(join(embedDir, key, 'index.html'), 'utf8');

describe('embed pages', () => {
  it('balance the chart title\'s lines (the page has no base.css): no character alone on the last line', () => {
    for (const key of pages) expect(html(key), key).toMatch(/\.chart-title\{[^}]*text-wrap:balance/);
  });

  it('exist for the six charts', () => {
    for (const id of ['district-year', 'district-map', 'time-compression', 'domain-mix', 'measure-bars', 'district-timeline']) {
      expect(pages).toContain(id);
    }
  });

  it('have readable, stable names; the old hashed names are static redirects to them', () => {
    for (const key of pages) expect(key).toMatch(/^[a-z]+(-[a-z]+)*(-[a-z0-9]+(-[a-z0-9]+)*)?$/);
    expect(pages).toContain('district-map-2019');
    expect(pages).toContain('district-timeline-tianhe');
    const redirects = dirs.filter((n) => !pages.includes(n));
    expect(redirects.length).toBeGreaterThan(0);
    for (const old of redirects) {
      const target = /http-equiv="refresh" content="0;url=\/embed\/([^/"]+)\/"/.exec(readFileSync(join(embedDir, old, 'index.html'), 'utf8'))?.[1];
      expect(pages, old).toContain(target);
    }
  });

  it('make no external request: no script, stylesheet, image, frame or font from any URL', () => {
    for (const key of pages) {
      const page = html(key);
      expect(page, key).not.toMatch(/<script[^>]*\ssrc=/);
      // A data: icon is allowed: it stops the browser asking the host for /favicon.ico and fetches nothing.
      expect(page, key).not.toMatch(/<link[^>]*rel="(stylesheet|preload|modulepreload|icon|prefetch)"(?![^>]*href="data:)/);
      expect(page, key).not.toMatch(/<(img|iframe|object|embed|video|audio|source)\b/);
      expect(page, key).not.toMatch(/url\((?!#)/);
      expect(page, key).not.toMatch(/@import|@font-face/);
      // No cookies or storage either.
      expect(page, key).not.toMatch(/document\.cookie|localStorage|sessionStorage/);
    }
  });

  it('carry the chart, its title, source line, a link back, and the oEmbed discovery link', () => {
    const page = html('district-year');
    expect(page).toMatch(/<svg[^>]*data-variant="narrow"/);
    expect(page).toMatch(/<svg[^>]*data-variant="wide"/);
    expect(page).toContain('class="chart-title"');
    expect(page).toMatch(/来源：.*href="\/sources\/[^"]+\/#s-\d+"/s);
    expect(page).toContain('<base target="_blank">');
    expect(page).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="[^"]*\/embed\/district-year\.oembed\.json"/);
    expect(page).toContain('gzc-embed-height');
    expect(page).not.toContain('class="site-header"');
  });
});

describe('oEmbed, downloads and host script', () => {
  it('each oEmbed JSON has the spec\'s required fields for a rich embed', () => {
    for (const key of pages) {
      const o = JSON.parse(readFileSync(join(embedDir, `${key}.oembed.json`), 'utf8')) as Record<string, unknown>;
      expect(o.type).toBe('rich');
      expect(o.version).toBe('1.0');
      expect(typeof o.html).toBe('string');
      // Absolute when the build knows its site (SITE); this build has none.
      expect(o.html).toMatch(new RegExp(`<iframe src="(?:https?://[^"]+)?/embed/${key}/\\?theme=auto"`));
      expect(o.html).toMatch(/ data-gzc-embed[ >]/);
      expect(o.thumbnail_url).toMatch(new RegExp(`/og/charts/${key}\\.png$`));
      expect([o.thumbnail_width, o.thumbnail_height]).toEqual([1200, 630]);
      expect(Number.isInteger(o.width) && (o.width as number) > 0).toBe(true);
      expect(Number.isInteger(o.height) && (o.height as number) > 0).toBe(true);
    }
  });

  it('SVG downloads are standalone SVG and CSVs have a header and rows', () => {
    for (const key of pages) {
      const svg = readFileSync(join(embedDir, `${key}.svg`), 'utf8');
      expect(svg).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const csv = readFileSync(join(embedDir, `${key}.csv`), 'utf8').trim().split('\n');
      expect(csv.length).toBeGreaterThan(1);
    }
  });

  it('the host script is under 3 KB and checks the message source and origin', () => {
    const script = readFileSync(join(dist, 'embed.js'), 'utf8');
    expect(Buffer.byteLength(script)).toBeLessThan(3 * 1024);
    expect(script).toContain('gzc-embed-height');
    expect(script).toContain('e.source');
    expect(script).toContain('e.origin !== site');
  });
});

describe('under a sub-path (BASE=/sub/path/)', () => {
  it('every internal link of an embed page and its oEmbed iframe carry the base', () => {
    const page = readFileSync(join(sub, 'embed', 'district-year', 'index.html'), 'utf8');
    const hrefs = [...page.matchAll(/\shref="(\/[^"#][^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const h of hrefs) expect(h.startsWith('/sub/path/')).toBe(true);
    const o = JSON.parse(readFileSync(join(sub, 'embed', 'district-year.oembed.json'), 'utf8')) as { html: string };
    expect(o.html).toMatch(/src="https?:\/\/[^/"]+\/sub\/path\/embed\/district-year\/\?theme=auto"/);
    expect(o.html).toMatch(/src="https?:\/\/[^/"]+\/sub\/path\/embed\.js"/);
  });
});
