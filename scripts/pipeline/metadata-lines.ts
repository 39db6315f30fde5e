/**
 * The lines of a page's head that are not its headline: site chrome (navigation, tools, sharing), source lines
 * (来源, 发布时间, bylines, outlets' stamps), mastheads and the issuer's name on a line of its own. Shapes only; the
 * word lists are in lexicon.ts (metadata section).
 */
import { DATE_FIELDS, FONT_SIZE_SWITCH, MEDIUM_NAME_ENDINGS, PUBLISHER_FIELDS, SITE_CHROME, WEEKDAYS, alternation as alt } from './lexicon.ts';
import { ENGLISH_DATE } from './figures-tokens.ts';

/** Chrome lines are short: a longer line is the report's own text even if it starts like chrome. */
export const CHROME_MAX = 80;
export const CHROME = new RegExp(`^[\\s【\\[]*(?:${alt(SITE_CHROME)})|(?:${alt(SITE_CHROME)})[\\s】\\]]*$|^\\d+版[:：]|^[\\s\\-—|>·•:：]*$|>.*>`);
/** A byline on its own line (记者梁振君, 本报记者 王歌 实习生 张效玮): part of the source lines, never a headline. */
export const BYLINE_LINE = /^(?:本报)?(?:记者|通讯员|作者)\s*[\p{Script=Han}]{2,4}(?:\s+[\p{Script=Han}]{2,5})*$/u;
/** A line that is only an administrative name (上海市杨浦区): the issuing government above a headline. */
export const ADMIN_NAME = /^[\p{Script=Han}]{2,7}[省市][\p{Script=Han}]{1,7}[区县市旗]$/u;
/**
 * An outlet's stamp: its name, then the time it posted (新华社·2025-10-28 11:55, 新湖南客户端 2021-12-27 18:29:29), maybe
 * with the page's font-size switch after it.
 */
export const OUTLET_STAMP = new RegExp(`^([\\p{Script=Han}A-Za-z]{2,10}?)\\s*[·・•‧]?\\s*\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s+(?:${alt(FONT_SIZE_SWITCH)}))*$`, 'u');
/** A headline led by its publisher and a bar (清研智库 | 官方认定的28个…): group 1 the publisher, group 2 the headline. */
export const SOURCE_BEFORE_HEADLINE = /^([\p{Script=Han}A-Za-z]{2,12})\s*[|｜]\s*([^|｜]{8,})$/u;
/** A line that is only a medium's name (太平洋新闻网): the masthead above the headline. */
export const MASTHEAD = new RegExp(`^[\\p{Script=Han}A-Za-z]{1,10}(?:${alt(MEDIUM_NAME_ENDINGS)})$`, 'u');
/**
 * A page's date line: the date in words, then the name of the column the item stands in (2022年12月19日    即時資訊);
 * a weekday there is the page's clock (see pageClock). Group 1–3: year, month, day.
 */
export const DATE_THEN_COLUMN = new RegExp(`^(\\d{4})年(\\d{1,2})月(\\d{1,2})日[ \\t\u3000]+(?!${alt(WEEKDAYS)})\\p{Script=Han}{2,6}$`, 'u');
export const SOURCE_LINE = new RegExp(`${DATE_THEN_COLUMN.source}|(?:${alt([...PUBLISHER_FIELDS, ...DATE_FIELDS, '作者', '本报记者', '记者'])})\\s*[:：]|^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|^\\d{1,2}\\.\\d{1,2}\\.\\d{4}|${ENGLISH_DATE.source}|${OUTLET_STAMP.source}`, 'u');

/** Whether a line is web-page chrome (navigation, tools, sharing), not the report. */
export function isChrome(line: string): boolean {
  const t = line.trim();
  return t.length <= CHROME_MAX && CHROME.test(t);
}

/** Line spans of a text that are page chrome or source lines (来源, 发布时间, 阅读次数), so that no figure or case is read from them. */
export function chromeSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && (isChrome(t) || (t.length <= CHROME_MAX && SOURCE_LINE.test(t)))) spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

/** A field label alone on its line, its characters often spaced out (名    称 :, 发 布 机 构 :): its value is the next line. */
const LONE_LABEL = /^\s*(\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,7})\s*[:：]\s*$/u;

/** A catalogue's label cell: a few characters, often spaced out (标 题, 发布日期). */
const CELL_LABEL = /^\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,5}$/u;

/**
 * A catalogue row set as a table, labels and values in turns (成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |): its
 * filled fields as `label：value` lines, or null for a row of another shape (a headline with empty cells after it).
 */
function tableFields(line: string): string[] | null {
  // A table row closes with a bar; a publisher before a bar (清研智库 | 官方认定的…) opens a headline.
  if (!/[|｜]\s*$/.test(line)) return null;
  const cells = line.split(/\s*[|｜]\s*/).map((c) => c.trim());
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  if (cells.length < 2 || !cells.every((c, k) => k % 2 === 1 || CELL_LABEL.test(c))) return null;
  const fields = cells.flatMap((c, k) => (k % 2 === 0 && cells[k + 1] ? [`${c.replace(/[\s\u3000]+/g, '')}：${cells[k + 1]}`] : []));
  return fields.length ? fields : null;
}

/**
 * Disclosure catalogues set each value under its label, or beside it in a table's cells: join them as `名称：value`, so
 * fields read as on one line.
 */
export function joinFieldValues(head: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < head.length; i++) {
    const row = isChrome(head[i]!) ? null : tableFields(head[i]!);
    if (row) {
      out.push(...row);
      continue;
    }
    // Page chrome ends with a colon too (您当前的位置:), and the line after it is no value of it.
    const label = isChrome(head[i]!) ? null : LONE_LABEL.exec(head[i]!)?.[1]?.replace(/[\s\u3000]+/g, '');
    const next = head[i + 1];
    if (label && next !== undefined && !LONE_LABEL.test(next)) out.push(`${label}：${head[++i]!.trim()}`);
    else out.push(head[i]!);
  }
  return out;
}

