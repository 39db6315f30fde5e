/**
 * A report's normalized text as HTML: one <p> per paragraph, every sentence a
 * <span id="s-N"> and every extracted figure a <mark id="fig-ID"> linking to
 * nothing but itself — the anchor that every "source" link on the site
 * points to. Built as a string because it is one long, flat run of text.
 */
import type { DocumentRecord } from '../../scripts/datasets/schema.ts';
import type { Figure } from '../../scripts/datasets/schema.ts';
import { escapeHtml } from './html.ts';
import { figureAnchor, sentenceAnchor } from './links.ts';
import { formatFigure } from './format.ts';

/** A reported figure (or several on the same number) as a highlighted, anchored mark. */
function figureMark(text: string, group: Figure[]): string {
  const [first, ...others] = group;
  const extra = others.map((f) => `<span id="${figureAnchor(f.id)}" class="anchor"></span>`).join('');
  const title = group.map((f) => `${formatFigure(f)}${f.subject ? `（${f.subject}）` : ''}`).join('；');
  return `${extra}<mark id="${figureAnchor(first!.id)}" class="figure" title="${escapeHtml(title)}">${escapeHtml(text)}</mark>`;
}

/** A correction notice to show after the sentence of a figure: its text and the (base-aware) link to its entry. */
export interface SentenceNote {
  text: string;
  href: string;
}

export function sourceHtml(doc: DocumentRecord, figures: readonly Figure[], notes: ReadonlyMap<string, readonly SentenceNote[]> = new Map()): string {
  // Derived figures span their base and the change (8.86天，同比缩短8.7天):
  // they get an anchor where they start, never a mark that would swallow others.
  const anchorsAt = new Map<number, string>();
  for (const f of figures.filter((f) => f.derived)) {
    anchorsAt.set(f.start, `${anchorsAt.get(f.start) ?? ''}<span id="${figureAnchor(f.id)}" class="anchor" title="${escapeHtml(`推算：${formatFigure(f)}（${f.formula}）`)}"></span>`);
  }
  const byStart = new Map<number, Figure[]>();
  for (const f of figures.filter((f) => !f.derived)) {
    const group = byStart.get(f.start) ?? [];
    group.push(f);
    byStart.set(f.start, group);
  }
  const out: string[] = [];
  for (const p of doc.paragraphs) {
    const parts: string[] = [];
    for (const s of doc.sentences.filter((x) => x.paragraph === p.index)) {
      let html = '';
      let at = s.start;
      for (let i = s.start; i < s.end; i++) {
        const anchors = anchorsAt.get(i);
        if (anchors) {
          html += escapeHtml(doc.text.slice(at, i)) + anchors;
          at = i;
        }
        const group = byStart.get(i);
        if (!group) continue;
        const end = Math.max(...group.map((f) => f.end));
        html += escapeHtml(doc.text.slice(at, i)) + figureMark(doc.text.slice(i, end), group);
        at = end;
        i = end - 1;
      }
      html += escapeHtml(doc.text.slice(at, s.end));
      // Corrections of a figure follow the sentence that printed it.
      const inSentence = figures.filter((f) => f.sentenceStart === s.start && notes.has(f.id));
      const shown = new Set<string>();
      for (const note of inSentence.flatMap((f) => notes.get(f.id)!)) {
        if (shown.has(note.href)) continue;
        shown.add(note.href);
        html += `<a class="correction-inline" role="note" href="${escapeHtml(note.href)}">〔${escapeHtml(note.text)}〕</a>`;
      }
      parts.push(`<span id="${sentenceAnchor(s.index)}" class="sentence">${html}</span>`);
    }
    const tag = p.heading ? 'p class="heading"' : 'p';
    out.push(`<${tag} data-paragraph="${p.index}">${parts.join('')}</p>`);
  }
  return out.join('\n');
}
