/**
 * Traditional or simplified: detected from the text itself by converting it
 * with OpenCC and counting how many Han characters change. Conversion is
 * character for character, so the offset map stays exact.
 */
import * as OpenCC from 'opencc-js';
import { type Edit, type MappedText, applyEdits } from './offsets.ts';
import { isHan } from './han.ts';

import type { Script } from '../datasets/schema.ts';

export type { Script } from '../datasets/schema.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Share of Han characters that differ in simplified form above which a text is traditional. */
const TRADITIONAL_THRESHOLD = 0.03;

export function detectScript(text: string): { script: Script; changedShare: number } {
  const converted = toSimplified(text);
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text[i])) continue;
    han++;
    if (converted[i] !== text[i]) changed++;
  }
  const changedShare = han ? changed / han : 0;
  return { script: changedShare > TRADITIONAL_THRESHOLD ? 'traditional' : 'simplified', changedShare };
}

export function convertToSimplified(t: MappedText): MappedText {
  const edits: Edit[] = [];
  let lineStart = 0;
  for (const line of t.text.split('\n')) {
    const converted = toSimplified(line);
    if (converted.length === line.length) {
      for (let i = 0; i < line.length; i++) {
        if (converted[i] !== line[i]) edits.push({ start: lineStart + i, end: lineStart + i + 1, insert: converted[i]! });
      }
    } else if (converted !== line) {
      // A phrase conversion changed the length: map the line as one block.
      edits.push({ start: lineStart, end: lineStart + line.length, insert: converted });
    }
    lineStart += line.length + 1;
  }
  return applyEdits(t, edits);
}
