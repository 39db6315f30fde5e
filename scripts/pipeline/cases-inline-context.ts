/**
 * What the sentence and paragraph around a name inside a sentence say of it (cases-inline.ts): who owns a name written
 * without its owner (the last place the sentence names before it, else the unit its paragraph opens with), and the year
 * of the list it was selected into.
 */
import type { DocumentRecord } from './document.ts';
import { type OwnerContext, looksLikeOrganisation, looksLikeOwner } from './owners.ts';
import { sentencesOf, splitTopLevel } from './cases-common.ts';
import type { Cue } from './cases-cues.ts';
import { RELATIVE_TIME, ownerLike } from './cases-inline-names.ts';
import { CASE_CUES_STRONG, CLAUSE_OPENERS, anyOf, anyWordOf } from './lexicon.ts';
import { findPlaces } from './places.ts';

const STRONG = anyWordOf(CASE_CUES_STRONG);

interface Span {
  start: number;
  end: number;
}

/** Time words that open a paragraph before its subject: `2024年，`, `今年以来，`. */
const OPENING_TIME = new RegExp(`^(?:(?:19|20)\\d{2}年(?:以来|度)?|${anyOf(CLAUSE_OPENERS).source}(?:以来)?)[，,]?\\s*`);
const OPENER_MAX = 25;
const UNIT_BEFORE_TIME = new RegExp(`^([^，,。；;：:、\\s]{2,8}?)(?:${RELATIVE_TIME.source}|${anyOf(CLAUSE_OPENERS).source})`);
/** A compass direction and 部 (西部, 中部): part of a place, not a department. */
const DIRECTION_END = /[东西南北中]部$/;

const openers = new WeakMap<DocumentRecord, Map<number, string | null>>();

/** The unit a paragraph opens with, after its time words (`2024年，区政务服务和数据管理局始终坚持…`), if any. */
function openerOwner(doc: DocumentRecord, paragraph: number, ctx: OwnerContext): string | null {
  let known = openers.get(doc);
  if (!known) openers.set(doc, (known = new Map()));
  if (!known.has(paragraph)) known.set(paragraph, readOpener(doc, paragraph, ctx));
  return known.get(paragraph)!;
}

function readOpener(doc: DocumentRecord, paragraph: number, ctx: OwnerContext): string | null {
  const first = sentencesOf(doc, doc.paragraphs[paragraph]!)[0];
  if (!first) return null;
  // A label in 【】 (【概况】福田区位于…) names the paragraph's topic; the unit follows it.
  const text = doc.text.slice(first.start, first.end).trim().replace(/^【[^】]{1,8}】\s*/, '').replace(OPENING_TIME, '').slice(0, OPENER_MAX);
  // The longest unit, but a direction (南山区位于深圳市西部) is no department ending in 部.
  for (let n = text.length; n >= 2; n--) {
    const head = text.slice(0, n);
    if (DIRECTION_END.test(head)) continue;
    if (looksLikeOwner(head, ctx) || looksLikeOrganisation(head, ctx.tables.owners)) return head;
  }
  // A department written without its government, as the subject before a time word (社會處去年…, 建设处今年…).
  const unit = UNIT_BEFORE_TIME.exec(text)?.[1];
  return unit && ownerLike(unit, ctx) ? unit : null;
}

/**
 * Who a name without its own owner belongs to: the last place the sentence names before it, outside the other
 * names (a place inside the previous title is that title's, not this one's), else the paragraph's opening unit.
 */
export function ownerOfUnowned(doc: DocumentRecord, s: { start: number; paragraph: number }, f: Span, all: readonly Span[], ctx: OwnerContext): { owner: string; cue: Cue } | null {
  let before = doc.text.slice(s.start, f.start);
  for (const o of all) if (o !== f && o.start < f.start) before = before.slice(0, o.start - s.start) + '□'.repeat(Math.min(o.end, f.start) - o.start) + before.slice(Math.min(o.end, f.start) - s.start);
  const place = findPlaces(before, { ...ctx, zones: ctx.tables.zones }).filter((h) => h.kind !== 'street').at(-1);
  if (place) return { owner: place.matched, cue: { reason: `owner: the place the sentence names before it (${place.matched})`, weight: 0 } };
  const opener = openerOwner(doc, s.paragraph, ctx);
  return opener ? { owner: opener, cue: { reason: `owner: the unit the paragraph opens with (${opener})`, weight: 0 } } : null;
}

/**
 * A year in a list's name (`获评2024年…案例`, `“2019中国改革年度案例”`, `2023-2024年…奖`; the end of a range); not a count
 * that reads like one (`从全国近2000个改革案例中`).
 */
const LIST_YEAR = /(?<![近约超逾共\d])((?:19|20)\d{2})(?:\s*[-—–至]\s*((?:19|20)\d{2}))?(?!\s*(?:\d|[-/.]\d|年\s*\d{1,2}\s*月|[多余]?[个项家件名人万亿]))/g;
const LIST_NAME_SPAN = 30;

/**
 * The year of the list a name was selected into: the first year after it in its clause that stands in a list's name
 * (a later clause names the list of another name: `A入选第七届…案例，B获评2024年…案例`).
 */
export function listYear(after: string): number | null {
  const clause = splitTopLevel(after, '，,；;')[0]!.text;
  for (const m of clause.matchAll(LIST_YEAR)) {
    if (STRONG.test(clause.slice(m.index, m.index + LIST_NAME_SPAN))) return Number(m[2] ?? m[1]);
  }
  return null;
}


/** The first quoted name after a list's verb (`等荣获“十佳社区”`): the honour the listed names received. */
const HONOUR_QUOTED = /[“「]([^”」]{2,20})[”」]/;

/**
 * Whether the names before a verb are the units an honour went to: the honour names the kind of unit that wins it, and
 * every name is one of that kind (`春江社区、康乐社区等荣获“十佳社区”`, `某村获评“全国文明村”`): the communities are who
 * won, not entries. The kind is the honour's last two characters, or its last one when that is a unit word (村).
 */
export function honouredUnits(titles: readonly string[], predicate: string): boolean {
  const honour = HONOUR_QUOTED.exec(predicate)?.[1];
  if (!honour || titles.length === 0) return false;
  const kind = honour.slice(-2);
  return titles.every((t) => t.endsWith(kind) && t.length <= kind.length + 6);
}
