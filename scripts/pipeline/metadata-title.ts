/**
 * The headline of a report without a manifest entry: an explicit title field, a line the page repeats, the headline
 * block above the source lines, or the first headline-shaped line; never a chrome, source, menu or list line.
 */
import { DISPATCH } from './metadata-dispatch.ts';
import { DANGLING_TITLE_ENDS, DOCUMENT_NAME_ENDINGS, FINAL_STOP, LIST_RELEASE_VERBS, TITLE_DECORATIONS, TITLE_FIELDS, alternation as alt } from './lexicon.ts';
import { BYLINE_LINE, CHROME_MAX, MASTHEAD, SOURCE_BEFORE_HEADLINE, SOURCE_LINE, isChrome } from './metadata-lines.ts';

export const TITLE_MAX = 60;
export const TITLE_FIELD = new RegExp(`^(?:${alt(TITLE_FIELDS)})\\s*[:：]\\s*(.+)$`);
/** A timestamp a stored copy sets before the headline (date 2026-01-27 南市…): no part of the title. */
export const LEADING_STAMP = /^(?:date\s*[:：]?\s*)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=\p{Script=Han})/u;
export const DECORATION = new RegExp(`[（(](?:${alt(TITLE_DECORATIONS)})[）)]$`);
export const LIST_MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/;

const TABLE_CELLS_AFTER = /(?:\s*[|｜])+\s*$/;
/**
 * A column's kicker set before the headline with a bar (聚焦“某某工程” | 某地：…): a short lead around a quoted theme,
 * the name of a series, not a publisher (see SOURCE_BEFORE_HEADLINE) and no part of the title.
 */
const KICKER_BEFORE_HEADLINE = /^\p{Script=Han}{0,4}[“"「][^”"」|｜]{1,12}[”"」]\p{Script=Han}{0,4}\s*[|｜]\s*(?=[^|｜]{8,}$)/u;

export function cleanTitle(line: string): string {
  // A page that sets its head in a table leaves the empty cells' bars after the headline (…的通报 | |).
  let t = line.trim().replace(TABLE_CELLS_AFTER, '').replace(KICKER_BEFORE_HEADLINE, '').replace(LEADING_STAMP, '').replace(SOURCE_BEFORE_HEADLINE, '$2').replace(/^【[^】]{1,10}】/, '').replace(/^[（(][^）)]{1,8}[）)]/, '').replace(DECORATION, '');
  t = t.replace(/(?<=\p{Script=Han})[ 　]+(?=\p{Script=Han})/gu, '');
  // A document number before the title in 《》 (东府办〔2017〕136号《…》) is not part of it.
  const named = /^[^《]*〔\d{4}〕\d+号\s*《(.+)》$/.exec(t);
  return named ? named[1]! : t;
}

/** A headline that exclaims or asks (…活力无限!, …来自哪里?): a sentence stop that a headline may end in. */
const EXCLAIMED = /[！？!?]["”’」』）)]*$/;

function isTitleCandidate(line: string, publisherLine: boolean, exclaimed = false): boolean {
  const t = line.trim();
  const stop = FINAL_STOP.test(t) && !(exclaimed && EXCLAIMED.test(t));
  if (!t || publisherLine || isChrome(t) || SOURCE_LINE.test(t) || DISPATCH.test(t) || LIST_MARKER.test(t) || stop || MASTHEAD.test(t)) return false;
  if (/摄$|^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$/.test(t)) return false;
  const clean = cleanTitle(t);
  return clean.length >= 4 && clean.length <= TITLE_MAX && /\p{Script=Han}/u.test(clean) && (clean.match(/[，,]/g)?.length ?? 0) <= 1;
}

/** How many short lines in a row make a site's menu (国务院@你 / 赣服通 / 南昌发布 / 微信公众号 …), and how short. */
const MENU_RUN = 4;
const MENU_ITEM_MAX = 8;

/** Lines of a menu at the top of a page: a run of very short lines with no sentence stop. None of them is a headline. */
export function menuLines(head: string[]): Set<number> {
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
export const INLINE_BYLINE = /\s+【[^】]{1,12}讯】.*$/u;

/** A subtitle under a headline: a dash line (——2019年度…盘点) or a sentence (网络评选今日启动,请为…点赞). */
export const SUBTITLE = /^[—–－-]|[，,]/;

/** A headline that announces a release (…评奖揭晓, …名单公布): a whole news headline, never a kicker. */
const ANNOUNCES_RELEASE = new RegExp(`(?:${alt(LIST_RELEASE_VERBS)})$`);

/**
 * The headline of a block above the source lines: its last line that is not a subtitle, so neither a series or column
 * name above it nor a dash line below it is taken; but a line that announces a release, with only shorter lines under
 * it (梅州日报社7件作品获奖, a subheading of the paper's own share), is the headline itself.
 */
function blockHeadline(block: string[]): string | undefined {
  const lines = block.filter((l) => !SUBTITLE.test(l));
  const announced = lines.findIndex((l, k) => ANNOUNCES_RELEASE.test(l) && lines.slice(k + 1).every((m) => cleanTitle(m).length < cleanTitle(l).length));
  return announced >= 0 ? lines[announced] : lines.at(-1) ?? block[0];
}

/** A document's name at the end of a heading (…2026年行动计划, …的通知). */
const DOCUMENT_END = new RegExp(`(?:${alt(DOCUMENT_NAME_ENDINGS)})$`);

/**
 * A headline broken over lines at the top of a document, with the body right under it (某某示范区 / 建设“…标杆区” /
 * 2026年行动计划): the lines read as one title when nothing but chrome stands above them, none is a subtitle, and the
 * last ends in a document's name, so that a kicker above a headline is not joined to it.
 */
function splitHeading(head: string[], candidates: { line: string; index: number }[], bodyAt: number): string[] | null {
  const run: { line: string; index: number }[] = [];
  for (let k = candidates.length - 1, i = bodyAt - 1; k >= 0 && candidates[k]!.index === i; k--, i--) run.unshift(candidates[k]!);
  if (bodyAt < 0 || run.length < 2 || head.slice(0, run[0]!.index).some((l) => l.trim() && !isChrome(l))) return null;
  const joined = run.map((c) => cleanTitle(c.line)).join('');
  return joined.length <= TITLE_MAX && DOCUMENT_END.test(joined) && !run.some((c) => SUBTITLE.test(c.line)) ? run.map((c) => c.line) : null;
}

/**
 * The headline: an explicit title field; else a line the page repeats; else
 * the headline block a page sets right above its byline or source line (kicker,
 * headline, subheading: see blockHeadline); else a heading broken over lines (its
 * lines in `heading`, the first of which may name the issuer); else the first
 * headline-shaped line.
 */
export function findTitle(head: string[], placeLines: Set<number>): { title: string | null; heading: string[] } {
  for (const line of head) {
    const m = TITLE_FIELD.exec(line.trim());
    if (m) return { title: cleanTitle(m[1]!), heading: [] };
  }
  const candidates: { line: string; index: number }[] = [];
  const block: string[] = [];
  let bodyAt = -1;
  for (const [i, line] of head.entries()) {
    const t = line.trim();
    if (!block.length && t.length <= CHROME_MAX && (SOURCE_LINE.test(t) || BYLINE_LINE.test(t))) {
      // Right above its source line, a line that exclaims or asks is the headline all the same.
      const above = head[i - 1]?.trim() ?? '';
      if (i > 0 && candidates.at(-1)?.index !== i - 1 && isTitleCandidate(above, placeLines.has(i - 1), true)) candidates.push({ line: above, index: i - 1 });
      for (let k = candidates.length - 1; k >= 0 && candidates[k]!.index === i - (candidates.length - k); k--) block.unshift(candidates[k]!.line);
      continue;
    }
    if (t.length > TITLE_MAX && !isChrome(t)) { // the body has started
      bodyAt = i;
      break;
    }
    if (isTitleCandidate(line, placeLines.has(i))) candidates.push({ line: t, index: i });
  }
  const lines = candidates.map((c) => c.line);
  const repeated = lines.find((c, i) => lines.indexOf(c) !== i);
  const headline = blockHeadline(block);
  const split = repeated ?? headline ? null : splitHeading(head, candidates, bodyAt);
  const chosen = repeated ?? headline ?? split?.map(cleanTitle).join('') ?? lines[0];
  return { title: chosen ? finishDangling(cleanTitle(chosen), candidates) : null, heading: split ?? [] };
}

const DANGLING_END = new RegExp(`(?:${alt(DANGLING_TITLE_ENDS)})$`);

/** A title cut after a word that needs its object (…办公厅关于): the candidate on the very next line finishes it. */
function finishDangling(title: string, candidates: { line: string; index: number }[]): string {
  if (!DANGLING_END.test(title)) return title;
  const k = candidates.findIndex((c) => cleanTitle(c.line) === title);
  const next = k >= 0 ? candidates[k + 1] : undefined;
  if (!next || next.index !== candidates[k]!.index + 1) return title;
  const joined = title + cleanTitle(next.line);
  return joined.length <= TITLE_MAX ? joined : title;
}
