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
let toTraditional: ((text: string) => string)[] | undefined;

/**
 * Hong Kong, Taiwan and generic traditional forms: readers type all three.
 * Built on first use: loading OpenCC's dictionaries takes over a second of a
 * build, and a build whose characters were all seen before never needs them.
 */
const converters = () => (toTraditional ??= (['hk', 'tw', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to })));

/** Traditional form -> simplified character, for each character; kept in the render cache under the characters themselves. */
function traditionalForms(chars: readonly string[], cache: RenderCache): Record<string, string> {
  const table = cache.text('search-terms', [chars.join('')], () => {
    const traditional: Record<string, string> = {};
    for (const c of chars) {
      for (const convert of converters()) {
        const t = convert(c);
        if (t !== c && [...t].length === 1) traditional[t] = c;
      }
    }
    return JSON.stringify(traditional);
  });
  return JSON.parse(table) as Record<string, string>;
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
