/**
 * Shape "inline": cases named inside a sentence. Reports do it in four ways:
 * - names before 等 and a list word: `评选出“A”“B”等十优项目`, `产生了“A”、“B”等十佳创新奖10个`;
 * - names as the subject of a selection verb: `“A”入选第七届…案例`, `B案例获评…`;
 * - names after a lead and a colon: `分别是：湖北省“…”、武汉市江夏区“…”`;
 * - 《》-marked titles in a sentence about cases: `如…的《一个产业,崛起一座城》`.
 * Each name may have its owner written before it. Names of honours, events,
 * lists and documents (“最佳论文奖”, 《…实施方案》) are never cases.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import type { OwnerContext } from './owners.ts';
import { type Candidate, splitTopLevel } from './cases-common.ts';
import type { Cue } from './cases-cues.ts';
import { splitItem, unquote } from './cases-item.ts';
import {
  CASE_CUES_STRONG, CASE_CUES_WEAK, DOCUMENT_NAME_ENDINGS, HONOUR_NAME_ENDINGS, HONOUR_VERBS, PRODUCTION_VERBS, PUBLICATION_WORDS, SELECTION_LEADS,
  anyOf,
} from './lexicon.ts';
import { findPlaces } from './places.ts';

const STRONG = anyOf(CASE_CUES_STRONG);
const CUE = new RegExp(`${STRONG.source}|${anyOf(CASE_CUES_WEAK).source}`);
const LEAD = anyOf(SELECTION_LEADS);
const PRODUCE = anyOf(PRODUCTION_VERBS);
/** A selection verb after its subject: `X入选…`, `X获评…`. */
const SELECTED = new RegExp(`入选|列入|${anyOf(HONOUR_VERBS).source}`);
const HONOUR_NAME = new RegExp(`(?:${anyOf(HONOUR_NAME_ENDINGS).source})$`);
const DOCUMENT_NAME = new RegExp(`(?:${anyOf(DOCUMENT_NAME_ENDINGS).source})$`);
const RECEIVED = anyOf(HONOUR_VERBS);
const BOOK_TITLE = new RegExp(`《([^《》]{4,60})》(?!${anyOf(PUBLICATION_WORDS).source})`, 'g');
/** Words before a quoted name that introduce it rather than belong to it. */
const PREFIX_MAX = 6;
/** A head ending like a place name (杭州市江干区) is the owner, even when the gazetteer no longer knows it. */
const PLACE_END = /[省市区县镇乡街]$/;

interface Found {
  owner: string;
  title: string;
  start: number;
  end: number;
  cue: Cue;
}

/** A quoted name that is an honour, an event, a list or a document. */
function notACase(title: string): boolean {
  const bare = title.replace(/[\s\d]+$/, '');
  return HONOUR_NAME.test(bare) || DOCUMENT_NAME.test(bare);
}

/** The names of a 、-list (adjacent quotes split too), each with its owner; `at` is the list's offset in the document. */
function namesIn(list: string, at: number, cue: Cue, ctx: OwnerContext): Found[] {
  const out: Found[] = [];
  const marked = list.replace(/([”》])(?=[“《])/g, '$1\u0000');
  let shift = 0;
  for (const piece of splitTopLevel(marked, '、\u0000')) {
    const start = at + piece.start - shift;
    if (marked[piece.start + piece.text.length] === '\u0000') shift++;
    const text = piece.text.trim();
    const item = splitItem(text, ctx);
    const quote = text.search(/[“《]/);
    if (!item.how && quote < 0) continue;
    // A short unquoted head belongs to the name (排水许可“无感智办”新模式); a long one, or a place, introduces it.
    const head = text.slice(0, Math.max(quote, 0));
    const raw = item.how ? item.title : head.length > PREFIX_MAX || PLACE_END.test(head) ? text.slice(quote) : text;
    const quoted = /^[“《][^“”《》]+[”》]/.exec(raw)?.[0] ?? null;
    if (quoted && notACase(unquote(quoted))) continue;
    // `…新模式案例` names the case and what it is: the case is the name.
    const title = unquote(raw.replace(/[”》]?(?:案例|项目)$/, (m) => (m.length > 2 ? m[0]! : '')));
    if (title.length < 4 || title.length > 80) continue;
    out.push({ owner: item.owner ?? '', title, start, end: start + piece.text.length, cue });
  }
  return out;
}

/** The names one clause lists, by the first of the ways above that applies to it. */
function clauseNames(clause: string, at: number, sentence: string, ctx: OwnerContext): Found[] {
  const parts = splitTopLevel(clause, '等');
  if (parts.length > 1) {
    const before = parts[0]!.text;
    const rest = clause.slice(before.length + 1);
    const produced = [...before.matchAll(new RegExp(`${PRODUCE.source}|${LEAD.source}|[：:]|如`, 'g'))].at(-1);
    if (produced || STRONG.test(rest)) {
      const from = produced ? produced.index + produced[0].length : 0;
      const word = produced?.[0] ?? `等${STRONG.exec(rest)![0]}`;
      return namesIn(before.slice(from), at + from, { reason: `named in a list closed by 等 (${word})`, weight: 0.55 }, ctx);
    }
  }
  const selected = SELECTED.exec(clause);
  if (selected && selected.index > 0 && CUE.test(clause.slice(selected.index))) {
    return namesIn(clause.slice(0, selected.index), at, { reason: `named as selected (${selected[0]})`, weight: 0.55 }, ctx);
  }
  const lead = /[：:]/.exec(clause) ?? LEAD.exec(clause);
  // After 获评 / 荣获 without a colon come the honours the subject received.
  if (lead && !RECEIVED.test(lead[0]) && STRONG.test(sentence)) {
    const from = lead.index + lead[0].length;
    const names = namesIn(clause.slice(from), at + from, { reason: `listed after “${lead[0]}” in a sentence about cases`, weight: 0.5 }, ctx);
    return names.length >= 2 ? names : [];
  }
  return [];
}

/** 《》-marked titles in a sentence that speaks of cases (案例, 评选 …). */
function bookTitles(sentence: string, at: number): Found[] {
  const cue = STRONG.exec(sentence)?.[0];
  if (!cue) return [];
  return [...sentence.matchAll(BOOK_TITLE)].flatMap((m) =>
    notACase(m[1]!) ? [] : [{ owner: '', title: m[1]!, start: at + m.index, end: at + m.index + m[0].length, cue: { reason: `a 《》 title in a sentence about cases (${cue})`, weight: 0.55 } }],
  );
}

export function inlineCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end).replace(/[。！？]+$/, '');
    if (!CUE.test(sentence) && !LEAD.test(sentence)) continue;
    const found = splitTopLevel(sentence, '，,；;').flatMap((c) => clauseNames(c.text, s.start + c.start, sentence, ctx));
    for (const b of bookTitles(sentence, s.start)) if (!found.some((f) => b.start < f.end && f.start < b.end)) found.push(b);
    for (const f of found) {
      // A name without its own owner belongs to the place the sentence names before it (泉州地区提交…《…》).
      const place = f.owner ? null : findPlaces(doc.text.slice(s.start, f.start), { ...ctx, zones: tables.zones }).filter((h) => h.kind !== 'street').at(-1);
      const ownerCue = f.owner
        ? [{ reason: 'the name has its owner before it', weight: 0.2 }]
        : place ? [{ reason: `owner: the place the sentence names before it (${place.matched})`, weight: 0 }] : [];
      out.push({
        shape: 'inline',
        cues: [f.cue, ...ownerCue],
        anchor: s.paragraph,
        owner: f.owner || place?.matched || '',
        title: f.title,
        start: f.start,
        end: f.end,
        quoteStart: s.start,
        quoteEnd: s.end,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
