/**
 * The search index step of every build (`npm run build`, the test builds, the
 * benchmark): Pagefind indexes the built pages into <site>/pagefind/, in parts
 * of at most PAGES_PER_PART pages and TEXT_PER_PART bytes of text, and the bundles the site never loads are
 * removed.
 *
 * Why parts: one Pagefind process holds the whole index in memory until it
 * writes it (6.2 GiB for the 16,600 indexed pages of a 1,000-report corpus,
 * against a 2 GiB budget). Each part is indexed by its own process and
 * Pagefind service, which end before the next part starts, so memory is
 * bounded by the part, not the corpus. The first part is the primary bundle (pagefind/, with the
 * UI, the worker and the wasm); the others are index-only bundles in
 * pagefind/part-2/, part-3/ ..., listed in pagefind/parts.json, which the
 * search page merges into the primary (Pagefind's `mergeIndex` option:
 * src/client/search.ts). Merged bundles reuse the primary's wasm.
 *
 * A part whose pages did not change since an earlier build is written from
 * the search cache instead (search-cache.ts); the stories have parts of their
 * own, so a story edit indexes only theirs.
 *
 * Run as a script (`node scripts/search-index.ts <site>`), so that the step is
 * one process tree the benchmark can measure; indexSite() runs it.
 */
import { spawnSync } from 'node:child_process';
import { globSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordSummary } from './datasets/build-summary.ts';
import { openSearchCache, partKey, restorePart, storePart } from './search-cache.ts';
import { withoutNonHeadingIds } from './search-html.ts';
import { pageWeigher } from './search-weight.ts';

const SCRIPT = import.meta.filename;

/** Pages per Pagefind process at most: adding them grows the service too (282 MB for 914 pages at 10x). */
export const PAGES_PER_PART = Number(process.env.SEARCH_PART_PAGES) || 3000;

/**
 * Bytes of text per Pagefind process at most (search-weight.ts): writing the
 * index peaks with the text, about 0.12 GiB a MB (1.05 GiB for 500 report
 * pages, 8.7 MB). 8 MB keeps the service near 1 GiB (0.92 GiB measured on
 * 500 report pages): about 3,000 case pages of 2.5 KB.
 */
export const TEXT_PER_PART = Number(process.env.SEARCH_PART_TEXT) || 8_000_000;

/** Files of Pagefind's output that no page of this site requests. */
export const UNUSED_SEARCH_FILES = [
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** The list of merged bundles, relative to pagefind/ (read by src/client/search.ts). */
export const PARTS_FILE = 'parts.json';

/** The folder of part `n` (1-based) under <site>/pagefind/: the primary is the folder itself. */
export const partFolder = (n: number) => (n === 1 ? '' : `part-${n}/`);

export function pruneSearchBundle(site: string): void {
  for (const name of UNUSED_SEARCH_FILES) rmSync(join(site, 'pagefind', name), { force: true });
}

/** A merged part needs only its index (entry, meta, index, fragment and filter files): scripts, styles and wasm come from the primary. */
function pruneMergedPart(dir: string): void {
  for (const name of readdirSync(dir)) if (/\.(js|css)$|^wasm\./.test(name)) rmSync(join(dir, name), { force: true });
}

/**
 * The pages Pagefind reads: the folders of the routes whose <main> carries
 * data-pagefind-body (the Base layout's `pagefind` prop: about, stories,
 * cases, districts, sources). Reading every page to find them cost 40% of
 * Pagefind's time at 10x (lists, filters, comparisons, years and embeds).
 * tests/site/search-index.dist.test.ts fails when a marked page falls outside.
 */
export const INDEXED_PAGES = '{about,stories/*,cases/*,districts/*,sources/*}/index.html';

/**
 * The editors' own writing (stories, the about page): it changes without the datasets, and the pages made
 * from the datasets (cases, districts, sources) change only with them. Each kind gets parts of its own, so
 * that a story edit indexes the stories' part again and every other part is reused (search-cache.ts).
 */
const EDITORIAL = /^(?:about|stories)\//;

/**
 * The indexed pages of `site` (paths relative to it), sorted, the datasets' pages first and then the
 * editorial ones, each kind in parts of at most `size` pages and `text` bytes of text (one page heavier
 * than that is a part of its own): same pages, same parts. Pages not marked for the index (the paged
 * lists in cases/2/ ...) are weighed as null and left out.
 */
export function searchParts(site: string, size = PAGES_PER_PART, text = TEXT_PER_PART): string[][] {
  return plannedParts(site, size, text).parts;
}

/** searchParts, with the hash of every page in them (read in the same pass: the search cache's keys). */
function plannedParts(site: string, size: number, text: number): { parts: string[][]; hashes: Map<string, string> } {
  const weigh = pageWeigher();
  const hashes = new Map<string, string>();
  const weighed = globSync(INDEXED_PAGES, { cwd: site })
    .sort()
    .map((page) => {
      const { weight, hash } = weigh(join(site, page));
      hashes.set(page, hash);
      return { page, weight };
    })
    .filter((p): p is { page: string; weight: number } => p.weight !== null);
  const parts: string[][] = [];
  for (const kind of [weighed.filter((p) => !EDITORIAL.test(p.page)), weighed.filter((p) => EDITORIAL.test(p.page))]) {
    let part: string[] = [];
    let weight = 0;
    for (const p of kind) {
      if (part.length && (part.length >= size || weight + p.weight > text)) {
        parts.push(part);
        part = [];
        weight = 0;
      }
      part.push(p.page);
      weight += p.weight;
    }
    if (part.length) parts.push(part);
  }
  return { parts: parts.length ? parts : [[]], hashes };
}

/** Index one part of `site` into `dir` with a Pagefind service of its own; the problems Pagefind reported. */
async function indexPart(site: string, files: readonly string[], dir: string): Promise<string[]> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return errors;
    for (const sourcePath of files) {
      const added = await index.addHTMLFile({ sourcePath, content: withoutNonHeadingIds(readFileSync(join(site, sourcePath), 'utf8')) });
      if (added.errors.length) return added.errors.map((e) => `${sourcePath}: ${e}`);
    }
    return (await index.writeFiles({ outputPath: dir })).errors;
  } finally {
    await pagefind.close();
  }
}

/**
 * Index `site` in parts, each in a process of its own that ends before the
 * next starts: Pagefind's close() returns before its service has exited, so
 * parts in one process could overlap (two services, twice the memory).
 */
function indexParts(site: string, quiet: boolean): boolean {
  const { parts, hashes } = plannedParts(site, PAGES_PER_PART, TEXT_PER_PART);
  const out = join(site, 'pagefind');
  const cache = openSearchCache();
  rmSync(out, { recursive: true, force: true });
  const summary: { pages: number; reused: boolean }[] = [];
  for (const [i, files] of parts.entries()) {
    const dir = join(out, partFolder(i + 1));
    // A part whose pages are the bytes of an earlier build's part is written from the cache, not indexed.
    const key = cache && partKey(cache, i + 1, files.map((f) => [f, hashes.get(f)!] as const));
    const reused = !!key && restorePart(cache!, key, dir);
    if (!reused) {
      const run = spawnSync(process.execPath, [SCRIPT, site, '--part', dir], { input: JSON.stringify(files), stdio: ['pipe', 'inherit', 'inherit'] });
      if (run.status !== 0) return false;
      if (i > 0) pruneMergedPart(dir);
      if (key) storePart(cache!, key, dir, (f) => /^part-\d+\//.test(f));
    }
    summary.push({ pages: files.length, reused });
    if (!quiet) process.stdout.write(`pagefind: part ${i + 1} of ${parts.length}, ${files.length} pages${reused ? ', unchanged: reused' : ''}\n`);
  }
  pruneSearchBundle(site);
  writeFileSync(join(out, PARTS_FILE), `${JSON.stringify(parts.slice(1).map((_, i) => partFolder(i + 2)))}\n`);
  recordSummary('search', { parts: summary });
  return true;
}

/** The Node arguments that index `site` (the benchmark runs and measures the same command). */
export function pagefindArgs(site: string, { quiet = false } = {}): string[] {
  return [SCRIPT, site, ...(quiet ? ['--quiet'] : [])];
}

/** Index `site` (a built dist folder) in parts of at most `pagesPerPart` pages and `textPerPart` bytes of text; false when Pagefind failed (its output says why). `env` adds to the environment (SEARCH_CACHE_DIR, BUILD_SUMMARY). */
export function indexSite(site: string, { quiet = false, pagesPerPart = PAGES_PER_PART, textPerPart = TEXT_PER_PART, env: extra = {} as Record<string, string> } = {}): boolean {
  const env = { ...process.env, ...extra, SEARCH_PART_PAGES: String(pagesPerPart), SEARCH_PART_TEXT: String(textPerPart) };
  return spawnSync(process.execPath, pagefindArgs(site, { quiet }), { stdio: 'inherit', env }).status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [site, ...flags] = process.argv.slice(2);
  if (!site) {
    process.stderr.write('usage: node scripts/search-index.ts <site folder> [--quiet]\n');
    process.exit(2);
  }
  const part = flags.indexOf('--part');
  if (part >= 0) {
    // One part (run by indexParts): its pages come on stdin, its folder after --part.
    const errors = await indexPart(site, JSON.parse(readFileSync(0, 'utf8')) as string[], flags[part + 1]!);
    for (const e of errors) process.stderr.write(`pagefind: ${e}\n`);
    process.exitCode = errors.length ? 1 : 0;
  } else {
    process.exitCode = indexParts(site, flags.includes('--quiet')) ? 0 : 1;
  }
}
