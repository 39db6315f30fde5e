/**
 * Shape "inline": several cases listed inside one sentence after a word of
 * selection: `评选出“A”“B”等10个案例`, `分别是：湖北省“…”、武汉市江夏区“…”`,
 * `获奖项目是：新昌县“五水共治”体制机制创新、嵊州市行业自主管理创新`. The
 * items are the 、-separated (or directly adjacent) quoted titles, each with
 * the owner written before it when there is one.
 */
import type { DocumentRecord } from './document.ts';
import { type Candidate, splitTopLevel } from './cases-common.ts';
import { splitItem, unquote } from './cases-item.ts';
import { CASE_CUES_STRONG, HONOUR_VERBS, SELECTION_LEADS, anyOf } from './lexicon.ts';

const LEAD = anyOf(SELECTION_LEADS);
const STRONG = anyOf(CASE_CUES_STRONG);
/** `等10个案例入选` closing the list, outside quotes. */
const TAIL = /等[^“”《》]*$/;

interface Part {
  text: string;
  start: number;
}

/** Words after which the quoted names are honours the subject received (获评“十佳开发区”), not cases. */
const RECEIVED = anyOf(HONOUR_VERBS);

/**
 * The part of a sentence that holds the list: after its colon, else after
 * the selection word. Without a colon, names after 获评 / 荣获 are honours.
 */
function listPart(sentence: string): Part | null {
  const colon = splitTopLevel(sentence, '：:');
  if (colon.length > 1) return colon.at(-1)!;
  const lead = LEAD.exec(sentence);
  if (!lead || RECEIVED.test(lead[0])) return null;
  return { text: sentence.slice(lead.index + lead[0].length), start: lead.index + lead[0].length };
}

export function inlineCases(doc: DocumentRecord): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district };
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    const cue = STRONG.exec(sentence)?.[0] ?? LEAD.exec(sentence)?.[0];
    const part = cue ? listPart(sentence.replace(/[。！？]+$/, '')) : null;
    if (!part) continue;
    // Adjacent quotes (“A”“B”) are items too.
    const text = part.text.replace(TAIL, '').replace(/([”》])(?=[“《])/g, '$1、');
    const items = splitTopLevel(text, '、；;').flatMap((piece) => {
      const item = splitItem(piece.text, ctx);
      const quoted = /[“《]/.test(piece.text);
      if (!item.how && !quoted) return [];
      const title = item.how ? item.title : unquote(piece.text.slice(piece.text.search(/[“《]/)));
      if (title.length < 4) return [];
      // Inserted separators shift offsets by the number of 、 added before this piece.
      const shift = (text.slice(0, piece.start).match(/[”》]、(?=[“《])/g) ?? []).length;
      const start = s.start + part.start + piece.start - shift;
      return [{ owner: item.owner ?? '', title, start, end: start + piece.text.length, how: item.how }];
    });
    if (items.length < 2) continue;
    const strong = STRONG.test(sentence);
    for (const item of items) {
      out.push({
        shape: 'inline',
        cues: [
          { reason: `one of ${items.length} titles listed in one sentence after “${cue}”`, weight: strong ? 0.6 : 0.4 },
          ...(item.how ? [{ reason: `the item names its owner (${item.how})`, weight: 0.2 }] : []),
        ],
        anchor: s.paragraph,
        owner: item.owner,
        title: item.title,
        start: item.start,
        end: item.end,
        quoteStart: s.start,
        quoteEnd: s.end,
      });
    }
  }
  return out;
}
