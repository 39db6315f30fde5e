/**
 * A case's own text as its page shows it: the paragraphs of the report that
 * the case spans, each cut to the case, without the list marker the pipeline
 * found at its start (a paragraph's `marker`: 1、 （三） or a number glued to
 * the text). The source page keeps the text verbatim.
 */
import type { Case, DocumentRecord } from '../../scripts/datasets/schema.ts';

export function caseParagraphs(c: Pick<Case, 'start' | 'end'>, doc: Pick<DocumentRecord, 'paragraphs' | 'text'>): string[] {
  return doc.paragraphs
    .filter((p) => p.end > c.start && p.start < c.end)
    .map((p) => doc.text.slice(Math.max(p.marker?.end ?? p.start, c.start), Math.min(p.end, c.end)))
    .filter((text) => text !== '');
}
