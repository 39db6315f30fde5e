/**
 * A frozen chart: one version of a published chart, as it was, for
 * newsrooms that must not see a chart change under their article. The
 * record holds what the embed page shows (its drawings, title, notes,
 * sources, the corrections it carried) and its CSV, so it can be served
 * again by any later build: /embed/<slug>/v/<version>/. Every build writes
 * the record of each chart's current version (/embed/<slug>/v/<version>.json);
 * `npm run build` with SITE set keeps them in archive/charts/ (committed),
 * and later builds serve every archived version beside the live chart.
 * Links are kept as report ids and anchors, so any base path serves them.
 */
import { chartUpdated, chartVersion, correctionsForChart } from '../lib/corrections.ts';
import { chartCsv, compactSources } from './publish.ts';
import { renderVariant } from './render.ts';
import type { ChartSpec } from './types.ts';

export interface FrozenChart {
  slug: string;
  version: string;
  /** Chart type id (district-year …). */
  chart: string;
  title: string;
  subtitle: string;
  alt: string;
  notes: string[];
  /** Each drawing at the width it was drawn (its viewBox width). */
  drawings: { name: 'narrow' | 'wide'; width: number; svg: string }[];
  sources: { documentId: string; title: string; anchor: string; count: number }[];
  /** The corrections the chart carried at this version (ids link to /corrections/). */
  corrections: { id: string; date: string; change: string }[];
  /** Latest publication date of its sources. */
  dataDate: string;
  /** Date of its last correction at this version; null when never corrected. */
  updated: string | null;
  csv: string;
}

/** The record of a chart's current version. */
export function freezeChart(spec: ChartSpec, slug: string): FrozenChart {
  return {
    slug,
    version: chartVersion(spec),
    chart: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    alt: spec.alt,
    notes: spec.notes,
    drawings: spec.variants.map((v) => ({ name: v.name, width: v.width, svg: renderVariant(spec, v) })),
    sources: compactSources(spec),
    corrections: correctionsForChart(spec).map((c) => ({ id: c.id, date: c.date, change: c.change })),
    dataDate: spec.dataDate,
    updated: chartUpdated(spec) ?? null,
    csv: chartCsv(spec),
  };
}

const FIELDS: Record<keyof FrozenChart, (v: unknown) => boolean> = {
  slug: (v) => typeof v === 'string' && /^[a-z0-9-]+$/.test(v),
  version: (v) => typeof v === 'string' && /^[a-z0-9]+$/.test(v),
  chart: (v) => typeof v === 'string',
  title: (v) => typeof v === 'string',
  subtitle: (v) => typeof v === 'string',
  alt: (v) => typeof v === 'string',
  notes: (v) => Array.isArray(v) && v.every((n) => typeof n === 'string'),
  drawings: (v) => Array.isArray(v) && v.length > 0 && v.every((d) => (d?.name === 'narrow' || d?.name === 'wide') && typeof d.width === 'number' && typeof d.svg === 'string' && d.svg.startsWith('<svg')),
  sources: (v) => Array.isArray(v),
  corrections: (v) => Array.isArray(v),
  dataDate: (v) => typeof v === 'string',
  updated: (v) => v === null || typeof v === 'string',
  csv: (v) => typeof v === 'string',
};

/** The fields of a parsed archive file that are missing or of the wrong type (empty: a valid record). */
export function frozenProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['not a JSON object'];
  const record = value as Record<string, unknown>;
  return Object.entries(FIELDS).filter(([k, ok]) => !ok(record[k])).map(([k]) => k);
}

/** The line that says which version this is: 固定版本 <version>（数据截至…，…更新）. */
export function frozenLine(f: Pick<FrozenChart, 'version' | 'dataDate' | 'updated'>): string {
  const when = [f.dataDate && `数据截至${f.dataDate}`, f.updated && `${f.updated}更新`].filter(Boolean).join('，');
  return `固定版本 ${f.version}${when ? `（${when}）` : ''}`;
}
