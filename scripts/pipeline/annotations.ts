/**
 * Pinyin reading annotations: some sources print a reading after characters,
 * `黃埔區(qū)`. An annotation is a parenthesised, lower-case pinyin syllable
 * (tone marks or tone digits allowed) directly after a Han character. Real
 * parentheses hold Han text, capitals, digits or more than one syllable, so
 * they are left alone.
 */
import { HAN } from './han.ts';

const INITIALS = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
// Finals in pinyin spelling; tone marks are folded away before matching.
const FINALS =
  '(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|ue|er|ng|a|o|e|i|u|v|m|n)';
const SYLLABLE = new RegExp(`^${INITIALS}${FINALS}[1-5]?$`);

const TONE_FOLD: Record<string, string> = {};
for (const [plain, marked] of [
  ['a', 'āáǎà'],
  ['e', 'ēéěè'],
  ['i', 'īíǐì'],
  ['o', 'ōóǒò'],
  ['u', 'ūúǔù'],
  ['v', 'ǖǘǚǜü'],
  ['n', 'ńňǹ'],
  ['m', 'ḿ'],
] as const) {
  for (const ch of marked) TONE_FOLD[ch] = plain;
}

const LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';

/** True when `s` spells one pinyin syllable. */
export function isPinyinSyllable(s: string): boolean {
  if (s.length === 0 || s.length > 7) return false;
  const folded = [...s].map((ch) => TONE_FOLD[ch] ?? ch).join('');
  return SYLLABLE.test(folded);
}

/** Matches a candidate annotation after a Han character, in ASCII or full-width parentheses. */
export const ANNOTATION = new RegExp(`(?<=[${HAN}])[(（]([${LETTERS}]{1,7}[1-5]?)[)）]`, 'g');

/** A closing fragment `qū)` whose opening parenthesis and character were destroyed. */
export const ORPHAN_ANNOTATION = new RegExp(`(?<![(（${LETTERS}])([${LETTERS}]{1,7})[)）]`, 'g');
