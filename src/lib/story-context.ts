/**
 * The story directives' context on the site: the datasets, the chart
 * registry and the stats. Charts are returned as markers that the story page
 * replaces with the <Chart> component, so a story's charts are exactly the
 * charts everywhere else (same renderer, table, embed code, sources).
 */
import { CHARTS, ChartParamError, validateParams } from '../charts/registry.ts';
import { chartData } from '../charts/data.ts';
import type { StoryContext } from '../remark/context.ts';
import { datasets } from './data.ts';
import { statProvider } from './stats.ts';
import { url } from './urls.ts';

export interface ChartSlot {
  id: string;
  params: Record<string, string>;
  /** The chart of a scrolly step (drawn focused on phones). */
  step: boolean;
}

/** Marker left in the story HTML where a chart goes: a private-use character around the slot number. */
export const CHART_MARKER = /\ue000(\d+)\ue000/;

export function storyContext(): { ctx: StoryContext; slots: ChartSlot[] } {
  const slots: ChartSlot[] = [];
  const data = chartData();
  const ctx: StoryContext = {
    figures: new Map(datasets().figures.map((f) => [f.id, f])),
    charts: {
      ids: () => CHARTS.map((c) => c.id),
      validate(id, params) {
        try {
          validateParams(id, params, data);
          return [];
        } catch (error) {
          if (error instanceof ChartParamError) return [error.message];
          throw error;
        }
      },
      render(id, params, options) {
        slots.push({ id, params, step: Boolean(options?.step) });
        return `\ue000${slots.length - 1}\ue000`;
      },
    },
    stats: statProvider(datasets()),
    href: url,
  };
  return { ctx, slots };
}

/** Split rendered story HTML at the chart markers: [html, slot, html, slot, ..., html]. */
export function splitAtCharts(html: string): (string | number)[] {
  return html.split(CHART_MARKER).map((part, i) => (i % 2 === 1 ? Number(part) : part));
}
