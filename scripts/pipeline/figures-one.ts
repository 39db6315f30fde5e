/**
 * When 一 before a classifier or a time unit is the number one. Mostly it is the indefinite article (一项大胆的改革,
 * 有一天), so the tokenizer reads a lone 一 only where its position makes it a count: a span of time right after a verb
 * that takes one (持续一周, 提前一年) or before 时间 (一年时间), and a count that is the subject of a selection verb
 * right after its classifier (一篇成功入选), and the first of a list of counts in the same unit (一年、三年、五年).
 */
import { PASSAGE_WORDS, SPAN_VERBS } from './lexicon.ts';
import { type UnitInfo, countVerbAt } from './figures-units.ts';

const SPAN_BEFORE = [...SPAN_VERBS, ...PASSAGE_WORDS];

/** `start` is where 一 stands, `unit` the unit read right after it. */
export function isCountedOne(text: string, start: number, unit: UnitInfo & { word: string }): boolean {
  const unitEnd = start + 1 + unit.word.length;
  // The first of a list of counts in one unit (一年、三年、五年目标; 一个、两个): a number like the others.
  if (text[unitEnd] === '、' && new RegExp(`^[二两三四五六七八九十\\d]+${unit.word}`).test(text.slice(unitEnd + 1, unitEnd + 8))) return true;
  if (unit.kind === 'duration') return text.startsWith('时间', unitEnd) || SPAN_BEFORE.some((w) => text.endsWith(w, start));
  return unit.counted && countVerbAt(text, unitEnd);
}
