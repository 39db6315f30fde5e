/**
 * A list marker at the start of a paragraph (1、 十、 （三） 2. and a number
 * glued to the text, 5增城……, the residue of a numbered badge on the report's
 * web page) is structure, not text: each paragraph that opens with one gets
 * its span as `marker`, so every output that shows a paragraph's words (a
 * case page) leaves it out, while offsets, sentences and the source page keep
 * the report's text as it is. Whether a number opening a paragraph is a
 * marker or data (5家企业) is the number classifier's decision
 * (figures-classify.ts), so this runs after the figures are read.
 */
import type { DocumentRecord } from './document.ts';
import type { NumberToken } from './figures.ts';

/** The classifier's rules for list numbering (一是, a numbered clause inside the prose, stays text: see below). */
const MARKER_RULES = new Set(['list-marker', 'paragraph-number']);
const OPENING = /^[（(]$/;
/** What closes a marker: a list separator or the closing bracket, then any spaces. */
const CLOSING = /^[、．.）)]?[ \u3000]*/;

export function markParagraphs(doc: DocumentRecord, tokens: readonly NumberToken[]): DocumentRecord {
  const markers = new Map<number, NumberToken>();
  for (const t of tokens) if (t.class === 'marker' && MARKER_RULES.has(t.rule)) markers.set(t.start, t);
  let marked = false;
  const paragraphs = doc.paragraphs.map((p) => {
    const opening = OPENING.test(doc.text[p.start] ?? '') ? 1 : 0;
    const t = markers.get(p.start + opening);
    // 一是…, 二是…: the words read on without the number, so it is part of the sentence, not a marker.
    if (!t || doc.text[t.end] === '是') return p;
    const end = Math.min(p.end, t.end + CLOSING.exec(doc.text.slice(t.end, p.end))![0].length);
    // A marker is never the whole paragraph (a line holding only a number keeps it as its text),
    // and it opens words, not a file name (640.png).
    if (end >= p.end || /[A-Za-z]/.test(doc.text[end]!)) return p;
    marked = true;
    return { ...p, marker: { start: p.start, end } };
  });
  return marked ? { ...doc, paragraphs } : doc;
}
