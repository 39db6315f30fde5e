/**
 * The input edge for what editors write in content/: the tables
 * (taxonomy.json, owners.json, zones.json), the case write-ups
 * (content/cases/*.md), the corrections log (content/corrections/*.md) and the
 * reviews, read as text with the path shown in errors. The pipeline validates
 * and applies them (pipeline/tables.ts, pipeline/writeups.ts,
 * pipeline/apply-writeups.ts, pipeline/corrections-log.ts); the site never
 * reads them itself.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './datasets/errors.ts';
import type { PipelineInput } from './pipeline/index.ts';
import { TABLE_FILES, type TableFiles, type TableName } from './pipeline/table-files.ts';

/** README files and hidden files are notes for editors, not write-ups or corrections. */
const IGNORED = /^(\.|README)/i;

/** The files of one content folder with the given ending, as { file, source }; a missing folder has none. */
function readFolder(folder: string, what: string, ending: RegExp = /\.md$/): { file: string; source: string }[] {
  if (!existsSync(folder)) return [];
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    throw new InputError({ file: folder, problem: `Cannot read the ${what} folder.`, expected: `a folder of markdown files (${folder}/).` });
  }
  return (
    names
      .filter((name) => ending.test(name) && !IGNORED.test(name))
      // The path as given (content/cases/x.md by default): errors name it, and the datasets publish it.
      .map((name) => ({ file: join(folder, name), source: readFileSync(join(folder, name), 'utf8') }))
  );
}

/** The editors' tables as text; throws one InputError naming every table the folder lacks. */
export function readTables(dir: string): TableFiles {
  const names = Object.keys(TABLE_FILES) as TableName[];
  const missing = names.filter((name) => !existsSync(join(dir, TABLE_FILES[name])));
  if (missing.length) {
    throw new InputError({
      file: dir,
      problem: `The content folder has no ${missing.map((name) => TABLE_FILES[name]).join(', ')}.`,
      expected: 'the tables the pipeline decides with: taxonomy.json (policy domains), owners.json (owner names), zones.json (zone aliases), former-divisions.json (abolished and renamed districts) and site.json (the home city), as in content/ (README, "For editors").',
    });
  }
  return Object.fromEntries(names.map((name) => [name, { file: join(dir, TABLE_FILES[name]), source: readFileSync(join(dir, TABLE_FILES[name]), 'utf8') }])) as TableFiles;
}

/** Throws an InputError when the content folder or one of its tables is missing, or one of its folders cannot be read. */
export function readContent(dir: string): Required<Pick<PipelineInput, 'tables' | 'writeups' | 'dataCorrections' | 'reviews'>> {
  if (!existsSync(dir)) throw new InputError({ file: dir, problem: 'The content folder does not exist.', expected: 'a folder holding the tables and cases/ (--content <dir>, default content/).' });
  return {
    tables: readTables(dir),
    writeups: readFolder(join(dir, 'cases'), 'write-ups'),
    dataCorrections: readFolder(join(dir, 'corrections'), 'corrections'),
    reviews: readFolder(join(dir, 'reviews'), 'reviews', /\.ya?ml$/),
  };
}
