/**
 * One report file in, one normalized source document out: metadata (from the
 * manifest or inferred), the normalized text with paragraphs and sentences,
 * the offset map to the original, damage found and corrections applied.
 */
import { sha256Hex } from '../datasets/hash.ts';
import { decode } from './decode.ts';
import { InputError, formatProblem } from '../datasets/errors.ts';
import { inferMeta } from './metadata.ts';
import { normalize } from './normalize.ts';
import { compactRuns, toOriginal } from './offsets.ts';
import { type Span, segment } from './segment.ts';
import type { Correction } from './corrections.ts';
import type { DocumentMeta, DocumentRecord } from '../datasets/schema.ts';
import type { EditableTables } from './tables.ts';

export type { DocumentRecord } from '../datasets/schema.ts';

/** The warning that names the metadata fields the pipeline had to guess. */
export const guessedWarning = (inferred: readonly string[]): string =>
  `No manifest entry: guessed ${inferred.join(', ')}. Add an entry to seeds/manifest.json to set them.`;

/** A span together with the same span in the original (decoded, uncorrected) text. */
type Located = { original: Span };

export function buildDocument(
  file: string,
  bytes: Uint8Array,
  meta: DocumentMeta | undefined,
  corrections: readonly Correction[],
  /** The editors' zone table: a report naming 广州开发区 is guessed to be from 黄埔区. */
  tables: Pick<EditableTables, 'zones'>,
  /** Receives bad input that does not stop the document (a correction matching zero or several places). */
  problems: InputError[] = [],
): DocumentRecord {
  const { text: original, encoding, controls } = decode(file, bytes);
  const norm = normalize(file, original, corrections);
  problems.push(...norm.correctionProblems);
  const text = norm.mapped.text;
  if (!/\S/.test(text)) {
    throw new InputError({ file, problem: 'Nothing is left after normalization.', expected: 'a report with readable text.' });
  }
  const { paragraphs, sentences } = segment(text);
  const locate = <T extends Span>(s: T): T & Located => ({ ...s, original: toOriginal(norm.mapped, s.start, s.end) });

  const warnings: string[] = [];
  let inferred: string[] = [];
  let resolved = meta;
  if (!resolved) {
    const guess = inferMeta(file, text, norm.detectedScript, tables.zones);
    resolved = guess.meta;
    inferred = guess.inferred;
    warnings.push(guessedWarning(inferred));
  } else if (resolved.script !== norm.detectedScript) {
    warnings.push(`The manifest says ${resolved.script} but the text reads as ${norm.detectedScript} (${(norm.traditionalShare * 100).toFixed(1)}% of Han characters are traditional forms).`);
  }
  if (controls.length) {
    const shown = controls.slice(0, 10).map((c) => `${c.line}:${c.column} ${c.code}`).join(', ');
    warnings.push(formatProblem({
      file, line: controls[0]!.line, column: controls[0]!.column,
      problem: `${controls.length} control character(s) removed (line:column code): ${shown}${controls.length > 10 ? `, … ${controls.length - 10} more` : ''}.`,
      expected: 'plain text; check how the report was exported',
    }));
  }
  for (const spot of norm.damage) {
    warnings.push(formatProblem({
      file, line: spot.line, column: spot.column,
      problem: `Encoding damage (${spot.kind}) "${spot.text}" in "${spot.context}"${spot.corrected ? ', repaired by corrections.json' : ''}.`,
      expected: spot.corrected ? undefined : 'add an entry to seeds/corrections.json with the original and corrected text.',
    }));
  }

  return {
    ...resolved,
    file,
    encoding,
    sha256: sha256Hex(bytes),
    text,
    original,
    paragraphs: paragraphs.map(locate),
    sentences: sentences.map(locate),
    offsetMap: compactRuns(norm.mapped),
    damage: norm.damage,
    corrections: norm.corrections,
    inferred,
    report: {
      counts: {
        bytes: bytes.length,
        characters: text.length,
        paragraphs: paragraphs.length,
        sentences: sentences.length,
        annotationsRemoved: norm.annotationsRemoved,
        damage: norm.damage.length,
        damageUncorrected: norm.damage.filter((d) => !d.corrected).length,
        corrections: norm.corrections.length,
      },
      warnings,
    },
  };
}
