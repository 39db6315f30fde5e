/**
 * What the case recognizers share: the candidate they return, access to a
 * report's paragraphs and sentences, and the few word lists that describe
 * how reports phrase reforms.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import type { Cue } from './cases-cues.ts';
import { PILOT_MARKS, REFORM_VERBS, anyOf } from './lexicon.ts';
import { enclosingStyles, linesOf, markerOf } from './structure.ts';

/** A case as a recognizer sees it: who, what, where in the text, and why it may be a case. */
export interface Candidate {
  /** Which recognizer found it: owner-line, owner-colon, numbered, recommended, inline, award, enumeration, counted, prize-entry, table, writeup, domain-task, district-lead, district-pilot, declared. */
  shape: string;
  /** The cues of the shape itself (the classifier adds the cues around it). */
  cues: Cue[];
  /** Paragraph index of the first item of the candidate's list: where its context (heading, lead-in) is read. */
  anchor: number;
  /** True when the case is the report's account of its own work: the kind of section then matters. */
  own?: boolean;
  /** A year the list's heading gives (2023年度…案例), over the report's year. */
  year?: number | null;
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

/** A recognizer reads one report, deciding with the editors' tables (owner names, zones). */
export type Recognizer = (doc: DocumentRecord, tables: EditableTables) => Candidate[];
export type Para = DocumentRecord['paragraphs'][number];

export const paraText = (doc: DocumentRecord, p: Para): string => doc.text.slice(p.start, p.end);

/** A reform verb at the start of a text: 越秀区创新…, 南沙区率先…, 深化科技创新改革. */
export const REFORM_VERB = new RegExp(`^(?:${anyOf(REFORM_VERBS).source})`);

/** A claim of a first or a pilot anywhere in a text. */
export const PILOT_MARK = anyOf(PILOT_MARKS);

/** A leading list marker (1. / （一） / 一、 / 案例一：) is layout, not part of an owner or a headline. */
export function stripOrdinal(text: string): { text: string; offset: number } {
  const length = markerOf(text)?.length ?? 0;
  return { text: text.slice(length), offset: length };
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

/** Opening and closing quotes and brackets (square ones too: `打通“断头路”[A、B、C]`): what they enclose is one unit of a list. */
export const OPEN = '“‘《（(「『〈【[［';
export const CLOSE = '”’》）)」』〉】]］';
/**
 * Quotation marks around a name: “…”, and the corner brackets 「…」 that traditional-script texts (Taiwan, Hong Kong)
 * use for the same purpose (`建設處「一棟老屋一個夢」專案獲得…`). Inner quotes ‘…’ and 『…』 stay inside a name.
 */
export const NAME_OPEN = '“「';
export const NAME_CLOSE = '”」';

/** True when offset `at` of a text lies inside quotes or brackets. */
export function insideQuotes(text: string, at: number): boolean {
  let depth = 0;
  for (const ch of text.slice(0, at)) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

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
  // A line numbered as the case's own line is its sibling (the next entry of the list), never part of its text.
  const lines = linesOf(doc);
  const style = lines[from]?.marker?.style;
  const enclosing = enclosingStyles(doc, from);
  for (let j = from + 1; j < doc.paragraphs.length && !starts.has(j); j++) {
    const p = doc.paragraphs[j]!;
    const text = paraText(doc, p);
    const next = lines[j]?.marker?.style;
    if (next && (next === style || enclosing.has(next))) break;
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
