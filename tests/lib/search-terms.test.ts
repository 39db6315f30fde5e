import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RenderCache } from '../../src/lib/render-cache.ts';
import { searchTerms } from '../../src/lib/search-terms.ts';
import { normalizeQuery } from '../../src/lib/search-query.ts';

const terms = searchTerms('越秀区的长者饭堂，黄埔区的营商环境改革', ['黄埔区', '越秀区', '营商环境', '花都区']);

describe('search queries in traditional characters or pinyin', () => {
  it('simplifies the traditional (Hong Kong and Taiwan) forms of characters the site uses', () => {
    expect(normalizeQuery('黃埔', terms)).toBe('黄埔');
    expect(normalizeQuery('長者飯堂', terms)).toBe('长者饭堂');
    expect(normalizeQuery('營商環境', terms)).toBe('营商环境');
  });

  it('turns the pinyin of a name into the name, with or without spaces, suffix or capitals', () => {
    expect(normalizeQuery('huangpu', terms)).toBe('黄埔');
    expect(normalizeQuery('Huangpu Qu', terms)).toBe('黄埔区');
    expect(normalizeQuery('yingshang huanjing', terms)).toBe('营商环境');
    expect(normalizeQuery('huadu', terms)).toBe('花都');
    expect(normalizeQuery('yuexiu 长者', terms)).toBe('越秀 长者');
  });

  it('leaves simplified text and unknown words alone', () => {
    expect(normalizeQuery('黄埔 区块链', terms)).toBe('黄埔 区块链');
    expect(normalizeQuery('oEmbed', terms)).toBe('oEmbed');
  });
});

describe('search tables across builds', () => {
  it('reads the traditional forms from the render cache, also for a character the site never used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-terms-cache-'));
    const names = ['黄埔区', '越秀区'];
    const fresh = searchTerms('长者饭堂和营商环境，爱', names, new RenderCache(undefined));
    expect(fresh.traditional['愛']).toBe('爱');
    expect(searchTerms('长者饭堂和营商环境', names, new RenderCache(dir)).traditional['愛']).toBeUndefined();
    // The next build brings a new character (爱): the table covers it without OpenCC.
    const next = new RenderCache(dir);
    expect(searchTerms('长者饭堂和营商环境，爱', names, next)).toEqual(fresh);
    expect(next.stats['search-terms']).toMatchObject({ drawn: 0, read: 1 });
  });
});

describe('the block of traditional forms', () => {
  it('holds for each character what the converters give it alone, also where phrases would change it', () => {
    // Characters whose forms depend on the word (干 乾/幹, 发 發/髮, 台 臺/檯, 面 麪, 里 裏, 后 後, 只 隻, 系 係):
    // converting the whole block in one string must not let one character's neighbour pick its form.
    const chars = [...'干发台面里后只系长饭黄'];
    const alone = (['hk', 'tw', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    const expected: Record<string, string> = {};
    for (const c of chars) for (const t of alone.map((convert) => convert(c))) if (t !== c && [...t].length === 1) expected[t] = c;
    expect(Object.keys(expected).length).toBeGreaterThan(chars.length / 2);
    expect(searchTerms(chars.join(''), [], new RenderCache(undefined)).traditional).toEqual(expected);
  });
});
