/**
 * Numbers that mark a place in the text rather than count anything: a day in a date word written with parentheses
 * (今（15）日, 今 (9) 日), a footnote's number glued to the name it annotates (“六多合一”1集成审批, …审批2，), and a
 * person's position in a photo caption (（左1）, （右二）, （前排左三）). Shapes and positions only.
 */
import { DEICTIC_DATE_HEADS } from './lexicon.ts';

const SPACE = /[ \u3000]/;
const HAN = /\p{Script=Han}/u;

/** The index before `at` past any spaces (layout, not text). */
function skipBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i;
}

function skipForward(text: string, at: number): number {
  let i = at;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

/**
 * A day or month number in parentheses inside a date word (今（15）日, 本（3）月, and with a page's spaces, 今 (9) 日):
 * a date, as the unparenthesized 今日 is.
 */
export function inDateWord(text: string, start: number, end: number): boolean {
  const open = skipBack(text, start) - 1;
  if (!'（('.includes(text[open] ?? '_')) return false;
  const head = skipBack(text, open) - 1;
  const close = skipForward(text, end);
  if (!'）)'.includes(text[close] ?? '_')) return false;
  return DEICTIC_DATE_HEADS.includes(text[head] ?? '') && /[日月号]/.test(text[skipForward(text, close + 1)] ?? '');
}

/** A closing quote or bracket right before a footnote's number: “六多合一”1. */
const CLOSING = /[”」』》)）]$/;

/**
 * A footnote's number: one or two digits with no unit, glued to the name it annotates. After a closing quote and
 * before a Han character (“六多合一”1集成审批) it can be nothing else; glued to a Han character before a clause break
 * (审批2，) it is one when the line's footnotes count up to it from a 1 after a closing quote (“六多合一”1 on the same
 * line), never a figure without a unit that merely follows another (增长2，达到3，).
 */
export function isNoteMark(text: string, start: number, end: number, value: number): boolean {
  if (end - start > 2 || !Number.isInteger(value) || value < 1) return false;
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  if (CLOSING.test(prev) && HAN.test(next)) return true;
  if (!HAN.test(prev) || !/^[，。；、,;]$/.test(next) || value < 2) return false;
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  // The series starts at a note no figure could be (”1 before a Han character), and every number up to this one is there.
  if (!new RegExp(`[”」』》)）]1\\p{Script=Han}`, 'u').test(line)) return false;
  for (let k = 2; k < value; k++) if (!new RegExp(`(?:[”」』》)）]${k}\\p{Script=Han}|\\p{Script=Han}${k}[，。；、,;])`, 'u').test(line)) return false;
  return true;
}

/** A position in a photo caption: （左1）, (右二), （前排左三）, （左起第2人） keep the number of a person in a row. */
const CAPTION_POSITION = /[（(](?:[前后中]排)?[左右](?:起第?)?$/;

export function isCaptionPosition(text: string, start: number, end: number): boolean {
  return CAPTION_POSITION.test(text.slice(Math.max(0, start - 5), start)) && /^(?:人)?[）)]/.test(text.slice(end, end + 2));
}

const ITEM_SEPARATOR = /^[.．、]["“「]?\p{Script=Han}/u;

/**
 * An item number of a numbered list run together on one line (…模式 2.乙单位：… 3.丙单位：…): after a space, before a
 * dot and the item's first character, where the line also numbers the item before or after it the same way. A
 * decimal has digits after its dot (增长 2.5%); a lone number after a space is no run.
 */
export function isRunInItem(text: string, start: number, end: number, value: number): boolean {
  if (!SPACE.test(text[start - 1] ?? '') || !ITEM_SEPARATOR.test(text.slice(end, end + 3))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const sep = text[end]!;
  return [value - 1, value + 1].some((k) => k >= 1 && new RegExp(`(?:^|[ \\u3000])${k}\\${sep}`).test(line));
}

/** A date written month-day with a leading zero (演练05-17, 05-16): a news list's date, not a range of numbers. */
const MONTH_DAY = /(?<![\d.\-/])0[1-9]-(?:0[1-9]|[12]\d|3[01])(?![\d.\-/])/g;

export function inMonthDay(text: string, start: number, end: number): boolean {
  for (const m of text.slice(Math.max(0, start - 3), end + 3).matchAll(MONTH_DAY)) {
    const at = Math.max(0, start - 3) + m.index;
    if (at <= start && end <= at + m[0].length) return true;
  }
  return false;
}

/**
 * A term after a plus sign (1+1>2, 1+N): part of a formula or of a slogan's name, as the term before it is (a number
 * before + is never read as bare). Only for a number with no unit: 3个+2个 counts.
 */
export function afterPlus(text: string, start: number): boolean {
  return /[\dA-Za-z][+＋]$/.test(text.slice(Math.max(0, start - 2), start));
}
