/**
 * Stage 1: decoded original text in, normalized simplified text out, with an
 * offset map back to the original. Order matters: editors' corrections apply
 * to the text as published, annotations are stripped before script
 * conversion, and punctuation is made consistent last.
 */
import { type MappedText, applyEdits, identity, replaceAll } from './offsets.ts';
import { ANNOTATION, isPinyinSyllable } from './annotations.ts';
import { type AppliedCorrection, type Correction, correctionEdits } from './corrections.ts';
import type { InputError } from '../datasets/errors.ts';
import { type DamageSpot, findDamage } from './damage.ts';
import { type Script, convertToSimplified, detectScript } from './script.ts';
import { normalizePunctuation, normalizeSpacing } from './punctuation.ts';

export interface Normalized {
  mapped: MappedText;
  /** Script of the original, detected from its characters. */
  detectedScript: Script;
  /** Share of Han characters OpenCC changed (0 for simplified text). */
  traditionalShare: number;
  annotationsRemoved: number;
  damage: DamageSpot[];
  corrections: AppliedCorrection[];
  /** Corrections that matched nothing or more than one place (not applied). */
  correctionProblems: InputError[];
}

export function normalize(file: string, original: string, corrections: readonly Correction[] = []): Normalized {
  const damage = findDamage(original);
  const fix = correctionEdits(file, original, corrections);
  for (const spot of damage) {
    spot.corrected = fix.applied.some((c) => spot.offset < c.offset + c.original.length && c.offset < spot.offset + spot.length);
  }
  let mapped = applyEdits(identity(original), fix.edits);

  let annotationsRemoved = 0;
  mapped = replaceAll(mapped, ANNOTATION, (m) => {
    if (!isPinyinSyllable(m[1]!)) return null;
    annotationsRemoved++;
    return '';
  });

  const { script, changedShare } = detectScript(mapped.text);
  if (script === 'traditional') mapped = convertToSimplified(mapped);
  mapped = normalizeSpacing(normalizePunctuation(mapped));

  return {
    mapped,
    detectedScript: script,
    traditionalShare: changedShare,
    annotationsRemoved,
    damage,
    corrections: fix.applied,
    correctionProblems: fix.problems,
  };
}
