/**
 * Entries on disk for the two build caches: the site's render cache
 * (src/lib/render-cache.ts: chart drawings and images) and the pipeline's
 * report cache (scripts/report-cache.ts: each report's extraction). Both live
 * under node_modules/.cache/gz-reform/ (git-ignored; deleting it is always
 * safe). An entry is written to a temporary name and renamed, so a reader
 * never sees half a file; it starts with the SHA-256 of its body, so a damaged
 * entry is noticed and ignored. Never a wrong byte: a cache that cannot be
 * read or written only makes the build slower.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sha256Hex } from './hash.ts';

/** Every file under a path (the path itself when it is a file; none when it does not exist). */
export function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => filesUnder(join(path, e.name)));
}

/**
 * Hash of the code that turns inputs into bytes: the files under `paths`
 * (relative to `root`), their names and contents, and `version` (raised by
 * hand for a change no file shows). A change to any of them makes every key new.
 */
export function codeHash(root: string, paths: readonly string[], version: string | number): string {
  const files = paths.flatMap((p) => filesUnder(join(root, p))).map((f) => relative(root, f)).sort();
  return sha256Hex(`${version}\n${files.map((f) => `${f}\n${sha256Hex(readFileSync(join(root, f)))}`).join('\n')}`);
}

/** The path of an entry: <dir>/<kind>/<first two characters of the key>/<key>. */
export function entryPath(dir: string, kind: string, key: string): string {
  return join(dir, kind, key.slice(0, 2), key);
}

/** The body of an entry; 'missing' when there is none or it cannot be read, 'damaged' when its checksum fails. */
export function readEntry(file: string): Buffer | 'missing' | 'damaged' {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch {
    return 'missing';
  }
  const body = raw.subarray(65);
  if (raw.length < 65 || raw[64] !== 0x0a || raw.toString('latin1', 0, 64) !== sha256Hex(body)) return 'damaged';
  try {
    const now = new Date();
    utimesSync(file, now, now); // in use: pruneCache keeps it
  } catch {
    // A read-only cache still serves.
  }
  return Buffer.from(body);
}

/** Store an entry atomically; a full disk or a read-only folder leaves no entry and no error. */
export function writeEntry(file: string, body: Uint8Array): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    // Checksum line, then the body as it is: no second copy of a large entry in memory.
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, `${sha256Hex(body)}\n`, null, 'latin1');
      for (let at = 0; at < body.length; ) at += writeSync(fd, body, at);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
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
