/**
 * The pipeline on real reports it has never seen (tests/fixtures/reports): every fixture
 * is well formed and has its provenance, every annotation is found in its text, and no
 * score falls below the ratchet floor (floor.json, written by `npm run score -- --update-floor`).
 */
import { contentTableFiles } from '../helpers/seeds.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOOR_FILE, loadCorpus, missingProvenance, scoreCorpus } from '../../scripts/bench/report-corpus.ts';
import { checkAgainstText } from '../../scripts/bench/corpus-expected.ts';
import { type Floor, belowFloor } from '../../scripts/bench/score-floor.ts';

const corpus = loadCorpus();

describe('the report corpus', () => {
  it('has an expected file for every report, and every expected file is valid', () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it('gives every report its provenance (a row with a URL) in the README', () => {
    expect(missingProvenance(corpus)).toEqual([]);
  });

  it.each(corpus.fixtures.map((f) => [f.file, f] as const))('%s: every annotated substring occurs in the text', (_, fixture) => {
    expect(checkAgainstText(fixture.text, fixture.expected)).toEqual([]);
  });
});

describe('the pipeline on the report corpus', () => {
  const scores = scoreCorpus(corpus, contentTableFiles());
  const floor = JSON.parse(readFileSync(join(corpus.dir, FLOOR_FILE), 'utf8')) as Floor;

  it('scores every report', () => {
    expect(scores.map((s) => s.document)).toEqual(corpus.fixtures.map((f) => f.file));
  });

  it('does not fall below the floor (cases, figures, notFigures, metadata, silent no-case documents)', () => {
    expect(belowFloor(scores, floor)).toEqual([]);
  });

  it('has a floor for exactly the reports of the corpus', () => {
    expect(Object.keys(floor.documents).sort()).toEqual(corpus.fixtures.map((f) => f.file).sort());
  });
});
