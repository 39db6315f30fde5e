/**
 * The output edge of the pipeline: datasets as JSON and CSV, written
 * deterministically (fixed key order from the records, sorted arrays, no
 * timestamps), and only rewritten when their bytes change.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvFormat } from 'd3';

export async function writeIfChanged(path: string, content: string): Promise<boolean> {
  const old = await readFile(path, 'utf8').catch(() => null);
  if (old === content) return false;
  await writeFile(path, content);
  return true;
}

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
 * Write every file (path relative to outDir). In each folder named in
 * `prune`, files that are no longer produced are deleted, so a case that
 * disappears from the reports disappears from the site.
 */
export async function writeDatasets(outDir: string, files: Record<string, string>, prune: readonly string[] = []): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const changed: string[] = [];
  for (const folder of prune) {
    const existing = await readdir(join(outDir, folder)).catch(() => [] as string[]);
    for (const name of existing) {
      const rel = `${folder}/${name}`;
      if (!(rel in files)) {
        await rm(join(outDir, rel));
        changed.push(rel);
      }
    }
  }
  for (const [name, content] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = join(outDir, name);
    await mkdir(join(path, '..'), { recursive: true });
    if (await writeIfChanged(path, content)) changed.push(name);
  }
  return changed;
}
