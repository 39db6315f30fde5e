/**
 * The render cache: chart SVGs and PNGs (share images, chart downloads) are
 * the slow part of a build, and most of them are the same from one build to
 * the next. Each output is stored under a key that hashes everything that
 * decides its bytes: what it draws (the caller's parts), the code version
 * (every source file the drawing runs through and the lockfile, so a new
 * Plot, resvg or font package misses too) and CACHE_VERSION.
 *
 * Two layers: an in-process memo (one drawing serves the story, the embed
 * page, the oEmbed height and the share image of one build) and files under
 * node_modules/.cache/gz-reform/render/ (git-ignored; delete the folder to
 * start cold), written and checked by scripts/datasets/disk-cache.ts: a
 * damaged entry is noticed, ignored and rewritten.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey } from '../../scripts/datasets/hash.ts';
import { codeHash, entryPath, pruneCache, readEntry, writeEntry } from '../../scripts/datasets/disk-cache.ts';

export { cacheKey, pruneCache };

/** Raise to drop every entry written before a change the code version cannot see (say, a new entry format). */
export const CACHE_VERSION = 1;

/** What the code version hashes, relative to the project root: the renderers, what they import, and the dependency versions. */
const CODE = ['src/charts', 'src/lib', 'scripts/datasets', 'package-lock.json'];

/** Where entries live (RENDER_CACHE_DIR overrides; RENDER_CACHE=off turns the disk layer off, for cold-build measurements). */
export function defaultCacheDir(root = process.cwd()): string | undefined {
  if (process.env.RENDER_CACHE === 'off') return undefined;
  return process.env.RENDER_CACHE_DIR || join(root, 'node_modules', '.cache', 'gz-reform', 'render');
}

/** Hash of the code that turns inputs into bytes: a change to any of it makes every key new. */
export function codeVersion(root = process.cwd()): string {
  return codeHash(root, CODE, CACHE_VERSION);
}

export interface CacheStats {
  /** Outputs drawn (no entry yet). */
  drawn: number;
  /** Outputs read from disk. */
  read: number;
  /** Outputs served from this process's memo. */
  reused: number;
  /** Entries found damaged and ignored. */
  damaged: number;
}

export class RenderCache {
  readonly stats: Record<string, CacheStats> = {};
  private readonly memo = new Map<string, Buffer>();
  private readonly version: string;
  readonly dir: string | undefined;

  /** `dir` undefined: memo only; so too when `root` is not the project (the code version could not see a change to the code). */
  constructor(dir: string | undefined, root = process.cwd()) {
    this.dir = dir && existsSync(join(root, 'src', 'charts')) ? dir : undefined;
    this.version = this.dir ? codeVersion(root) : '';
  }

  private count(kind: string, what: keyof CacheStats): void {
    (this.stats[kind] ??= { drawn: 0, read: 0, reused: 0, damaged: 0 })[what]++;
  }

  /** The stored bytes of an entry, or undefined when it is missing, unreadable or damaged. */
  private read(kind: string, key: string): Buffer | undefined {
    const entry = readEntry(entryPath(this.dir!, kind, key));
    if (entry === 'damaged') this.count(kind, 'damaged');
    return typeof entry === 'string' ? undefined : entry;
  }

  private lookup(kind: string, key: string, remember: boolean): Buffer | undefined {
    const memo = this.memo.get(key);
    if (memo) {
      this.count(kind, 'reused');
      return memo;
    }
    const stored = this.dir ? this.read(kind, key) : undefined;
    if (stored) {
      this.count(kind, 'read');
      if (remember) this.memo.set(key, stored);
    }
    return stored;
  }

  private store(kind: string, key: string, body: Buffer, remember: boolean): Buffer {
    this.count(kind, 'drawn');
    if (remember) this.memo.set(key, body);
    if (this.dir) writeEntry(entryPath(this.dir, kind, key), body);
    return body;
  }

  /** The text under `parts`, drawn by `draw` when no entry has it; kept in memory for the rest of the build (several pages use one drawing). */
  text(kind: string, parts: string[], draw: () => string): string {
    const key = cacheKey(kind, this.version, ...parts);
    return (this.lookup(kind, key, true) ?? this.store(kind, key, Buffer.from(draw(), 'utf8'), true)).toString('utf8');
  }

  /** The bytes under `parts`, drawn by `draw` when no entry has them (not kept in memory: each image is one file of the site). */
  async bytes(kind: string, parts: (string | Uint8Array)[], draw: () => Promise<Uint8Array>): Promise<Buffer> {
    const key = cacheKey(kind, this.version, ...parts);
    return this.lookup(kind, key, false) ?? this.store(kind, key, Buffer.from(await draw()), false);
  }
}

/**
 * Astro bundles the pages apart from the config and its integrations, so the
 * one cache of the process is kept on globalThis, where the build-done hook
 * (src/integrations/render-cache.ts) finds the same instance the pages used.
 */
const SHARED = Symbol.for('gz-reform.render-cache');

/** What `astro dev` uses: no cache at all, since its modules reload on every edit while the code version and the memo would not. */
class NoCache extends RenderCache {
  constructor() {
    super(undefined);
  }
  override text(_kind: string, _parts: string[], draw: () => string): string {
    return draw();
  }
  override async bytes(_kind: string, _parts: (string | Uint8Array)[], draw: () => Promise<Uint8Array>): Promise<Buffer> {
    return Buffer.from(await draw());
  }
}

/** The build's cache (created on first use, in the default folder); none in the dev server. */
export function renderCache(): RenderCache {
  if (import.meta.env?.DEV && import.meta.env.MODE === 'development') return new NoCache();
  const holder = globalThis as { [SHARED]?: RenderCache };
  holder[SHARED] ??= new RenderCache(defaultCacheDir());
  return holder[SHARED];
}

/** One line per kind: "svg: 12 drawn, 40 read, 250 reused". */
export function describeStats(stats: Record<string, CacheStats>): string[] {
  return Object.entries(stats)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, s]) => `${kind}: ${s.drawn} drawn, ${s.read} read from the cache, ${s.reused} reused in this build${s.damaged ? `, ${s.damaged} damaged entries ignored` : ''}`);
}
