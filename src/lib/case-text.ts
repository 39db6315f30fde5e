/**
 * A case's own text as its page shows it: the paragraphs of the report that
 * the case spans. A number glued to the start of a paragraph (“5增城乡村振兴
 * 产业基金是……”) is the residue of a list marker or a badge on the report's
 * web page, not data: the pipeline read no figure there, and no unit of any
 * figure follows it. The source page keeps the text verbatim.
 */
import type { Case, DocumentRecord, Figure } from '../../scripts/datasets/schema.ts';

const GLUED_NUMBER = /^[0-9０-９]{1,2}(?=\p{Script=Han})/u;

/** Characters a number's unit (or a date) can begin with, from the figures the pipeline read: 个, 万, 年, 月 ... */
function unitHeads(figures: readonly Figure[]): Set<string> {
  const heads = new Set(['年', '月', '日']);
  for (const f of figures) if (f.unit) heads.add(f.unit[0]!);
  for (const f of figures) {
    const after = f.raw.match(/^[0-9０-９.]+(\p{Script=Han})/u)?.[1];
    if (after) heads.add(after);
  }
  return heads;
}

/** Length of a stray number at the start of `text` (which begins at offset `at` of the report), 0 when there is none. */
export function strayMarkerLength(text: string, at: number, figures: readonly Figure[]): number {
  const m = GLUED_NUMBER.exec(text);
  if (!m) return 0;
  if (figures.some((f) => f.start === at)) return 0;
  return unitHeads(figures).has(text[m[0].length]!) ? 0 : m[0].length;
}

/** The report's paragraphs inside the case, each cut to the case's span, without stray list numbers. */
export function caseParagraphs(c: Pick<Case, 'start' | 'end'>, doc: Pick<DocumentRecord, 'paragraphs' | 'text'>, figures: readonly Figure[]): string[] {
  return doc.paragraphs
    .filter((p) => p.end > c.start && p.start < c.end)
    .map((p) => {
      const from = Math.max(p.start, c.start);
      const text = doc.text.slice(from, Math.min(p.end, c.end));
      return text.slice(strayMarkerLength(text, from, figures));
    });
}
