/**
 * The seed corpus as the tests see it: the files in seeds/ with the manifest
 * and corrections, and the editors' write-ups in content/cases/, run through
 * the pipeline once per test process (as `npm run extract` does).
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type PipelineInput, type PipelineResult, runPipeline } from '../../scripts/pipeline/index.ts';
import { readSeeds } from '../../scripts/read-seeds.ts';
import { readContent, readTables } from '../../scripts/read-content.ts';
import { type EditableTables, TABLE_FILES, type TableFiles, parseTables } from '../../scripts/pipeline/tables.ts';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');
/** Relative, as `npm run extract` sees it from the project root: write-up paths are published as content/cases/… */
export const CONTENT_DIR = relative(process.cwd(), join(import.meta.dirname, '..', '..', 'content'));

/** The editors' tables in content/ as read (the pipeline's input). */
export function contentTableFiles(): TableFiles {
  return readTables(CONTENT_DIR);
}

/**
 * A new content folder holding only the editors' tables: for seeds folders the
 * project's write-ups do not cite (they would be errors there).
 */
export function tablesOnlyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  for (const file of Object.values(TABLE_FILES)) copyFileSync(join(CONTENT_DIR, file), join(dir, file));
  return dir;
}

let tables: EditableTables | undefined;

/** The editors' tables in content/, checked, as the stages use them. */
export function contentTables(): EditableTables {
  if (!tables) {
    const parsed = parseTables(contentTableFiles());
    if (!parsed.tables) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
    tables = parsed.tables;
  }
  return tables;
}

/** Report files, manifest and corrections of a seeds folder, as the CLI reads them, with the editors' tables. */
export function readSeedInput(dir: string = SEEDS_DIR): PipelineInput {
  return { ...readSeeds(dir).input, tables: contentTableFiles() };
}

let cached: PipelineResult | undefined;

/** The pipeline's result over the seeds (computed once, shared by the tests of a file). */
export function seedResult(): PipelineResult {
  cached ??= runPipeline({ ...readSeedInput(), ...readContent(CONTENT_DIR) });
  return cached;
}

/** The normalized document of a seed by its file-name prefix (`002`) or id. */
export function seedDocument(key: string) {
  const doc = seedResult().documents.find((d) => d.file.startsWith(key) || d.id === key);
  if (!doc) throw new Error(`no seed document ${key}`);
  return doc;
}
