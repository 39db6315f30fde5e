/**
 * Examples of the cases a sentence has just named, given as ranges in the next sentence: `…改革案例出炉。
 * 从“A”到“B”，从“C”到“D”……这些改革举措…` ("from A to B, from C to D"). Each end of a range is the name of one case,
 * often shortened from the case's own entry further down (cases-mentions.ts folds the two).
 */
import { NAME_CLOSE, NAME_OPEN } from './cases-common.ts';

/** One quoted name: “…” (inner ‘…’ allowed) or 「…」 (inner 『…』 allowed). */
const QUOTED = [...NAME_OPEN].map((open, i) => `${open}[^${open}${NAME_CLOSE[i]}]+${NAME_CLOSE[i]}`).join('|');
const RANGE = new RegExp(`从(${QUOTED})到(${QUOTED})`, 'g');

export interface Example {
  title: string;
  /** Offset of the quoted name (quotes included) in the sentence. */
  start: number;
  end: number;
}

/** The quoted ends of every 从“A”到“B” range in a sentence, in order; none when it holds no range. */
export function rangeExamples(sentence: string): Example[] {
  return [...sentence.matchAll(RANGE)].flatMap((m) => {
    const first = m.index + 1;
    const second = first + m[1]!.length + 1;
    return [
      { title: m[1]!.slice(1, -1), start: first, end: first + m[1]!.length },
      { title: m[2]!.slice(1, -1), start: second, end: second + m[2]!.length },
    ];
  });
}
