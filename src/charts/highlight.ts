/**
 * What a chart's legend calls its highlight. Editors highlight by id (a case
 * or figure id, a year, a district); readers must see a name: the figure's
 * subject, the case's title, "2018年".
 */
import type { ChartData } from './types.ts';
import { byId } from '../lib/lookup.ts';

const MAX = 16;

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** At most MAX characters, cut between words (never inside a word or a number like 1.0) and marked with "…". */
function short(text: string): string {
  if (text.length <= MAX) return text;
  let kept = '';
  for (const { segment } of WORDS.segment(text)) {
    if (kept.length + segment.length > MAX - 1) break;
    kept += segment;
  }
  return `${(kept || text.slice(0, MAX - 1)).trimEnd()}…`;
}

/** The highlight as a reader should read it, never an id. */
export function highlightName(highlight: string, data: ChartData): string {
  if (/^\d{4}$/.test(highlight)) return `${highlight}年`;
  const figure = byId(data.figures, highlight);
  if (figure) return short(figure.subject ?? figure.raw);
  const c = byId(data.cases, highlight);
  if (c) return short(c.title);
  return highlight;
}

/** The legend line of a highlight, or nothing when there is none. */
export function highlightLegend(highlight: string | undefined, data: ChartData, color: string, outline = false) {
  return highlight ? [{ label: `突出显示：${highlightName(highlight, data)}`, color, ...(outline ? { outline } : {}) }] : [];
}
