/**
 * A report's structure, read the same way for every report: each line's list
 * marker (一、 （一） 1. （1） ① 一是 第一 第N名 案例一 【…】), whether it is a
 * short title line, and the lists the markers form (items numbered 1, 2, 3 …
 * with the same marker style, whatever lies between them). The case
 * recognizers and the classifier read lists and sections from here; the
 * summary is what extract prints when a report yields no case.
 */
import type { DocumentRecord } from './document.ts';
import { parseChineseNumeral } from '../datasets/numerals.ts';
import { AWARD_LEVELS, anyOf } from './lexicon.ts';

export type MarkerStyle = 'case' | 'cn-dun' | 'cn-paren' | 'cn-shi' | 'cn-ordinal' | 'rank' | 'num-paren' | 'num' | 'circled' | 'bracket';

export interface Marker {
  style: MarkerStyle;
  /** The item's number (1 for 一、 and ①); null for 【…】, which is not numbered. */
  n: number | null;
  /** Characters the marker takes at the start of the line. */
  length: number;
}

export interface Line {
  index: number;
  start: number;
  end: number;
  marker: Marker | null;
  /** The line without its marker. */
  text: string;
  /** Offset of `text` in the document. */
  textStart: number;
  /** A short line without sentence-final punctuation (segment.ts). */
  heading: boolean;
}

export interface List {
  style: MarkerStyle;
  items: Line[];
}

const CN = '[一二三四五六七八九十百零〇两]{1,4}';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Most specific first: 案例一 before 一、, 第一名 before 第一. */
const MARKERS: { style: MarkerStyle; re: RegExp }[] = [
  { style: 'case', re: new RegExp(`^案例\\s*(${CN}|\\d{1,3})\\s*[：:、.．]?\\s*`) },
  { style: 'rank', re: new RegExp(`^(?:第(${CN}|\\d{1,3})名|排名\\s*(?:第)?(\\d{1,3}))\\s*[：:、，,.．]?\\s*`) },
  { style: 'cn-dun', re: new RegExp(`^(${CN})[、，,]\\s*`) },
  { style: 'cn-paren', re: new RegExp(`^[（(](${CN})[）)]\\s*`) },
  { style: 'cn-shi', re: new RegExp(`^(${CN})是`) },
  { style: 'cn-ordinal', re: new RegExp(`^第(${CN})[，,、：:]\\s*`) },
  { style: 'num-paren', re: /^[（(](\d{1,2})[）)]\s*/ },
  // 1. / 1、, and an item number joined to its heading by a dash (01-北京怀柔：…; 10-15天 has a digit after the dash).
  { style: 'num', re: /^(\d{1,2})(?:[.、．](?!\d)|[-－](?=\p{Script=Han}))\s*/u },
  { style: 'circled', re: new RegExp(`^([${CIRCLED}])\\s*`) },
  { style: 'bracket', re: /^【([^】]{1,30})】\s*/ },
];

/** How a marker style is written, for messages to editors. */
export const STYLE_EXAMPLE: Record<MarkerStyle, string> = {
  case: '案例一', rank: '第1名', 'cn-dun': '一、', 'cn-paren': '（一）', 'cn-shi': '一是', 'cn-ordinal': '第一，',
  'num-paren': '（1）', num: '1.', circled: '①', bracket: '【…】',
};

function numberOf(style: MarkerStyle, raw: string): number | null {
  if (style === 'bracket') return null;
  if (style === 'circled') return CIRCLED.indexOf(raw) + 1;
  return /^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
}

/** The list marker a line opens with, or null. */
export function markerOf(text: string): Marker | null {
  for (const { style, re } of MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[1] ?? m[2] ?? '';
    const n = numberOf(style, raw);
    if (style !== 'bracket' && (n === null || n < 1)) continue;
    // 【…】 keeps its content: it is often the item's owner or title.
    return { style, n, length: style === 'bracket' ? 0 : m[0].length };
  }
  return null;
}

const byDocument = new WeakMap<DocumentRecord, Line[]>();

/** Every paragraph of the report as a line with its marker (computed once per document). */
export function linesOf(doc: DocumentRecord): Line[] {
  let lines = byDocument.get(doc);
  if (!lines) {
    lines = doc.paragraphs.map((p) => {
      const raw = doc.text.slice(p.start, p.end);
      const marker = markerOf(raw);
      const length = marker?.length ?? 0;
      return { index: p.index, start: p.start, end: p.end, marker, text: raw.slice(length), textStart: p.start + length, heading: p.heading };
    });
    byDocument.set(doc, lines);
  }
  return lines;
}

/**
 * Runs of items numbered 1, 2, 3 … in one marker style (a new 1 starts a new
 * run), and the 【…】 lines of each stretch between two headings of another
 * kind. A list has at least two items, except a list of 案例N items.
 */
export function listsOf(doc: DocumentRecord): List[] {
  const lines = linesOf(doc);
  const out: List[] = [];
  const styles = new Set(lines.flatMap((l) => (l.marker ? [l.marker.style] : [])));
  for (const style of styles) {
    let run: Line[] = [];
    const close = () => {
      // 案例一 says by itself that it opens a case: a report that prints only its first case (确定20个…案例。案例一、…)
      // still lists it. Other markers only count, so they need a second item to make a list.
      if (run.length >= (style === 'case' ? 1 : 2)) out.push({ style, items: run });
      run = [];
    };
    for (const line of lines) {
      if (line.marker?.style !== style) continue;
      if (style === 'bracket') run.push(line);
      else if (line.marker.n === 1) {
        close();
        run.push(line);
      } else if (line.marker.n === run.length + 1) run.push(line);
    }
    close();
  }
  return out.sort((a, b) => a.items[0]!.index - b.items[0]!.index);
}

const enclosingByDocument = new WeakMap<DocumentRecord, Map<number, ReadonlySet<MarkerStyle>>>();

/**
 * The marker styles of the list items a line sits under (`一、政府治理类` over `1.…`, `2.…`): walking the items of every
 * list in order, a style already open closes everything opened after it (`二、` after `一、…1.…3.`), a new style nests.
 * A numbered line's text ends where an item of an enclosing style begins: `3.…` under `一、` does not run on into `二、…`.
 */
export function enclosingStyles(doc: DocumentRecord, index: number): ReadonlySet<MarkerStyle> {
  let byLine = enclosingByDocument.get(doc);
  if (!byLine) {
    byLine = new Map();
    const stack: MarkerStyle[] = [];
    const items = listsOf(doc).flatMap((l) => l.items.map((line) => ({ line, style: l.style })));
    for (const { line, style } of items.sort((a, b) => a.line.index - b.line.index)) {
      const open = stack.indexOf(style);
      if (open >= 0) stack.length = open;
      byLine.set(line.index, new Set(stack));
      stack.push(style);
    }
    enclosingByDocument.set(doc, byLine);
  }
  return byLine.get(index) ?? new Set();
}

const AWARD = new RegExp(`^(?:${anyOf(AWARD_LEVELS).source})`);

/** The award level a line opens with (一等奖：…, 二等奖（3项）), or null. */
export function awardOf(text: string): string | null {
  return AWARD.exec(text)?.[0] ?? null;
}

/** What extract says it saw when a report yields no case: counts of each kind of structure. */
export function describeStructure(doc: DocumentRecord): string {
  const lines = linesOf(doc);
  const lists = listsOf(doc);
  const parts = [`${lines.filter((l) => l.heading).length} short title lines`];
  if (lists.length) {
    const byStyle = new Map<MarkerStyle, number[]>();
    for (const l of lists) byStyle.set(l.style, [...(byStyle.get(l.style) ?? []), l.items.length]);
    parts.push(`numbered lists: ${[...byStyle].map(([s, sizes]) => `${STYLE_EXAMPLE[s]} ×${sizes.join('+')}`).join(', ')}`);
  } else parts.push('no numbered list');
  const awards = lines.filter((l) => awardOf(l.text)).length;
  if (awards) parts.push(`${awards} award lines`);
  const colon = lines.filter((l) => l.heading && /^[^：:]{2,30}[：:].{4,}$/.test(l.text)).length;
  if (colon) parts.push(`${colon} "name：title" lines`);
  return parts.join('; ');
}
