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

import type { SearchTerms } from './search-query.ts';

// Hong Kong, Taiwan and generic traditional forms: readers type all three.
const TO_TRADITIONAL = (['hk', 'tw', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
const HAN = /\p{Script=Han}/u;

export function searchTerms(text: string, names: readonly string[]): SearchTerms {
  const traditional: Record<string, string> = {};
  const chars = [...new Set([...text, ...names.join('')])].filter((c) => HAN.test(c)).sort();
  for (const c of chars) {
    for (const convert of TO_TRADITIONAL) {
      const t = convert(c);
      if (t !== c && [...t].length === 1) traditional[t] = c;
    }
  }
  const pinyin: Record<string, string> = {};
  for (const name of [...new Set(names)].sort()) {
    const short = name.length > 2 ? name.replace(/(?:区|县|市)$/, '') : name;
    for (const n of new Set([name, short])) pinyin[pinyinSlug(n, { dropAdminSuffix: n === short }).replace(/-/g, '')] = n;
  }
  return { traditional, pinyin };
}
