/**
 * CLI: `npm run score` prints, per report of tests/fixtures/reports, how well the pipeline
 * finds its cases and figures (recall, precision, unit and qualifier accuracy, notFigures
 * violations, metadata). `--details` adds every miss; `--update-floor` rewrites floor.json
 * (the ratchet the corpus test enforces) from this run; `--dir` scores another corpus folder.
 * Exits 1 when a fixture is malformed or a score is below the floor.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FLOOR_FILE, REPORTS_DIR, loadCorpus, scoreCorpus } from './report-corpus.ts';
import { readTables } from '../read-content.ts';
import { type Floor, belowFloor, floorFrom, formatTable } from './score-floor.ts';

export function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { dir: { type: 'string', default: REPORTS_DIR }, content: { type: 'string', default: 'content' }, details: { type: 'boolean', default: false }, 'update-floor': { type: 'boolean', default: false } },
  });
  const corpus = loadCorpus(values.dir);
  for (const p of corpus.problems) process.stderr.write(`error: ${p}\n`);
  const scores = scoreCorpus(corpus, readTables(values.content!));
  process.stdout.write(`${formatTable(scores)}\n`);
  if (values.details) {
    for (const s of scores) {
      if (!s.details.length) continue;
      process.stdout.write(`\n${s.document}\n${s.details.map((d) => `  ${d}`).join('\n')}\n`);
    }
  }
  const floorPath = join(values.dir, FLOOR_FILE);
  let floor: Floor | null = null;
  try {
    floor = JSON.parse(readFileSync(floorPath, 'utf8')) as Floor;
  } catch {
    process.stdout.write(`\nNo readable ${FLOOR_FILE} yet.\n`);
  }
  if (values['update-floor']) {
    const lowered = floor ? belowFloor(scores, floor) : [];
    writeFileSync(floorPath, `${JSON.stringify(floorFrom(scores), null, 2)}\n`);
    process.stdout.write(`\nWrote ${floorPath}.\n`);
    if (lowered.length) process.stdout.write(`Below the old floor (now lowered; say why in the commit):\n${lowered.map((l) => `  ${l}`).join('\n')}\n`);
    return corpus.problems.length ? 1 : 0;
  }
  const below = floor ? belowFloor(scores, floor) : [];
  if (floor) process.stdout.write(below.length ? `\nBelow the floor:\n${below.map((b) => `  ${b}`).join('\n')}\n` : '\nAt or above the floor.\n');
  return corpus.problems.length || below.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main(process.argv.slice(2));
}
