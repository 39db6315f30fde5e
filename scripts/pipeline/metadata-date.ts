/**
 * The date a report was published, from its head and its last lines: a date field (发布时间：…, before a writing date
 * 成文日期：…; month and day only, with the year of the page's clock), a page's stamp, a dated wire line, a date on the
 * source line (2022年02月18日来源：…), the day a report was delivered, an e-paper's issue date, a date in English order,
 * or the date a notice is signed under its body. A page's clock (a date with its weekday) is never the date. Shapes only.
 */
import { DATE_FIELDS, EPAPER_NAVIGATION, FINAL_STOP, ISSUER_ENDINGS, PUBLISHER_FIELDS, WEEKDAYS, WRITTEN_DATE_FIELDS, alternation as alt } from './lexicon.ts';
import { ENGLISH_DATE } from './figures-tokens.ts';
import { DATE_THEN_COLUMN } from './metadata-lines.ts';

const pad = (n: string) => n.padStart(2, '0');
const ISSUER = `[\\p{Script=Han}（）()]{2,24}?(?:${alt(ISSUER_ENDINGS)})`;
const dateField = (fields: readonly string[], notAfter = '') => new RegExp(`${notAfter}(?:${alt(fields)})\\s*[:：]?\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})`);
const PUBLICATION_FIELDS = DATE_FIELDS.filter((f) => !WRITTEN_DATE_FIELDS.includes(f));
/** What a writing-date field sets before a plain field (成文 of 成文日期), so 日期 inside 成文日期 is not read as a publication field. */
const WRITTEN_HEADS = WRITTEN_DATE_FIELDS.flatMap((w) => PUBLICATION_FIELDS.filter((f) => w.endsWith(f) && w !== f).map((f) => w.slice(0, -f.length)));
/** A publication date field; a catalogue that gives both dates (成文日期 … 发布日期 …) is published on the second. */
const PUBLISHED_FIELD = dateField(PUBLICATION_FIELDS, WRITTEN_HEADS.length ? `(?<!${alt(WRITTEN_HEADS)})` : '');
const DATE_FIELD = dateField(DATE_FIELDS);

/** An English-order date that is no page clock (no weekday beside it): 2020, 12. 23. */
const ENGLISH_PUBLISHED = new RegExp(`${ENGLISH_DATE.source}(?![^\\n]{0,20}(?:${alt(WEEKDAYS)}))`);

/** The issue date an e-paper sets on its page navigation line (前一版 下一版 2025年03月26日); a site's clock (2019年12月3日星期二) is none. */
const EPAPER_DATE = new RegExp(`^(?:(?:${alt(EPAPER_NAVIGATION)})\\s*)+(\\d{4})年(\\d{1,2})月(\\d{1,2})日$`, 'm');

/** A date alone on its line (2026-01-23, 2026年1月23日), a weekday maybe beside it. */
const DATE_ALONE = new RegExp(`^(\\d{4})(?:-|年)(\\d{1,2})(?:-|月)(\\d{1,2})日?(\\s*(?:${alt(WEEKDAYS)}))?$`);
const WEEKDAY_ALONE = new RegExp(`^(?:${alt(WEEKDAYS)})$`);

/** The date a page shows as today (its clock): the head's lines that show it, and that date. */
export interface PageClock { lines: Set<number>; today: { year: number; month: number; day: number } | null }

/**
 * A page's clock: a date alone on a line with a weekday beside it or on the next line (2026-01-23 / 星期五), which an
 * e-paper reader or a site sets above every page. It is the day the page was viewed, not the day it was published.
 */
export function pageClock(head: readonly string[]): PageClock {
  for (const [i, line] of head.entries()) {
    const t = line.trim();
    const m = DATE_ALONE.exec(t);
    if (!m) continue;
    const nextIsWeekday = WEEKDAY_ALONE.test(head[i + 1]?.trim() ?? '');
    if (m[4] === undefined && !nextIsWeekday) continue;
    const lines = new Set(nextIsWeekday ? [i, i + 1] : [i]);
    return { lines, today: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } };
  }
  return { lines: new Set(), today: null };
}

/** A publication field that gives the month and day only (日期：01-14): the year is the clock's, or the one before. */
const MONTH_DAY_FIELD = new RegExp(`(?:${alt(PUBLICATION_FIELDS)})\\s*[:：]\\s*(\\d{1,2})[-/.月](\\d{1,2})日?(?![\\d/.-])`);

export function findDate(head: string[], today: PageClock['today'] = null): string | null {
  const text = head.join('\n');
  const shapes: [RegExp, (m: RegExpExecArray) => string][] = [
    [PUBLISHED_FIELD, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    [DATE_FIELD, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
  ];
  if (today) {
    shapes.push([MONTH_DAY_FIELD, (m) => {
      const [month, day] = [Number(m[1]), Number(m[2])];
      const year = month < today.month || (month === today.month && day <= today.day) ? today.year : today.year - 1;
      return `${year}-${pad(m[1]!)}-${pad(m[2]!)}`;
    }]);
  }
  shapes.push(
    [ENGLISH_PUBLISHED, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    // A page's timestamp at a line's start (2024-03-21 10:38); a page may close the day with its separator too
    // (2020/12/03/ 21:18) or set the year apart from month/day by a space (2023 11/07 14:19:28).
    [/^[ \t]*(\d{4})(?:[-/.]|[ \t]+(?=\d{1,2}\/))(\d{1,2})[-/.](\d{1,2})[-/.]?\s+\d{1,2}:\d{2}/m, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    [/^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}/m, (m) => `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`],
    // A dated wire line: 2022年12月16日讯:昨天,….
    [/(\d{4})年(\d{1,2})月(\d{1,2})日讯/, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    // A date in words that leads a source line (2022年02月18日来源:沈河区人民政府办公室): the page's date, before the day
    // the report was delivered.
    [new RegExp(`(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(?:${alt(PUBLISHER_FIELDS)})\\s*[:：]`), (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    // A timestamp in words on a source line: 2022年10月09日07:58 | 来源:海南日报.
    [/(\d{4})年(\d{1,2})月(\d{1,2})日\s*\d{1,2}:\d{2}/, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    // A page's date stamp on a line of its own (• 2025-03-12, • 2025/03/12): the page's date, before the day a speech
    // was delivered. The same separator stands between year, month and day.
    [/^[\s•·]*(\d{4})([-/])(\d{1,2})\2(\d{1,2})\s*$/m, (m) => `${m[1]}-${pad(m[3]!)}-${pad(m[4]!)}`],
    // A date line with the column's name (2022年12月19日    即時資訊).
    [new RegExp(DATE_THEN_COLUMN.source, 'mu'), (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    // The day a report was delivered: ——2025年4月17日在…人民代表大会…上; a line (2017年1月18日).
    [/(\d{4})年(\d{1,2})月(\d{1,2})日在[^]{0,40}?(?:会议|大会)/, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    [/^[（(](\d{4})年(\d{1,2})月(\d{1,2})日[）)]$/m, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    [EPAPER_DATE, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    [/(\d{4})年(\d{1,2})月[，,]?[\p{Script=Han}]{2,24}?(?:印发|发布|公布)《/u, (m) => `${m[1]}-${pad(m[2]!)}`],
    [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  );
  for (const [re, format] of shapes) {
    const m = re.exec(text);
    if (m) return format(m);
  }
  return null;
}

/** A line that is only a date written out (2025年12月19日): the date a notice or letter is signed. */
const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/**
 * What stands right above a signature date: the end of the body (a sentence stop), the issuer's name, the names of
 * joint issuers (中共某县委 某县人民政府), or the list of attachments an official document sets between its body and
 * its signature (附件：1.某某名单).
 */
const SIGNED_AFTER = new RegExp(`${FINAL_STOP.source}|^${ISSUER}(?:[\\s\u3000]+${ISSUER})*$|^附件\\s*[:：]\\s*\\S`, 'u');

/**
 * The date a document is signed: the one line of the text that holds a date and nothing else, right under the last
 * sentence of the body or under the issuer's name (…供各有关单位参考借鉴。/ 2025年12月19日). A date on a line with
 * other words (天津政务网 2019年12月3日星期二, the site's clock) is not a signature, nor are the date lines of a
 * chronicle (several) or a date heading under a title.
 */
export function signatureDate(lines: string[]): string | null {
  const filled = lines.map((l) => l.trim()).filter(Boolean);
  const dated = filled.flatMap((l, i) => (DATE_LINE.test(l) ? [i] : []));
  if (dated.length !== 1 || dated[0] === 0 || !SIGNED_AFTER.test(filled[dated[0]! - 1]!)) return null;
  const m = DATE_LINE.exec(filled[dated[0]!]!)!;
  return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
}

