/**
 * The year of a case: the year of the list or round it belongs to, and the
 * evidence it was read from (the case record's `yearCue`). Evidence, in this
 * order, the first that dates the list winning:
 *  1. the name of the list the case was selected into (`获评2024年…案例`, read by the recognizer);
 *  2. a year in the case's own headline;
 *  3. the year the manifest or an editor declares for the report;
 *  4. the sentence that names the case (`在今年举办的…评选中，…荣获…奖`), then its paragraph (a yearbook's
 *     `2018年，…。…项目入选…案例50强。`), then its section heading (`一、2024年数字经济发展总体情况`), first for a
 *     year written out, then for a date relative to the publication;
 *  5. the report's lead-in up to its first case and the sentence naming it, nearest first (`评选出的案例反映了各单位2015年的…成果`);
 *  6. the report's own date, when its lead-in or its title says the list came out and names no date of its own
 *     (`…改革案例出炉。` under `发布时间:2025-01-20`; `关于印发…案例的通知` signed `2025年12月19日`).
 * Sentences count only when they speak of a selection or a list (a strong case cue: 案例, 评选, 奖 …),
 * so a year of the case's history (2016年12月…作出的重要指示) never dates it. A text naming two
 * different years dates nothing, unless only one of them stands in a list's name; a range
 * (2023年12月至2024年1月) gives its end. Words relative to the day of writing (今年, 去年, 今天,
 * 7月15日) resolve only against a publication date the report states. The
 * publication year alone dates nothing (a list of 2018 is often published in 2019) unless the text says the list
 * came out then (6.), nor does the span of years a text mentions. When nothing dates the list, the year stays null: a wrong year is worse than none.
 * A report in traditional script may date by the Minguo calendar (`114年評選結果出爐`, `114年度…提案競賽`): a three-digit
 * year from 100 to 119 is read as 1911 + N there, and only there (a mainland text’s 110年 is a duration).
 */
import type { DocumentRecord } from './document.ts';
import type { Candidate } from './cases-common.ts';
import { CASE_CUES_STRONG, DEICTIC_DATE_HEADS, LIST_RELEASE_VERBS, RELATIVE_YEARS, anyOf, anyWordOf } from './lexicon.ts';

export interface CaseYear {
  year: number | null;
  /** How the year was found, or why there is none, in words an editor reads. */
  cue: string;
}

const CUE = anyWordOf(CASE_CUES_STRONG);
const RELATIVE = anyOf(RELATIVE_YEARS.map(([w]) => w));
const RELATIVE_ALL = new RegExp(RELATIVE.source, 'g');
/** A day written in parentheses inside a date word (今（15）日, 昨（4）日): the date word itself, 今日, 昨日. */
const DAY_IN_PARENTHESES = new RegExp(`([${DEICTIC_DATE_HEADS.join('')}])[（(]\\d{1,2}[）)]日`, 'g');
const RELEASE = anyOf(LIST_RELEASE_VERBS);
/** Any year written in a text, dated or not (2024年, 2022数字政府…): a sentence with one does not leave its list to the report's date. */
const ANY_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const OFFSET = new Map(RELATIVE_YEARS);
const YEAR = '((?:19|20)\\d{2})';
/** A range of dates (2017至2018年度, 2023年12月至2024年1月, 2023-2024年): its end year stands for it. */
const RANGE = new RegExp(`${YEAR}(?:年(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?\\s*(?:至|到|—|–|-|~|～)\\s*${YEAR}(?=\\s*年|[)）])`, 'g');
/**
 * The start of a span that runs to the day of writing (从去年3月起, 自5月底启动至今, 2016年以来): like a range, it
 * stands for its end, the year the report was written in.
 */
const SINCE = new RegExp(`(?:从|自)[^，,。；;：:]{1,12}?(?:起|以来|开始|至今)|(?:${YEAR}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|[去今前]年(?:\\d{1,2}月)?)(?:以来|起)`, 'g');
/** A year as a time (2015年, （2019）年会), or opening a quoted name (“2022数字政府建设…案例”); not inside a longer number. */
const EXPLICIT = new RegExp(`(?<![\\d.])${YEAR}[)）]?\\s*年|(?<=[“《「『])${YEAR}(?=\\p{Script=Han})`, 'gu');
/**
 * A document's title (《…产业发展规划(2023—2035)》): the years in it are the document's period, not a date of what the
 * text tells, unless the title names a list (《2023年度优秀案例汇编》).
 */
const DOCUMENT_TITLE = /《[^《》]*》/g;
/** Where a name ends: a clause or sentence stop. */
const CLAUSE_END = /[，,。；;：:！？]/;
/** A list's name: a strong case cue within the clause after the year (2024年度渝中区改革最佳实践案例). */
const NAMED = new RegExp(`^.{0,24}?(?:${CUE.source})`);
/** A month without its year (7月15日, 5月底, 12月): in the year of writing, or the year before for a later month. */
const MONTH = /(?<![\d.\-—~至到年])(1[0-2]|[1-9])月(?!份?[以之]?[内来])/;

/** A Minguo year (114年, 113年度) not written as a count (近110年, 110年来, 110多年) nor inside a longer number. */
const MINGUO_YEAR = /(?<![\d.第近逾超约])(1[01]\d)(?=\s*年(?![来以之历後后前間间内內多余餘]))/g;
const MINGUO_EPOCH = 1911;
/** The text with its Minguo years written as Common Era years, for a report that dates by them (traditional script). */
const commonEra = (text: string, minguo: boolean) => (minguo ? text.replace(MINGUO_YEAR, (n) => String(MINGUO_EPOCH + Number(n))) : text);

const clip = (text: string) => `“${text.length > 24 ? `${text.slice(0, 24)}…` : text}”`;

/** The publication date's year and month (month null when only the year is known). */
function publication(doc: DocumentRecord): { year: number; month: number | null } | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(doc.published ?? '');
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null } : null;
}

/** The one year a text gives, or null when it gives none or several; with the words it was read from. */
export function yearOfText(written: string, published: { year: number; month: number | null } | null, minguo = false): { year: number; how: string } | null {
  const text = commonEra(written.replace(DOCUMENT_TITLE, (t) => (CUE.test(t) ? t : ' '.repeat(t.length))), minguo);
  const since = text.match(SINCE) !== null;
  const spans = text.replace(SINCE, ' ');
  const ranges = [...spans.matchAll(RANGE)].map((m) => Number(m[2]));
  if (since && published) ranges.push(published.year);
  const rest = spans.replace(RANGE, ' ');
  const found = [...rest.matchAll(EXPLICIT)];
  const years = new Set([...ranges, ...found.map((m) => Number(m[1] ?? m[2]))]);
  if (years.size > 1) {
    // Several years: the one that stands in a list's name (会上通报了2024年度…最佳实践案例) dates the list, if only one does.
    const named = new Set(found.filter((m) => NAMED.test(rest.slice(m.index).split(CLAUSE_END)[0]!)).map((m) => Number(m[1] ?? m[2])));
    if (named.size !== 1) return null;
    const [year] = named as Set<number>;
    return { year: year!, how: `${year}, in a list's name` };
  }
  if (years.size === 1) {
    const [year] = years as Set<number>;
    return { year: year!, how: `${year}` };
  }
  if (!published) return null;
  // Relative words that point at different years (社会处去年专案获奖后，今年再以…) date nothing, as two written years do.
  const words = [...text.replace(DAY_IN_PARENTHESES, '$1日').matchAll(RELATIVE_ALL)].map((m) => m[0]);
  const offsets = new Set(words.map((w) => OFFSET.get(w)!));
  if (offsets.size > 1) return null;
  const word = words[0];
  if (word) return { year: published.year + OFFSET.get(word)!, how: `${word}, in a report published ${published.year}` };
  const month = MONTH.exec(text);
  if (month && published.month !== null) {
    const n = Number(month[1]);
    return { year: n > published.month ? published.year - 1 : published.year, how: `${month[0]}, in a report published ${published.year}-${String(published.month).padStart(2, '0')}` };
  }
  return null;
}

/** A text that speaks of a selection or a list and dates it. */
function listDate(text: string, published: ReturnType<typeof publication>, minguo = false): { year: number; how: string } | null {
  return CUE.test(text) ? yearOfText(text, published, minguo) : null;
}

/** What a case's year is read from besides its own candidate: the report, and where its first case starts. */
export interface YearContext {
  doc: DocumentRecord;
  /** Offset of the report's first case: the sentences before it are the report's lead-in. */
  firstCase: number;
}

export function yearOfCase(c: Candidate, { doc, firstCase }: YearContext): CaseYear {
  if (c.year != null) return { year: c.year, cue: 'the name of the list it was selected into' };
  const own = /((?:19|20)\d{2})年/.exec(c.title);
  if (own) return { year: Number(own[1]), cue: `its headline names ${own[0]}` };
  if (doc.year !== null && !doc.inferred.includes('year')) return { year: doc.year, cue: 'the year declared for the report (manifest or review)' };
  const published = publication(doc);
  // Around the case, a year the text writes out wins over a date relative to the day of writing: an expert's 今年,
  // quoted the next January, does not outweigh the section's 2025年…案例评审会.
  const minguo = doc.script === 'traditional';
  const near = nearYear(doc, c, null, minguo) ?? nearYear(doc, c, published, minguo);
  if (near) return near;
  // The lead-in runs to the first case, and includes the sentence that names it: the event it names (舉辦「114年…獎
  // 頒獎典禮」，南投縣以《A》…) dates the later entries of the same list.
  const sentences = doc.sentences.filter((s) => s.start < firstCase && s.end <= c.start).reverse();
  for (const s of sentences) {
    const text = doc.text.slice(s.start, s.end);
    const found = listDate(text, published, minguo);
    if (found) return { year: found.year, cue: `the report's lead-in: ${found.how} in ${clip(text)}` };
  }
  const released = releaseYear(doc, [...sentences.map((s) => doc.text.slice(s.start, s.end)), doc.title]);
  if (released) return released;
  return { year: null, cue: 'none: neither the case, its section nor the report’s lead-in dates its list' };
}

/**
 * Evidence 6: a sentence of the lead-in (nearest first), or the report's title, that speaks of a list and of its
 * release and names no date of its own says the list came out on the day the report is dated (发布时间, a notice's
 * date line: metadata.ts). A sentence with a date of its own has already spoken (5.), or names several and dates nothing.
 */
function releaseYear(doc: DocumentRecord, texts: readonly string[]): CaseYear | null {
  const published = publication(doc);
  if (!published) return null;
  const text = texts.find((t) => CUE.test(t) && RELEASE.test(t) && !ANY_YEAR.test(t) && !RELATIVE.test(t));
  if (!text) return null;
  return { year: published.year, cue: `the report's date, ${doc.published}: its list came out (${RELEASE.exec(text)![0]}) in ${clip(text)}` };
}

/** The sentence naming the case, its paragraph, then its section heading, dated with (or without) the publication date. */
function nearYear(doc: DocumentRecord, c: Candidate, published: ReturnType<typeof publication>, minguo: boolean): CaseYear | null {
  const quote = doc.text.slice(c.quoteStart, c.quoteEnd);
  const inQuote = listDate(quote, published, minguo);
  if (inQuote) return { year: inQuote.year, cue: `the sentence naming it: ${inQuote.how} in ${clip(quote)}` };
  const paragraph = doc.paragraphs.find((p) => p.start <= c.quoteStart && c.quoteStart < p.end);
  const paragraphText = paragraph ? doc.text.slice(paragraph.start, paragraph.end) : quote;
  const inParagraph = paragraphText === quote ? null : listDate(paragraphText, published, minguo);
  if (inParagraph) return { year: inParagraph.year, cue: `the paragraph naming it: ${inParagraph.how} in ${clip(paragraphText)}` };
  return sectionYear(doc, c.start, published, minguo);
}

/** The nearest heading above `at` that is a numbered section heading or names a list, and dates it. */
function sectionYear(doc: DocumentRecord, at: number, published: ReturnType<typeof publication>, minguo: boolean): CaseYear | null {
  const above = doc.paragraphs.filter((p) => p.end <= at && p.heading).reverse();
  for (const p of above) {
    const text = doc.text.slice(p.start, p.end);
    const found = p.marker ? yearOfText(text, published, minguo) : listDate(text, published, minguo);
    if (found) return { year: found.year, cue: `its section heading: ${found.how} in ${clip(text)}` };
  }
  return null;
}
