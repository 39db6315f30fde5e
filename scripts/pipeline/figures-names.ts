/**
 * Numerals that are part of a name or a set expression, by their shape and position: a four-character idiom of
 * paired round numbers (千头万绪), a size class (500亿级产业), a project's phase (（二期）, 三期扩建). The classifier
 * (figures-classify.ts) asks these after its own name rules; each looks only at the characters around the token.
 * A year glued to a province's or city's name (2019台湾灯会) opens an event's name.
 */
import { AGE_VERBS, HOLDING_VERBS, MEETING_NOUNS, PHASE_WORKS, alternation } from './lexicon.ts';
import { cityByCode, provinces, shortName } from './gazetteer.ts';
import type { Reading } from './figures-reading.ts';

const ROUND = '[十百千万]';
const NOT_NUMERAL = '[^\\d\\s十百千万亿零〇一二两兩三四五六七八九，。、；：,;:]';
/** 千头万绪, 千家万户, 千方百计, 万水千山: round numbers in the first and third place, other characters between. */
const PAIRED = new RegExp(`^${ROUND}${NOT_NUMERAL}${ROUND}${NOT_NUMERAL}`, 'u');

/** The round number at [start, end) is one of an idiom's pair: the idiom names no quantity. */
export function inPairedIdiom(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  return PAIRED.test(text.slice(start, start + 4)) || (start >= 2 && PAIRED.test(text.slice(start - 2, start + 2)));
}

/**
 * A size class: a number with a scale word, then 级 and a noun (500亿级产业, 百万级用户), names a class of
 * magnitude as 千亿级 does, not a count of levels (5级风险).
 */
export function isSizeClass(text: string, raw: string, unitWord: string | undefined, unitEnd: number): boolean {
  return unitWord === '级' && /[十百千万亿]$/.test(raw) && /\p{Script=Han}/u.test(text[unitEnd] ?? '');
}

const PHASE_AFTER = new RegExp(`^(?:${alternation(PHASE_WORKS)})`);

/**
 * A project's phase: a numeral and 期 alone in parentheses after a project's name (…提升（二期）) or right before
 * the works it names (机场三期扩建): an ordinal. 举办三期培训班 counts courses.
 */
export function isPhase(text: string, start: number, unitWord: string | undefined, unitEnd: number): boolean {
  if (unitWord !== '期') return false;
  if ('（('.includes(text[start - 1] ?? '') && '）)'.includes(text[unitEnd] ?? '')) return true;
  return PHASE_AFTER.test(text.slice(unitEnd, unitEnd + 2));
}

const AGE_BEFORE = new RegExp(`(?:${alternation(AGE_VERBS)})$`);

/** A round span right after a verb of reaching an age (已届百年的车库): the age, a duration, not an idiom. */
export function isAgeReached(text: string, start: number): boolean {
  return AGE_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/** Provinces and cities as texts write them without their suffix (台湾, 广东, 屏东, 广州), longest first. */
let regionShortNames: string[] | null = null;
function regions(): string[] {
  regionShortNames ??= [...new Set([
    ...provinces.map((p) => p.name.replace(/(?:省|市|(?:\p{Script=Han}{1,4}?族)?自治区|特别行政区)$/u, '')),
    ...[...cityByCode.values()].map(shortName),
  ])].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  return regionShortNames;
}

/**
 * A year glued to the name of a province or a city (2019台湾灯会, 2018广州马拉松): the year of an event the name
 * goes on to give, even where the place's first character is also a classifier (台).
 */
export function isYearBeforePlace(text: string, raw: string, end: number): boolean {
  if (!/^(?:19|20)\d{2}$/.test(raw)) return false;
  return regions().some((n) => text.startsWith(n, end));
}

const HOLDING = new RegExp(`(?:${alternation(HOLDING_VERBS)})`);
/** The rest of a meeting's name after the span: Han words with no 的 (为期三天的大会 gives the meeting's length), then its head. */
const MEETING_NAME_REST = new RegExp(`^[^的\\P{Script=Han}]*(?:${alternation(MEETING_NOUNS)})$`, 'u');
const CLAUSE_MARK = /[，。；：！？,;:!?\n（）()“”]/;

/**
 * A span of time inside the name of a meeting the clause holds (召开…三年初见成效系列主题新闻发布会): part of the
 * name. `unitEnd` is where the span's unit ends.
 */
export function inMeetingName(text: string, start: number, unitEnd: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_MARK.test(text[from - 1]!)) from--;
  let to = unitEnd;
  while (to < text.length && !CLAUSE_MARK.test(text[to]!)) to++;
  const before = text.slice(Math.max(0, from - 40), start);
  return HOLDING.test(before) && !/为期$/.test(text.slice(Math.max(0, start - 2), start)) && MEETING_NAME_REST.test(text.slice(unitEnd, to));
}

/**
 * A town's name that opens with a numeral inside an address (某某县三门海镇坡心村): after a county's, district's or
 * city's name, a numeral and one to three characters make the town (镇/乡), and a village or community (村/社区) with no
 * numeral or 个 in its name follows. 全县三个乡镇 (个) and 三镇五村 (no name between) are counts.
 */
const TOWN_IN_ADDRESS = /^[一二三四五六七八九十]+(?!个)\p{Script=Han}{1,3}?[镇乡](?:(?![个一二两三四五六七八九十])\p{Script=Han}){1,6}?(?:村|社区)/u;

/** A numeral at `start` that opens a town's name inside an address. */
export function inTownName(text: string, start: number): boolean {
  return /[县区市]$/.test(text.slice(0, start)) && !/[全本该各每]$/.test(text.slice(Math.max(0, start - 2), start - 1)) && TOWN_IN_ADDRESS.test(text.slice(start, start + 16));
}

const HAN = /\p{Script=Han}/u;
const QUALIFIED = /[近上超逾约数]$/;

/**
 * The class of a number that these shapes make part of a name, a date or a marker, or null. Round scale words
 * first: with neither a qualifier nor a unit they name a magnitude (三大千亿产业, 百万市民); before a time unit and
 * a noun they are idioms (百年变局, 千年古城), unless a verb of reaching an age stands before them (已届百年).
 */
export function numeralName(text: string, r: Reading): { cls: 'name' | 'date' | 'marker'; rule: string } | null {
  const t = r.token;
  const arabic = /^\d/.test(t.raw);
  const qualified = QUALIFIED.test(text.slice(Math.max(0, t.start - 1), t.start));
  if (/^[百千万亿]+$/.test(t.raw) && !r.unit && !qualified) return { cls: 'name', rule: 'idiom' };
  if (/^[百千万]+$/.test(t.raw) && r.unit?.kind === 'duration' && (HAN.test(text[r.unitEnd] ?? '') || text[t.start - 1] === '个')) {
    if (!qualified && !isAgeReached(text, t.start)) return { cls: 'name', rule: 'idiom' };
  }
  if (!arabic && inPairedIdiom(text, t.start, t.end)) return { cls: 'name', rule: 'idiom' };
  if (isSizeClass(text, t.raw, r.unit?.word, r.unitEnd)) return { cls: 'name', rule: 'label' };
  if (isPhase(text, t.start, r.unit?.word, r.unitEnd)) return { cls: 'marker', rule: 'phase' };
  if (arabic && r.unit && isYearBeforePlace(text, t.raw, t.end)) return { cls: 'date', rule: 'year-in-name' };
  if (r.unit?.kind === 'duration' && inMeetingName(text, t.start, r.unitEnd)) return { cls: 'name', rule: 'meeting-name' };
  if (!arabic && inTownName(text, t.start)) return { cls: 'name', rule: 'place-name' };
  return null;
}
