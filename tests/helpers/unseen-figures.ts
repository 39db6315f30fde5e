/**
 * The figures the pipeline reads from a sentence written as an unseen report (no manifest entry), and two
 * questions the figure-class tests ask of them: which figure covers a raw text, and whether any figure overlaps it.
 */
import { buildDocument } from '../../scripts/pipeline/document.ts';
import { extractFigures } from '../../scripts/pipeline/figures.ts';
import type { Figure } from '../../scripts/datasets/schema.ts';
import { contentTables } from './seeds.ts';

const unseen = (sentence: string) => buildDocument('unseen.txt', Buffer.from(sentence, 'utf8'), undefined, [], contentTables());

export function extractUnseen(sentence: string) {
  return extractFigures(unseen(sentence));
}

/** The figure whose raw text contains `raw`, or a helpful failure. */
export function figureOf(sentence: string, raw: string): Figure {
  const { figures } = extractUnseen(sentence);
  const found = figures.find((f) => !f.derived && f.raw.includes(raw));
  if (!found) throw new Error(`no figure ${raw} in: ${figures.map((f) => f.raw).join(' ')}`);
  return found;
}

/** Whether any figure's raw text overlaps the first occurrence of `raw` in the sentence (as the pipeline reads it: simplified). */
export function isFigure(sentence: string, raw: string): boolean {
  const { figures } = extractUnseen(sentence);
  const text = unseen(sentence).text;
  const at = text.indexOf(raw);
  if (at < 0) throw new Error(`no ${raw} in ${text}`);
  return figures.some((f) => f.start < at + raw.length && f.end > at);
}
