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
 * start cold). An entry is written to a temporary name and renamed, so a
 * reader never sees half a file; it starts with the SHA-256 of its body, so a
 * damaged entry is noticed, ignored and rewritten. Never a wrong byte: a
 * cache that cannot be read or written only makes the build slower.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sha256Hex } from '../../scripts/datasets/hash.ts';

/** Raise to drop every entry written before a change the code version cannot see (say, a new entry format). */
export const CACHE_VERSION = 1;

/** What the code version hashes, relative to the project root: the renderers, what they import, and the dependency versions. */
const CODE = ['src/charts', 'src/lib', 'scripts/datasets', 'package-lock.json'];

/** Where entries live (RENDER_CACHE_DIR overrides; RENDER_CACHE=off turns the disk layer off, for cold-build measurements). */
export function defaultCacheDir(root = process.cwd()): string | undefined {
  if (process.env.RENDER_CACHE === 'off') return undefined;
  return process.env.RENDER_CACHE_DIR || join(root, 'node_modules', '.cache', 'gz-reform', 'render');
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => filesUnder(join(path, e.name)));
}

/** Hash of the code that turns inputs into bytes: a change to any of it makes every key new. */
export function codeVersion(root = process.cwd()): string {
  const files = CODE.flatMap((p) => filesUnder(join(root, p))).map((f) => relative(root, f)).sort();
  return sha256Hex(`${CACHE_VERSION}\n${files.map((f) => `${f}\n${sha256Hex(readFileSync(join(root, f)))}`).join('\n')}`);
}

/** A key from parts: each part is length-prefixed, so ['ab', 'c'] and ['a', 'bc'] differ. */
export function cacheKey(...parts: (string | Uint8Array)[]): string {
  return sha256Hex(parts.map((p) => `${p.length}:${typeof p === 'string' ? p : Buffer.from(p).toString('base64')}`).join('\n'));
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

  private file(kind: string, key: string): string {
    return join(this.dir!, kind, key.slice(0, 2), key);
  }

  /** The stored bytes of an entry, or undefined when it is missing, unreadable or damaged. */
  private read(kind: string, key: string): Buffer | undefined {
    let raw: Buffer;
    try {
      raw = readFileSync(this.file(kind, key));
    } catch {
      return undefined;
    }
    const body = raw.subarray(65);
    if (raw.length < 65 || raw[64] !== 0x0a || raw.toString('latin1', 0, 64) !== sha256Hex(body)) {
      this.count(kind, 'damaged');
      return undefined;
    }
    try {
      const now = new Date();
      utimesSync(this.file(kind, key), now, now); // in use: pruneCache keeps it
    } catch {
      // A read-only cache still serves.
    }
    return Buffer.from(body);
  }

  private write(kind: string, key: string, body: Buffer): void {
    const file = this.file(kind, key);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${sha256Hex(body)}\n`, 'latin1'), body]));
      renameSync(tmp, file);
    } catch {
      rmSync(tmp, { force: true }); // a full disk or a read-only folder: the build goes on uncached
    }
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
    if (this.dir) this.write(kind, key, body);
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

/** Delete entries not used for `days` (every hit touches its entry), so the folder does not grow without end. */
export function pruneCache(dir: string, days = 30, now = Date.now()): number {
  let removed = 0;
  for (const file of filesUnder(dir)) {
    try {
      const age = now - statSync(file).mtimeMs;
      // A .tmp file is an entry being written, or one a killed build left behind.
      if (file.endsWith('.tmp') ? age > 36e5 : age > days * 864e5) {
        rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // Removed by a build running at the same time.
    }
  }
  return removed;
}
