/**
 * Search for readers who type traditional characters (黃埔, 長者飯堂) or
 * pinyin (huangpu, yingshang huanjing): the index holds simplified text, so
 * the query is rewritten before Pagefind sees it (search-query.ts, in the
 * browser). The tables are computed at
 * build time from the site's own text and names (no dictionary download in
 * the browser): every character of the text that has a different traditional
 * form, and the pinyin of every place, domain and list name.
 */
import * as OpenCC from 'opencc-js';
import { pinyinSlug } from '../../scripts/datasets/slug.ts';

import { type RenderCache, renderCache } from './render-cache.ts';
import type { SearchTerms } from './search-query.ts';

const HAN = /\p{Script=Han}/u;
/** The CJK Unified Ideographs block: nearly every character a Chinese report uses. */
const BLOCK = { first: 0x4e00, last: 0x9fff };
let toTraditional: ((text: string) => string)[] | undefined;

/**
 * Hong Kong, Taiwan and generic traditional forms: readers type all three.
 * Built on first use: loading OpenCC's dictionaries takes over a second.
 */
const converters = () => (toTraditional ??= (['hk', 'tw', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to })));

/** The single-character traditional forms of a simplified character, in converter order. */
const formsOf = (c: string) => converters().map((convert) => convert(c)).filter((t) => t !== c && [...t].length === 1);

/**
 * The forms of every character of the block, computed once per code version
 * and kept in the render cache: an edited story with a character the site
 * never used before does not load OpenCC again.
 */
function blockForms(cache: RenderCache): Record<string, string[]> {
  return JSON.parse(
    cache.text('search-terms', [`${BLOCK.first}-${BLOCK.last}`], () => {
      const chars = Array.from({ length: BLOCK.last - BLOCK.first + 1 }, (_, i) => String.fromCodePoint(BLOCK.first + i));
      // One call per converter on the whole block, a newline between characters: no dictionary entry
      // holds a newline, so no match spans two characters and each converts as it would alone, at a
      // tenth of the CPU of 21,000 calls per converter (about 0.5 s of a cold build).
      const converted = converters().map((convert) => convert(chars.join('\n')).split('\n'));
      if (converted.some((out) => out.length !== chars.length)) throw new Error('search-terms: a converter changed the newlines between characters');
      const table: Record<string, string[]> = {};
      chars.forEach((c, i) => {
        const forms = converted.map((out) => out[i]!).filter((t) => t !== c && [...t].length === 1);
        if (forms.length) table[c] = forms;
      });
      return JSON.stringify(table);
    }),
  ) as Record<string, string[]>;
}

/** Traditional form -> simplified character, for the site's characters (sorted: a later one wins a shared form). */
function traditionalForms(chars: readonly string[], cache: RenderCache): Record<string, string> {
  const inBlock = (c: string) => c.codePointAt(0)! >= BLOCK.first && c.codePointAt(0)! <= BLOCK.last;
  const table = blockForms(cache);
  const traditional: Record<string, string> = {};
  for (const c of chars) for (const t of inBlock(c) ? (table[c] ?? []) : formsOf(c)) traditional[t] = c;
  return traditional;
}

export function searchTerms(text: string, names: readonly string[], cache = renderCache()): SearchTerms {
  const chars = [...new Set([...text, ...names.join('')])].filter((c) => HAN.test(c)).sort();
  const traditional = traditionalForms(chars, cache);
  const pinyin: Record<string, string> = {};
  for (const name of [...new Set(names)].sort()) {
    const short = name.length > 2 ? name.replace(/(?:区|县|市)$/, '') : name;
    for (const n of new Set([name, short])) pinyin[pinyinSlug(n, { dropAdminSuffix: n === short }).replace(/-/g, '')] = n;
  }
  return { traditional, pinyin };
}
