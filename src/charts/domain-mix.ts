/**
 * Chart 4, domain mix by year: the share of each policy domain among the
 * year's featured cases, as 100% stacked bars, to show how the lists'
 * emphasis moves (for example from business environment to livelihood).
 * Domains are ordered by the mean year of their cases, so the stack reads
 * from "early" to "late" emphasis.
 */
import * as Plot from '@observablehq/plot';
import { describe } from './alt.ts';
import { highlightLegend } from './highlight.ts';
import { caseSource, caseYear, compare, dataDate, isGuangzhou, matches, uniqueSources } from './common.ts';
import { trimDecimals } from '../lib/format.ts';
import { BOTH, categorical, colors } from './theme.ts';
import type { Case, ChartData, ChartDraft, Row, Variant } from './types.ts';

export interface DomainMixParams {
  highlight?: string;
  /** `guangzhou` (default) or `all` (with Longhua). */
  scope?: string;
}

/** Seven colours tell domains apart; smaller domains share the eighth (grey) as 其他. */
const MAX_DOMAINS = 7;
export const OTHER = '其他领域';

function selected(data: ChartData, params: DomainMixParams): Case[] {
  const cases = data.cases.filter((c) => caseYear(c, data) !== null && (params.scope === 'all' || isGuangzhou(c)));
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.domain, (counts.get(c.domain) ?? 0) + 1);
  const kept = new Set([...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).slice(0, counts.size > MAX_DOMAINS + 1 ? MAX_DOMAINS : MAX_DOMAINS + 1).map(([d]) => d));
  return cases.map((c) => (kept.has(c.domain) ? c : { ...c, domain: OTHER }));
}

/** Domains by the mean year of their cases, then by name. */
export function domainOrder(cases: Case[], data: ChartData): string[] {
  const years = new Map<string, number[]>();
  for (const c of cases) years.set(c.domain, [...(years.get(c.domain) ?? []), caseYear(c, data)!]);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const order = [...years].filter(([d]) => d !== OTHER).sort((a, b) => mean(a[1]) - mean(b[1]) || compare(a[0], b[0])).map(([d]) => d);
  return years.has(OTHER) ? [...order, OTHER] : order;
}

export function domainMixRows(data: ChartData, params: DomainMixParams): Row[] {
  const cases = selected(data, params);
  const domains = domainOrder(cases, data);
  const years = [...new Set(cases.map((c) => caseYear(c, data)!))].sort((a, b) => a - b);
  return years.flatMap((year) => {
    const inYear = cases.filter((c) => caseYear(c, data) === year);
    return domains
      .map((domain): Row => {
        const count = inYear.filter((c) => c.domain === domain).length;
        const row: Row = { year, domain, count, total: inYear.length, share: Math.round((count / inYear.length) * 1000) / 10, highlight: false };
        row.highlight = matches(row, params.highlight, ['year', 'domain']);
        return row;
      })
      .filter((r) => (r.count as number) > 0);
  });
}

/**
 * Label colour on a palette fill: colours 5-7 (orange, sky, yellow) stay light
 * in both modes, so they take fixed dark ink; the others take the page colour,
 * which contrasts with them in light mode and with their lightened dark-mode forms.
 */
function colorOf(domain: string, index: number): string {
  return domain === OTHER ? categorical(7) : categorical(index);
}

function textOn(index: number): string {
  const i = index % 8;
  return i >= 4 && i <= 6 ? '#1c1b19' : colors.onDark;
}

function plotOptions(rows: Row[], domains: string[], variant: Variant, highlight: boolean): Plot.PlotOptions {
  const years = [...new Set(rows.map((r) => String(r.year)))];
  const fillOf = new Map(domains.map((d, i) => [d, colorOf(d, i)]));
  const minLabel = variant.name === 'narrow' ? 16 : 9;
  return {
    height: 6 + years.length * 36 + 26,
    marginTop: 6,
    // Room for "2018年" at the theme's font size, and for the "100%" tick at the right end.
    marginLeft: 56,
    marginRight: 18,
    marginBottom: 26,
    x: { domain: [0, 100], label: null, tickFormat: (d: number) => `${d}%`, ticks: variant.name === 'narrow' ? 4 : 10 },
    y: { domain: years, label: null, tickSize: 0, tickFormat: (y: string) => `${y}年` },
    color: { type: 'identity' },
    marks: [
      Plot.barX(rows, Plot.stackX({
        y: (d: Row) => String(d.year),
        x: 'share',
        order: (d: Row) => domains.indexOf(d.domain as string),
        fill: (d: Row) => fillOf.get(d.domain as string)!,
        fillOpacity: (d: Row) => (highlight && !d.highlight ? 0.35 : 1),
        stroke: (d: Row) => (d.highlight ? colors.outline : colors.background),
        strokeWidth: (d: Row) => (d.highlight ? 2 : 1),
        insetTop: 2,
        insetBottom: 2,
      }) as Plot.BarXOptions),
      // Share labels only where the segment is wide enough to hold them.
      Plot.text(rows, Plot.stackX({
        y: (d: Row) => String(d.year),
        x: 'share',
        order: (d: Row) => domains.indexOf(d.domain as string),
        text: (d: Row) => ((d.share as number) >= minLabel && (!highlight || d.highlight) ? `${trimDecimals(d.share as number, 0)}%` : ''),
        fill: (d: Row) => textOn(d.domain === OTHER ? 7 : domains.indexOf(d.domain as string)),
      }) as Plot.TextOptions),
    ],
  };
}

function contrast(rows: Row[]): string {
  const years = [...new Set(rows.map((r) => r.year as number))];
  if (years.length < 2) return '';
  const top = (year: number) => rows.filter((r) => r.year === year && r.domain !== OTHER).sort((a, b) => (b.share as number) - (a.share as number) || compare(a.domain as string, b.domain as string))[0]!;
  const [first, last] = [top(years[0]!), top(years.at(-1)!)];
  return `${first.year}年占比最高的是${first.domain}（${first.share}%），${last.year}年是${last.domain}（${last.share}%）`;
}

export function domainMix(data: ChartData, params: DomainMixParams = {}): ChartDraft {
  const rows = domainMixRows(data, params);
  const cases = selected(data, params);
  const domains = domainOrder(cases, data);
  const sources = uniqueSources(cases.map((c) => caseSource(c, data)));
  return {
    id: 'domain-mix',
    title: '改革重心的转移：各年入选案例的领域构成',
    subtitle: '每年入选案例按政策领域的占比（100%堆积）',
    notes: [
      '领域由程序按案例文字中的关键词自动判定，未经人工标注，每个案例只归一个领域。',
      `案例数较少的领域合并为“${OTHER}”，各领域的数目见数据表。`,
      '各年榜单的评选范围和数量不同，占比只反映当年入选案例的构成。',
      ...(params.scope === 'all' ? ['包含深圳龙华区的对照案例。'] : ['只计广州市（含市级部门）的案例。']),
    ],
    sources,
    rows,
    columns: [
      { key: 'year', label: '年份', kind: 'year' },
      { key: 'domain', label: '领域' },
      { key: 'count', label: '案例数' },
      { key: 'total', label: '当年案例总数' },
      { key: 'share', label: '占比（%）' },
    ],
    alt: describe({
      what: `堆积条形图：${new Set(rows.map((r) => r.year)).size}个年份入选案例在${domains.length}个领域中的占比`,
      rows,
      value: 'share',
      label: (r) => `${r.year}年${r.domain}`,
      format: (v) => `${trimDecimals(v, 1)}%`,
      contrast: contrast(rows),
    }),
    legend: [...domains.map((d, i) => ({ label: d, color: colorOf(d, i) })), ...highlightLegend(params.highlight, data, colors.outline, true)],
    dataDate: dataDate(sources, data),
    variants: BOTH,
    plot: (variant) => plotOptions(rows, domains, variant, Boolean(params.highlight)),
  };
}
