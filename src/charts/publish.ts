/**
 * Everything a published chart needs besides its drawing: which chart
 * instances get an embed page, their URLs, the CSV of the plotted rows, the
 * cite line (the iframe code and oEmbed: embed-code.ts). Pure: URLs come in as
 * site-root paths and a resolver, so the same code serves any base.
 */
import { csvFormat } from 'd3';
import { pinyinSlug } from '../../scripts/datasets/slug.ts';
import { sha256Hex } from '../../scripts/datasets/hash.ts';
import { pageHref, sourceHref } from '../lib/links.ts';
import { chartImagePath } from '../lib/share-image.ts';
import { chartKey } from './common.ts';
import { CHARTS, buildChart, chartDefinition } from './registry.ts';
import type { ChartData, ChartSpec, Row } from './types.ts';

/** The registry's defaults for a chart. */
function defaults(id: string, data: ChartData): Record<string, string> {
  return Object.fromEntries(chartDefinition(id).params.filter((p) => p.default).map((p) => [p.name, p.default!(data)]));
}

/** Names of the params that get embed pages of their own (ParamDef.published). */
function publishedParams(id: string): string[] {
  return chartDefinition(id).params.filter((p) => p.published).map((p) => p.name);
}

/** The published params of a spec that differ from the chart's defaults, sorted by name. */
function keptParams(spec: ChartSpec, data: ChartData): [string, string][] {
  const base = defaults(spec.id, data);
  return Object.entries(spec.params)
    .filter(([k, v]) => publishedParams(spec.id).includes(k) && base[k] !== v && v !== undefined && v !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The embed key of a chart, its stable slug in URLs: the id plus the
 * published params that differ from the defaults, spelled readably
 * (district-map-2019, district-timeline-huangpu, measure-bars-gegongzuori).
 * `district-year` is the default chart, and a highlighted story step embeds
 * the same chart without its highlight.
 */
export function embedKey(spec: ChartSpec, data: ChartData): string {
  return [spec.id, ...keptParams(spec, data).map(([name, v]) => valueSlug(spec.id, name, v, data))].join('-');
}

const slug = (value: string) => pinyinSlug(value, { dropAdminSuffix: true });
/** Per dataset, chart and param: how many of the param's values read as each slug. */
const slugCounts = new WeakMap<ChartData, Map<string, Map<string, number>>>();

/**
 * A param value's readable slug; when another value of the same param reads
 * the same in pinyin (件 and 间 are both jian), a short hash of the value is
 * added, so the key depends only on the data, never on which page asks first.
 */
function valueSlug(id: string, name: string, value: string, data: ChartData): string {
  const byParam = slugCounts.get(data) ?? new Map<string, Map<string, number>>();
  slugCounts.set(data, byParam);
  let counts = byParam.get(`${id}/${name}`);
  if (!counts) {
    counts = new Map();
    for (const v of chartDefinition(id).params.find((p) => p.name === name)!.values(data)) counts.set(slug(v), (counts.get(slug(v)) ?? 0) + 1);
    byParam.set(`${id}/${name}`, counts);
  }
  const readable = slug(value);
  return (counts.get(readable) ?? 0) > 1 ? `${readable}-${sha256Hex(value).slice(0, 6)}` : readable;
}

/** The key embed URLs had before they were readable (a hash of the params); those URLs redirect. */
export function legacyEmbedKey(spec: ChartSpec, data: ChartData): string {
  return chartKey(spec.id, Object.fromEntries(keptParams(spec, data)));
}

type Published = { key: string; legacy: string; spec: ChartSpec }[];
const publishedBy = new WeakMap<ChartData, Published>();

/**
 * Every chart instance with an embed page: each chart's default, then each
 * value of its published params. Computed once per dataset: the embed page,
 * its .svg, .csv, oEmbed and share image routes all list the same
 * charts, and sharing the specs lets each drawing be keyed once (render.ts).
 */
export function publishedCharts(data: ChartData): Published {
  const known = publishedBy.get(data);
  if (known) return known;
  const list = listPublished(data);
  publishedBy.set(data, list);
  return list;
}

function listPublished(data: ChartData): Published {
  const out = new Map<string, ChartSpec>();
  const add = (spec: ChartSpec) => {
    const key = embedKey(spec, data);
    const taken = out.get(key);
    if (taken && JSON.stringify(taken.params) !== JSON.stringify(spec.params)) {
      throw new Error(`Charts ${JSON.stringify(taken.params)} and ${JSON.stringify(spec.params)} of "${spec.id}" both spell their URL "${key}": two values read the same in pinyin; give the param value slugs a distinguishing rule in src/charts/publish.ts.`);
    }
    out.set(key, spec);
  };
  for (const def of CHARTS) {
    add(buildChart(def.id, {}, data));
    for (const param of def.params.filter((p) => p.published)) {
      for (const value of param.values(data)) add(buildChart(def.id, { [param.name]: value }, data));
    }
  }
  return [...out].map(([key, spec]) => ({ key, legacy: legacyEmbedKey(spec, data), spec }));
}

/**
 * Site-root paths of a published chart's files. The PNG download is the chart's share image
 * (1200x630, drawn once for og:image, the oEmbed thumbnail and the download); the SVG is the
 * whole chart, at any size, for print and layout programs (bench/README.md says why).
 */
export function chartPaths(key: string) {
  return {
    embed: `/embed/${key}/`,
    svg: `/embed/${key}.svg`,
    png: chartImagePath(key),
    csv: `/embed/${key}.csv`,
    sources: `/embed/${key}.sources.csv`,
    oembed: `/embed/${key}.oembed.json`,
  };
}

/** Site-root paths of one frozen version of a published chart (src/charts/frozen.ts). */
export function frozenPaths(key: string, version: string) {
  return {
    embed: `/embed/${key}/v/${version}/`,
    record: `/embed/${key}/v/${version}.json`,
    csv: `/embed/${key}/v/${version}.csv`,
  };
}

/** A CSV file, with a BOM so spreadsheet programs read the Chinese as UTF-8. */
const csvFile = (rows: Record<string, string>[], columns: string[]) => `\ufeff${csvFormat(rows, columns)}\n`;

/** CSV of exactly the plotted rows, in the chart's columns, headed by their labels. */
export function chartCsv(spec: ChartSpec): string {
  const cell = (c: ChartSpec['columns'][number], row: Row) => {
    const v = row[c.key];
    if (v === null || v === undefined) return '';
    return c.text && c.format ? c.format(v, row) : String(v);
  };
  const rows = spec.rows.map((row: Row) => Object.fromEntries(spec.columns.map((c) => [c.label, cell(c, row)])));
  return csvFile(rows, spec.columns.map((c) => c.label));
}

/** One cited report of a chart: its title, its first cited sentence's anchor, and how many sentences it gives. */
export interface CompactSource {
  documentId: string;
  title: string;
  anchor: string;
  count: number;
}

/** One entry per cited report, in source order (every report: the source line names the first SOURCE_LINKS). */
export function compactSources(spec: ChartSpec): CompactSource[] {
  const byDocument = new Map<string, ChartSpec['sources']>();
  for (const s of spec.sources) byDocument.set(s.documentId, [...(byDocument.get(s.documentId) ?? []), s]);
  return [...byDocument].map(([documentId, sources]) => ({ documentId, title: sources[0]!.documentTitle, anchor: sources[0]!.anchor, count: sources.length }));
}

/** Reports a chart's source line links at most: a chart over the whole corpus cites every report, and the line grew by one link per report. */
export const SOURCE_LINKS = 5;

/**
 * The source line of a chart: the SOURCE_LINKS reports it draws on most (by cited sentences, ties in
 * source order), kept in source order, and how many reports and sentences it leaves to the sources CSV.
 */
export function sourceLine(sources: readonly CompactSource[]): { shown: CompactSource[]; more: { reports: number; sentences: number } | null } {
  if (sources.length <= SOURCE_LINKS) return { shown: [...sources], more: null };
  const kept = new Set([...sources].sort((a, b) => b.count - a.count).slice(0, SOURCE_LINKS));
  const left = sources.filter((s) => !kept.has(s));
  return { shown: sources.filter((s) => kept.has(s)), more: { reports: left.length, sentences: left.reduce((n, s) => n + s.count, 0) } };
}

/** 另有N份报告（M处原文）: what the source line leaves out, as it reads. */
export const moreSources = (more: { reports: number; sentences: number }) => `另有${more.reports}份报告（${more.sentences}处原文）`;

/**
 * CSV of every sentence a chart draws on: report, sentence, offsets in the report's text, the verbatim
 * sentence and its address (`href` makes the site-root path absolute or base-relative). The source line
 * under the chart names the reports cited most and links here for the rest.
 */
export function sourcesCsv(spec: ChartSpec, href: (path: string) => string): string {
  const rows = spec.sources.map((s) => ({
    报告编号: s.documentId,
    报告: s.documentTitle,
    句子序号: s.sentence === null ? '' : String(s.sentence),
    起: String(s.start),
    止: String(s.end),
    原句: s.quote,
    链接: href(`${sourceHref(s.documentId)}#${s.anchor}`),
  }));
  return csvFile(rows, ['报告编号', '报告', '句子序号', '起', '止', '原句', '链接']);
}

/** 《title》，site，URL（数据截至 date）. */
export function citeLine(spec: ChartSpec, siteName: string, pageUrl?: string): string {
  // Without a known host there is no address worth citing: the title and the site name identify the chart.
  return `《${spec.title}》，${siteName}${pageUrl ? `，${pageUrl}` : ''}${spec.dataDate ? `（数据截至${spec.dataDate}）` : ''}。`;
}

/** The drawn height of an SVG string (its height attribute). */
export function svgHeight(svg: string): number {
  return Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 400);
}

/** Charts per page of the newsroom list (/embed/, /embed/2/ ...; about 4 KB of HTML each). */
export const NEWSROOM_PAGE_SIZE = 20;

/** Site-root path of the newsroom page that lists a published chart, with its anchor. */
export function newsroomHref(key: string, data: ChartData): string {
  const index = publishedCharts(data).findIndex((c) => c.key === key);
  const n = Math.floor(Math.max(0, index) / NEWSROOM_PAGE_SIZE) + 1;
  return `${pageHref('/embed/', n)}#${key}`;
}
