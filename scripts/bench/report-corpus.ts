/**
 * The I/O edge of the corpus score: reads tests/fixtures/reports (reports, their expected
 * files and the README with their provenance), runs the pipeline over the reports as an
 * editor would drop them in (no manifest entry), and scores each one. Used by the
 * `npm run score` CLI and by tests/pipeline/corpus.test.ts, so both score the same way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../pipeline/index.ts';
import type { TableFiles } from '../pipeline/tables.ts';
import { InputError } from '../datasets/errors.ts';
import { type ExpectedDocument, parseExpected } from './corpus-expected.ts';
import { type DocumentScore, type FoundDocument, scoreDocument } from './score-corpus.ts';

export const REPORTS_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'reports');
export const FLOOR_FILE = 'floor.json';
/** A report's name: its number (two or three digits, so the corpus can pass 99) and a slug. */
const REPORT = /^\d{2,3}-[a-z0-9-]+\.txt$/;
/** The report's number, so 100- sorts after 99- (a plain string sort puts it between 10- and 11-). */
const number = (name: string) => {
  const n = Number(name.slice(0, name.indexOf('-')));
  return Number.isNaN(n) ? Infinity : n;
};

export interface Fixture {
  /** The report's file name (NN-slug.txt). */
  file: string;
  bytes: Uint8Array;
  /** The report read as UTF-8, as the expected file's substrings refer to it. */
  text: string;
  expected: ExpectedDocument;
}

export interface Corpus {
  dir: string;
  fixtures: Fixture[];
  readme: string;
  /** Files that could not be read as fixtures (missing or malformed expected file, stray files). */
  problems: string[];
}

export function loadCorpus(dir: string = REPORTS_DIR): Corpus {
  const names = readdirSync(dir).sort((a, b) => number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0));
  const problems: string[] = [];
  const fixtures: Fixture[] = [];
  for (const name of names) {
    if (name === 'README.md' || name === FLOOR_FILE) continue;
    if (name.endsWith('.expected.json')) {
      if (!names.includes(name.replace(/\.expected\.json$/, '.txt'))) problems.push(`${name}: no report ${name.replace(/\.expected\.json$/, '.txt')} next to it`);
      continue;
    }
    if (!REPORT.test(name)) { problems.push(`${name}: not a report name (NN-slug.txt) nor an expected file`); continue; }
    const expectedName = name.replace(/\.txt$/, '.expected.json');
    if (!names.includes(expectedName)) { problems.push(`${name}: no ${expectedName}`); continue; }
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    try {
      const expected = parseExpected(expectedName, JSON.parse(readFileSync(join(dir, expectedName), 'utf8')));
      fixtures.push({ file: name, bytes, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), expected });
    } catch (error) {
      if (error instanceof InputError) problems.push(error.message);
      else problems.push(`${name} or ${expectedName}: ${(error as Error).message}`);
    }
  }
  const readme = names.includes('README.md') ? readFileSync(join(dir, 'README.md'), 'utf8') : '';
  return { dir, fixtures, readme, problems };
}

/** Runs the pipeline once over every report of the corpus, with the editors' tables, and scores each against its expected file. */
export function scoreCorpus(corpus: Corpus, tables: TableFiles): DocumentScore[] {
  const result = runPipeline({ files: corpus.fixtures.map((f) => ({ name: f.file, bytes: f.bytes })), tables });
  return corpus.fixtures.map((fixture) => {
    const doc = result.documents.find((d) => d.file === fixture.file);
    const report = result.report.documents.find((d) => d.file === fixture.file);
    const found: FoundDocument = doc
      ? {
          original: doc.original,
          metadata: { title: doc.title, publisher: doc.publisher, date: doc.published },
          figures: result.figures.filter((f) => f.document === fixture.file),
          cases: result.cases.filter((c) => c.document === fixture.file),
          warnings: report?.warnings ?? [],
        }
      : { original: fixture.text, metadata: { title: null, publisher: null, date: null }, figures: [], cases: [], warnings: [] };
    return scoreDocument(fixture.file, fixture.expected, found);
  });
}

/** Report files that have no row with a URL in the README's provenance table. */
export function missingProvenance(corpus: Corpus): string[] {
  const rows = corpus.readme.split('\n').filter((line) => line.trimStart().startsWith('|'));
  return corpus.fixtures
    .map((f) => f.file)
    .filter((file) => !rows.some((row) => row.includes(file) && /https?:\/\/\S+/.test(row)));
}
