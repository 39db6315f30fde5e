/**
 * Chart 4, domain mix by year: the share of each policy domain among the
 * year's featured cases, as small multiples (one column of bars per year,
 * one row per domain), to show how the lists' emphasis moves (for example
 * from business environment to livelihood). One colour for every domain, so
 * nothing depends on telling eight hues apart, and every domain the story
 * argues about keeps its own row. Domains are ordered by the mean year of
 * their cases, so rows read from "early" to "late" emphasis.
 *
 * A year whose cases come only from one district's own summary or from a
 * work plan is not a city-wide selection: its bars are hollow and it is labelled
 * 不可比, so it is never read against the lists.
 */
import * as Plot from '@observablehq/plot';
import { describe } from './alt.ts';
import { highlightLegend } from './highlight.ts';
import { caseSource, caseYear, compare, dataDate, home, inHomeCity, matches, uniqueSources } from './common.ts';
import { trimDecimals } from '../lib/format.ts';
import { comparisonRegions, someRegions } from '../lib/site-facts.ts';
import { BOTH, LINE_HEIGHT, colors, textWidth, wrapCjk } from './theme.ts';
import type { Case, ChartData, ChartDraft, LegendItem, Row, SourceDocument, Variant } from './types.ts';

export interface DomainMixParams {
  highlight?: string;
  /** `home` (default: the home city only) or `all` (with the comparison regions). */
  scope?: string;
}

/** Rows the chart draws at most: the most frequent domains, the rest as 其他领域 (bounded as the corpus grows). */
export const MAX_DOMAINS = 12;
/** Year columns at most: the most recent ones (every year is in the cases CSV). */
export const MAX_YEARS = 5;
export const OTHER = '其他领域';

const BAND = { narrow: 30, wide: 22 } as const;
/** Room right of each bar for its "46%" label. */
const LABEL_ROOM = 28;

/** A report that selects cases across the city; one district's own summary or a work plan is not. */
function selects(doc: SourceDocument | undefined): boolean {
  return Boolean(doc) && doc!.kind !== 'work-plan' && doc!.region.district === null;
}

interface Selection {
  cases: Case[];
  years: number[];
  /** Years drawn grey: none of their cases comes from a city-wide selection. */
  apart: Set<number>;
  merged: number;
  droppedYears: number[];
}

function selected(data: ChartData, params: DomainMixParams): Selection {
  const dated = data.cases.filter((c) => caseYear(c, data) !== null && (params.scope === 'all' || inHomeCity(c, data)));
  const allYears = [...new Set(dated.map((c) => caseYear(c, data)!))].sort((a, b) => a - b);
  const years = allYears.slice(-MAX_YEARS);
  const inYears = dated.filter((c) => years.includes(caseYear(c, data)!));
  const counts = new Map<string, number>();
  const latest = new Map<string, number>();
  for (const c of inYears) {
    counts.set(c.domain, (counts.get(c.domain) ?? 0) + 1);
    latest.set(c.domain, Math.max(latest.get(c.domain) ?? 0, caseYear(c, data)!));
  }
  // The most frequent domains; among equals the more recent one (what a reader asks about now), then by name.
  const ranked = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || latest.get(b)! - latest.get(a)! || compare(a, b));
  const kept = new Set(ranked.length > MAX_DOMAINS + 1 ? ranked.slice(0, MAX_DOMAINS) : ranked);
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  const apart = new Set(years.filter((y) => !inYears.some((c) => caseYear(c, data) === y && selects(docs.get(c.documentId)))));
  return {
    cases: inYears.map((c) => (kept.has(c.domain) ? c : { ...c, domain: OTHER })),
    years,
    apart,
    merged: ranked.length - kept.size,
    droppedYears: allYears.slice(0, -MAX_YEARS),
  };
}

/** Domains by the mean year of their cases, then by name. */
export function domainOrder(cases: Case[], data: ChartData): string[] {
  const years = new Map<string, number[]>();
  for (const c of cases) years.set(c.domain, [...(years.get(c.domain) ?? []), caseYear(c, data)!]);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const order = [...years].filter(([d]) => d !== OTHER).sort((a, b) => mean(a[1]) - mean(b[1]) || compare(a[0], b[0])).map(([d]) => d);
  return years.has(OTHER) ? [...order, OTHER] : order;
}

function rowsOf(selection: Selection, data: ChartData, params: DomainMixParams): Row[] {
  const domains = domainOrder(selection.cases, data);
  return selection.years.flatMap((year) => {
    const inYear = selection.cases.filter((c) => caseYear(c, data) === year);
    return domains
      .map((domain): Row => {
        const count = inYear.filter((c) => c.domain === domain).length;
        const row: Row = { year, domain, count, total: inYear.length, share: Math.round((count / inYear.length) * 1000) / 10, comparable: !selection.apart.has(year), highlight: false };
        row.highlight = matches(row, params.highlight, ['year', 'domain']);
        return row;
      })
      .filter((r) => (r.count as number) > 0);
  });
}

export function domainMixRows(data: ChartData, params: DomainMixParams): Row[] {
  return rowsOf(selected(data, params), data, params);
}

/** "2018年", the year's case count, and 不可比 under a year that is not a city-wide list. */
function yearLabel(rows: Row[], year: number): string {
  const first = rows.find((r) => r.year === year)!;
  return [`${year}年`, `${first.total}件`, ...(first.comparable ? [] : ['不可比'])].join('\n');
}

function plotOptions(rows: Row[], domains: string[], variant: Variant, highlight: boolean): Plot.PlotOptions {
  const narrow = variant.name === 'narrow';
  const years = [...new Set(rows.map((r) => r.year as number))];
  // Domain names wrap onto two lines on phones; the margin is the widest line, so no name is cut.
  const labels = new Map(domains.map((d) => [d, narrow ? wrapCjk(d, 5) : d]));
  const marginLeft = Math.ceil(Math.max(...[...labels.values()].flatMap((l) => l.split('\n')).map((l) => textWidth(l)), 24)) + 10;
  const headLines = rows.some((r) => !r.comparable) ? 3 : 2;
  const marginTop = headLines * 14 + 8;
  const max = Math.max(...rows.map((r) => r.share as number), 1);
  // Each group of marks is drawn with constant colours and opacity, so Plot writes them once on the
  // group instead of on every bar and label (a bar is a fill, no outline: the same edges as the
  // hollow bars' 1.5 px outline on a 0.75 px inset). This keeps the embed under its 30 KB budget.
  const solid = (picked: Row[], fill: string, opacity: number) => Plot.barX(picked, { fx: 'year', y: 'domain', x: 'share', fill, fillOpacity: opacity });
  // A year that is not a city-wide list is drawn hollow: present, but not to be read against the others.
  const hollow = (picked: Row[], stroke: string, opacity: number) =>
    Plot.barX(picked, { fx: 'year', y: 'domain', x: 'share', fill: 'none', stroke, strokeOpacity: opacity, strokeWidth: 1.5, inset: 0.75 });
  const label = (picked: Row[], opacity: number) =>
    Plot.text(picked, { fx: 'year', y: 'domain', x: 'share', text: (d: Row) => `${trimDecimals(d.share as number, 0)}%`, textAnchor: 'start', dx: 3, fillOpacity: opacity });
  const lit = rows.filter((r) => r.highlight);
  const rest = rows.filter((r) => !r.highlight);
  // With a highlight the other rows step back.
  const [bar, text] = highlight ? [0.45, 0.65] : [1, 1];
  return {
    height: marginTop + domains.length * BAND[variant.name] + 4,
    marginTop,
    marginLeft,
    marginRight: 2,
    marginBottom: 4,
    fx: { domain: years, axis: null, padding: 0.14 },
    x: { domain: [0, max], axis: null, insetRight: LABEL_ROOM },
    y: { domain: domains, axis: null, padding: 0.25 },
    marks: [
      Plot.axisFx({ anchor: 'top', label: null, tickSize: 0, tickFormat: (y: number) => yearLabel(rows, y), lineHeight: LINE_HEIGHT }),
      Plot.axisY({ label: null, tickSize: 0, tickFormat: (d: string) => labels.get(d) ?? d, lineHeight: LINE_HEIGHT }),
      Plot.ruleX([0], { stroke: colors.rule, strokeOpacity: 0.5 }),
      solid(rest.filter((r) => r.comparable), colors.primary, bar),
      hollow(rest.filter((r) => !r.comparable), colors.before, bar),
      solid(lit.filter((r) => r.comparable), colors.highlight, 1),
      hollow(lit.filter((r) => !r.comparable), colors.highlight, 1),
      label(rest, text),
      label(lit, 1),
    ],
  };
}

function contrast(rows: Row[]): string {
  const years = [...new Set(rows.filter((r) => r.comparable).map((r) => r.year as number))];
  if (years.length < 2) return '';
  const top = (year: number) => rows.filter((r) => r.year === year && r.domain !== OTHER).sort((a, b) => (b.share as number) - (a.share as number) || compare(a.domain as string, b.domain as string))[0]!;
  const [first, last] = [top(years[0]!), top(years.at(-1)!)];
  return `${first.year}年占比最高的是${first.domain}（${first.share}%），${last.year}年是${last.domain}（${last.share}%）`;
}

function legendOf(rows: Row[], params: DomainMixParams, data: ChartData): LegendItem[] {
  return [
    ...(rows.some((r) => r.comparable && !r.highlight) ? [{ label: '占当年入选案例的比例', color: colors.primary }] : []),
    ...(rows.some((r) => !r.comparable && !r.highlight) ? [{ label: '不可比：单个区的总结或工作计划', color: colors.before, outline: true }] : []),
    ...(rows.some((r) => r.highlight) ? highlightLegend(params.highlight, data, colors.highlight) : []),
  ];
}

function notesOf(selection: Selection, params: DomainMixParams, data: ChartData): string[] {
  const apart = [...selection.apart];
  return [
    '领域由程序按案例文字中的关键词自动判定，未经人工标注，每个案例只归一个领域。',
    '条长是该领域占当年入选案例的比例，年份下是当年的案例总数；各年榜单的评选范围和数量不同，案例少时一个案例就是近一成。',
    ...(apart.length ? [`${apart.join('、')}年的案例只来自单个区的工作总结或工作计划，不是全市评选的榜单，画成空心条，不宜与其他年份比较。`] : []),
    ...(selection.merged ? [`案例最少的${selection.merged}个领域合并为“${OTHER}”，各领域的数目见案例数据（cases.csv）。`] : []),
    ...(selection.droppedYears.length ? [`只画最近${MAX_YEARS}年；${selection.droppedYears[0]}—${selection.droppedYears.at(-1)}年的案例见案例数据（cases.csv）。`] : []),
    ...(params.scope === 'all' ? [`包含${someRegions(comparisonRegions(data.districts, home(data).city))}的对照案例。`] : [`只计${home(data).city}（含市级部门）的案例。`]),
  ];
}

export function domainMix(data: ChartData, params: DomainMixParams = {}): ChartDraft {
  const selection = selected(data, params);
  const rows = rowsOf(selection, data, params);
  const domains = domainOrder(selection.cases, data);
  const sources = uniqueSources(selection.cases.map((c) => caseSource(c, data)));
  return {
    id: 'domain-mix',
    title: '改革重心的转移：各年入选案例的领域构成',
    subtitle: '每年入选案例中各政策领域所占的比例，每列一年',
    notes: notesOf(selection, params, data),
    sources,
    rows,
    columns: [
      { key: 'year', label: '年份', kind: 'year' },
      { key: 'domain', label: '领域' },
      { key: 'count', label: '案例数' },
      { key: 'total', label: '当年案例总数' },
      { key: 'share', label: '占比（%）' },
      { key: 'comparable', label: '全市评选榜单' },
    ],
    alt: describe({
      what: `条形小图组：${new Set(rows.map((r) => r.year)).size}个年份入选案例在${domains.length}个领域中的占比${selection.apart.size ? `，其中${[...selection.apart].join('、')}年不是全市榜单，不可比` : ''}`,
      rows,
      value: 'share',
      label: (r) => `${r.year}年${r.domain}`,
      format: (v) => `${trimDecimals(v, 1)}%`,
      contrast: contrast(rows),
    }),
    legend: legendOf(rows, params, data),
    dataDate: dataDate(sources, data),
    variants: BOTH,
    plot: (variant) => plotOptions(rows, domains, variant, Boolean(params.highlight)),
  };
}
