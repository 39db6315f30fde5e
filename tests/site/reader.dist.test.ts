/**
 * What readers see in the built HTML, checked on every page: no invented host
 * (the default build has no SITE, so no page may name one), and tables that
 * print years as years, never "2,018".
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
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

  it('a column whose heading is set as numbers has its cells set as numbers too (right-aligned under it)', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const { file, text } of html(root)) {
      const { document } = parseHTML(text);
      for (const table of document.querySelectorAll('table')) {
        const head = [...table.querySelectorAll('thead tr:last-child th')];
        const numeric = head.flatMap((th, i) => (th.classList.contains('num') ? [i] : []));
        for (const row of table.querySelectorAll('tbody tr')) {
          const cells = [...row.children];
          for (const i of numeric) {
            checked++;
            if (cells[i] && !cells[i]!.classList.contains('num')) bad.push(`${file}: "${head[i]!.textContent}" column, row "${cells[0]?.textContent?.trim()}"`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

describe('headlines', () => {
  it('break only between phrases (<wbr>), and read as the title itself (copy, search): case pages and case cards', () => {
    const cases = JSON.parse(readFileSync(join(root, 'data', 'cases.json'), 'utf8')) as { id: string; title: string }[];
    let cut = 0;
    for (const c of cases) {
      const { document } = parseHTML(readFileSync(join(root, 'cases', c.id, 'index.html'), 'utf8'));
      const h1 = document.querySelector('h1')!;
      expect(h1.textContent, c.id).toBe(c.title);
      if (h1.querySelector('.phrases wbr')) cut++;
    }
    // Every title of more than one phrase can break; a browser breaks nowhere else in it (word-break: keep-all).
    expect(cut).toBeGreaterThan(cases.length / 2);
  });
});

describe('district tables', () => {
  it('never rank 市级部门 among the districts nor call it the district that differs most (year and compare pages)', () => {
    const bad: string[] = [];
    for (const { file, text } of html(root).filter((p) => /^(years|compare)\//.test(p.file))) {
      const { document } = parseHTML(text);
      for (const table of document.querySelectorAll('table')) {
        if (!/^(按区|各区的案例数)/.test(table.querySelector('caption')?.textContent ?? '')) continue;
        const ranked = [...table.querySelectorAll('tbody:first-of-type th[scope=row]')].map((th) => th.textContent!.trim());
        if (ranked.includes('市级部门')) bad.push(`${file}: ${ranked.join(' ')}`);
      }
      if (/区差别最大的是市级部门/.test(text)) bad.push(`${file}: 区差别最大的是市级部门`);
    }
    expect(bad).toEqual([]);
  });
});

describe('figure tables', () => {
  it('print a sentence once: the next figures read from it say 同上 instead of repeating it', () => {
    const bad: string[] = [];
    let ditto = 0;
    for (const { file, text } of html(root)) {
      if (!text.includes('class="figures"')) continue;
      const { document } = parseHTML(text);
      for (const table of document.querySelectorAll('table.figures')) {
        const quotes = [...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td.quote')?.textContent?.trim() ?? '');
        quotes.forEach((q, i) => {
          if (q === '同上') ditto++;
          else if (i > 0 && q === quotes[i - 1]) bad.push(`${file}: "${q.slice(0, 30)}…" twice in a row`);
        });
      }
    }
    expect(ditto, 'the seeds have sentences with several figures').toBeGreaterThan(0);
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

describe('no internals in what readers see', () => {
  /** Text and the tooltips, labels and alt texts a reader meets; scripts and styles left out. */
  const visible = (page: string) => {
    const body = page.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
    const attributes = [...body.matchAll(/\b(?:title|aria-label|alt)="([^"]*)"/g)].map((m) => m[1]);
    return `${body.replace(/<[^>]+>/g, ' ')} ${attributes.join(' ')}`.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  };
  const INTERNALS: [string, RegExp][] = [
    ['a path in the repository', /(?<![\w/.])(?:content|seeds|scripts|build|src|tests)\/[\w.\/-]+/],
    ['a report file name', /\b\d{3}_[0-9a-f]{16}\.txt\b/],
    ['a position as line and column', /第\s*\d+\s*行第\s*\d+\s*列/],
    ['a filter written as code', /\b(?:year|domain|district|list|document|kind|city)=/],
    ['a checksum', /SHA-256 [0-9a-f]/],
    ['a code word as a label (a chart parameter value)', /(?<![\w./-])[a-z][a-z_-]{2,}[：；]/],
  ];

  it('no page shows repository paths, file names, checksums, line:column positions or code-style filters', () => {
    const bad: string[] = [];
    for (const { file, text } of html(root)) {
      const shown = visible(text);
      for (const [what, pattern] of INTERNALS) {
        const m = pattern.exec(shown);
        if (m) bad.push(`${file}: ${what}: ${m[0]}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('no page shows an English note to readers (the errata reasons are the editors\', on the desk)', () => {
    const bad = html(root).filter(({ text }) => /<[a-z]+[^>]*\blang="en"/.test(text.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ''))).map(({ file }) => file);
    expect(bad).toEqual([]);
  });

  it('a damaged report tells readers in Chinese where, what and how it reads now, linked to the original line and the sentence', () => {
    const damaged = JSON.parse(readFileSync(join(root, 'data', 'documents.json'), 'utf8')).find((d: { corrections: unknown[] }) => d.corrections.length > 0);
    expect(damaged, 'a report with applied errata in the seeds').toBeDefined();
    const page = readFileSync(join(root, 'sources', damaged.id, 'index.html'), 'utf8');
    const section = page.slice(page.indexOf('id="errata"'), page.indexOf('</section>', page.indexOf('id="errata"')));
    for (const c of damaged.corrections) expect(section).toContain(`/sources/${damaged.id}/original/#l-${c.line}"`);
    expect(section).toMatch(/更正后读作：<a href="#s-\d+"/);
    expect(section).toMatch(/字符在转码时丢失|残留的注音片段/);
  });
});

describe('case lines', () => {
  it('name the district once (not "增城区 增城区" when the owner is the district)', () => {
    const bad: string[] = [];
    for (const { file, text } of html(root)) {
      for (const m of text.matchAll(/<p class="case-meta"[^>]*>([\s\S]*?)<\/p>/g)) {
        const parts = [...m[1]!.matchAll(/<span[^>]*>([^<]*)<\/span>/g)].map((s) => s[1]!.trim());
        const district = parts.find((p, i) => parts.indexOf(p) !== i);
        if (district) bad.push(`${file}: ${parts.join(' ')}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe('case lists', () => {
  it('a list of one year\'s cases never calls its first cases the latest (year pages, years compared)', () => {
    const bad: string[] = [];
    let sampled = 0;
    for (const { file, text } of html(root)) {
      if (!/^(years|compare)\//.test(file)) continue;
      for (const m of text.matchAll(/<p class="muted"[^>]*>([^<]*)<span class="num"[^>]*>\d+<\/span>\s*个案例：<\/p>\s*<ul class="case-list"[^>]*data-sample="year=/g)) {
        sampled++;
        if (m[1]!.includes('最近')) bad.push(`${file}: ${m[1]}`);
      }
    }
    expect(sampled).toBeGreaterThan(0);
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe('sentences', () => {
  it('no paragraph ends on a dangling comma (a district alone in its city has no rank to add)', () => {
    const bad: string[] = [];
    for (const { file, text } of html(root)) {
      for (const m of text.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
        const words = m[1]!.replace(/<[^>]+>/g, '').trim();
        if (/[，、]$/.test(words)) bad.push(`${file}: …${words.slice(-30)}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
