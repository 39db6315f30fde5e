/**
 * Editors' errata (`seeds/corrections.json`): each entry replaces a passage of
 * one report's original text before normalization. Every application is
 * reported. An entry must name a report in the folder and its `original` must
 * occur exactly once in that report: an entry that matches nothing, or several
 * places (e.g. "广州" would rewrite every occurrence), is an error and is not
 * applied.
 */
import { InputError, lineColumn } from '../datasets/errors.ts';
import type { Edit } from './offsets.ts';

import type { AppliedCorrection, Correction } from '../datasets/schema.ts';

export type { AppliedCorrection, Correction } from '../datasets/schema.ts';

const FIELDS = ['file', 'original', 'corrected', 'reason'] as const;

/** Validate the parsed corrections file; every bad entry is reported, good ones are kept. */
export function parseCorrections(
  path: string,
  data: unknown,
): { corrections: Correction[]; problems: InputError[] } {
  if (!Array.isArray(data)) {
    return {
      corrections: [],
      problems: [new InputError({ file: path, problem: 'The corrections file is not a JSON array.', expected: `[{ ${FIELDS.join(', ')} }]` })],
    };
  }
  const corrections: Correction[] = [];
  const problems: InputError[] = [];
  data.forEach((entry, i) => {
    const bad = FIELDS.filter((f) => typeof (entry as Record<string, unknown>)?.[f] !== 'string' || (entry as Record<string, string>)[f] === '');
    if (bad.length) {
      problems.push(new InputError({ file: path, field: `[${i}].${bad[0]}`, problem: `Entry ${i} lacks a non-empty string for ${bad.join(', ')}.`, expected: `every entry has ${FIELDS.join(', ')} as strings` }));
    } else {
      corrections.push(entry as Correction);
    }
  });
  return { corrections, problems };
}

const WHERE = 'seeds/corrections.json';

/** Entries that name a file not in the seeds folder. */
export function unknownFiles(corrections: readonly Correction[], files: readonly string[]): InputError[] {
  return corrections
    .filter((c) => !files.includes(c.file))
    .map((c) => new InputError({ file: WHERE, field: 'file', problem: `A correction names "${c.file}", which is not a report in the seeds folder ("${c.original.slice(0, 30)}").`, expected: `one of: ${files.join(', ')}` }));
}

/** Turn the corrections for one file into edits of its original text; entries that match zero or several times are problems. */
export function correctionEdits(
  file: string,
  original: string,
  corrections: readonly Correction[],
): { edits: Edit[]; applied: AppliedCorrection[]; problems: InputError[] } {
  const edits: Edit[] = [];
  const applied: AppliedCorrection[] = [];
  const problems: InputError[] = [];
  for (const c of corrections.filter((c) => c.file === file)) {
    const matches: number[] = [];
    for (let at = original.indexOf(c.original); at !== -1; at = original.indexOf(c.original, at + 1)) matches.push(at);
    if (matches.length !== 1) {
      const lines = matches.slice(0, 20).map((at) => { const p = lineColumn(original, at); return `${p.line}:${p.column}`; });
      problems.push(new InputError({
        file: WHERE,
        field: 'original',
        problem: matches.length === 0
          ? `The correction for ${file} was not applied: "${c.original}" does not occur in the report.`
          : `The correction for ${file} was not applied: "${c.original}" occurs ${matches.length} times (line:column ${lines.join(', ')}${matches.length > 20 ? ', …' : ''}).`,
        expected: 'text copied exactly from the report as published, long enough to occur exactly once',
      }));
      continue;
    }
    const at = matches[0]!;
    if (edits.some((e) => at < e.end && e.start < at + c.original.length)) {
      problems.push(new InputError({ file: WHERE, field: 'original', problem: `The correction for ${file} "${c.original}" overlaps another correction and was not applied.`, expected: 'one correction per passage' }));
      continue;
    }
    edits.push({ start: at, end: at + c.original.length, insert: c.corrected });
    applied.push({ ...c, offset: at, ...lineColumn(original, at) });
  }
  return { edits, applied, problems };
}
