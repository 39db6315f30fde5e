/**
 * Numbers as Chinese reports write them: Arabic digits with separators and
 * scale words (1.5万, 25,608, 3千万, 270多亿), Chinese numerals (两千零三,
 * 十一, 一百二十, 万五, 二〇一九, 三点五), financial forms (壹仟贰佰). Pure
 * functions; values are exact decimals scaled through the string form, so
 * 97.8万 is 978000 and not 978000.0000000001.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
/** Place values inside a section (below 万). */
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Contracted tens, still written in dates and counts (廿五个 = 25, 卅年 = 30): read as the two characters they stand for. */
const CONTRACTED_TENS: Record<string, string> = { 廿: '二十', 卄: '二十', 卅: '三十', 卌: '四十' };
/** Section scales: everything before them is multiplied. */
const SCALES: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** Powers of ten of the scale words that may follow Arabic digits (3千万 = 3e7). */
export const SCALE_EXPONENT: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 };

export const CHINESE_NUMERAL_CHARS = '零〇○一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卄卅卌';
export const CHINESE_DIGIT_CHARS = Object.keys(DIGITS).join('');

export function isChineseDigit(ch: string): boolean {
  return ch in DIGITS;
}

/** Full-width digits and separators to ASCII (０-９, ．, ，). */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
}

/** An exact decimal string times 10^exponent, rounded once by the runtime's decimal parser. */
export function scaleDecimal(decimal: string, exponent: number): number {
  return Number(`${decimal}e${exponent}`);
}

/** Arabic digits with optional thousands separators and decimals: "25,608" -> 25608. */
export function parseArabic(raw: string): number | null {
  const s = asciiDigits(raw.trim());
  if (!/^[-+]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?$/.test(s)) return null;
  return Number(s.replace(/[,，]/g, ''));
}

/**
 * A Chinese numeral, or null when the characters do not form one. Handles
 * 零 gaps (两千零三), a leading 十 (十一), colloquial abbreviations where the
 * last digit takes the next lower place (一千二 = 1200, 万五 = 15000), digit
 * sequences (二〇一九 = 2019) and a decimal part after 点 (三点五 = 3.5).
 */
export function parseChineseNumeral(raw: string): number | null {
  let s = raw.trim();
  if (!s) return null;
  let sign = 1;
  if (s.startsWith('负') || s.startsWith('負')) {
    sign = -1;
    s = s.slice(1);
  }
  s = s.replace(/[廿卄卅卌]/g, (c) => CONTRACTED_TENS[c]!);
  const point = s.search(/[点點]/);
  if (point >= 0) return decimalChinese(s.slice(0, point), s.slice(point + 1), sign);
  const chars = [...s];
  if (!chars.every((c) => c in DIGITS || c in UNITS || c in SCALES)) return null;
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) {
    return sign * Number(chars.map((c) => DIGITS[c]).join(''));
  }
  const value = positional(chars);
  return value === null ? null : sign * value;
}

function decimalChinese(whole: string, frac: string, sign: number): number | null {
  const scale = /[万萬亿億]+$/.exec(frac)?.[0] ?? '';
  const digits = [...frac.slice(0, frac.length - scale.length)];
  if (!digits.length || !digits.every((c) => c in DIGITS)) return null;
  const intPart = whole === '' ? 0 : parseChineseNumeral(whole);
  if (intPart === null || !Number.isInteger(intPart)) return null;
  const exponent = [...scale].reduce((e, c) => e + SCALE_EXPONENT[c]!, 0);
  return sign * scaleDecimal(`${intPart}.${digits.map((c) => DIGITS[c]).join('')}`, exponent);
}

function positional(chars: string[]): number | null {
  let total = 0; // finished sections (times their scales)
  let section = 0; // the current section below 万
  let digit: number | null = null; // a digit waiting for its place
  let lastPlace = 0; // place value of the last unit or scale seen (for 一千二)
  let zeroSeen = false; // 零 cancels the abbreviation reading (一千零二 = 1002)
  let sectionPlace = Infinity; // places must fall within a section (百千 is no numeral)
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit !== null && DIGITS[c] !== 0) return null; // two digits in a row: 三四百 is a range, not a number
      if (DIGITS[c] === 0) zeroSeen = true;
      else digit = DIGITS[c]!;
    } else if (c in UNITS) {
      const place = UNITS[c]!;
      if (place >= sectionPlace) return null;
      section += (digit ?? 1) * place;
      sectionPlace = place;
      lastPlace = place;
      digit = null;
      zeroSeen = false;
    } else {
      const scale = SCALES[c]!;
      const head = section + (digit ?? 0);
      if (scale === 1e8) {
        total = (total + (head || (total ? 0 : 1))) * scale;
      } else {
        // 万 after 万 is no numeral, nor is a bare 万 after other places (亿万 is a word).
        if ((total % 1e8 !== 0 && total !== 0) || (head === 0 && total !== 0)) return null;
        total += (head || 1) * scale;
      }
      section = 0;
      digit = null;
      sectionPlace = Infinity;
      lastPlace = scale;
      zeroSeen = false;
    }
  }
  if (digit !== null) {
    const abbreviated = !zeroSeen && lastPlace >= 10 && section + total > 0;
    section += abbreviated ? digit * (lastPlace / 10) : digit;
  }
  return total + section;
}

export interface NumberReading {
  value: number;
  /** The number carries a scale word (万, 亿, 百 ...). */
  scaled: boolean;
  /** 多 or 余 inside the number (270多亿, 900余万): more than the value. */
  more: boolean;
  /** Written in Chinese numerals. */
  chinese: boolean;
}

const MIXED = /^([-+]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)([多余]?)([十百千万萬亿億]*)([多余]?)$/;
/** One group of a compound Arabic numeral: digits and their scale words (1万1千 is 1万 + 1千; 3亿5千万 is 3亿 + 5千万). */
const COMPOUND_GROUP = /(\d+(?:\.\d+)?)([十百千万萬亿億]+)/gy;

/** A number written as Arabic groups with falling scales (1万1千 = 11000), or null; the last group may be bare digits (2万3 is not read: too rare to tell from a range). */
function readCompound(s: string): number | null {
  let total = 0;
  let previous = Infinity;
  let end = 0;
  COMPOUND_GROUP.lastIndex = 0;
  for (let m = COMPOUND_GROUP.exec(s); m; m = COMPOUND_GROUP.exec(s)) {
    const exponent = [...m[2]!].reduce((e, c) => e + SCALE_EXPONENT[c]!, 0);
    if (exponent >= previous) return null;
    previous = exponent;
    total += scaleDecimal(m[1]!, exponent);
    end = COMPOUND_GROUP.lastIndex;
  }
  return end === s.length && previous !== Infinity && end > 0 ? total : null;
}

/** Any single number as written: Arabic, Arabic with scale words, or Chinese. */
export function readNumber(raw: string): NumberReading | null {
  const s = asciiDigits(raw.trim());
  const m = MIXED.exec(s);
  if (m) {
    const exponent = [...m[3]!].reduce((e, c) => e + SCALE_EXPONENT[c]!, 0);
    const value = scaleDecimal(m[1]!.replace(/[,，]/g, ''), exponent);
    return { value, scaled: exponent > 0, more: Boolean(m[2] || m[4]), chinese: false };
  }
  const compound = /^\d/.test(s) ? readCompound(s) : null;
  if (compound !== null) return { value: compound, scaled: true, more: false, chinese: false };
  const more = /[多余]$/.exec(s);
  const body = more ? s.slice(0, -1) : s;
  const value = parseChineseNumeral(body);
  if (value === null) return null;
  return { value, scaled: /[十百千万萬亿億拾佰仟]/.test(body), more: Boolean(more), chinese: true };
}

/** The value of a number as written, or null. */
export function parseNumber(raw: string): number | null {
  return readNumber(raw)?.value ?? null;
}
