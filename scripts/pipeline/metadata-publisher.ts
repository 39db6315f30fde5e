/**
 * The publisher of a report without a manifest entry: a source field (来源：…), the issuer a head names (…印发《,
 * …关于), a speaker, wire, dispatch, byline or outlet's stamp, a place line, a portal's home-page links or a masthead,
 * the government a work report is named for, or last the issuer who signs a notice at its end. Shapes only; the word
 * lists are in lexicon.ts (metadata section).
 */
import { DISPATCH, WIRE } from './metadata-dispatch.ts';
import { DATE_FIELDS, ISSUER_ENDINGS, MEDIUM_NAME_ENDINGS, PUBLISHER_FIELDS, SELF_SOURCE_NAMES, SITE_CHROME, WEEKDAYS, alternation as alt } from './lexicon.ts';
import { MASTHEAD, OUTLET_STAMP, SOURCE_BEFORE_HEADLINE, isChrome } from './metadata-lines.ts';

/** A publisher's value ends at a separator, or where a date field follows with no space (来源:决策杂志时间:2019-03-13). */
const PUBLISHER = new RegExp(`(?:${alt(PUBLISHER_FIELDS)})\\s*[:：]?\\s*([^\\s:：|]+?)(?=(?:${alt(DATE_FIELDS)})\\s*[:：]|[\\s:：|]|$)`);
/** A date field's label alone (发布时间 2024-03-18): no outlet's name. */
const DATE_LABEL = new RegExp(`^(?:${alt(DATE_FIELDS)})$`);
const ISSUER = `[\\p{Script=Han}（）()]{2,24}?(?:${alt(ISSUER_ENDINGS)})`;
const ISSUED_BY = new RegExp(`(${ISSUER})(?:印发|发布|公布|制定)《`, 'u');
const ISSUER_BEFORE_ABOUT = new RegExp(`^(${ISSUER})关于`, 'u');
/**
 * A government's own work report (2024年某县人民政府工作报告): that government issues it; the name may follow a province in
 * brackets ((辽宁省)2024年…) or a year whose first digits a stored copy lost, so it starts at the text, a bracket or 年;
 * a title about such a report (关于审议…工作报告的决议) is another body's.
 */
const GOVERNMENT_REPORT = /(?:^|[）)]|\d+年)(?!关于)([\p{Script=Han}]{2,16}?人民政府)(?:换届)?工作报告/u;
/** A government's report named for its place, 人民 left out ((2021年10月26日)南昌市政府工作报告): that place's 人民政府 issues it. */
const PLACE_GOVERNMENT_REPORT = /^(?:[（(][^）)]{1,16}[）)])?(?:\d{4}年)?([\p{Script=Han}]{2,16}?[省市区县州旗])政府(?:换届)?工作报告/u;
const SPEAKER = /(?:^|会议上|大会上)([\p{Script=Han}]{2,20}?人民政府)(?:代理|副)?[\p{Script=Han}]{0,2}长/u;
const REPORTER = /^[●■◆▲]?([\p{Script=Han}]{2,8}?)(?:记者|通讯员)/u;
/** A report cited as the source of a news item (据《广西日报》消息): that paper is the publisher. */
const CITED_SOURCE = /据《([^《》]{2,12})》(?:消息|报道)/;
const BYLINE = /^([\p{Script=Han}]{2,8})[─—]{1,2}文?[\p{Script=Han}]{2,4}\/[\p{Script=Han}]{2,4}$/u;
const NEWSPAPER = /^([\p{Script=Han}]{2,10})\s*(?:数字报纸|数字报|电子报)$/u;
/** A field whose value is only a medium's name (当前报纸名称：某某日报, 媒体：某某晚报): that medium publishes the page. */
const MEDIUM_FIELD = new RegExp(`^[\\p{Script=Han}]{2,8}[:：]\\s*([\\p{Script=Han}A-Za-z]{1,10}(?:${alt(MEDIUM_NAME_ENDINGS)}))$`, 'u');
/**
 * A portal's links to its home pages (人民网首页|某某频道首页): the outlet, then its channel, publish the page. Only a line of
 * home-page links, the first an outlet's name; a breadcrumb that starts at 首页 names none.
 */
const HOME_LINKS = new RegExp(`^([\\p{Script=Han}A-Za-z]{1,10}(?:${alt(MEDIUM_NAME_ENDINGS)}))首页\\s*[|｜]\\s*([\\p{Script=Han}]{2,10})首页$`, 'u');
/**
 * A page's date line that names its source after the time (2022-09-09 10:10 武汉市民政局); a weekday there is the clock's,
 * and a tool or field label (浏览次数, 来源) names no source.
 */
const STAMP_THEN_SOURCE = new RegExp(`^\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+(?!(?:${alt([...WEEKDAYS, ...SITE_CHROME, ...PUBLISHER_FIELDS, ...DATE_FIELDS])}))([\\p{Script=Han}]{2,20})$`, 'u');
/**
 * An e-paper's registration line (国内统一刊号：CN12-0001 某某日报报业集团出版): the paper it registers, which the publishing
 * group (报业集团, 报社) is named for.
 */
const PAPER_REGISTRATION = /国内统一刊号\s*[:：]?\s*CN\s*\d{2}-\d{4}(?:\/[A-Z0-9]+)?\s*([\p{Script=Han}]{2,10}?)(?:报业集团|报社)?出版/u;
/** A bracketed byline that opens with the outlet, then the reporter and the place filed from (【某某时报 张三／台中报导】). */
const BRACKET_BYLINE = /【(?!本报|记者)([\p{Script=Han}]{2,10}?)\s+[\p{Script=Han}]{2,4}\s*[／/]\s*[\p{Script=Han}]{2,6}报[导道]】/u;

/**
 * The site a breadcrumb names right after 首页 (首页 > 某某区人民政府门户网站 > 政务公开): its owner, without 门户网站/网站.
 * Read only for a source field that points back at the site itself (来源：本网).
 */
const BREADCRUMB_SITE = /首页\s*[>＞»]\s*([\p{Script=Han}]{2,20}?)(?:门户网站|网站)\s*(?:[>＞»]|$)/mu;

export function findPublisher(head: string[], title: string | null, placeLines: Set<number>): string | null {
  for (const line of head) {
    const m = PUBLISHER.exec(line);
    if (m && SELF_SOURCE_NAMES.includes(m[1]!)) {
      const site = BREADCRUMB_SITE.exec(head.join('\n'));
      if (site) return site[1]!;
      continue;
    }
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
      ?? STAMP_THEN_SOURCE.exec(t) ?? BRACKET_BYLINE.exec(t) ?? MEDIUM_FIELD.exec(t) ?? PAPER_REGISTRATION.exec(t)
      ?? (i === firstText ? SOURCE_BEFORE_HEADLINE.exec(t) : null);
    if (m && !/^本报/.test(m[1]!) && !DATE_LABEL.test(m[1]!)) return m[1]!;
    if (placeLines.has(i)) return t;
  }
  const home = head.map((l) => HOME_LINKS.exec(l.trim())).find(Boolean);
  if (home) return `${home[1]}${home[2]}`;
  const masthead = head.map((l) => l.trim()).find((t) => MASTHEAD.test(t));
  if (masthead) return masthead;
  // Last, a report named for its place's government, when no line of the page names the issuer.
  const place = title ? PLACE_GOVERNMENT_REPORT.exec(title) : null;
  return place ? `${place[1]}人民政府` : null;
}

/**
 * A notice's signature run into its last sentence (…联系电话:123,某某领导小组办公室2022年12月26日): the issuer's name after a
 * stop and right before the signing date, which ends the text or its line or is followed by an attachment's title (a
 * year, a bracket, 附件); an issuer doing something on a day (…,区人民政府2023年5月6日召开…) signs nothing.
 */
const SIGNED_RUN_IN = new RegExp(`[，,。；;]\\s*(${ISSUER})\\s*\\d{4}年\\d{1,2}月\\d{1,2}日(?=\\s*(?:$|\\n|\\d|附件|[（(]))`, 'gu');
/** The issuers on their own line right above a notice's signing date (中共某县委 某县人民政府 / 2015年3月30日). */
const SIGNED_LINE = new RegExp(`^(${ISSUER}(?:[\\s\u3000]+${ISSUER})*)$`, 'u');
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

/** The issuer who signs a notice at its end, on a line above the signing date or run into the last sentence. */
export function signatureIssuer(text: string): string | null {
  const filled = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const dated = filled.flatMap((l, i) => (DATE_LINE.test(l) ? [i] : []));
  const above = dated.length === 1 ? SIGNED_LINE.exec(filled[dated[0]! - 1] ?? '') : null;
  if (above) return above[1]!;
  return [...text.matchAll(SIGNED_RUN_IN)].at(-1)?.[1] ?? null;
}

/** A unit's name: a place or zone (…示范区, …县) or an issuing body (…人民政府, …局). */
const UNIT_NAME = new RegExp(`^[\\p{Script=Han}]{1,14}(?:[省市区县州旗]|${alt(ISSUER_ENDINGS)})$`, 'u');

/** The first line of a heading broken over lines, when it is only a unit's name (某某示范区 / 建设… / …行动计划): its issuer. */
export function headingIssuer(heading: readonly string[]): string | null {
  const first = heading[0]?.trim();
  return first && UNIT_NAME.test(first) ? first : null;
}
