/**
 * Metadata of a report that has no manifest entry, read from the report itself:
 * the title from its own headline (never from the web page's chrome), the
 * publisher and date from its source lines (来源, 发布时间, 发布机构 …) or from
 * the headline's issuer, the place from the gazetteer, and the period from the
 * years it names. Every rule reads a general shape of Chinese web pages and
 * official documents; the word lists are in lexicon.ts (metadata section).
 */
import type { Script } from './script.ts';
import type { DocumentMeta, Kind } from './manifest.ts';
import { idFromFile } from './manifest.ts';
import { type PlaceTables, findPlace } from './places.ts';
import { DISPATCH, WIRE, dispatchCity } from './metadata-dispatch.ts';
import {
  DATE_FIELDS, FINAL_STOP, ISSUER_ENDINGS, MEDIUM_NAME_ENDINGS, PUBLISHER_FIELDS, SITE_CHROME, TITLE_DECORATIONS, TITLE_FIELDS,
  alternation as alt,
} from './lexicon.ts';
import { ENGLISH_DATE } from './figures-tokens.ts';
import { findDate, signatureDate } from './metadata-date.ts';

/** How many lines at the top of a page hold its headline and source lines. */
const HEAD_LINES = 30;
const TITLE_MAX = 60;
/** Chrome lines are short: a longer line is the report's own text even if it starts like chrome. */
const CHROME_MAX = 80;

const CHROME = new RegExp(`^[\\s【\\[]*(?:${alt(SITE_CHROME)})|(?:${alt(SITE_CHROME)})[\\s】\\]]*$|^\\d+版[:：]|^[\\s\\-—|>·•:：]*$|>.*>`);
/** A publisher's value ends at a separator, or where a date field follows with no space (来源:决策杂志时间:2019-03-13). */
const PUBLISHER = new RegExp(`(?:${alt(PUBLISHER_FIELDS)})\\s*[:：]?\\s*([^\\s:：|]+?)(?=(?:${alt(DATE_FIELDS)})\\s*[:：]|[\\s:：|]|$)`);
/** A date field's label alone (发布时间 2024-03-18): no outlet's name. */
const DATE_LABEL = new RegExp(`^(?:${alt(DATE_FIELDS)})$`);
const TITLE_FIELD = new RegExp(`^(?:${alt(TITLE_FIELDS)})\\s*[:：]\\s*(.+)$`);
const ISSUER = `[\\p{Script=Han}（）()]{2,24}?(?:${alt(ISSUER_ENDINGS)})`;
const ISSUED_BY = new RegExp(`(${ISSUER})(?:印发|发布|公布|制定)《`, 'u');
const ISSUER_BEFORE_ABOUT = new RegExp(`^(${ISSUER})关于`, 'u');
const GOVERNMENT_REPORT = /^(?:\d{4}年)?([\p{Script=Han}]{2,16}?人民政府)(?:换届)?工作报告/u;
/** A government's report named for its place, 人民 left out ((2021年10月26日)南昌市政府工作报告): that place's 人民政府 issues it. */
const PLACE_GOVERNMENT_REPORT = /^(?:[（(][^）)]{1,16}[）)])?(?:\d{4}年)?([\p{Script=Han}]{2,16}?[省市区县州旗])政府(?:换届)?工作报告/u;
const SPEAKER = /(?:^|会议上|大会上)([\p{Script=Han}]{2,20}?人民政府)(?:代理|副)?[\p{Script=Han}]{0,2}长/u;
const REPORTER = /^[●■◆▲]?([\p{Script=Han}]{2,8}?)(?:记者|通讯员)/u;
/** A byline on its own line (记者梁振君, 本报记者 王歌 实习生 张效玮): part of the source lines, never a headline. */
const BYLINE_LINE = /^(?:本报)?(?:记者|通讯员|作者)\s*[\p{Script=Han}]{2,4}(?:\s+[\p{Script=Han}]{2,5})*$/u;
/** A report cited as the source of a news item (据《广西日报》消息): that paper is the publisher. */
const CITED_SOURCE = /据《([^《》]{2,12})》(?:消息|报道)/;
/** A line that is only an administrative name (上海市杨浦区): the issuing government above a headline. */
const ADMIN_NAME = /^[\p{Script=Han}]{2,7}[省市][\p{Script=Han}]{1,7}[区县市旗]$/u;
/** An outlet's stamp: its name, then the time it posted (新华社·2025-10-28 11:55, 新湖南客户端 2021-12-27 18:29:29). */
const OUTLET_STAMP = /^([\p{Script=Han}A-Za-z]{2,10}?)\s*[·・•‧]?\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/** A headline led by its publisher and a bar (清研智库 | 官方认定的28个…): group 1 the publisher, group 2 the headline. */
const SOURCE_BEFORE_HEADLINE = /^([\p{Script=Han}A-Za-z]{2,12})\s*[|｜]\s*([^|｜]{8,})$/u;
/** A line that is only a medium's name (太平洋新闻网): the masthead above the headline. */
const MASTHEAD = new RegExp(`^[\\p{Script=Han}A-Za-z]{1,10}(?:${alt(MEDIUM_NAME_ENDINGS)})$`, 'u');
/** A timestamp a stored copy sets before the headline (date 2026-01-27 南市…): no part of the title. */
const LEADING_STAMP = /^(?:date\s*[:：]?\s*)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=\p{Script=Han})/u;
const BYLINE = /^([\p{Script=Han}]{2,8})[─—]{1,2}文?[\p{Script=Han}]{2,4}\/[\p{Script=Han}]{2,4}$/u;
const NEWSPAPER = /^([\p{Script=Han}]{2,10})\s*(?:数字报纸|数字报|电子报)$/u;
const SOURCE_LINE = new RegExp(`(?:${alt([...PUBLISHER_FIELDS, ...DATE_FIELDS, '作者', '本报记者', '记者'])})\\s*[:：]|^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|^\\d{1,2}\\.\\d{1,2}\\.\\d{4}|${ENGLISH_DATE.source}|${OUTLET_STAMP.source}`, 'u');
const DECORATION = new RegExp(`[（(](?:${alt(TITLE_DECORATIONS)})[）)]$`);
const LIST_MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/;

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

function cleanTitle(line: string): string {
  let t = line.trim().replace(LEADING_STAMP, '').replace(SOURCE_BEFORE_HEADLINE, '$2').replace(/^【[^】]{1,10}】/, '').replace(/^[（(][^）)]{1,8}[）)]/, '').replace(DECORATION, '');
  t = t.replace(/(?<=\p{Script=Han})[ 　]+(?=\p{Script=Han})/gu, '');
  // A document number before the title in 《》 (东府办〔2017〕136号《…》) is not part of it.
  const named = /^[^《]*〔\d{4}〕\d+号\s*《(.+)》$/.exec(t);
  return named ? named[1]! : t;
}

function isTitleCandidate(line: string, publisherLine: boolean): boolean {
  const t = line.trim();
  if (!t || publisherLine || isChrome(t) || SOURCE_LINE.test(t) || DISPATCH.test(t) || LIST_MARKER.test(t) || FINAL_STOP.test(t) || MASTHEAD.test(t)) return false;
  if (/摄$|^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$/.test(t)) return false;
  const clean = cleanTitle(t);
  return clean.length >= 4 && clean.length <= TITLE_MAX && /\p{Script=Han}/u.test(clean) && (clean.match(/[，,]/g)?.length ?? 0) <= 1;
}

/** How many short lines in a row make a site's menu (国务院@你 / 赣服通 / 南昌发布 / 微信公众号 …), and how short. */
const MENU_RUN = 4;
const MENU_ITEM_MAX = 8;

/** Lines of a menu at the top of a page: a run of very short lines with no sentence stop. None of them is a headline. */
function menuLines(head: string[]): Set<number> {
  const menu = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= MENU_RUN) for (const i of run) menu.add(i);
    run = [];
  };
  for (const [i, line] of head.entries()) {
    const t = line.trim();
    if (t.length <= MENU_ITEM_MAX && !FINAL_STOP.test(t) && !/\d{4}/.test(t)) run.push(i);
    else close();
  }
  close();
  return menu;
}

/** A byline in brackets after a headline on the same line (【李穗岑讯】, 【本报讯】): the rest of the line is the body. */
const INLINE_BYLINE = /\s+【[^】]{1,12}讯】.*$/u;

/** A subtitle under a headline: a dash line (——2019年度…盘点) or a sentence (网络评选今日启动,请为…点赞). */
const SUBTITLE = /^[—–－-]|[，,]/;

/**
 * The headline: an explicit title field; else a line the page repeats; else
 * the headline block a page sets right above its byline or source line (kicker,
 * headline, subtitle: the headline is its last line that is not a subtitle, so
 * neither a series or column name above it nor a dash line below it is taken);
 * else the first headline-shaped line.
 */
function findTitle(head: string[], placeLines: Set<number>): string | null {
  for (const line of head) {
    const m = TITLE_FIELD.exec(line.trim());
    if (m) return cleanTitle(m[1]!);
  }
  const candidates: { line: string; index: number }[] = [];
  const block: string[] = [];
  for (const [i, line] of head.entries()) {
    const t = line.trim();
    if (!block.length && t.length <= CHROME_MAX && (SOURCE_LINE.test(t) || BYLINE_LINE.test(t))) {
      for (let k = candidates.length - 1; k >= 0 && candidates[k]!.index === i - (candidates.length - k); k--) block.unshift(candidates[k]!.line);
      continue;
    }
    if (t.length > TITLE_MAX && !isChrome(t)) break; // the body has started
    if (isTitleCandidate(line, placeLines.has(i))) candidates.push({ line: t, index: i });
  }
  const lines = candidates.map((c) => c.line);
  const repeated = lines.find((c, i) => lines.indexOf(c) !== i);
  const headline = block.findLast((l) => !SUBTITLE.test(l)) ?? block[0];
  const chosen = repeated ?? headline ?? lines[0];
  return chosen ? cleanTitle(chosen) : null;
}

function findPublisher(head: string[], title: string | null, placeLines: Set<number>): string | null {
  for (const line of head) {
    const m = PUBLISHER.exec(line);
    if (m && /\p{Script=Han}/u.test(m[1]!) && m[1]!.length <= 30) return m[1]!;
  }
  const text = head.join('\n');
  const issued = ISSUED_BY.exec(text) ?? CITED_SOURCE.exec(text);
  if (issued) return issued[1]!;
  if (title) {
    const own = ISSUER_BEFORE_ABOUT.exec(title) ?? GOVERNMENT_REPORT.exec(title);
    if (own) return own[1]!;
  }
  const firstText = head.findIndex((l) => l.trim() && !isChrome(l));
  for (const [i, line] of head.entries()) {
    const t = line.trim();
    const m = SPEAKER.exec(t) ?? WIRE.exec(t) ?? DISPATCH.exec(t) ?? BYLINE.exec(t) ?? NEWSPAPER.exec(t) ?? REPORTER.exec(t) ?? OUTLET_STAMP.exec(t)
      ?? (i === firstText ? SOURCE_BEFORE_HEADLINE.exec(t) : null);
    if (m && !/^本报/.test(m[1]!) && !DATE_LABEL.test(m[1]!)) return m[1]!;
    if (placeLines.has(i)) return t;
  }
  const masthead = head.map((l) => l.trim()).find((t) => MASTHEAD.test(t));
  if (masthead) return masthead;
  // Last, a report named for its place's government, when no line of the page names the issuer.
  const place = title ? PLACE_GOVERNMENT_REPORT.exec(title) : null;
  return place ? `${place[1]}人民政府` : null;
}

/** Metadata for a report that has no manifest entry, from its normalized text. */
/** A field label alone on its line, its characters often spaced out (名    称 :, 发 布 机 构 :): its value is the next line. */
const LONE_LABEL = /^\s*(\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,7})\s*[:：]\s*$/u;

/** Disclosure catalogues set each value under its label: join them as `名称：value`, so fields read as on one line. */
function joinFieldValues(head: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < head.length; i++) {
    // Page chrome ends with a colon too (您当前的位置:), and the line after it is no value of it.
    const label = isChrome(head[i]!) ? null : LONE_LABEL.exec(head[i]!)?.[1]?.replace(/[\s\u3000]+/g, '');
    const next = head[i + 1];
    if (label && next !== undefined && !LONE_LABEL.test(next)) out.push(`${label}：${head[++i]!.trim()}`);
    else out.push(head[i]!);
  }
  return out;
}

export function inferMeta(file: string, text: string, script: Script, zones: PlaceTables): { meta: DocumentMeta; inferred: string[] } {
  const lines = text.split('\n');
  const head = joinFieldValues(lines.filter((l) => l.trim()).slice(0, HEAD_LINES));
  const placeLines = new Set(head.flatMap((l, i) => {
    const t = l.trim();
    const place = t.length <= 12 ? findPlace(t, { zones }) : null;
    return (place && place.start === 0 && place.end === t.length) || ADMIN_NAME.test(t) ? [i] : [];
  }));
  // A headline the page runs into its byline (…新生活 【李穗岑讯】中华智慧运输系统协会…) ends before the byline.
  const menu = menuLines(head);
  const found = findTitle(head.map((l, i) => (menu.has(i) ? '' : l.replace(INLINE_BYLINE, ''))), placeLines);
  // Without a headline, the first line that is neither chrome nor a source line, without a publisher before a bar.
  const firstLine = head.find((l) => !isChrome(l) && !SOURCE_LINE.test(l.trim()))?.trim().replace(LEADING_STAMP, '').replace(SOURCE_BEFORE_HEADLINE, '$2') ?? file;
  const title = found ?? (firstLine.length > TITLE_MAX ? `${firstLine.slice(0, TITLE_MAX)}…` : firstLine);
  const publisher = findPublisher(head, found, placeLines);
  const place = findPlace(`${found ?? ''} ${publisher ?? ''}`, { zones }) ?? findPlace(head.filter((l) => !isChrome(l)).join('\n'), { zones });
  const district = place?.district?.name ?? null;
  // A head that names no place in full is about the city its dispatch line is filed from (中央社／ 高雄22日电).
  const city = place?.city ?? dispatchCity(head);

  const years = [...text.matchAll(/(?<!\d)((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const published = findDate(head) ?? signatureDate(lines);
  // A text that names no year of its own (a news item dated only in its source line) is about the year it was published.
  const year = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? (published ? Number(published.slice(0, 4)) : null);
  const sorted = [...counts.keys()].sort();
  const kind: Kind = /案例|榜/.test(title + text.slice(0, 400)) ? 'case-list' : /要点|计划|方案/.test(title) ? 'work-plan' : 'summary';
  const meta: DocumentMeta = {
    id: idFromFile(file),
    file,
    title,
    publisher,
    published,
    region: { city, district },
    period: sorted.length
      ? { start: String(sorted[0]), end: String(sorted[sorted.length - 1]), label: `${sorted[0]}—${sorted[sorted.length - 1]}年（由文中年份推断）` }
      : { start: '', end: '', label: '未知' },
    year,
    script,
    kind,
    list: null,
    note: null,
  };
  return { meta, inferred: ['id', 'title', 'publisher', 'published', 'region', 'period', 'year', 'script', 'kind', 'list'] };
}
