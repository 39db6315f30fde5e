/**
 * The project's one content hash: SHA-256 as lowercase hex. Report checksums,
 * case ids (a prefix of it), the data package version and the cache keys of
 * the site's render cache and the pipeline's report cache all use it, so the
 * same bytes always give the same id everywhere. It lives beside the dataset
 * schemas because both the pipeline and the site use it.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The same hash of the parts' concatenation, without building it (the datasets' version hashes every file: hundreds of MB at 1,000 reports). */
export function sha256HexOfParts(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** A key from parts: each part is length-prefixed, so ['ab', 'c'] and ['a', 'bc'] differ. */
export function cacheKey(...parts: (string | Uint8Array)[]): string {
  return sha256Hex(parts.map((p) => `${p.length}:${typeof p === 'string' ? p : Buffer.from(p).toString('base64')}`).join('\n'));
}
