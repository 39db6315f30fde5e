/**
 * The search page: loads Pagefind's UI (built after Astro, so not bundled)
 * the query tables (/search-terms.json) and the list of the index's other
 * parts (pagefind/parts.json: scripts/search-index.ts writes the index in
 * parts so that no indexing process grows with the corpus), then starts the
 * UI with every part merged and a processTerm that reads traditional
 * characters and pinyin as the index spells them. Settings come from data
 * attributes on #search.
 */
import { normalizeQuery, type SearchTerms } from '../lib/search-query.ts';

declare const PagefindUI: new (options: Record<string, unknown>) => { triggerSearch(q: string): void };

const root = document.querySelector<HTMLElement>('#search')!;
const { bundle, base, terms: termsUrl, parts: partsUrl } = root.dataset as { bundle: string; base: string; terms: string; parts: string };
const translations = JSON.parse(root.dataset.translations ?? '{}') as Record<string, string>;

function missing() {
  document.getElementById('search-missing')!.hidden = false;
}

function load(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = reject;
    document.head.append(s);
  });
}

const empty: SearchTerms = { traditional: {}, pinyin: {} };
// Without the tables, search still works for simplified queries.
const terms = fetch(termsUrl).then((r) => (r.ok ? (r.json() as Promise<SearchTerms>) : empty)).catch(() => empty);

// Each part's folder, relative to the list; without the list, the first part (the primary bundle) is searched alone.
const parts = fetch(partsUrl)
  .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
  .catch(() => [] as string[])
  .then((folders) => folders.map((f) => ({ bundlePath: new URL(f, new URL(partsUrl, location.href)).pathname })));

Promise.all([load(bundle), terms, parts]).then(([, t, mergeIndex]) => {
  const ui = new PagefindUI({
    mergeIndex,
    element: '#search',
    baseUrl: base,
    showSubResults: true,
    showImages: false,
    autofocus: true,
    translations,
    processTerm: (q: string) => normalizeQuery(q, t),
  });
  // The default UI labels its input only with title; give it a proper accessible name.
  root.querySelector('input')?.setAttribute('aria-label', translations.search_label ?? '');
  // /search/?q=黄埔 (the 404 page's form) starts a search straight away.
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}, missing);
