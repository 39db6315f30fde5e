/**
 * What the case recognizers share: the candidate they return, access to a
 * report's paragraphs and sentences, and the few word lists that describe
 * how reports phrase reforms.
 */
import type { DocumentRecord } from './document.ts';

/** A case as a recognizer sees it: who, what, and where in the text. */
export interface Candidate {
  /** Which recognizer found it: owner-line, owner-colon, enumeration, domain-task, district-lead, district-pilot. */
  shape: string;
  /** The owner as written in the report. */
  owner: string;
  title: string;
  /** Span of the case's text (headline through last paragraph). */
  start: number;
  end: number;
  /** Span of the sentence that names the case. */
  quoteStart: number;
  quoteEnd: number;
  /** Text that helps classify a case whose own text is short (the section it is listed under). */
  context?: string;
}

export type Recognizer = (doc: DocumentRecord) => Candidate[];
export type Para = DocumentRecord['paragraphs'][number];

export const paraText = (doc: DocumentRecord, p: Para): string => doc.text.slice(p.start, p.end);

/** Verbs that open a reform action: 越秀区创新…, 南沙区率先…, 深化科技创新改革. */
export const REFORM_VERB =
  /^(?:创新|探索|推动|推进|深化|建立|建设|建成|出台|试点|试行|率先|优化|着力|编制|制定|实施|实行|打造|构建|开展|推出|上线|启动|设立|完善|健全|加快|加强|首创|开设|推广|搭建|成立|创设|发布|引入|开通|落地|全面|积极|大力|强化|提升|规范|扩大|整合|统筹)/;

/** Words that mark a first or a pilot: what makes a district's action a named case. */
export const PILOT_MARK = /试点|率先|首[个创家批张只次推条]|先行先试|复制推广/;

/** A leading number (1. / （一） / 一、 / 案例一：) is layout, not part of an owner or a headline. */
const ORDINAL = /^(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|案例[一二三四五六七八九十\d]{1,3}[：:]?)\s*/;

export function stripOrdinal(text: string): { text: string; offset: number } {
  const m = ORDINAL.exec(text);
  return m ? { text: text.slice(m[0].length), offset: m[0].length } : { text, offset: 0 };
}

export { FINAL_STOP } from './lexicon.ts';

const byParagraph = new WeakMap<DocumentRecord, DocumentRecord['sentences'][]>();

/** The sentences of a paragraph, in order (grouped once per document: reports can be large). */
export function sentencesOf(doc: DocumentRecord, p: Para) {
  let groups = byParagraph.get(doc);
  if (!groups) {
    groups = doc.paragraphs.map(() => []);
    for (const s of doc.sentences) groups[s.paragraph]!.push(s);
    byParagraph.set(doc, groups);
  }
  return groups[p.index] ?? [];
}

/** A short title from a sentence: the sentence without its stop, or its first clause when longer than `max`. */
export function titleOf(sentence: string, max = 30): string {
  const bare = sentence.replace(/[。！？；]+$/, '');
  if (bare.length <= max) return bare;
  return splitTopLevel(bare, '，；')[0]!.text;
}

const OPEN = '“‘《（(「『〈【';
const CLOSE = '”’》）)」』〉】';

/** Split at separators outside quotes and brackets (a 、 inside “不忘初心，牢记使命” does not split). */
export function splitTopLevel(text: string, separators: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      parts.push({ text: text.slice(from, i), start: from });
      from = i + 1;
    }
  }
  parts.push({ text: text.slice(from), start: from });
  return parts;
}

/**
 * Where a case that opens at paragraph `from` ends: before the next case, or
 * at a heading that follows its body (a new section, a byline). Headings
 * before the body (headline, slogan) and lead-ins ending in a colon
 * (`三项国家级试点阶段性完成：`) belong to the case.
 */
export function caseEnd(doc: DocumentRecord, from: number, starts: ReadonlySet<number>): number {
  let end = doc.paragraphs[from]!.end;
  let body = false;
  for (let j = from + 1; j < doc.paragraphs.length && !starts.has(j); j++) {
    const p = doc.paragraphs[j]!;
    const text = paraText(doc, p);
    if (p.heading && body && !/[：:]$/.test(text)) break;
    if (!p.heading) body = true;
    end = p.end;
  }
  // Trailing headings (a byline, "read more") are not the case's text.
  while (end > doc.paragraphs[from]!.end) {
    const last = doc.paragraphs.find((p) => p.end === end)!;
    if (!last.heading) break;
    end = doc.paragraphs[last.index - 1]!.end;
  }
  return end;
}
