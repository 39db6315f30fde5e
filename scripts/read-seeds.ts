/**
 * The input edge of the pipeline: a seeds folder read into PipelineInput —
 * every report file (sorted), plus manifest.json and corrections.json when
 * present. README files and hidden files are skipped. Used by the CLI, the
 * benchmarks and the tests, so all three read a folder the same way.
 *
 * Only regular files inside the folder are read. A symlink (it could publish
 * any file on the machine, e.g. /etc/passwd), a folder, a device, a FIFO or a
 * socket is refused with an error, as is a file over MAX_REPORT_BYTES; the
 * other files are still processed.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { InputError, parseJson } from './datasets/errors.ts';
import type { PipelineInput } from './pipeline/index.ts';

/** What a seeds folder gives the pipeline: the reports, the manifest, the corrections (content/ gives the rest). */
export type SeedInput = Pick<PipelineInput, 'files' | 'manifest' | 'corrections'>;

const METADATA_FILES = new Set(['manifest.json', 'corrections.json']);
const IGNORED = /^(\.|README)/i;

/**
 * The largest report accepted: 5 MiB. The longest real report is under 30 KB and a very
 * long government report is a few hundred KB, so 5 MiB (about 1.7 million Chinese
 * characters) leaves room for any real one while bounding a build: a 30 MB file took
 * 2.5 minutes and 1.8 GB of memory and wrote 487 MB of pages.
 */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

function kind(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The bytes of a regular file, never following a symlink: opened with O_NOFOLLOW (and
 * O_NONBLOCK, so a FIFO cannot hang the build) and checked on the open descriptor, so a
 * file swapped for a link after the listing is refused too.
 */
export function readRegularFile(path: string, maxBytes = MAX_REPORT_BYTES): Uint8Array {
  const refuse = (problem: string, expected: string) => new InputError({ file: path, problem, expected });
  const regular = 'a regular file inside the seeds folder (copy the report in; links, folders and devices are refused)';
  const linkStats = lstatSync(path);
  if (!linkStats.isFile()) throw refuse(`Not read: it is ${kind(linkStats)}.`, regular);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw refuse(code === 'ELOOP' ? 'Not read: it became a symbolic link.' : `Cannot be read (${code ?? (error as Error).message}).`, regular);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw refuse(`Not read: it is ${kind(stats)}.`, regular);
    if (stats.size > maxBytes) {
      throw refuse(`Too large: ${(stats.size / 1048576).toFixed(1)} MiB; the limit is ${maxBytes / 1048576} MiB per report.`, 'a single report as plain text under the limit (split a collection into one file per report)');
    }
    return new Uint8Array(readFileSync(fd));
  } finally {
    closeSync(fd);
  }
}

function readJson(path: string): { path: string; data: unknown } {
  return { path, data: parseJson(path, new TextDecoder().decode(readRegularFile(path)), 'a JSON array') };
}

/**
 * Throws an InputError when the folder cannot be read. A bad manifest or corrections file comes back in
 * `errors` (it makes every dataset wrong); a refused report file in `refused` (the other reports are read).
 */
export function readSeeds(dir: string): { input: SeedInput; errors: InputError[]; refused: InputError[] } {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new InputError({ file: dir, problem: 'Cannot read the seeds folder.', expected: 'a folder of report files (--seeds <dir>).' });
  }
  const input: SeedInput = { files: [] };
  const errors: InputError[] = [];
  const refused: InputError[] = [];
  for (const name of names) {
    if (IGNORED.test(name)) continue;
    const path = join(dir, name);
    try {
      if (!METADATA_FILES.has(name)) input.files.push({ name, bytes: readRegularFile(path) });
      else if (name === 'manifest.json') input.manifest = readJson(path);
      else input.corrections = readJson(path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      (METADATA_FILES.has(name) ? errors : refused).push(error);
    }
  }
  return { input, errors, refused };
}
