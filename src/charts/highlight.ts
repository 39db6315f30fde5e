/**
 * What a chart's legend calls its highlight. Editors highlight by id (a case
 * or figure id, a year, a district); readers must see a name: the figure's
 * subject, the case's title, "2018年", in full: the renderer wraps a long
 * one (render.ts layoutLegend), so a legend never ends in "…".
 */
import type { ChartData } from './types.ts';
import { byId } from '../lib/lookup.ts';

/** The highlight as a reader should read it, never an id. */
export function highlightName(highlight: string, data: ChartData): string {
  if (/^\d{4}$/.test(highlight)) return `${highlight}年`;
  const figure = byId(data.figures, highlight);
  if (figure) return figure.subject ?? figure.raw;
  const c = byId(data.cases, highlight);
  if (c) return c.title;
  return highlight;
}

/** The legend line of a highlight, or nothing when there is none. */
export function highlightLegend(highlight: string | undefined, data: ChartData, color: string, outline = false) {
  return highlight ? [{ label: `突出显示：${highlightName(highlight, data)}`, color, ...(outline ? { outline } : {}) }] : [];
}
