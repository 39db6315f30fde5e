/**
 * What readers see in the built HTML, checked on every page: no invented host
 * (the default build has no SITE, so no page may name one), and tables that
 * print years as years, never "2,018".
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUB_SITE, walk } from '../helpers/site.ts';

const { root, sub } = inject('siteDirs');
const html = (dist: string) => walk(dist).filter((f) => f.endsWith('.html')).map((f) => ({ file: f, text: readFileSync(join(dist, f), 'utf8') }));
/** Hosts a page may name: licences readers follow out of the site, and XML namespaces (not links). */
const OUTBOUND = new Set(['creativecommons.org', 'www.w3.org']);

describe('the built site names no host it does not know', () => {
  it('without SITE, no page links, cites or tags an absolute URL of its own (canonical, og:url, og:image, embed code, placeholder domain)', () => {
    const bad: string[] = [];
    for (const { file, text } of html(root)) {
      for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) if (!OUTBOUND.has(m[1]!.toLowerCase())) bad.push(`${file}: ${m[0]}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('with SITE, canonical links and share tags use it', () => {
    const page = readFileSync(join(sub, 'about', 'index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${SUB_SITE}/sub/path/about/"`);
  });
});

describe('tables', () => {
  it('no cell prints a year with a thousands separator', () => {
    const bad: string[] = [];
    for (const { file, text } of html(root)) {
      for (const m of text.matchAll(/<t[dh][^>]*>\s*(?:<a[^>]*>)?\s*([12]),(\d{3})\s*</g)) {
        const n = Number(m[1]! + m[2]!);
        if (n >= 1900 && n <= 2100) bad.push(`${file}: ${m[1]},${m[2]}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
