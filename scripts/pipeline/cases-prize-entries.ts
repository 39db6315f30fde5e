/**
 * Shape "prize-entry": quoted titles (「」, “”, 《》) a sentence about prizes names as what a unit won with, wherever
 * the owner stands. Award news writes them three ways:
 * - by means: `<unit>以「T」夺下…首奖`, `<unit>则凭借「T」荣获…`, `<unit>以「A」、「B」两项计划，获得…奖项`: a means
 *   preposition (以, 凭借) before the titles, then a winning verb and a prize in that clause or the next;
 * - counted: `<unit>提出2案获特优奖，其一为「A」…；其二是「B」`: 其 and an ordinal before each title;
 * - by prize: `特优奖中的「C」`, `另获得优等奖的「E」`: the prize and 的 right before the title, and a title that opens
 *   a clause after a semicolon continues such a list (`；「D」结合…`);
 * - by theme: `<unit>以「T」为题，…` in a paragraph that has already named the prize it won (a post headed
 *   `第7届政府服务奖得奖案例-<unit>`): the title is the theme of the winning entry.
 * The owner is the unit before the means preposition, else the unit that opens the sentence, else the last owner the
 * paragraph named (the next sentence often goes on about the same unit: `2025年则以《T》再度夺下特别奖`).
 * Names of prizes and documents (「…特别奖」, 《…计划》 alone) are never entries (notACase).
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import type { OwnerContext } from './owners.ts';
import { type Candidate, sentencesOf } from './cases-common.ts';
import { notACase, ownerLike } from './cases-inline-names.ts';
import { SELECTED } from './cases-clauses.ts';
import { CLAUSE_OPENERS, LIST_CONJUNCTIONS, MEANS_PREPOSITIONS, PRIZE_TIERS, PRIZE_WORDS, QUOTED_NAME_TAILS, RELATIVE_YEARS, VERB_ADVERBS, WINNING_VERBS, anyOf } from './lexicon.ts';

const PRIZE = `(?:${anyOf([...PRIZE_WORDS, ...PRIZE_TIERS, '优等', '特优']).source})`;
/** A winning verb (获 alone too: 获「数位创新加值」奖), then a prize within a short object (获得协会 2022 年智慧运输应用奖项). */
const WINS = new RegExp(`(?:${SELECTED.source}|${anyOf(WINNING_VERBS).source}|获)[^，,。；;]{0,24}?${PRIZE}`);
const PRIZE_IN = new RegExp(PRIZE);
/** Words that say a paragraph's entry won (得奖案例, 获奖作品): with a prize before them, the paragraph is about a winner. */
const WINS_BEFORE = /[得获]奖/;
const TITLE = /[「“《]([^「」“”《》]{2,120})[」”》]/g;
/** What stands before a title: a means preposition and a short description (以海洋文化绘本《T》). */
const MEANS = new RegExp(`(?:${anyOf(MEANS_PREPOSITIONS).source})[^，,；;、。「“《」”》]{0,8}$`);
const COUNTED = /其[一二三四五六七八九十]{1,2}[为是]?$/;
/** A title given as an entry's theme (以「T」为题): the prize is named before, in the paragraph. */
const THEMED = /^(?:为题|为主题)/;
const BY_PRIZE = new RegExp(`${PRIZE}项?中?的$`);
/** Titles run together in one list (「A」、「B」, 「A」以及「B」). */
const JOINED = /^\s*(?:、|和|及|以及)\s*$/;
const JOINED_HEAD = /^\s*(?:、|和|及|以及)\s*/;
/** Words between a unit and what it did: connectives, adverbs, time (则, 再度, 在2024年, 2025 年则). */
const TRAILING = new RegExp(`(?:则|也|还|又|再度|再次|${anyOf(VERB_ADVERBS).source}|在?\\s*(?:19|20)\\d{2}\\s*年(?:度)?|${anyOf(CLAUSE_OPENERS).source})+$`);
const LEADING = new RegExp(`^(?:此外|另外|另|其中|同时|还有|而)+[，,]?`);
const WEIGHT = 0.55;
/**
 * What may follow a title that is a unit's entry: a separator, a conjunction, a count of entries (两项计划, 3专案), a
 * generic noun (专案), an adverb, a scope (于全球数十个城市中) or the verb. A noun written after the quote (“政采云”改革) makes the quote part of a
 * longer name, which the inline shape reads whole.
 */
const ENTRY_END = new RegExp(
  `^(?:\\s|[、，,；;]|${anyOf([...LIST_CONJUNCTIONS, '及', ...QUOTED_NAME_TAILS, ...VERB_ADVERBS, ...WINNING_VERBS]).source}|[\\d一二三四五六七八九十两]+\\s*(?:[项个件案]|${anyOf(QUOTED_NAME_TAILS).source})|${SELECTED.source}|就|于[^，,。；;「“《]{0,16}中|$)`,
);
/** Where a sentence's opening unit ends: a time word, a number, a verb of saying or proposing, a means preposition. */
const OPENER_END = new RegExp(`${anyOf([...RELATIVE_YEARS.map(([w]) => w), ...CLAUSE_OPENERS, ...MEANS_PREPOSITIONS, '提出', '表示', '则', '在']).source}|\\d`);

/** The unit a text ends with (其中高雄市交通局, 交通局则): the longest owner-like tail once connectives are cut. */
function unitAtEnd(text: string, ctx: OwnerContext): string | null {
  // What follows a colon is what was said (馆长表示：高市图…); connectives open the clause (其中, 还有).
  const bare = text.replace(TRAILING, '').trim().split(/[：:]/).at(-1)!.trim().replace(LEADING, '');
  for (let n = Math.min(bare.length, 20); n >= 2; n--) {
    const tail = bare.slice(bare.length - n);
    if (ownerLike(tail, ctx)) return tail;
  }
  return null;
}

/** The unit a sentence opens with (消防局提出2案…, 卫生局则提出…). */
function unitAtStart(text: string, ctx: OwnerContext): string | null {
  const bare = text.replace(LEADING, '').split(OPENER_END)[0]!;
  for (let n = Math.min(bare.length, 20); n >= 2; n--) if (ownerLike(bare.slice(0, n), ctx)) return bare.slice(0, n);
  return null;
}

type Role = 'means' | 'owned' | 'counted' | 'prize' | 'continues';

/** How a title at `at` of a clause-split sentence is introduced, given the role of the entry before it. */
function roleOf(sentence: string, at: number, previous: { end: number; role: Role } | null, ctx: OwnerContext): Role | null {
  const clauseStart = Math.max(sentence.lastIndexOf('，', at - 1), sentence.lastIndexOf(',', at - 1), sentence.lastIndexOf('；', at - 1), sentence.lastIndexOf(';', at - 1)) + 1;
  const before = sentence.slice(clauseStart, at);
  if (previous && previous.end > clauseStart && JOINED.test(sentence.slice(previous.end, at))) return previous.role;
  if (MEANS.test(before)) return 'means';
  // A unit right before the title (农业局「A」、客委会「B」以及经发局「C」3专案获得优选): its entry, when a prize follows.
  const since = previous && previous.end > clauseStart ? sentence.slice(previous.end, at) : before;
  if (ownerLike(since.replace(JOINED_HEAD, '').replace(LEADING, ''), ctx)) return 'owned';
  if (COUNTED.test(before)) return 'counted';
  if (BY_PRIZE.test(before)) return 'prize';
  const afterSemicolon = /[；;]/.test(sentence[clauseStart - 1] ?? '') && before.trim() === '';
  return afterSemicolon && previous && previous.role !== 'means' ? 'continues' : null;
}

export function prizeEntryCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx: OwnerContext = { city: doc.region.city, district: doc.region.district, tables };
  const out: Candidate[] = [];
  for (const p of doc.paragraphs) {
    let paragraphOwner: string | null = null;
    for (const s of sentencesOf(doc, p)) {
      const sentence = doc.text.slice(s.start, s.end).replace(/[。！？]+$/, '');
      const opener = unitAtStart(sentence, ctx);
      paragraphOwner = opener ?? paragraphOwner;
      const prizeBefore = PRIZE_IN.test(doc.text.slice(p.start, s.start)) && WINS_BEFORE.test(doc.text.slice(p.start, s.start));
      if (!PRIZE_IN.test(sentence) && !prizeBefore) continue;
      let previous: { end: number; role: Role } | null = null;
      for (const m of sentence.matchAll(TITLE)) {
        const end = m.index + m[0].length;
        const role = roleOf(sentence, m.index, previous, ctx);
        previous = role ? { end, role } : null;
        if (!role || notACase(m[1]!.trim(), m[0].startsWith('《'))) continue;
        const themed = role === 'means' && prizeBefore && THEMED.test(sentence.slice(end));
        // By means: the clause of the titles, or the next one, says the unit won a prize with them.
        if ((role === 'means' || role === 'owned') && !themed && !ENTRY_END.test(sentence.slice(end))) continue;
        if ((role === 'means' || role === 'owned') && !themed && !WINS.test(sentence.slice(end).split(/[；;。]/)[0]!.split(/[，,]/).slice(0, 2).join('，'))) continue;
        // Counted or by prize: the sentence so far names the prize.
        if ((role === 'counted' || role === 'prize' || role === 'continues') && !PRIZE_IN.test(sentence.slice(0, m.index))) continue;
        const clause = sentence.slice(0, m.index).split(/[，,；;、]|以及/).at(-1)!;
        const written = role === 'means' || role === 'owned' ? unitAtEnd(clause.replace(MEANS, ''), ctx) : null;
        const owner = written ?? opener ?? paragraphOwner ?? '';
        if (written) paragraphOwner = written;
        const start = s.start + m.index + 1;
        const cues = [{ reason: `a title named as what won a prize (${role === 'means' ? '以「T」…奖' : role === 'owned' ? '<unit>「T」…获奖' : role === 'counted' ? '其一为「T」' : '…奖的「T」'})`, weight: WEIGHT }];
        if (owner) cues.push({ reason: `owner: ${written ? 'the unit before the title' : 'the unit the sentence or paragraph names'} (${owner})`, weight: 0.2 });
        out.push({ shape: 'prize-entry', cues, anchor: p.index, owner, title: m[1]!.trim(), start, end: start + m[1]!.length, quoteStart: s.start, quoteEnd: s.end });
      }
    }
  }
  return out;
}
