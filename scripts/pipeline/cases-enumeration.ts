/**
 * Shape "enumeration": cases listed after a subject that says what they are and a lead that opens the list, to the end
 * of the sentence: `荣获“…创新奖”的项目是：A、B、C`, `34个“…范例奖”项目包括：A、B…等`, `十个典型案例分别为A、B和C`.
 * Award lists and case roundups write their items so, each item one name with its place fused in
 * (`北京市东城区数字化城市管理项目`), often with no quotes at all.
 *
 * The subject decides: it must end in a noun for a case or project (ENUMERATED_CASE_NOUNS) and, besides that noun, name
 * a selection, an award or a kind of case (获奖, 入选, 奖, 典型, 示范 …): a work report's `重点项目包括：…` lists works,
 * not cases. Items end at 、 (or ； when the list uses it), so an item may hold a comma; the last ends at 等 or, with
 * none, at the first comma; `A、B和C` splits its last 和 when a place or a quoted name follows it. An item is a name of
 * 4–40 characters, not a place or a unit alone (those are who won), not a count or an honour's name.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import { type OwnerContext, looksLikeOwner } from './owners.ts';
import { type Candidate, CLOSE, NAME_OPEN, splitTopLevel } from './cases-common.ts';
import { notACase } from './cases-inline-names.ts';
import { splitAtDeng } from './cases-clauses.ts';
import { CASE_CUES_STRONG, CASE_CUES_WEAK, COLON_ONLY_LEADS, ENUMERATED_CASE_NOUNS, ENUMERATION_LEADS, LIST_CONJUNCTIONS, anyOf, anyWordOf } from './lexicon.ts';
import { findPlaces } from './places.ts';
import { parseChineseNumeral } from '../datasets/numerals.ts';

const NOUN = anyOf(ENUMERATED_CASE_NOUNS);
/** A lead: an enumeration verb before a colon, or one of the longer ones alone (包括A、B). */
const LEAD = new RegExp(`(?:${anyOf(ENUMERATION_LEADS).source})\\s*[：:]|(?:${anyOf(ENUMERATION_LEADS.filter((w) => !(COLON_ONLY_LEADS as readonly string[]).includes(w))).source})`, 'g');
const SUBJECT_END = new RegExp(`(?:${NOUN.source})\\s*$`);
/** A cue in the subject besides its noun: a selection, an award, a kind of case (项目 alone is no cue). */
const SUBJECT_CUE = new RegExp(`${anyWordOf(CASE_CUES_STRONG).source}|${anyOf(CASE_CUES_WEAK.filter((w) => !(ENUMERATED_CASE_NOUNS as readonly string[]).includes(w))).source}`);
const CONJUNCTION = new RegExp(`^(.{4,}?)(?:${anyOf(LIST_CONJUNCTIONS).source})(.{4,})$`);
/** A count or a measure (3所, 5.2公里) in an item: a work's size, not a case's name; a year (2023) may stand in a name. */
const MEASURE = /(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d+(?:\.\d+)?/;
const ITEM_MIN = 4;
const ITEM_MAX = 40;
const CUE_WEIGHT = 0.5;

/** A count of the subject's items right before its case noun (`15个项目…`, `十大案例`, `3项改革成果`): how many the list holds. */
const COUNTED_NOUN = new RegExp(`(\\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个|项|件|大|佳)[^，,。；;、\\d]{0,8}?(?:${NOUN.source})`);
/** A subject that opens with a count of case nouns (`15个项目由于…荣登红榜`): it names its items as cases wherever its verb stands. */
const COUNTED_SUBJECT = new RegExp(`^${COUNTED_NOUN.source}`);
/** A number written in an entry as part of its name: the count of parties after 等 (`蒙某伟等36人…案`). */
const PARTY_COUNT = /等\d+(?:人|名)/g;

/** How many items a subject says its list holds, or null. */
export function countOf(subject: string): number | null {
  const raw = COUNTED_NOUN.exec(subject)?.[1];
  if (!raw) return null;
  const n = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
  return n !== null && n >= 2 ? n : null;
}

/** The subject before a lead: its last clause, or the clause before when the lead follows a comma (`…项目，分别是：`). */
export function subjectOf(before: string): string {
  const clauses = splitTopLevel(before, '，,；;');
  const last = clauses.at(-1)!.text.trim();
  return last.length >= 2 ? last : (clauses.at(-2)?.text.trim() ?? '');
}

/** True when a text names a selection, an award or a kind of case besides its case nouns (项目 alone is no cue). */
export function citesSelection(text: string): boolean {
  return SUBJECT_CUE.test(text.replace(new RegExp(NOUN.source, 'g'), '□'));
}

/**
 * True when a subject says its items are cases: it ends in a case noun, or opens with a count of them
 * (`15个项目…荣登红榜`), and names a selection or kind besides.
 */
export function namesCases(subject: string): boolean {
  return (SUBJECT_END.test(subject) || COUNTED_SUBJECT.test(subject)) && citesSelection(subject);
}

/**
 * Pieces split at 、 rejoined where most end in the same character and some do not (`郑某基诉林某达、林某新、何某梅…案、`:
 * the 、 inside an entry separates co-parties, the list's own 、 follows the common ending 案). Applies when at least
 * three pieces, the first and the last, end in that character.
 */
export function joinAtCommonEnding(pieces: { text: string; start: number }[]): { text: string; start: number }[] {
  const ends = pieces.map((p) => p.text.trim().at(-1) ?? '');
  const last = ends.at(-1)!;
  const shared = ends.filter((e) => e === last).length;
  if (shared === pieces.length || shared < 3 || ends[0] !== last || shared * 2 < pieces.length) return pieces;
  const out: { text: string; start: number }[] = [];
  let open: { text: string; start: number } | null = null;
  for (const [i, p] of pieces.entries()) {
    open = open ? { text: `${open.text}、${p.text}`, start: open.start } : p;
    if (ends[i] === last) { out.push(open); open = null; }
  }
  return open ? [...out, open] : out;
}

/** The items of a list (text after its lead, to the sentence's end), with offsets into it. */
export function enumeratedItems(list: string, ctx: OwnerContext, count: number | null = null): { text: string; start: number }[] {
  // A list whose subject counts it is split where the count comes out: 15 projects separated by commas, one holding a 、.
  const commas = splitTopLevel(list, '，,').filter((p) => p.text.trim());
  if (count !== null && commas.length === count && splitTopLevel(list, '、').length !== count) return trimmed(commas);
  const semicolons = splitTopLevel(list, '；;').filter((p) => p.text.trim());
  const pieces = semicolons.length >= 2 ? semicolons : joinAtCommonEnding(splitTopLevel(list, '、'));
  const last = pieces.at(-1)!;
  // The last item ends at 等 (…H等。) or, with none, at the first comma: what follows is a new clause.
  const closed = splitAtDeng(last.text);
  const end = closed.length > 1 ? closed[0]!.text : splitTopLevel(last.text, '，,')[0]!.text;
  const items = [...pieces.slice(0, -1), { text: end, start: last.start }];
  // `A、B和C`: the last 和 joins two items when a place or a quote opens the second.
  const tail = items.at(-1)!;
  const joined = pieces.length >= 2 && closed.length === 1 ? CONJUNCTION.exec(tail.text) : null;
  if (joined && (NAME_OPEN.includes(joined[2]![0]!) || CLOSE.includes(joined[1]!.at(-1)!) || findPlaces(joined[2]!, { city: ctx.city, zones: ctx.tables.zones }).some((h) => h.start === 0))) {
    items.splice(-1, 1, { text: joined[1]!, start: tail.start }, { text: joined[2]!, start: tail.start + tail.text.length - joined[2]!.length });
  }
  return trimmed(items);
}

function trimmed(items: { text: string; start: number }[]): { text: string; start: number }[] {
  return items.map((p) => {
    const lead = p.text.length - p.text.trimStart().length;
    return { text: p.text.trim(), start: p.start + lead };
  });
}

/** An item that can be a case's name: words of a name's length, not a place or a unit alone, no count, no honour. */
export function itemName(text: string, ctx: OwnerContext): boolean {
  if (text.length < ITEM_MIN || text.length > ITEM_MAX || /[。！？：:]/.test(text) || MEASURE.test(text.replace(PARTY_COUNT, '等'))) return false;
  if (notACase(text.replace(/(?:项目|工程|专案)$/, ''))) return false;
  const place = findPlaces(text, { city: ctx.city, zones: ctx.tables.zones })[0];
  if (place && place.start === 0 && place.end === text.length) return false;
  return !looksLikeOwner(text, ctx);
}

export function enumerationCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx: OwnerContext = { city: doc.region.city, district: doc.region.district, tables };
  const out: Candidate[] = [];
  doc.sentences.forEach((s, i) => {
    const sentence = doc.text.slice(s.start, s.end).replace(/[。！？]+$/, '');
    for (const m of sentence.matchAll(LEAD)) {
      // A sentence that opens with its lead (`分别是：A，B…`) continues the subject of the sentence before it.
      const previous = doc.sentences[i - 1];
      const opening = m.index === 0 && previous?.paragraph === s.paragraph;
      const subject = opening ? subjectOf(doc.text.slice(previous.start, previous.end).replace(/[。！？]+$/, '')) : subjectOf(sentence.slice(0, m.index));
      const whole = opening ? doc.text.slice(previous.start, previous.end) : subject;
      if (!namesCases(opening ? countedOrLast(whole, subject) : subject)) continue;
      const from = m.index + m[0].length;
      const items = enumeratedItems(sentence.slice(from), ctx, countOf(opening ? whole : subject));
      const names = items.filter((i) => itemName(i.text, ctx));
      // A list is at least two names, and mostly names: a list of places or counts is not a list of cases.
      if (names.length < 2 || names.length * 2 < items.length) continue;
      // A year in the subject names the round of the award or list (荣获“2014…创新奖”的项目是：).
      const year = Number(/(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(subject)?.[0]) || null;
      const cue = { reason: `listed after a subject naming its items as cases (${subject.slice(-12)}${m[0].trim()})`, weight: CUE_WEIGHT };
      for (const n of names) {
        const start = s.start + from + n.start;
        out.push({ shape: 'enumeration', cues: [cue], anchor: s.paragraph, year, owner: '', title: n.text, start, end: start + n.text.length, quoteStart: s.start, quoteEnd: s.end });
      }
      break;
    }
  });
  return out;
}

/** The subject a sentence before a lead gives: the whole sentence when it opens with a count of case nouns, else its last clause. */
function countedOrLast(sentence: string, last: string): string {
  return COUNTED_SUBJECT.test(sentence) ? sentence.replace(/[。！？]+$/, '') : last;
}
