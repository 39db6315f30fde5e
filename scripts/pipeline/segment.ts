/**
 * Stage 2: paragraphs and sentences with offsets into the normalized text.
 * A paragraph is a line. A sentence ends at 。！？ or an ellipsis, with any
 * closing quotes or brackets that follow, or at the end of its paragraph.
 * Short lines without a final stop are marked as headings: reports use them
 * for section titles, owner lines and slogans.
 */
import { FINAL_STOP } from './lexicon.ts';
import type { Paragraph, Sentence } from '../datasets/schema.ts';

export type { Paragraph, Sentence, Span } from '../datasets/schema.ts';

const SENTENCE_END = /(?:[。！？!?]+|…{1,2}|\.{3,})[”’」』）》"']*/g;
/** Headings are short; body lines in reports run to dozens of characters. */
const HEADING_MAX = 40;

export function segment(text: string): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.length > 0) {
      const index = paragraphs.length;
      paragraphs.push({ index, start, end, heading: line.length <= HEADING_MAX && !FINAL_STOP.test(line) });
      let from = 0;
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
        const to = m.index + m[0].length;
        pushSentence(sentences, line, start, from, to, index);
        from = to;
      }
      pushSentence(sentences, line, start, from, line.length, index);
    }
    start = end + 1;
  }
  return { paragraphs, sentences };
}

function pushSentence(out: Sentence[], line: string, lineStart: number, from: number, to: number, paragraph: number) {
  let s = from;
  while (s < to && line[s] === ' ') s++;
  if (s >= to) return;
  out.push({ index: out.length, paragraph, start: lineStart + s, end: lineStart + to });
}
