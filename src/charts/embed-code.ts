/**
 * What a newsroom pastes: the iframe code and the oEmbed response of a
 * published chart. The iframe is marked (data-gzc-embed) so the host script
 * touches only these frames, sandboxed (scripts for the height report and
 * the theme; same-origin so the host script can check that messages come
 * from this site; popups so links open in a new tab), and sends no referrer.
 */
import { escapeHtml } from '../lib/html.ts';
import { chartUpdated, chartVersion, correctionNotice, correctionsForChart } from '../lib/corrections.ts';
import { fallbackHeight } from './embed-layout.ts';
import { frozenLine } from './frozen.ts';
import { compactSources, moreSources, sourceLine, svgHeight } from './publish.ts';
import { renderVariant } from './render.ts';
import { NARROW } from './theme.ts';
import type { ChartSpec } from './types.ts';

export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The paragraphs under an embedded chart besides its notes: the source line, corrections, the link back (src/pages/embed/[chart].astro). */
export function embedFootText(spec: ChartSpec, siteName: string): string[] {
  const { shown, more } = sourceLine(compactSources(spec));
  const sources = [...shown.map((s) => `《${s.title}》（${s.count}处原文）`), ...(more ? [`${moreSources(more)}，见来源清单（CSV）`] : [])].join('；');
  const corrections = correctionsForChart(spec).map((c) => `${correctionNotice(c)} 说明`);
  return [`来源：${sources}`, ...corrections, `${siteName} · 数据（CSV） · ${versionLine(spec)}`];
}

/** The paragraphs under a frozen version of the chart: as embedFootText, with the version line of a frozen chart and a link to the live one. */
export function frozenFootText(spec: ChartSpec, siteName: string): string[] {
  const foot = embedFootText(spec, siteName);
  // As the frozen page reads while its version is the current one (src/pages/embed/[chart]/v/[version]/index.astro); later it only gets shorter.
  return [...foot.slice(0, -1), `${siteName} · 数据（CSV） · ${frozenLine({ version: chartVersion(spec), dataDate: spec.dataDate, updated: chartUpdated(spec) ?? null })} · 最新版本（目前与此相同）`];
}

/** 版本 <hash>, and the date of the last correction when the data was corrected. */
export function versionLine(spec: ChartSpec): string {
  const updated = chartUpdated(spec);
  return `版本 ${chartVersion(spec)}${updated ? `（${updated}更新）` : ''}`;
}

/** The iframe height without the host script (see embed-layout.ts for why it fits every column from 320 px). */
export function embedHeight(spec: ChartSpec, foot: readonly string[]): number {
  const narrow = spec.variants.find((v) => v.name === 'narrow') ?? NARROW;
  const drawn = svgHeight(renderVariant(spec, narrow));
  return fallbackHeight({ title: spec.title, subtitle: spec.subtitle, notes: spec.notes, foot }, (drawn * NARROW.width) / narrow.width);
}

export interface IframeOptions {
  /** Absolute URL of the embed page. */
  src: string;
  title: string;
  height: number;
  /** Absolute URL of the host script; none: the iframe alone. */
  script?: string;
  theme?: Theme;
}

export function iframeCode({ src, title, height, script, theme = 'auto' }: IframeOptions): string {
  const iframe =
    `<iframe src="${escapeHtml(`${src}?theme=${theme}`)}" title="${escapeHtml(title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%" loading="lazy" referrerpolicy="no-referrer" sandbox="${SANDBOX}" data-gzc-embed></iframe>`;
  return script ? `${iframe}\n<script async src="${escapeHtml(script)}"></script>` : iframe;
}

export interface OEmbed {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
  cache_age: number;
}

export interface OEmbedOptions {
  title: string;
  siteName: string;
  siteUrl: string;
  html: string;
  width: number;
  height: number;
  thumbnail?: { url: string; width: number; height: number };
}

export function oembedJson(o: OEmbedOptions): OEmbed {
  return {
    type: 'rich',
    version: '1.0',
    title: o.title,
    provider_name: o.siteName,
    provider_url: o.siteUrl,
    html: o.html,
    width: o.width,
    height: o.height,
    ...(o.thumbnail ? { thumbnail_url: o.thumbnail.url, thumbnail_width: o.thumbnail.width, thumbnail_height: o.thumbnail.height } : {}),
    cache_age: 86400,
  };
}
