/**
 * What a figure measures and when: the subject from the words around the
 * number within its clause, the time reference from the sentence. Heuristics
 * over general word lists (verbs, time words), never over seed sentences.
 */
import type { SpanIndex } from './spans.ts';
import { CLAUSE_OPENERS, COMPARISON_WORDS, LINK_WORDS, OBJECT_VERBS, PREDICATE_WORDS, RATIO_LEADS, RATIO_NOUNS, alternation as alt } from './lexicon.ts';
import { CHANGE_TAIL } from './figures-units.ts';


/** Clause delimiters: a subject never reaches across them. Spaces separate phrases in headings. */
const DELIMITER = /[，、；：。！？\n（）,;:!? 　]/;
/** Verbs and particles between a subject and its number: 开办企业时间压缩至3个工作日. */
const LINK_TAIL = new RegExp(`(?:${alt(LINK_WORDS)}|(?:仅|只|共|总|累计)用时|(?<![送到抵表传下发])达)$`);
/** Transitive verbs: the words after them are their object, so a number right after one quantifies what follows it. */
const ACTION_WORDS = alt(OBJECT_VERBS);
/** An action verb that is not the head of a noun (办理量, 覆盖率 are nouns). */
const ACTION = new RegExp(`(?:${ACTION_WORDS})(?![率量数额面时])`, 'g');
const ACTION_TAIL = new RegExp(`(?:${ACTION_WORDS})$`);
/** Words that end a following noun phrase: 3300多个事项实现互联互通 -> 事项. */
const PREDICATE = new RegExp(`(?:${alt(PREDICATE_WORDS)}|(?<!以)及(?!时)|(?<!公)共)`);
/** Time words that open a clause and are not part of the subject. */
const LEADING = new RegExp(`^(?:(?:截至|截止|至|到)?(?:\\d{4}年(?:度)?(?:\\d{1,2}月)?(?:底|末|以来)?|${alt(CLAUSE_OPENERS)}|近\\d+年)|[和及与将把对了的共已])+`);
const QUOTES = /[“”‘’《》「」]/g;
const COMPARISON_START = new RegExp(`^(?:${alt(COMPARISON_WORDS.filter((w) => w !== '与'))})(?=\\p{Script=Han}{2})`, 'u');
/** A subject is a chart label: long enough for a noun phrase with its modifiers, never a paragraph. */
const MAX_SUBJECT = 24;

function clauseStart(text: string, from: number, floor: number): number {
  let s = from;
  while (s > floor) {
    const c = text[s - 1]!;
    if (c === '）' || c === ')') {
      // A parenthesis is an aside inside the clause: 增设养老床位（含家庭建床）1000张.
      const open = Math.max(text.lastIndexOf('（', s - 1), text.lastIndexOf('(', s - 1));
      if (open >= floor) {
        s = open;
        continue;
      }
    }
    if (DELIMITER.test(c)) break;
    s--;
  }
  return s;
}

function clauseEnd(text: string, from: number, ceiling: number): number {
  let e = from;
  while (e < ceiling && !DELIMITER.test(text[e]!)) e++;
  return e;
}

function shorten(phrase: string, fromEnd: boolean): string {
  if (phrase.length <= MAX_SUBJECT) return phrase;
  // Cut at a 的 when one leaves a whole noun phrase.
  const de = fromEnd ? phrase.lastIndexOf('的', phrase.length - 2) : -1;
  if (de >= 0 && phrase.length - de - 1 <= MAX_SUBJECT) return phrase.slice(de + 1);
  return fromEnd ? phrase.slice(-MAX_SUBJECT) : phrase.slice(0, MAX_SUBJECT);
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/** Whether the words right before the number are a transitive verb (推动超20万平方米老旧物业). */
export function verbBefore(text: string, spanStart: number): boolean {
  return ACTION_TAIL.test(text.slice(Math.max(0, spanStart - 4), spanStart).replace(/[已了共累计]+$/, ''));
}

/**
 * The noun phrase before the number, trimmed of linking verbs and leading
 * time words. `floor` is where the previous figure in the clause ended.
 */
export function subjectBefore(text: string, spanStart: number, floor: number): string | null {
  let pre = text.slice(clauseStart(text, spanStart, floor), spanStart).replace(/（[^）]*）|\([^)]*\)/g, '');
  for (let guard = 0; guard < 8; guard++) {
    const next = pre.replace(LINK_TAIL, '').replace(CHANGE_TAIL, '').replace(ACTION_TAIL, '');
    if (next === pre) break;
    pre = next;
  }
  pre = pre.replace(LEADING, '');
  let last = -1;
  for (const m of pre.matchAll(ACTION)) if (m.index + m[0].length < pre.length) last = m.index + m[0].length;
  if (last >= 0) pre = pre.slice(last);
  pre = shorten(pre.replace(QUOTES, '').replace(LEADING, ''), true);
  // A comparison base names what it is compared with (较国务院要求的120个工作日 -> 国务院要求).
  pre = pre.replace(COMPARISON_START, '');
  return hasHan(pre) ? pre : null;
}

/** The noun phrase after a counted unit: 11个领域 -> 领域; 3个针对疫情防治的科技重大专项 -> 科技重大专项. */
export function subjectAfter(text: string, unitEnd: number, ceiling: number): string | null {
  if (text[unitEnd] === '“' || text[unitEnd] === '《') {
    const close = text.indexOf(text[unitEnd] === '“' ? '”' : '》', unitEnd);
    if (close > unitEnd + 1 && close - unitEnd <= MAX_SUBJECT + 1) return text.slice(unitEnd + 1, close);
  }
  let post = text.slice(unitEnd, clauseEnd(text, unitEnd, ceiling)).replace(/^[和及与、]/, '');
  const cut = post.search(/\d/);
  if (cut >= 0) post = post.slice(0, cut);
  // A verb phrase right after the number is what the count counts (200多万人次参与社会治安防控).
  if (new RegExp(`^(?:${ACTION_WORDS})`).test(post)) return shorten(post.replace(QUOTES, ''), false);
  const parts = post.split('的').filter((p) => p.length > 0);
  if (parts.length > 0) post = parts[parts.length - 1]!;
  const stop = post.search(PREDICATE);
  if (stop > 0) post = post.slice(0, stop);
  post = shorten(post.replace(QUOTES, '').replace(/[中及和与等的]+$/, ''), false);
  return hasHan(post) ? post : null;
}

const RATIO_LEAD_TAIL = new RegExp(`(?:${alt(RATIO_LEADS)})$`);
const RATIO_NOUN_AFTER = new RegExp(`^(?:的)?(?:${alt(RATIO_NOUNS)})(?:为|是)?`);

/**
 * What a ratio compares: the words before its terms without the preposition or verb
 * that introduces them (按照, 缩小到), else what follows 比例 after the terms
 * (按照1:1.5的比例配套资金 -> 配套资金).
 */
export function ratioSubject(text: string, start: number, end: number, floor: number, ceiling: number): string | null {
  let pre = text.slice(clauseStart(text, start, floor), start);
  for (let guard = 0; guard < 4 && RATIO_LEAD_TAIL.test(pre); guard++) pre = pre.replace(RATIO_LEAD_TAIL, '');
  // 经费由A与B按照1:1比例分担: the parties after 由 are what the ratio divides between.
  pre = pre.replace(/^.*由(?=\p{Script=Han}{2})/u, '');
  const before = subjectBefore(pre, pre.length, 0);
  if (before) return before;
  const named = RATIO_NOUN_AFTER.exec(text.slice(end, ceiling));
  return named ? subjectAfter(text, end + named[0].length, ceiling) : subjectAfter(text, end, ceiling);
}

const TIME = new RegExp(
  [
    '截至(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?',
    '\\d{4}年(?:度|上半年|下半年|前三季度|[一二三四]季度|\\d{1,2}月(?:\\d{1,2}日)?(?:底|末|中旬|上旬|下旬|中下旬)?|底|末|以来|初)?',
    '(?:今年|去年)(?:上半年|下半年|\\d{1,2}月(?:底|中下旬)?)?',
    '上半年|下半年|全年|目前|至今|近\\d+年|近[两三四五]年',
  ].join('|'),
  'g',
);
/** A year after these words is the base of a comparison (较2019年), not the figure's time. */
const COMPARISON = new RegExp(`(?:${alt([...COMPARISON_WORDS, '相比'])})$`);

const VAGUE = /^(?:全年|目前|至今|今年|去年)$/;

/**
 * The time reference for a number at [spanStart, spanEnd): the nearest
 * specific one (a year, 截至…, 上半年) before it in the sentence, else the
 * nearest vague one (目前, 全年), else the first after it.
 */
export function timeOf(text: string, spanStart: number, spanEnd: number, sentence: { start: number; end: number }, titles: SpanIndex<{ start: number; end: number }>): string | null {
  const s = text.slice(sentence.start, sentence.end);
  let specific: string | null = null;
  let vague: string | null = null;
  let after: string | null = null;
  for (const m of s.matchAll(TIME)) {
    const at = sentence.start + m.index;
    if (at < spanEnd && at + m[0].length > spanStart) continue; // the figure itself (近2年)
    if (COMPARISON.test(text.slice(Math.max(0, at - 2), at))) continue;
    if (titles.has(at)) continue;
    if (at < spanStart) {
      if (VAGUE.test(m[0])) vague = m[0];
      else specific = m[0];
    } else after ??= m[0];
  }
  return specific ?? vague ?? after;
}
