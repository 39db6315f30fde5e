/**
 * Editors' errata (`seeds/corrections.json`): each entry replaces a passage of
 * one report's original text before normalization. Every application is
 * reported; an entry whose text cannot be found is a warning, never silent.
 */
import { InputError, lineColumn } from './errors.ts';
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

/** Turn the corrections for one file into edits of its original text. */
export function correctionEdits(
  file: string,
  original: string,
  corrections: readonly Correction[],
): { edits: Edit[]; applied: AppliedCorrection[]; unmatched: Correction[] } {
  const edits: Edit[] = [];
  const applied: AppliedCorrection[] = [];
  const unmatched: Correction[] = [];
  for (const c of corrections.filter((c) => c.file === file)) {
    let found = false;
    for (let at = original.indexOf(c.original); at !== -1; at = original.indexOf(c.original, at + c.original.length)) {
      if (edits.some((e) => at < e.end && e.start < at + c.original.length)) continue;
      found = true;
      edits.push({ start: at, end: at + c.original.length, insert: c.corrected });
      applied.push({ ...c, offset: at, ...lineColumn(original, at) });
    }
    if (!found) unmatched.push(c);
  }
  return { edits, applied, unmatched };
}
