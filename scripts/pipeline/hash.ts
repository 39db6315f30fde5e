/**
 * The pipeline's one content hash: SHA-256 as lowercase hex. Report checksums,
 * case ids (a prefix of it) and the data package version all use it, so the
 * same bytes always give the same id everywhere.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
