/**
 * Whether a place name found in a text is read there the way a reader reads it: as a word of its own, not inside
 * a road's name (博爱一路, 中山二路) nor across a word the characters before it start (回应城市 is 回应 + 城市, never
 * 应城市). Positional rules and the runtime's own word segmentation (Intl.Segmenter, ICU's Chinese dictionary);
 * no list of places.
 */
import { PLACE_LEADS, PLACE_NAME_TAILS, ROAD_WORDS } from './lexicon.ts';

const HAN = /\p{Script=Han}/u;
const LEADS = new Set(PLACE_LEADS);
/** An ordinal or number before a road word: 一路, 二马路, 3街, 十八弄. */
const ROAD_AFTER = new RegExp(`^[一二三四五六七八九十百0-9０-９]{1,3}(?:${ROAD_WORDS.join('|')})`);

/** Whether what follows `end` makes the name the head of a longer proper name: 西湖路, 北仑港, 博爱一路, 中山二马路. */
export function nameContinues(text: string, end: number): boolean {
  if (PLACE_NAME_TAILS.some((t) => text.startsWith(t, end))) return true;
  return ROAD_AFTER.test(text.slice(end, end + 6));
}

const WINDOW = 6;
let segmenter: Intl.Segmenter | null = null;

/**
 * Whether the name at [start, end) is read as other words: its first character ends the word before it and the rest
 * of it is one word of its own (回应|城市: 应城市 at 应 is the end of 回应 and the word 城市). Both halves must hold: the
 * segmenter's dictionary knows common words, not places, so a word that only crosses the start (深化|肥西县 cut as
 * 深|化肥|西|县) says nothing by itself. A name after a place lead (在应城市) or a non-Han character starts a word by
 * position, so the segmenter is asked only about a Han character before the name, and only in a short window around
 * it (the same window for the same text, so the same answer).
 */
export function readAsOtherWords(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before === undefined || !HAN.test(before) || LEADS.has(before)) return false;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const from = Math.max(0, start - WINDOW);
  const words = [...segmenter.segment(text.slice(from, end + WINDOW))].map((s) => [from + s.index, from + s.index + s.segment.length] as const);
  const crossing = words.findIndex(([a, b]) => a < start && b === start + 1);
  return crossing >= 0 && words[crossing + 1]?.[1] === end;
}
