/**
 * Each part of the search index (scripts/search-index.ts), kept between
 * builds under a hash of what Pagefind reads for it — the part's place (the
 * primary bundle or a merged one), its pages' paths and bytes — and of the
 * code (this step, Pagefind's version through the lockfile, the Node version).
 * A part whose pages did not change is written from its entry instead of
 * indexed again: the same files Pagefind wrote for it (the index is a pure
 * function of the pages: tests/site/page-reuse.dist.test.ts compares a
 * reusing build with a cold one byte for byte). Entries are files of
 * datasets/disk-cache.ts in node_modules/.cache/gz-reform/search/ (a damaged
 * one is indexed again); SEARCH_CACHE_DIR puts them elsewhere, SEARCH_CACHE=off
 * indexes every part.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeHash, entryPath, filesUnder, pruneCache, readEntry, writeEntry } from './datasets/disk-cache.ts';
import { cacheKey } from './datasets/hash.ts';

/** Raise to drop every entry written before a change the code version cannot see. */
const CACHE_VERSION = 1;
const ROOT = join(import.meta.dirname, '..');
const CODE = ['scripts/search-index.ts', 'scripts/search-html.ts', 'scripts/search-cache.ts', 'scripts/search-weight.ts', 'package-lock.json'];

export interface SearchCache {
  codeVersion: string;
  dir: string;
}

/** The cache a build uses, or undefined when SEARCH_CACHE=off; entries unused for 30 days are deleted first. */
export function openSearchCache(): SearchCache | undefined {
  if (process.env.SEARCH_CACHE === 'off') return undefined;
  const dir = process.env.SEARCH_CACHE_DIR || join(ROOT, 'node_modules', '.cache', 'gz-reform', 'search');
  if (existsSync(dir)) pruneCache(dir);
  return { dir, codeVersion: codeHash(ROOT, CODE, `${CACHE_VERSION} ${process.version}`) };
}

/** The key of part `n` (1 is the primary bundle) holding `pages`, each with the hash of its bytes (search-weight.ts reads them). */
export function partKey(cache: SearchCache, n: number, pages: readonly (readonly [path: string, hash: string])[]): string {
  return cacheKey('search-part', cache.codeVersion, n === 1 ? 'primary' : 'merged', pages.map(([p, hash]) => `${p}\0${hash}`).join('\n'));
}

/** Write the part kept under `key` into `dir`; false when there is none (or it is damaged). */
export function restorePart(cache: SearchCache, key: string, dir: string): boolean {
  const entry = readEntry(entryPath(cache.dir, 'search', key));
  if (typeof entry === 'string') return false;
  let files: [string, Uint8Array][];
  try {
    files = deserialize(entry) as [string, Uint8Array][];
  } catch {
    return false;
  }
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return true;
}

/** Keep the files Pagefind wrote for a part (those under `dir`, not the merged parts' folders inside the primary's). */
export function storePart(cache: SearchCache, key: string, dir: string, skip: (relativePath: string) => boolean): void {
  const files = filesUnder(dir)
    .map((f) => relative(dir, f))
    .filter((f) => !skip(f))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f))] as const);
  writeEntry(entryPath(cache.dir, 'search', key), serialize(files));
}
