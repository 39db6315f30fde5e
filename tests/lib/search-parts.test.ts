/**
 * The search index's parts (scripts/search-index.ts searchParts) are bounded
 * by the text they hold, not only by their page count: a Pagefind service's
 * peak grows with the text (1,000 report pages of ~5,600 characters took it to
 * 1.8 GiB, in one part of 3,000 pages at most). A page weighs the bytes of
 * text of its marked <main>, without tags, scripts, styles or drawings.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textWeight } from '../../scripts/search-weight.ts';
import { searchParts } from '../../scripts/search-index.ts';
import { withoutNonHeadingIds } from '../../scripts/search-html.ts';

const page = (main: string, marked = true) =>
  `<!doctype html><html><head><title>t</title><style>body{color:red}</style></head><body><nav>导航</nav><main${marked ? ' id="main" data-pagefind-body' : ''}>${main}</main><footer>页脚</footer></body></html>`;

describe('textWeight', () => {
  it('counts the bytes of text inside the marked <main>, and nothing outside it', () => {
    expect(textWeight(Buffer.from(page('<h1>标题</h1><p>正文<span id="s-1">一句</span></p>')))).toBe(Buffer.byteLength('标题正文一句'));
  });

  it('leaves out what Pagefind does not index: scripts, styles, drawings, templates', () => {
    const main = '<p>正文</p><script>var x = "<p>不算</p>";</script><style>.a{}</style><svg viewBox="0 0 1 1"><text>图中文字</text></svg><template><p>模板</p></template><svgx>算</svgx>';
    expect(textWeight(Buffer.from(page(main)))).toBe(Buffer.byteLength('正文算'));
  });

  it('is null for a page whose <main> is not marked for the index, or that has none', () => {
    expect(textWeight(Buffer.from(page('<p>正文</p>', false)))).toBeNull();
    expect(textWeight(Buffer.from('<html><body><p>正文</p></body></html>'))).toBeNull();
  });
});

describe('searchParts', () => {
  /** A site of `count` report pages of `chars` characters each, and one unmarked page in their folder. */
  function site(count: number, chars: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'search-parts-'));
    for (let i = 0; i < count; i++) {
      mkdirSync(join(dir, 'sources', `r${String(i).padStart(3, '0')}`), { recursive: true });
      writeFileSync(join(dir, 'sources', `r${String(i).padStart(3, '0')}`, 'index.html'), page(`<h1>报告${i}</h1><p>${'改'.repeat(chars)}</p>`));
    }
    mkdirSync(join(dir, 'sources', '2'), { recursive: true });
    writeFileSync(join(dir, 'sources', '2', 'index.html'), page('<p>列表第二页</p>', false));
    return dir;
  }

  it('starts a new part when the next page would pass the text bound, whatever the page count', () => {
    const dir = site(10, 1000);
    const weight = Buffer.byteLength(`报告0${'改'.repeat(1000)}`);
    const parts = searchParts(dir, 3000, weight * 4);
    expect(parts.map((p) => p.length)).toEqual([4, 4, 2]);
    expect(parts.flat()).toEqual(Array.from({ length: 10 }, (_, i) => `sources/r${String(i).padStart(3, '0')}/index.html`));
  });

  it('still bounds the page count, puts a page heavier than the bound in a part of its own, and leaves unmarked pages out', () => {
    const dir = site(5, 1000);
    expect(searchParts(dir, 2, 10_000_000).map((p) => p.length)).toEqual([2, 2, 1]);
    expect(searchParts(dir, 3000, 10).map((p) => p.length)).toEqual([1, 1, 1, 1, 1]);
    expect(searchParts(dir).flat()).not.toContain('sources/2/index.html');
  });

  it('is one empty part for a site with nothing to index', () => {
    expect(searchParts(mkdtempSync(join(tmpdir(), 'search-parts-')))).toEqual([[]]);
  });
});

describe('withoutNonHeadingIds (what Pagefind reads of a page)', () => {
  it('drops the id of every element but headings, and keeps every other attribute and all the text', () => {
    const html = '<main id="main" data-pagefind-body><h2 id="text">正文</h2><p data-paragraph="0"><span id="s-0" class="sentence">第一句。</span><mark class="figure" id="fig-a" title="3个">3个</mark><H3 ID="x">小标题</H3></p></main>';
    expect(withoutNonHeadingIds(html)).toBe('<main data-pagefind-body><h2 id="text">正文</h2><p data-paragraph="0"><span class="sentence">第一句。</span><mark class="figure" title="3个">3个</mark><H3 ID="x">小标题</H3></p></main>');
  });

  it('leaves attributes that only end in id alone', () => {
    const html = '<div data-id="1" aria-describedby="n"><span data-pid="2">文</span></div>';
    expect(withoutNonHeadingIds(html)).toBe(html);
  });
});
