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
import { CHINESE_NUMERAL_CHARS, type NumberReading, isChineseDigit, readNumber } from './numerals.ts';
import { qualifierBefore, unitAt, unitStartsWithScale } from './figures-units.ts';

export interface RawToken {
  start: number;
  end: number;
  raw: string;
  reading: NumberReading | null;
  /** Set by the tokenizer for forms that are classes by their shape alone. */
  shape: 'number' | 'full-date' | 'percent' | 'fraction' | 'ratio';
  /** The terms of a fraction or ratio (1/4 -> [1, 4]; 1:1.5 -> [1, 1.5]). */
  terms?: number[];
}

const FULL_DATE = /(?<![\d.])(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d.])/g;
const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const CN_PERCENT = new RegExp(`百分之(${CN}+(?:[点點]${CN}+)?)`, 'g');
const CN_FRACTION = new RegExp(`(${CN}+)分之(${CN}+)`, 'g');
/** 1/4, 1:1.5. A ratio glued to a following word is a heading's colon (营商环境2.0:1平台), not a ratio. */
const ARABIC_PAIR = /(?<![\d.])(\d+(?:\.\d+)?)([/:：∶])(\d+(?:\.\d+)?)(?![\d.])/g;
const ARABIC = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/g;
const CN_RUN = new RegExp(`${CN}+(?:[点點]${CN}+)?`, 'g');
const SCALE_CHARS = '十百千万亿';
/** Words that make a following 千万/万万 an adverb (千万不要), not a number. */
const ADVERB_NEXT = /^[不别要勿莫]/;

export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  const taken = new Uint8Array(text.length);
  const add = (t: RawToken) => {
    for (let i = t.start; i < t.end; i++) if (taken[i]) return;
    taken.fill(1, t.start, t.end);
    tokens.push(t);
  };

  for (const m of text.matchAll(FULL_DATE)) add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading: null, shape: 'full-date' });
  for (const m of text.matchAll(CN_PERCENT)) {
    const reading = readNumber(m[1]!);
    if (reading) add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading, shape: 'percent' });
  }
  for (const m of text.matchAll(CN_FRACTION)) {
    const den = readNumber(m[1]!);
    const num = readNumber(m[2]!);
    if (den && num && den.value !== 0) {
      add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading: { ...num, value: num.value / den.value }, shape: 'fraction', terms: [num.value, den.value] });
    }
  }
  for (const m of text.matchAll(ARABIC_PAIR)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (b === 0) continue;
    const after = text[m.index + m[0].length] ?? '';
    if (m[2] !== '/' && /\p{Script=Han}/u.test(after) && after !== '的') continue;
    add({ start: m.index, end: m.index + m[0].length, raw: m[0], reading: { value: a / b, scaled: false, more: false, chinese: false }, shape: m[2] === '/' ? 'fraction' : 'ratio', terms: [a, b] });
  }
  for (const m of text.matchAll(ARABIC)) {
    let end = m.index + m[0].length;
    // An inner 多/余 and scale words belong to the number, up to a unit that starts with a scale word (千瓦时).
    if ('多余'.includes(text[end] ?? '\n') && SCALE_CHARS.includes(text[end + 1] ?? '\n')) end++;
    while (end < text.length && SCALE_CHARS.includes(text[end]!) && !unitStartsWithScale(text, end)) end++;
    if (end > m.index + m[0].length && '多余'.includes(text[end] ?? '\n')) end++;
    const raw = text.slice(m.index, end);
    add({ start: m.index, end, raw, reading: readNumber(raw), shape: 'number' });
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
    if (start >= end) continue;
    const raw = text.slice(start, end);
    if (!isChineseNumber(text, start, end)) continue;
    add({ start, end, raw, reading: readNumber(raw), shape: 'number' });
  }
  return tokens.sort((a, b) => a.start - b.start);
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
  const bareScale = [...body].every((c) => SCALE_CHARS.includes(c));
  if (bareScale) {
    if (qualifierBefore(text, start, true)) return true;
    if (unitAt(text, end)) return true;
    return body.length > 1 && !ADVERB_NEXT.test(next) && /\p{Script=Han}/u.test(next);
  }
  if ([...body].length > 1) {
    // Digits without places are a number only as a year (二〇一九年) or with a zero (六零): 唯一一家 is not 11.
    const digitsOnly = [...body].every((c) => isChineseDigit(c));
    return !digitsOnly || next === '年' || /[〇零]/.test(body);
  }
  if (!unitAt(text, end)) return false;
  // 一 + classifier is the indefinite article (一项大胆的改革; 每一位 is "every") unless a qualifier makes it a count.
  return body !== '一' || qualifierBefore(text, start, false) !== null;
}
