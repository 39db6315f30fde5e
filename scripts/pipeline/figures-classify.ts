/**
 * Which class a number token belongs to: a date, a list marker or ordinal, a
 * part of a name, a figure, or (when no rule applies) unclassified. The rules
 * run in that order and look only at the token's shape and the characters
 * around it, so they hold for any report, not just the seeds.
 */
import { qualifierAfter, qualifierBefore } from './figures-units.ts';
import type { Reading } from './figures-reading.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../datasets/numerals.ts';
import { ANNIVERSARY_EVENTS, DURATION_AFTER, NUMERAL_SET_PHRASES, ONLY_ADVERBS, PASSAGE_WORDS, PLAN_DOCUMENTS, RANK_VERBS, REFERENCE_NOUNS, ROC_YEARS, alternation } from './lexicon.ts';
import { inFileName, isIdentifier } from './figures-codes.ts';
import { afterPlus, inDateWord, inMonthDay, isCaptionPosition, isNoteMark, isRunInItem } from './figures-marks.ts';
import { numeralName } from './figures-names.ts';
import type { SpanIndex } from './spans.ts';

/** `rejected`: read as a figure, but an editor said it is none (content/reviews figures.reject). */
export type TokenClass = 'figure' | 'date' | 'marker' | 'name' | 'unclassified' | 'rejected';

export interface TextContext {
  text: string;
  /** Spans inside quotation marks and title marks, with the opening mark. */
  quotes: SpanIndex<{ start: number; end: number; mark: string }>;
  /** Paragraph spans that are headings (short lines without a final stop). */
  headings: SpanIndex<{ start: number; end: number }>;
  /** Lines of web-page chrome (navigation, tools, sharing): nothing in them is a figure. */
  chrome: SpanIndex<{ start: number; end: number }>;
  /** The report counts years in the ROC calendar (a Taiwanese report in traditional script): 114年 is a year. */
  rocCalendar: boolean;
}

const DIGIT_OR_CN = `[\\d${CHINESE_NUMERAL_CHARS}]`;
const SESSION_BEFORE = new RegExp(`${DIGIT_OR_CN}+届$`);
/** A session of an institution named after its term (十九届人大二次会议, 十四届三次全会): 届, the institution, then N次会议. */
const SESSION_OF_TERM = /届[^，。；：！？,;:!?\n\d]{0,8}$/;
const SESSION_NOUNS = /^(?:会议|全会|全体会议|常委会议)/;
/** A place in a ranking: a ranking verb, then the place (位居全省7位, 进位至68位); 全省/全国 may stand between. */
const RANK_BEFORE = new RegExp(`(?:${alternation(RANK_VERBS)})(?:全[国省市区]|[省市区县]内|全国第|全省第)?$`);
const HAN = /\p{Script=Han}/u;
const isYear = (v: number | null, raw: string) => v !== null && Number.isInteger(v) && v >= 1900 && v <= 2100 && /^(\d{4}|[〇零一二三四五六七八九]{4})$/.test(raw);
const YEAR_LINK = /^[-—–~～至到]$/;
const REFERENCE_BEFORE = new RegExp(`(?:${REFERENCE_NOUNS.join('|')})[:：\\s]*$`);
/** Separators of an enumeration that a following numeral may restate (市、区两级). */
const ENUMERATION_SEPARATOR = /[、+＋和与及]/;
const CLAUSE_BREAK = /[，；：。！？\n（）,;:!?]/;
const ONLY_BEFORE = new RegExp(`(?:${alternation(ONLY_ADVERBS)})$`);

/**
 * The list written right before a numeral that counts it (市、区两级; “业主+企业+金融机构”三方), or
 * null. A、B、C等3项 is a sample, not the whole list.
 */
export function listBefore(text: string, start: number, value?: number | null): string | null {
  let s = start;
  while (s > 0 && !CLAUSE_BREAK.test(text[s - 1]!)) s--;
  const raw = text.slice(s, start);
  // A quoted list is exactly the list; an unquoted one may carry the clause's verb (积极探索“A+B+C”三方).
  const list = (/[“"「]([^”"」]+)[”"」]$/.exec(raw)?.[1] ?? raw).replace(/[“”"‘’「」]/g, '');
  if (list.endsWith('等')) return null;
  const parts = list.split(ENUMERATION_SEPARATOR);
  const count = value ?? parseChineseNumeral(text.slice(start).match(/^[一二两三四五六七八九十]+/)?.[0] ?? '') ?? Number(text.slice(start).match(/^\d+/)?.[0] ?? NaN);
  return parts.length >= 2 && parts.length === count && parts.every((p) => p.length >= 1 && p.length <= 8) ? list : null;
}

/**
 * A plan's span read as the time its work took: 通过三年行动 (through three years of action), a duration; the plan's
 * own name (城市更新三年行动, 三年行动方案) stays a name. `unitEnd` is where the time unit ends (三年|行动).
 */
function spanOfWork(text: string, start: number, unitEnd: number): boolean {
  if (!PASSAGE_WORDS.some((w) => text.endsWith(w, start))) return false;
  const work = /^\p{Script=Han}{2}/u.exec(text.slice(unitEnd))?.[0] ?? '';
  return !PLAN_DOCUMENTS.some((d) => text.startsWith(d, unitEnd + work.length));
}

/** The numeral restates the count of the list right before it: 市、区两级 names the levels, it does not count them. */
function restatesList(text: string, start: number, value: number | null): boolean {
  return value !== null && Number.isInteger(value) && listBefore(text, start, value) !== null;
}

/**
 * A year of the ROC calendar: after 民国 always (民国38年); in a report that counts in it, a number of its span before
 * 年 that no qualifier or duration word makes a span of time (114年评选结果, not 已有60年历史 nor 近70年).
 */
function isRocYear(ctx: TextContext, r: Reading): boolean {
  const { text } = ctx;
  const t = r.token;
  const v = r.value;
  if (v === null || !Number.isInteger(v) || r.unit?.word !== '年' || r.more) return false;
  if (/民[国國]$/.test(text.slice(Math.max(0, t.start - 2), t.start))) return true;
  if (!ctx.rocCalendar || v < ROC_YEARS[0] || v > ROC_YEARS[1]) return false;
  return !qualifierBefore(text, t.start, false) && !qualifierAfter(text, r.unitEnd, 'duration') && !DURATION_AFTER.some((w) => text.startsWith(w, r.unitEnd));
}

export function classify(ctx: TextContext, r: Reading): { cls: TokenClass; rule: string } {
  const { text } = ctx;
  const t = r.token;
  const v = r.value;
  const prev = text[t.start - 1] ?? '\n';
  const next = text[t.end] ?? '\n';
  const lineStart = prev === '\n';
  const arabic = /^\d/.test(t.raw);
  const int = v !== null && Number.isInteger(v);

  // Dates: by 年/月/日 or by the shape of a full date.
  if (t.shape === 'full-date') return { cls: 'date', rule: 'full-date' };
  if (isYear(v, t.raw) && (next === '年' || (!HAN.test(next) && !/[\d%.]/.test(next)))) return { cls: 'date', rule: 'year' };
  if (isRocYear(ctx, r)) return { cls: 'date', rule: 'roc-year' };
  if (isYear(v, t.raw) && YEAR_LINK.test(next) && /^\d{4}/.test(text.slice(t.end + 1, t.end + 5))) return { cls: 'date', rule: 'year-range' };
  if (int && v >= 1 && v <= 12 && next === '月') return { cls: 'date', rule: 'month' };
  // Month ranges: 1-6月, 1至9月.
  if (int && v >= 1 && v <= 12 && /^[-—–~～至到](?:1[0-2]|0?[1-9])月/.test(text.slice(t.end, t.end + 4))) return { cls: 'date', rule: 'month' };
  // A day after its month, also where a broken date line lost the 日 (五月三十).
  if (int && v >= 1 && v <= 31 && prev === '月' && (next === '日' || next === '号' || !HAN.test(next))) return { cls: 'date', rule: 'day' };
  if (int && v >= 1 && v <= 31 && inDateWord(text, t.start, t.end)) return { cls: 'date', rule: 'day' };
  if (int && arabic && inMonthDay(text, t.start, t.end)) return { cls: 'date', rule: 'month-day' };
  if (t.shape === 'clock') return { cls: 'date', rule: 'clock' };
  // 时间过半, 年已过半: half of a period has passed, a time and not a share.
  if (t.raw === '半' && /(?:年|时间|时程|进度)[已行]*过$/.test(text.slice(Math.max(0, t.start - 5), t.start))) return { cls: 'date', rule: 'half-period' };
  // The first months or years of a period are a time, not a duration (头七个月, 前三年; 提前3天 is a duration).
  if (r.unit?.kind === 'duration' && (prev === '头' || (prev === '前' && !/[提之此以目当从]/.test(text[t.start - 2] ?? '')))) return { cls: 'date', rule: 'period' };

  // Page chrome and source lines (字体大小, 阅读次数, 索引号) hold no figures; their dates stay dates.
  if (ctx.chrome.has(t.start, t.end)) return { cls: 'name', rule: 'chrome' };

  // Markers: ordinals and list numbering.
  if (prev === '第') return { cls: 'marker', rule: 'ordinal' };
  // A place in a ranking (占据全省前3位, 位列前10名, 进位至68位): the top N or the place, not N of something; also
  // when 的 ties the place to what holds it (获得前五名的单位), while 前5名学生 names people and is left to the count rules.
  if ((r.unit?.word === '位' || r.unit?.word === '名') && (!HAN.test(text[r.unitEnd] ?? '') || text[r.unitEnd] === '的')) {
    if (prev === '前' || RANK_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) return { cls: 'marker', rule: 'rank' };
  }
  if (next === '是' && (lineStart || '。；：'.includes(prev))) return { cls: 'marker', rule: 'list-marker' };
  if ((lineStart || ('（('.includes(prev) && (text[t.start - 2] ?? '\n') === '\n')) && '、．.）)'.includes(next)) return { cls: 'marker', rule: 'list-marker' };
  if ('（('.includes(prev) && '）)'.includes(next) && !arabic) return { cls: 'marker', rule: 'list-marker' };
  // An item number joined to its heading by a dash (01-北京怀柔：…, 2-天河区…): one or two digits, a Han character after the dash.
  if (lineStart && arabic && t.raw.length <= 2 && /^[-－—–]\p{Script=Han}/u.test(text.slice(t.end, t.end + 2))) return { cls: 'marker', rule: 'list-marker' };
  // A list's number glued to its paragraph (5增城…) has one or two digits; 2018安徽地方… is a year inside a name.
  if (lineStart && arabic && t.raw.length <= 2 && !r.unit && HAN.test(next) && !r.token.reading?.scaled) return { cls: 'marker', rule: 'paragraph-number' };
  if ((lineStart || prev === ' ') && (next === ' ' || next === '\n') && !r.unit) return { cls: 'marker', rule: 'isolated-number' };
  if (arabic && int && !r.unit && isRunInItem(text, t.start, t.end, v)) return { cls: 'marker', rule: 'list-marker' };
  if (arabic && !r.unit && afterPlus(text, t.start)) return { cls: 'name', rule: 'formula' };

  // A note mark after a name: “日内瓦国际发明展2023” 1、… ; (Edison Award)2及 …
  if (arabic && int && !r.unit && /[”」』)）][ \u3000]?$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && /^[、及等和与]/.test(text.slice(t.end))) {
    return { cls: 'marker', rule: 'note' };
  }
  // A footnote's number glued to its name (“六多合一”1集成审批, …审批2，) and a person's place in a caption (（左1）).
  if (arabic && !r.unit && v !== null && isNoteMark(text, t.start, t.end, v)) return { cls: 'marker', rule: 'note' };
  if (int && !r.unit && isCaptionPosition(text, t.start, t.end)) return { cls: 'marker', rule: 'caption-position' };
  // A reference mark in brackets after a statement or at a line start (…名单 [1], ［2］, 【3】): a note's number, not a count.
  if (arabic && int && !r.unit && '[［【'.includes(prev) && ']］】'.includes(next)) return { cls: 'marker', rule: 'reference-mark' };
  // Identifiers: XM01100-05-00-2025-001 (letters, or three or more groups joined by hyphens), and file names.
  if (arabic && isIdentifier(text, t.start, t.end)) return { cls: 'name', rule: 'code' };
  if (arabic && inFileName(text, t.start, t.end)) return { cls: 'name', rule: 'file-name' };
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) return { cls: 'marker', rule: 'reference' };

  // A span of time after 每 is a frequency, a figure of its own (每两年组织一批: every 2 years).
  if (prev === '每' && r.unit?.kind === 'duration') return { cls: 'figure', rule: 'frequency' };
  // A rate's denominator (每千人口, 每万人) belongs to the rate's figure.
  if (prev === '每') return { cls: 'figure', rule: 'per' };

  // Parts of names.
  const quote = ctx.quotes.innermost(t.start, t.end);
  // A quantity stressed as small (《仅19天转产口罩…》) is stated by a headline, not part of a name.
  const stated = !!r.unit && ONLY_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start));
  if (quote?.mark === '《' && !stated) return { cls: 'name', rule: 'title' };
  if (quote && !stated && quote.end - quote.start <= 16 && !/[。！？]/.test(text.slice(quote.start, quote.end))) return { cls: 'name', rule: 'quoted-name' };
  if (text[r.unitEnd] === '号' || next === '号') return { cls: 'name', rule: 'number-name' };
  // Sessions name an institution (十四届全国人大, 四中全会); 14届 at the end of a clause counts them.
  if ((next === '届' && HAN.test(text[t.end + 1] ?? '')) || (next === '中' && text.slice(t.end, t.end + 8).includes('全会'))) return { cls: 'name', rule: 'session' };
  // Labels: a numeral with 大 or 级 naming a set (十大攻坚任务, 五级人大代表), or restating a list (市、区两级).
  // 大类 is a unit (7大类) unless it starts 类型/类别 (五大类型).
  if (next === '大' && (!r.unit || /^[型别]/.test(text[r.unitEnd] ?? '')) && HAN.test(text[t.end + 1] ?? '')) return { cls: 'name', rule: 'label' };
  if (!arabic && r.unit?.word === '级') return { cls: 'name', rule: 'label' };
  // A numeral and 字 before a noun names a slogan (八字方针, 十六字工作法); a text's length ends its phrase (约3400字，).
  if (r.unit?.word === '字' && HAN.test(text[r.unitEnd] ?? '') && !/^(?:的|左右|以[上下内]|之[内多])/.test(text.slice(r.unitEnd))) return { cls: 'name', rule: 'label' };
  if (r.unit?.word === '级' && restatesList(text, t.start, v)) return { cls: 'name', rule: 'label' };
  if (text.startsWith('周年', t.end)) return { cls: 'name', rule: 'anniversary' };
  if (r.unit?.word === '年' && ANNIVERSARY_EVENTS.some((e) => text.endsWith(e, t.start)) && HAN.test(text[r.unitEnd] ?? '') && !DURATION_AFTER.some((w) => text.startsWith(w, r.unitEnd))) {
    return { cls: 'name', rule: 'anniversary' };
  }
  if (NUMERAL_SET_PHRASES.some((p) => text.startsWith(p, t.end)) && !spanOfWork(text, t.start, r.unitEnd)) return { cls: 'name', rule: 'set-phrase' };
  const named = numeralName(text, r);
  if (named) return named;
  if (next === '大' && /(党的|中共|党)$/.test(text.slice(Math.max(0, t.start - 2), t.start))) return { cls: 'name', rule: 'congress' };
  if (r.unit?.word === '次' && SESSION_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) return { cls: 'name', rule: 'session' };
  if (r.unit?.word === '次' && SESSION_NOUNS.test(text.slice(r.unitEnd)) && SESSION_OF_TERM.test(text.slice(Math.max(0, t.start - 12), t.start))) return { cls: 'name', rule: 'session' };
  // A number with a leading zero (024年 where a mojibake ate the 2, 007号) is a code or a damaged number, never a count.
  if (arabic && /^0\d/.test(t.raw)) return { cls: 'name', rule: 'code' };
  if (/^\d+\.0$/.test(t.raw) && !r.unit) return { cls: 'name', rule: 'version' };
  if (arabic && !r.unit && (/[A-Za-z_]/.test(prev) || /[A-Za-z_]/.test(next))) return { cls: 'name', rule: 'code' };
  // Place names made of a numeral and a unit-like character (三元里): a measure is never followed by 里/路/街.
  if (!arabic && r.unit && r.unit.kind !== 'count' && /^\p{Script=Han}[里路街巷村镇岗]/u.test(text.slice(t.end, t.end + 2))) {
    return { cls: 'name', rule: 'place' };
  }
  if (!r.unit && t.shape === 'number' && HAN.test(next) && !qualifierAfter(text, t.end, null)) {
    const heading = ctx.headings.has(t.start, t.end);
    // A Chinese numeral needs a classifier before a noun; without one it is part of a name (十五运会, 十四五规划), except a round 万/亿 (百万市民).
    if (!arabic && /[零〇一二两兩三四五六七八九]/.test(t.raw) && !/[万亿萬億]$/.test(t.raw)) return { cls: 'name', rule: 'glued-name' };
    if (!t.reading?.scaled && (!arabic || heading || (int && t.raw.length >= 3))) return { cls: 'name', rule: 'glued-name' };
  }

  // Figures.
  if (r.unit) return { cls: 'figure', rule: 'unit' };
  if (t.shape !== 'number') return { cls: 'figure', rule: t.shape };
  if (t.reading?.scaled) return { cls: 'figure', rule: 'scaled' };
  if (/^[-—–~～]\d/.test(text.slice(t.end, t.end + 2))) return { cls: 'figure', rule: 'range' };
  if (arabic && !HAN.test(next) && !/[\d+＋]/.test(next)) return { cls: 'figure', rule: 'bare' };
  return { cls: 'unclassified', rule: 'none' };
}

