/**
 * The output edge of the pipeline: datasets as JSON and CSV, written
 * deterministically (fixed key order from the records, sorted arrays, no
 * timestamps) and as one set (writeDatasets: all the new files or all the
 * previous ones, never a mix).
 */
import { readFileSync } from 'node:fs';
import { lstat, mkdir, readFile, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { csvFormat } from 'd3';
import { InputError } from './datasets/errors.ts';
import { sha256HexOfParts } from './datasets/hash.ts';
import type { PreviousBuild } from './pipeline/removed.ts';

export function toJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** CSV of flat rows; arrays are joined with `|`, objects serialized as JSON, null as empty. */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const flat = rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => {
        const v = row[c];
        if (v === null || v === undefined) return [c, ''];
        if (Array.isArray(v)) return [c, v.join('|')];
        if (typeof v === 'object') return [c, JSON.stringify(v)];
        return [c, String(v)];
      }),
    ),
  );
  return `${csvFormat(flat, [...columns])}\n`;
}

/**
 * What a datasets folder of earlier versions (before the link) also held:
 * the generated case markdown, cases/<id>.md. Accepted only beside the
 * datasets themselves, so that a folder of write-ups is never taken for it.
 */
const LEGACY_ENTRIES = new Set(['cases']);

/** Where a folder's datasets live: `build/data` is a link to `build/.data-<hash of the contents>`. */
const versionPrefix = (out: string) => `.${basename(out)}-`;

/** Hex digits of a version's name (the start of the content hash). */
const HASH_LENGTH = 16;

/**
 * Whether `name` is one of the sibling entries writeDatasets makes for `out`:
 * a version (.<name>-<hash>) or what an interrupted run left (staging, link,
 * old, with its process id). Matched whole, not by prefix: `.data-` is also
 * the start of `.data-10x-<hash>`, the version of the folder `data-10x` beside it.
 */
function isVersionOf(out: string, name: string, { hashOnly = false } = {}): boolean {
  const prefix = versionPrefix(out);
  if (!name.startsWith(prefix)) return false;
  const rest = name.slice(prefix.length);
  return new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`).test(rest) || (!hashOnly && /^(?:staging|link|old)-\d+$/.test(rest));
}

/** Every name under dir (files, then folders' files as `folder/name`). */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name))).map((n) => `${entry.name}/${n}`));
    else out.push(entry.name);
  }
  return out;
}

function refuse(out: string, problem: string): never {
  throw new InputError({ file: out, problem, expected: 'a new or empty folder, or one written by `npm run extract` (--out <dir>); the pipeline never deletes files it did not write.' });
}

/** The folder the datasets are read from now (following the link), or null; refuses a folder that is not the pipeline's. */
async function currentVersion(out: string, files: Record<string, string>): Promise<{ dir: string; link: boolean } | null> {
  const stat = await lstat(out).catch(() => null);
  if (!stat) return null;
  if (stat.isSymbolicLink()) {
    const target = await readlink(out);
    if (dirname(target) !== '.' || !isVersionOf(out, target, { hashOnly: true })) refuse(out, `It is a link to ${target}, which the pipeline did not create.`);
    return { dir: join(dirname(out), target), link: true };
  }
  if (!stat.isDirectory()) refuse(out, 'It is a file, not a folder.');
  const entries = await readdir(out);
  const legacy = entries.includes('documents.json') && entries.includes('cases.json');
  const folders = new Set(Object.keys(files).filter((f) => f.includes('/')).map((f) => f.slice(0, f.indexOf('/'))));
  const foreign = entries.filter((name) => !(name in files) && !folders.has(name) && !(legacy && LEGACY_ENTRIES.has(name)));
  if (foreign.length) refuse(out, `The folder holds files the pipeline did not write: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}.`);
  return { dir: out, link: false };
}

/**
 * Write the datasets as one set, atomically: the files go into a new sibling
 * folder named by the hash of their contents, then the output path (a
 * symbolic link) is switched to it with one rename. A run that is killed or
 * fails at any point leaves the output path on the previous complete set or
 * on the new one, never a mix. Returns the names whose bytes changed; when
 * nothing changed, nothing is touched (so file watchers stay quiet).
 */
export async function writeDatasets(outDir: string, files: Record<string, string>): Promise<string[]> {
  const out = resolve(outDir);
  const parent = dirname(out);
  const prefix = versionPrefix(out);
  await mkdir(parent, { recursive: true });
  const current = await currentVersion(out, files);
  const names = Object.keys(files).sort();
  // The set's version: the one content hash over every name and its bytes (the same input as the names were fed one by one before).
  const target = `${prefix}${sha256HexOfParts(names.flatMap((name) => [name, '\0', files[name]!, '\0'])).slice(0, HASH_LENGTH)}`;

  // One previous file in memory at a time: the datasets are the largest thing the pipeline holds, and a second copy of all of them doubled it.
  const changed: string[] = [];
  const previous = current ? await listFiles(current.dir) : [];
  for (const name of previous) if (!(name in files) || (await readFile(join(current!.dir, name), 'utf8')) !== files[name]) changed.push(name);
  for (const name of names) if (!previous.includes(name)) changed.push(name);
  changed.sort();
  if (current?.link && current.dir === join(parent, target)) return changed;

  const staging = join(parent, `${prefix}staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  for (const name of names) {
    await mkdir(dirname(join(staging, name)), { recursive: true });
    await writeFile(join(staging, name), files[name]!);
  }
  await rm(join(parent, target), { recursive: true, force: true });
  await rename(staging, join(parent, target));

  const link = join(parent, `${prefix}link-${process.pid}`);
  await rm(link, { force: true });
  await symlink(target, link);
  if (current && !current.link) {
    // Once, for a folder written before datasets were versioned: moved aside, then replaced by the link.
    const old = join(parent, `${prefix}old-${process.pid}`);
    await rename(out, old);
    await rename(link, out);
    await rm(old, { recursive: true, force: true });
  } else {
    await rename(link, out);
  }
  // Earlier versions and what interrupted runs left behind; all named by this function.
  for (const name of await readdir(parent)) {
    if (isVersionOf(out, name) && name !== target) await rm(join(parent, name), { recursive: true, force: true });
  }
  return changed;
}

/** The datasets of the last run in `outDir`, if there are readable ones (to name the reports a new run drops). */
export function previousBuild(outDir: string): PreviousBuild | null {
  try {
    const read = (name: string) => JSON.parse(readFileSync(join(outDir, name), 'utf8'));
    return { documents: read('documents.json'), cases: read('cases.json') };
  } catch {
    return null;
  }
}
