/**
 * The browser half of search-terms.ts: rewrites a query with the tables built
 * at build time. No dependencies, so the search page's script stays small.
 */

export interface SearchTerms {
  /** Traditional character -> simplified, for the characters the site uses. */
  traditional: Record<string, string>;
  /** Pinyin without tones or spaces (huangpu, huangpuqu) -> the name. */
  pinyin: Record<string, string>;
}

/**
 * The query as the index spells it: traditional characters simplified, and
 * any run of Latin letters that spells a known name in pinyin (spaces and
 * case ignored) replaced by the name. Anything else passes through.
 */
export function normalizeQuery(query: string, terms: SearchTerms): string {
  const simplified = [...query].map((c) => terms.traditional[c] ?? c).join('');
  return simplified.replace(/[a-z]+(?:\s+[a-z]+)*/gi, (run) => {
    const key = run.toLowerCase().replace(/\s+/g, '');
    return terms.pinyin[key] ?? run.split(/\s+/).map((w) => terms.pinyin[w.toLowerCase()] ?? w).join(' ');
  });
}
