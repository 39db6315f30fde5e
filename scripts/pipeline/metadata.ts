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
import { dispatchCity } from './metadata-dispatch.ts';
import { findDate, pageClock, signatureDate } from './metadata-date.ts';
import { ADMIN_NAME, SOURCE_BEFORE_HEADLINE, SOURCE_LINE, isChrome, joinFieldValues } from './metadata-lines.ts';
import { INLINE_BYLINE, LEADING_STAMP, TITLE_MAX, findTitle, menuLines } from './metadata-title.ts';
import { findPublisher, headingIssuer, signatureIssuer } from './metadata-publisher.ts';

export { chromeSpans, isChrome } from './metadata-lines.ts';

/** How many lines at the top of a page hold its headline and source lines. */
const HEAD_LINES = 30;

/** Metadata for a report that has no manifest entry, from its normalized text. */
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
  // A page's clock (2026-01-23 / 星期五) is neither a source line under the headline nor the page's date.
  const clock = pageClock(head);
  const { title: found, heading } = findTitle(head.map((l, i) => (menu.has(i) || clock.lines.has(i) ? '' : l.replace(INLINE_BYLINE, ''))), placeLines);
  // Without a headline, the first line that is neither chrome nor a source line, without a publisher before a bar.
  const firstLine = head.find((l) => !isChrome(l) && !SOURCE_LINE.test(l.trim()))?.trim().replace(LEADING_STAMP, '').replace(SOURCE_BEFORE_HEADLINE, '$2') ?? file;
  const title = found ?? (firstLine.length > TITLE_MAX ? `${firstLine.slice(0, TITLE_MAX)}…` : firstLine);
  const publisher = findPublisher(head, found, placeLines) ?? headingIssuer(heading) ?? signatureIssuer(text);
  const place = findPlace(`${found ?? ''} ${publisher ?? ''}`, { zones }) ?? findPlace(head.filter((l) => !isChrome(l)).join('\n'), { zones });
  const district = place?.district?.name ?? null;
  // A head that names no place in full is about the city its dispatch line is filed from (中央社／ 高雄22日电).
  const city = place?.city ?? dispatchCity(head);

  const years = [...text.matchAll(/(?<!\d)((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const published = findDate(head.map((l, i) => (clock.lines.has(i) ? '' : l)), clock.today) ?? signatureDate(lines);
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
