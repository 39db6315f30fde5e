/**
 * Where Chinese text may break (a line, or a shortened label): between words, never inside a word,
 * a number with its unit, or a run of Latin letters and digits. One segmenter for the site: the
 * share images' line breaking (share-image.ts) and the charts' shortened labels (charts/theme.ts).
 */
import { memoByText } from './lookup.ts';

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
/** Latin letters, digits and the marks inside them (22-50, 1.0, 36.4%): kept whole. */
export const LATIN = /^[A-Za-z0-9.,%+\-·\/]+$/;
/** A unit or measure word may follow a number: not a space, not punctuation. */
const UNIT_START = /^[^\s\p{P}]/u;

/**
 * The pieces a line may break between: Chinese words (Intl.Segmenter), a number together with the unit
 * after it (11区, 2018年, 110个, 36.4%), runs of Latin letters and digits whole (22-50, 1.0), spaces.
 * Remembered per text (the segmenter was a tenth of a build's chart work: every label, on every page).
 */
export const breakPieces: (text: string) => readonly string[] = memoByText((text) => {
  const out: string[] = [];
  for (const { segment } of WORDS.segment(text)) {
    const last = out.at(-1);
    const glue = last !== undefined && ((LATIN.test(last) && LATIN.test(segment)) || (/[0-9]$/.test(last) && (UNIT_START.test(segment) || /^[%％]/.test(segment))));
    if (glue) out[out.length - 1] = last + segment;
    else out.push(segment);
  }
  return Object.freeze(out);
});
