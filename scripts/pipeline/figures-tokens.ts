/**
 * Number tokens: every number written in a text, with its span. A token is
 * one number as written (digits with their scale words and an inner 多/余:
 * 1.5万, 270多亿, 7073万余, 两千零三); a range or a before/after pair is two
 * tokens that end up in one figure.
 *
 * Arabic digits are always tokens. Chinese numeral characters are also
 * ordinary word parts (统一, 一体化, 千难万难), so a Chinese run is a token
 * only when it reads as a number: several numeral characters (十九, 二〇一九),
 * or one followed by a unit or classifier (三项, 两年), an ordinal (第一), a
 * list marker (一是, 一、) or a qualifier (上百, 近百). A lone 一 before a
 * classifier is the indefinite article (一项大胆的改革), not a count.
 */
import { CHINESE_NUMERAL_CHARS, type NumberReading, isChineseDigit, readNumber } from '../datasets/numerals.ts';
import { qualifierBefore, selfCountedAt, unitAt, unitStartsWithScale } from './figures-units.ts';
import { isCountedOne } from './figures-one.ts';
import { CLOCK_WORDS, HALF_NOT_NUMBER_AFTER, NUMERAL_SET_PHRASES } from './lexicon.ts';

export interface RawToken {
  start: number;
  end: number;
  raw: string;
  reading: NumberReading | null;
  /** Set by the tokenizer for forms that are classes by their shape alone. */
  shape: 'number' | 'full-date' | 'clock' | 'percent' | 'fraction' | 'ratio';
  /** The terms of a ratio (1:1.5 -> [1, 1.5]; 4.0∶37.7∶58.3 -> [4, 37.7, 58.3]); a fraction (1/4) is one value and has none. */
  terms?: number[];
}

const FULL_DATE = /(?<![\d.])(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d.])/g;
/**
 * A date in English order, as page chrome writes it (2020, 12. 23; 2025, 7. 14 PM 20:46), with its time of day: one
 * timestamp. The space after the month's dot is what no decimal has (2020, 12.5 stays two numbers). Groups: year, month, day.
 */
export const ENGLISH_DATE = /(?<![\d.])((?:19|20)\d{2}),\s*(0?[1-9]|1[0-2])\.\s+(0?[1-9]|[12]\d|3[01])(?![\d.])(?:\s*(?:[AP]M\s*)?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?/g;
const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const CN_PERCENT = new RegExp(`百分之(${CN}+(?:[点點]${CN}+)?)`, 'g');
const CN_FRACTION = new RegExp(`(${CN}+)分之(${CN}+)`, 'g');
/** A time of day: 16:07, 09:05:06 (see clockAt for when one is a time and not a ratio). */
const CLOCK = /(?<![\d.:：∶])([01]?\d|2[0-3])[:：∶]([0-5]\d)(?:[:：∶]([0-5]\d))?(?![\d.:：∶])/g;
/** 1/4, 1:1.5, 4.0∶37.7∶58.3: a fraction or a ratio of two or more terms. */
const ARABIC_RATIO = /(?<![\d.])\d+(?:\.\d+)?(?:([/:：∶])\d+(?:\.\d+)?)(?:[:：∶]\d+(?:\.\d+)?)*(?![\d.])/g;
/** One half: 半 before a time unit (近半年, 半个月) or after a qualifier (过半, 近半, 一半), and 半数. */
const HALF = /(?<![上下前后多大]|[\d一二两三四五六七八九十]个)(?:一半|半(?=个?(?:年|月|天|日|周|小时))|(?<=[过近超逾约])半|半(?=数))/g;
const CLOCK_CONTEXT = new RegExp(`(?:${CLOCK_WORDS.join('|')})[:：\\s]*[^\\n]{0,12}$|(?:\\d[-/.年月]\\d{1,2}[日号]?|[日号])\\s*$`);
const ARABIC = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/g;
const CN_RUN = new RegExp(`${CN}+(?:[点點]${CN}+)?`, 'g');
const SCALE_CHARS = '十百千万亿';
/** The next group of a compound Arabic numeral: digits and a scale word right after a scale word (1万|1千). */
const LOWER_GROUP = /^\d+(?:\.\d+)?[十百千万亿]+/;
/** 多 or 半 after 一 and its classifier, before a time unit: more than one (一个多月, 一个半月, 一年多, 一周多). */
const MORE_THAN_ONE = /^(?:个[多半](?:小时|月)|(?:年|天|周)多)/;
/** Words that make a following 千万/万万 an adverb (千万不要), not a number. */
const ADVERB_NEXT = /^[不别要勿莫]/;

/** A run of circles (○ U+25CB, ◯ U+25EF) touching a Chinese digit: typed for the zero 〇 (二○○件, 二○二五年). */
const CIRCLE_ZEROS = /(?<=[零〇一二两兩三四五六七八九十])[○◯]+|[○◯]+(?=[零〇一二两兩三四五六七八九十])/g;

/**
 * The text with circles used as the numeral zero read as 〇, one character for one, so every offset
 * still points into the original text (quotes keep the ○ as published). A lone ○ is a bullet and stays.
 */
export function numeralZeros(text: string): string {
  return text.replace(CIRCLE_ZEROS, (run) => '〇'.repeat(run.length));
}

export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  const taken = new Uint8Array(text.length);
  const add = (t: RawToken) => {
    for (let i = t.start; i < t.end; i++) if (taken[i]) return;
    taken.fill(1, t.start, t.end);
    tokens.push(t);
  };

  for (const m of text.matchAll(ENGLISH_DATE)) add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading: null, shape: 'full-date' });
  for (const m of text.matchAll(FULL_DATE)) add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading: null, shape: 'full-date' });
  for (const m of text.matchAll(CN_PERCENT)) {
    const reading = readNumber(m[1]!);
    if (reading) add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading, shape: 'percent' });
  }
  for (const m of text.matchAll(CN_FRACTION)) {
    const den = readNumber(m[1]!);
    const num = readNumber(m[2]!);
    if (den && num && den.value !== 0) {
      add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading: { ...num, value: num.value / den.value }, shape: 'fraction' });
    }
  }
  for (const m of text.matchAll(CLOCK)) {
    if (m[3] !== undefined || m[1]!.startsWith('0') || CLOCK_CONTEXT.test(text.slice(Math.max(0, m.index - 30), m.index))) {
      add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading: null, shape: 'clock' });
    }
  }
  for (const m of text.matchAll(ARABIC_RATIO)) {
    const terms = m[0].split(/[/:：∶]/).map(Number);
    const fraction = m[1] === '/';
    if (terms.slice(1).some((t) => t === 0) || (fraction && terms.length > 2)) continue;
    // A version glued to a noun is a name (营商环境2.0:1平台 reads 2.0 then a heading's colon).
    if (/^\d+\.0\b/.test(m[0]) && /\p{Script=Han}/u.test(text[m.index + m[0].length] ?? '')) continue;
    // A fraction is one share (1/4 -> 0.25); a ratio has no single value, so its value is its first term and it keeps all of them.
    const value = fraction ? terms[0]! / terms[1]! : terms[0]!;
    add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading: { value, scaled: false, more: false, chinese: false }, shape: fraction ? 'fraction' : 'ratio', ...(fraction ? {} : { terms }) });
  }
  for (const m of text.matchAll(HALF)) {
    if (HALF_NOT_NUMBER_AFTER.some((w) => text.startsWith(w, m.index + m[0].length))) continue;
    const timed = unitAt(text, m.index + m[0].length)?.kind === 'duration';
    add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading: { value: 0.5, scaled: false, more: false, chinese: true }, shape: timed ? 'number' : 'fraction' });
  }
  for (const m of text.matchAll(ARABIC)) {
    let end = m.index + m[0].length;
    // An inner 多/余 and scale words belong to the number, up to a unit that starts with a scale word (千瓦时).
    if ('多余'.includes(text[end] ?? '\n') && SCALE_CHARS.includes(text[end + 1] ?? '\n')) end++;
    // A page that spaces a number from its scale word (412.06 亿元) still writes one number.
    if (text[end] === ' ' && SCALE_CHARS.includes(text[end + 1] ?? '\n') && !unitStartsWithScale(text, end + 1)) end++;
    while (end < text.length && SCALE_CHARS.includes(text[end]!) && !unitStartsWithScale(text, end)) end++;
    // A compound numeral goes on with a lower group (1万1千字, 3亿5千万元): one number.
    for (let group = LOWER_GROUP.exec(text.slice(end, end + 12)); group && end > m.index + m[0].length; group = LOWER_GROUP.exec(text.slice(end, end + 12))) {
      const groupEnd = end + group[0].length;
      if (unitStartsWithScale(text, groupEnd - 1) || !readNumber(text.slice(m.index, groupEnd).replace(' ', ''))?.scaled) break;
      end = groupEnd;
    }
    if (end > m.index + m[0].length && '多余'.includes(text[end] ?? '\n')) end++;
    const raw = text.slice(m.index, end);
    add({ start: m.index, end, raw, reading: readNumber(raw.replace(' ', '')), shape: 'number' });
  }
  for (const m of text.matchAll(CN_RUN)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && taken[start]) start++; // the scale word of an Arabic number (1.5万)
    // Trim a scale word that starts a unit (三千瓦时 is rare, but 千瓦时 after a Chinese digit is a unit).
    while (end > start + 1 && unitStartsWithScale(text, end - 1)) end--;
    if ('多余'.includes(text[end] ?? '\n') && end - start > 0 && SCALE_CHARS.includes(text[end - 1]!)) {
      if (unitAt(text, end + 1)) end++;
    }
    if (start >= end || unitStartsWithScale(text, start)) continue; // 百 of 个百分点
    const raw = text.slice(start, end);
    if (!isChineseNumber(text, start, end)) continue;
    add({ start, end, raw, reading: readNumber(raw), shape: 'number' });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** Scale words that multiply (百万, 千亿) rise left to right; 万千, 千百 are idioms, not numbers. */
function rising(scales: string): boolean {
  const order = [...scales].map((c) => SCALE_CHARS.indexOf(c));
  return order.every((o, i) => i === 0 || o > order[i - 1]!);
}

/** Whether a run of Chinese numeral characters is a number here (see the module comment). */
function isChineseNumber(text: string, start: number, end: number): boolean {
  const body = text.slice(start, end).replace(/[多余]$/, '');
  const prev = text[start - 1] ?? '\n';
  const next = text[end] ?? '\n';
  const lineStart = start === 0 || prev === '\n' || prev === '（' || prev === '(';
  if (prev === '第') return true;
  if (next === '是' && (lineStart || '。；：'.includes(prev))) return true;
  if (lineStart && '、．.）)'.includes(next)) return true;
  // Session names: 一届, 四中全会, 二中、三中全会.
  if (next === '届' || (next === '中' && text.slice(end, end + 8).includes('全会'))) return true;
  // Labels and set phrases are tokens so that the classifier can name them (十大攻坚任务, 一带一路).
  if (next === '大' && /\p{Script=Han}/u.test(text[end + 1] ?? '')) return true;
  if (NUMERAL_SET_PHRASES.some((p) => text.startsWith(p, end))) return true;
  const bareScale = [...body].every((c) => SCALE_CHARS.includes(c));
  if (bareScale) {
    if (!rising(body)) return false;
    if (qualifierBefore(text, start, true)) return true;
    // 分 after a Chinese numeral is the adverb of 十分 (very), as after a digit (see the lone numeral below).
    const unit = unitAt(text, end);
    if (unit) return unit.word !== '分';
    return body.length > 1 && !ADVERB_NEXT.test(next) && /\p{Script=Han}/u.test(next);
  }
  if ([...body].length > 1) {
    // Digits without places are a number only as a year (二〇一九年) or with a zero (六零): 唯一一家 is not 11.
    const digitsOnly = [...body].every((c) => isChineseDigit(c));
    return !digitsOnly || next === '年' || /[〇零]/.test(body);
  }
  // A lone 零 is a morpheme (零部件, 零售, 零距离), not the number zero, which reports write as 0.
  if (body === '零' || body === '〇') return false;
  const unit = unitAt(text, end) ?? selfCountedAt(text, end, body);
  if (!unit || unit.word === '分') return false;
  // A lone financial numeral is an ordinary word (大陆, 队伍, 收拾), never a number.
  if (/[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]/.test(body)) return false;
  // 一 + classifier is the indefinite article (一项大胆的改革; 每一位 is "every") unless a qualifier makes it a count,
  // before or after it (一个多月, 一年多: more than one month, one year).
  return body !== '一' || qualifierBefore(text, start, false) !== null || MORE_THAN_ONE.test(text.slice(end, end + 6)) || isCountedOne(text, start, unit);
}
