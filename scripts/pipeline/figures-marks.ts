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
