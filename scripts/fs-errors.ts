/**
 * File-system failures at the edges (writing datasets, swapping dist/) as one
 * line an editor can act on, naming the path: a full disk, a read-only or
 * unwritable folder. Anything else is not an input problem and is rethrown.
 */
const KNOWN: Record<string, string> = {
  ENOSPC: 'the disk is full. Free some space and run again',
  EDQUOT: 'the disk quota is used up. Free some space and run again',
  EROFS: 'the file system is read-only. Build in a writable checkout',
  EACCES: 'permission denied. Make the folder writable for this user',
  EPERM: 'operation not permitted. Make the folder writable for this user',
};

export function fsErrorMessage(error: unknown, fallbackPath: string): string | null {
  const e = error as NodeJS.ErrnoException;
  const why = e && typeof e.code === 'string' ? KNOWN[e.code] : undefined;
  if (!why) return null;
  return `cannot write ${e.path ?? fallbackPath}: ${why} (${e.code}).`;
}
