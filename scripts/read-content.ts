/**
 * The input edge for what editors write in content/: the case write-ups
 * (content/cases/*.md), read as text with the path shown in errors. The
 * pipeline validates and applies them (pipeline/writeups.ts,
 * pipeline/apply-writeups.ts); the site never reads them itself.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './pipeline/errors.ts';
import type { PipelineInput } from './pipeline/index.ts';

/** README files and hidden files in content/cases are notes for editors, not write-ups. */
const IGNORED = /^(\.|README)/i;

/** Throws an InputError when the content folder is missing or its cases folder cannot be read (a folder without cases/ has no write-ups). */
export function readContent(dir: string): Required<Pick<PipelineInput, 'writeups'>> {
  if (!existsSync(dir)) throw new InputError({ file: dir, problem: 'The content folder does not exist.', expected: 'a folder holding cases/ (--content <dir>, default content/).' });
  const casesDir = join(dir, 'cases');
  if (!existsSync(casesDir)) return { writeups: [] };
  let names: string[];
  try {
    names = readdirSync(casesDir).sort();
  } catch {
    throw new InputError({ file: casesDir, problem: 'Cannot read the write-ups folder.', expected: 'a folder of markdown files (content/cases/).' });
  }
  const writeups = names
    .filter((name) => name.endsWith('.md') && !IGNORED.test(name))
    // The path as given (content/cases/x.md by default): errors name it, and cases.json publishes it.
    .map((name) => ({ file: join(casesDir, name), source: readFileSync(join(casesDir, name), 'utf8') }));
  return { writeups };
}
