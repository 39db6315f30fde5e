/**
 * What the story directives need from the rest of the site, as an interface,
 * so the plugin can be tested with the real datasets and charts without Astro.
 */
import type { Figure } from '../../scripts/datasets/schema.ts';

export interface ChartProvider {
  /** Every chart id a story may name. */
  ids(): string[];
  /** Problems with a chart's parameters (empty when valid); each says what is valid. */
  validate(id: string, params: Record<string, string>): string[];
  /** The chart block (figure with title, SVG, alt text, data table) as HTML. */
  /** `step`: the chart of a scrolly step (not a chart in the prose). */
  render(id: string, params: Record<string, string>, options: { idPrefix: string; step?: boolean }): string;
}

export interface StatResult {
  value: string;
  /** How the number was computed, shown as a tooltip and to screen readers. */
  formula: string;
  /** Site-root path of the page that lists what was counted, if any. */
  href?: string;
}

export interface StatProvider {
  names(): string[];
  /** Problems with the parameters (empty when valid). */
  validate(name: string, params: Record<string, string>): string[];
  compute(name: string, params: Record<string, string>): StatResult;
}

export interface StoryContext {
  figures: ReadonlyMap<string, Figure>;
  charts: ChartProvider;
  stats: StatProvider;
  /** Base-aware href for a site-root path. */
  href(path: string): string;
}
