/**
 * The words around a number that say what it is: units (with the kind of
 * quantity they measure) and qualifiers (约, 超, 不少于, 以内 ...). The word
 * lists live in lexicon.ts; this module reads them at a position in a text.
 *
 * A measure word is recognized by its place right after a number: the unit
 * tables, then compounds built from them by shape (a classifier and 次 is a
 * frequency: 架次, 艘次, 箱次; a unit and 公里 is a transport work: 吨公里),
 * then any word of one or two characters that ends the counted phrase
 * (共夺得5奖，, 3专案获得优选: positionalUnit).
 */
import type { FigureKind, Qualifier } from '../datasets/schema.ts';
import {
  HONOUR_VERBS, SELECTED_VERBS, TOTAL_WORDS, VERB_ADVERBS, WINNING_VERBS,
  CLASSIFIER_NOUNS, COMPARISON_BASES, CURRENCY_NAMES, SELF_COUNTED_NOUNS, SELF_COUNTED_WORD_TAILS, COMPUTING_NOUNS, COMPUTING_UNITS, JOINT_ACTION_WORDS, COMPARISON_WORDS, COUNT_CLASSIFIERS, DIGIT_MEASURE_UNITS, EVENT_CLASSIFIERS, FALL_VERBS, MEASURE_UNITS, MEDALS, QUALIFIERS_AFTER,
  FORECAST_NOUN_TAILS, FORECAST_WORDS, QUALIFIERS_BEFORE, RISE_VERBS, alternation as alt,
} from './lexicon.ts';

export interface UnitInfo {
  /** The unit as the dataset spells it (㎡ becomes 平方米). */
  unit: string | null;
  kind: FigureKind;
  /** A classifier of things: the counted noun follows it (11个领域). */
  counted: boolean;
}

const TABLE: [string, UnitInfo][] = [
  ...MEASURE_UNITS.flatMap(([words, kind, as]) => words.map((w): [string, UnitInfo] => [w, { unit: as ?? w, kind, counted: false }])),
  ...COUNT_CLASSIFIERS.map((w): [string, UnitInfo] => [w, { unit: w, kind: 'count', counted: true }]),
  ...EVENT_CLASSIFIERS.map((w): [string, UnitInfo] => [w, { unit: w, kind: 'count', counted: false }]),
];
/** Unit words, longest first, so 个工作日 wins over 个 and 平方米 over 米. */
const UNITS = TABLE.sort((a, b) => b[0].length - a[0].length);

const DIGIT_UNITS: [string, UnitInfo][] = DIGIT_MEASURE_UNITS.flatMap(([words, kind]) => words.map((w): [string, UnitInfo] => [w, { unit: w, kind, counted: false }]));

/** The unit word at text[at], if any, with the compounds described in the module comment. */
export function unitAt(text: string, at: number): (UnitInfo & { word: string }) | null {
  if (medalAt(text, at)) return { unit: text[at]!, kind: 'count', counted: false, word: text[at]! };
  if (CLASSIFIER_NOUNS.some((n) => text.startsWith(n, at))) return null;
  const found = UNITS.find(([word]) => text.startsWith(word, at)) ?? (/\d/.test(text[at - 1] ?? '') ? DIGIT_UNITS.find(([word]) => text.startsWith(word, at)) : undefined);
  if (!found) return null;
  const [word, info] = found;
  const after = at + word.length;
  if (info.kind === 'count' && info.counted && word.length === 1 && text[after] === '次') {
    return { unit: `${word}次`, kind: 'count', counted: true, word: `${word}次` };
  }
  if ((info.kind === 'weight' || info.unit === '人') && text.startsWith('公里', after)) {
    return { unit: `${word}公里`, kind: info.kind, counted: false, word: `${word}公里` };
  }
  return { ...info, word };
}

const SELF_COUNTED = [...SELF_COUNTED_NOUNS].sort((a, b) => b.length - a.length);
const NUMERAL_CHAR = /^[一二两兩三四五六七八九十]/;

/**
 * A noun counted with no classifier (20省份, 四县, 两项目), read after a number that is not a bare round word
 * (百县千镇 names a set) nor a long number, and only where it ends its word (not 5市委, 2区域, 5项目标) and no word of
 * acting together follows (三市联动 names a scheme). Two such counts run together with Chinese numerals (两区一中心, 三区三州) name a slogan.
 */
export function selfCountedAt(text: string, at: number, numeral: string): (UnitInfo & { word: string }) | null {
  // A count has one to three digits: a longer number before a noun is a year or a code (2017地区生产总值).
  if (/^[十百千万亿]+$/.test(numeral) || /^\d{4,}/.test(numeral)) return null;
  const word = SELF_COUNTED.find((w) => text.startsWith(w, at));
  if (!word || [...SELF_COUNTED_WORD_TAILS, ...JOINT_ACTION_WORDS].some((t) => text.startsWith(t, at + word.length))) return null;
  const before = text.slice(Math.max(0, at - numeral.length - 2), at - numeral.length);
  if (!/^\d/.test(numeral) && (NUMERAL_CHAR.test(text.slice(at + word.length)) || /[一二两三四五六七八九十]\p{Script=Han}$/u.test(before))) return null;
  return { unit: word, kind: 'count', counted: false, word };
}

/** The verbs a count is the subject or object of (3专案获得优选, 夺得5奖): selection, honour and winning verbs. */
const COUNT_VERBS = alt([...SELECTED_VERBS, ...HONOUR_VERBS, ...WINNING_VERBS, '获']);
/** A counted phrase ends before its verb (3专案获得优选, 4镇均入选). */
const BEFORE_VERB = new RegExp(`^(?:${alt(VERB_ADVERBS)})?(?:${COUNT_VERBS})`);
/** A counted phrase ends the clause (…5奖，): then the clause must say the number is a total or what was won. */
const CLAUSE_END = /^(?:[，。；：！？,;:!?）)\n]|$)/;
const TOTAL_IN_CLAUSE = new RegExp(`(?:${alt(TOTAL_WORDS)})[^，。；：！？,;:!?\\n]*$|(?:${COUNT_VERBS})了?$`);

const COMPUTING = [...COMPUTING_UNITS].sort((a, b) => b.length - a.length);

/** A unit of computing power right after the number, beside 算力 before it in the clause or right after the unit (320P算力). */
export function computingUnitAt(text: string, at: number): (UnitInfo & { word: string }) | null {
  const word = COMPUTING.find((w) => text.startsWith(w, at) && !/[A-Za-z]/.test(text[at + w.length] ?? ''));
  if (!word) return null;
  const clause = text.slice(Math.max(0, at - 20), at).split(/[，。；！？,;!?\n]/).pop()!;
  const beside = COMPUTING_NOUNS.some((n) => text.startsWith(n, at + word.length) || text.startsWith(`的${n}`, at + word.length) || clause.includes(n));
  return beside ? { unit: word, kind: 'count', counted: false, word } : null;
}

/** Whether the words at text[at] are the verb of a counted phrase (…3专案获得优选, 一篇成功入选). */
export function countVerbAt(text: string, at: number): boolean {
  return BEFORE_VERB.test(text.slice(at, at + 6));
}

/**
 * A measure word no table lists, by its position: one or two Han characters right after a count of one to three
 * Arabic digits that end the counted phrase, before the phrase's verb (农业局「A」…3专案获得优选) or at the clause's
 * end where the clause says the number is a total or what was won (高市共夺得5奖，). A word that runs on into the
 * clause (12345热线平台, 5G), a longer number (a year, a code), or a number no total or verb governs (22日电, 7日，,
 * 案例50强。, 浏览次数:633最近,) gives none. The longer word is tried first.
 */
export function positionalUnit(text: string, at: number): (UnitInfo & { word: string }) | null {
  const digits = /(?<![\d.])\d{1,3}$/.exec(text.slice(Math.max(0, at - 4), at));
  if (!digits || CLASSIFIER_NOUNS.some((n) => text.startsWith(n, at))) return null;
  const before = text.slice(Math.max(0, at - digits[0].length - 30), at - digits[0].length);
  for (const length of [2, 1]) {
    const word = text.slice(at, at + length);
    if (!/^\p{Script=Han}+$/u.test(word) || word.length !== length) continue;
    const after = text.slice(at + length, at + length + 6);
    if (BEFORE_VERB.test(after) || (CLAUSE_END.test(after) && TOTAL_IN_CLAUSE.test(before))) return { unit: word, kind: 'count', counted: false, word };
  }
  return null;
}

const NUMERAL = '[\\d一二两三四五六七八九十]+';
const MEDAL = `[${MEDALS.join('')}]`;
const TALLY = new RegExp(`${NUMERAL}${MEDAL}(?:${NUMERAL}${MEDAL})+|${NUMERAL}${MEDAL}牌`, 'g');

/** Whether text[at] is the medal of a medal tally (两金六银; 3金牌). */
function medalAt(text: string, at: number): boolean {
  if (!MEDALS.includes(text[at] ?? '')) return false;
  const from = Math.max(0, at - 12);
  for (const m of text.slice(from, at + 12).matchAll(TALLY)) {
    if (from + m.index <= at && at < from + m.index + m[0].length) return true;
  }
  return false;
}

/** Words that start a unit: a scale character followed by one of these is a unit (千瓦时), not a scale (千). */
export function unitStartsWithScale(text: string, at: number): boolean {
  const u = unitAt(text, at);
  return u !== null && u.word.length > 1 && /^[十百千万亿]/.test(u.word);
}

const BEFORE = [...QUALIFIERS_BEFORE].sort((a, b) => b[0].length - a[0].length);

/**
 * The qualifier word ending at text[end), e.g. 逾 before 110万. 上 only
 * counts before a bare scale word (上百, 上千) and 过 only before 半 (过半):
 * elsewhere they are verbs or places (线上, 经过).
 */
export function qualifierBefore(text: string, end: number, bareScale: boolean): { word: string; qualifier: Qualifier; start: number } | null {
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u3000')) end--; // 超 5倍
  // A currency's name stands between a qualifier and its amount (逾新台币百亿元).
  const currency = CURRENCY_NAMES.find((c) => text.endsWith(c, end) && end > c.length);
  if (currency) end -= currency.length;
  for (const [word, qualifier] of BEFORE) {
    if (word === '上' && !bareScale) continue;
    if (word === '过' && text[end] !== '半') continue;
    if (end >= word.length && text.startsWith(word, end - word.length)) return { word, qualifier, start: end - word.length };
  }
  return null;
}

/** A share's qualifier written before its verb: 约占全市的1/5 (约 qualifies the share, 占 links it). */
export function shareQualifierBefore(text: string, start: number): Qualifier | null {
  const m = /占[^，。；、\n\d]{0,8}$/.exec(text.slice(Math.max(0, start - 10), start));
  if (!m) return null;
  return qualifierBefore(text, start - m[0].length, false)?.qualifier ?? null;
}

// A closing quote ends the reach too: 社区创享计划”工作先后两次 names a programme.
const FORECAST = new RegExp(`(?:${alt(FORECAST_WORDS)})(?!${alt(FORECAST_NOUN_TAILS)})[^，。；：！？,;:!?\\n\\d”」』》)）]*$`);

/**
 * A projection or plan earlier in the number's clause (预计达1350亿元, 预计固定资产投资累计完成1500亿元):
 * approximate. A number between the word and this one ends its reach (预计由2016年的8756.3亿元: the base is actual).
 */
export function forecastBefore(text: string, start: number): Qualifier | null {
  return FORECAST.test(text.slice(Math.max(0, start - 30), start)) ? 'approx' : null;
}

/** What may follow 多 after a span of time: the span's noun or the clause's end (3年多时间, 一年多来, 一天多。). */
const SPAN_END_AFTER_MORE = /^(?:时间|来|的|后|以来|里|前|[，。；、：,;:\s)）]|$)/;

/** The qualifier word at text[at] (以上, 左右, 以内 ...). 内 only after a duration (22-50个工作日内), 强/弱 only after a share (1/7强). */
export function qualifierAfter(text: string, at: number, kind: FigureKind | null): { word: string; qualifier: Qualifier } | null {
  for (const [word, qualifier] of QUALIFIERS_AFTER) {
    if (word === '内' && kind !== 'duration') continue;
    if ((word === '强' || word === '弱') && kind !== 'ratio' && kind !== 'percent') continue;
    // 多 after a span of time (3年多时间, 一天多): more than it; 3年多方协调 is 3 years and the word 多方.
    if (word === '多' && (kind !== 'duration' || !SPAN_END_AFTER_MORE.test(text.slice(at + 1, at + 3)))) continue;
    if (text.startsWith(word, at)) return { word, qualifier };
    // A page that spaces a quantity from a two-character qualifier (98% 以上) still writes one figure; the space is
    // part of the word so the figure's span covers it. One-character words (多, 内, 强) are left out: after a space
    // they start the next phrase.
    if (word.length === 2 && text[at] === ' ' && text.startsWith(word, at + 1)) return { word: ` ${word}`, qualifier };
  }
  return null;
}

const RISE = alt(RISE_VERBS);
const FALL = alt(FALL_VERBS);
const BASE = `(?:\\d{4}年|${alt(COMPARISON_BASES)})`;
const COMPARE = `(?:${alt(COMPARISON_WORDS)})`;

/** A rise verb ending right before a number (同比增长, 增幅达). */
export const RISE_BEFORE = new RegExp(`(?:${RISE})(?:达|为)?了?$`);
/** A fall verb ending right before a number (压减, 降幅为). */
export const FALL_BEFORE = new RegExp(`(?:${FALL})(?:达|为)?了?$`);
/** A comparison and change verb at the end of a subject: 日均办理量同比2023年增长 -> 日均办理量. */
export const CHANGE_TAIL = new RegExp(`(?:${COMPARE}${BASE}?(?:相比)?)?(?:分别)?(?:${RISE}|${FALL})了?$`);
/** The words between a level and its change against a base (，同比缩短); group 1 is the base's time. */
export const COMPARISON_GAP = new RegExp(`^，?${COMPARE}(${BASE}*)(?:相比)?(?:分别)?(?:${RISE}|${FALL})了?$`);
