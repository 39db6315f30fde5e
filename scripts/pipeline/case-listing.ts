/**
 * How a report lists its cases, declared by an editor in the manifest when the
 * recognizers cannot see it (seeds/manifest.json, an entry's "cases"):
 *
 *   "cases": { "marker": "（一）" }                       one case per line opening with that list marker
 *   "cases": { "pattern": "^◆", "section": "典型案例" }    one case per line the pattern matches, under that heading
 *
 * `marker` is a list marker as written (一、 （一） 1. （1） ① 案例一 第1名 【…】 一是 第一，),
 * `pattern` a regular expression a case's line matches (for markers the
 * pipeline does not know: ◆, ▲, ★, 典型案例：…); give one of the two.
 * `section` (optional) is text of the heading the list stands under: only lines
 * after it count, up to the next line with that heading's own marker.
 */
import { InputError } from '../datasets/errors.ts';
import { didYouMean } from '../datasets/suggest.ts';
import { STYLE_EXAMPLE, type MarkerStyle, linesOf, markerOf } from './structure.ts';
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import { type Candidate, caseEnd, sentencesOf, titleOf } from './cases-common.ts';
import { splitItem } from './cases-item.ts';
import { reportOwner } from './cases-report-owner.ts';

export interface CaseListing {
  marker?: MarkerStyle;
  pattern?: RegExp;
  section?: string;
}

const KEYS = ['marker', 'pattern', 'section'];
const MARKERS = Object.entries(STYLE_EXAMPLE) as [MarkerStyle, string][];
const EXPECTED_MARKER = `a list marker as written: ${MARKERS.map(([, e]) => e).join(' ')}`;

/** Validate an entry's "cases"; `at` is the entry's field path ([3]) for messages. */
export function parseCaseListing(file: string, at: string, value: unknown): { listing: CaseListing | null; problems: InputError[] } {
  const problems: InputError[] = [];
  const bad = (field: string, problem: string, expected: string) => problems.push(new InputError({ file, field: `${at}.cases${field}`, problem, expected }));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    bad('', `"cases" must be an object, not ${JSON.stringify(value)}.`, '{ "marker": "（一）" } or { "pattern": "^◆", "section": "典型案例" }');
    return { listing: null, problems };
  }
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!KEYS.includes(key)) bad(`.${key}`, `Unknown key "${key}".${didYouMean(key, KEYS)}`, `keys ${KEYS.join(', ')}`);
  const listing: CaseListing = {};
  if (v.marker !== undefined) {
    // The marker as the report writes it (1、 1. （1） 第一名 …), read by the same rules as the report's lines, or a style name.
    const style = MARKERS.find(([s]) => v.marker === s)?.[0] ?? (typeof v.marker === 'string' ? markerOf(`${v.marker}`)?.style : undefined);
    if (style) listing.marker = style;
    else bad('.marker', `Unknown list marker ${JSON.stringify(v.marker)}.`, `${EXPECTED_MARKER}; for any other marker use "pattern"`);
  }
  if (v.pattern !== undefined) {
    try {
      if (typeof v.pattern !== 'string' || !v.pattern) throw new Error('not a string');
      listing.pattern = new RegExp(v.pattern, 'u');
    } catch (error) {
      bad('.pattern', `Not a regular expression: ${JSON.stringify(v.pattern)} (${(error as Error).message}).`, 'a JavaScript regular expression as a string, e.g. "^◆" or "^典型案例[一二三四五六七八九十]+"');
    }
  }
  if ((v.marker === undefined) === (v.pattern === undefined)) bad('', 'Give exactly one of "marker" and "pattern".', `"marker": ${EXPECTED_MARKER}; or "pattern": a regular expression`);
  if (v.section !== undefined) {
    if (typeof v.section === 'string' && v.section.trim()) listing.section = v.section.trim();
    else bad('.section', `"section" must be the text of a heading, not ${JSON.stringify(v.section)}.`, 'text copied from the heading the list stands under, e.g. "典型案例"');
  }
  return { listing: problems.length ? null : listing, problems };
}

/** The paragraphs a declared listing makes cases, or why it matched none. */
export function listedLines(doc: DocumentRecord, listing: CaseListing): { lines: ReturnType<typeof linesOf>; problem: string | null } {
  const lines = linesOf(doc);
  let from = 0;
  let to = lines.length;
  if (listing.section) {
    const head = lines.findIndex((l) => doc.text.slice(l.start, l.end).includes(listing.section!));
    if (head < 0) return { lines: [], problem: `section: no line of the report contains "${listing.section}".` };
    from = head + 1;
    const style = lines[head]!.marker?.style;
    const next = style ? lines.findIndex((l, i) => i > head && l.marker?.style === style) : -1;
    if (next > 0) to = next;
  }
  const matches = lines.slice(from, to).filter((l) =>
    listing.marker ? l.marker?.style === listing.marker : listing.pattern!.test(doc.text.slice(l.start, l.end)));
  const what = listing.marker ? `opens with the marker ${STYLE_EXAMPLE[listing.marker]}` : `matches the pattern ${listing.pattern}`;
  return { lines: matches, problem: matches.length ? null : `no line${listing.section ? ` under “${listing.section}”` : ''} ${what}.` };
}

const DECLARED = { reason: 'listed as the manifest declares (cases)', weight: 1 };

/** One case per declared line: its title and owner read from the line (marker or pattern stripped), its text up to the next case. */
export function declaredCases(doc: DocumentRecord, lines: ReturnType<typeof linesOf>, listing: CaseListing, tables: EditableTables): Candidate[] {
  const starts = new Set(lines.map((l) => l.index));
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  return lines.map((l) => {
    const para = doc.paragraphs[l.index]!;
    let text = listing.marker ? l.text : doc.text.slice(l.start, l.end);
    const lead = listing.pattern?.exec(text);
    if (lead && lead.index === 0) text = text.slice(lead[0].length);
    const first = sentencesOf(doc, para)[0];
    // A case written as a paragraph is named by its first sentence; a title line is the title.
    const named = para.heading || !first ? text.trim() : titleOf(doc.text.slice(Math.max(first.start, l.end - text.length), first.end), 40);
    const item = splitItem(named, ctx);
    const owner = item.owner ?? reportOwner(doc, tables) ?? '';
    return {
      shape: 'declared', cues: [DECLARED], anchor: lines[0]!.index, owner, title: item.title,
      start: l.start, end: caseEnd(doc, l.index, starts), quoteStart: first?.start ?? l.start, quoteEnd: first?.end ?? l.end,
    };
  });
}
