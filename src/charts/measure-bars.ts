/**
 * Chart 5, one measure across districts or cases, as bars. `measure=cases`
 * counts featured cases per district; `measure=<unit>` compares the
 * reported figures that share a unit (人次, 万元 ...). Qualifiers stay
 * visible: "over"/"nearly" bars are drawn open (outlined) and their labels
 * say 超, 约 as the report does, because 逾110万 is not 110万.
 */
import * as Plot from '@observablehq/plot';
import { describe } from './alt.ts';
import { pick } from '../lib/lookup.ts';
import { highlightLegend } from './highlight.ts';
import { caseSource, compare, dataDate, figureOwner, figureSource, home, inHomeCity, matches, uniqueSources } from './common.ts';
import { QUALIFIER_LABELS, QUALIFIER_WORDS, formatCompact, formatNumber } from '../lib/format.ts';
import { BOTH, colors, wrapCjk } from './theme.ts';
import { shortName, yearSpan } from '../lib/site-facts.ts';
import { countedDistrict } from '../lib/case-district.ts';
import type { ChartData, ChartSource, ChartDraft, Figure, Row, Variant } from './types.ts';

export interface MeasureBarsParams {
  measure?: string;
  highlight?: string;
}

/** Kinds that are magnitudes (a change or ratio is not comparable as a bar length). */
const COMPARABLE = new Set<Figure['kind']>(['count', 'money', 'area', 'volume', 'energy', 'length', 'weight', 'duration']);
const MIN_FIGURES = 3;
/** Past this many bars a comparison stops being readable (and the embed page stops being small). */
export const MAX_BARS = 15;

/** Units with enough comparable figures to make a chart, most figures first. */
export function figureMeasures(data: ChartData): string[] {
  const counts = new Map<string, number>();
  for (const f of data.figures) if (f.unit && COMPARABLE.has(f.kind) && !f.derived) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= MIN_FIGURES).sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([u]) => u);
}

export function measureChoices(data: ChartData): string[] {
  return ['cases', ...figureMeasures(data)];
}

function caseRows(data: ChartData, highlight?: string): Row[] {
  return home(data).districts.map(({ name }): Row => {
    const value = data.cases.filter((c) => inHomeCity(c, data) && countedDistrict(c) === name).length;
    const row: Row = { label: name, district: name, case: null, figure: null, value, qualifier: 'exact', text: `${value}件`, unit: '件', highlight: false };
    row.highlight = matches(row, highlight, ['district']);
    return row;
  }).sort((a, b) => (b.value as number) - (a.value as number) || compare(a.label as string, b.label as string));
}

function figureRows(data: ChartData, unit: string, highlight?: string): Row[] {
  return data.figures
    .filter((f) => f.unit === unit && COMPARABLE.has(f.kind) && !f.derived)
    .map((f): Row => {
      const owner = figureOwner(f, data);
      const row: Row = {
        label: owner ? `${owner}：${f.subject ?? f.raw}` : (f.subject ?? f.raw),
        district: owner,
        case: f.case,
        figure: f.id,
        value: f.value,
        low: f.low,
        qualifier: f.qualifier,
        text: `${QUALIFIER_WORDS[f.qualifier]}${formatNumber(f.value)}${unit}`,
        unit,
        raw: f.raw,
        highlight: false,
      };
      row.highlight = matches(row, highlight, ['district', 'case', 'figure']);
      return row;
    })
    .sort((a, b) => (b.value as number) - (a.value as number) || compare(a.figure as string, b.figure as string))
    .slice(0, MAX_BARS);
}

/** How many figures the unit has in all (the subtitle says when only the largest are drawn). */
function figureTotal(data: ChartData, unit: string): number {
  return data.figures.filter((f) => f.unit === unit && COMPARABLE.has(f.kind) && !f.derived).length;
}

export function measureBarsRows(data: ChartData, params: MeasureBarsParams): Row[] {
  const measure = params.measure ?? 'cases';
  return measure === 'cases' ? caseRows(data, params.highlight) : figureRows(data, measure, params.highlight);
}

/** "个工作日" reads as "工作日" after 以…计; "万元" stays. */
function unitName(unit: string): string {
  return unit.replace(/^个(?=.)/, '');
}

function plotOptions(rows: Row[], variant: Variant): Plot.PlotOptions {
  // Each bar has its label on the lines above it: long Chinese labels wrap across the full width, never cut.
  const chars = Math.floor((variant.width - 16) / 12);
  const labels = rows.map((r) => wrapCjk(r.label as string, chars));
  const lines = Math.max(1, ...labels.map((l) => l.split('\n').length));
  const band = 22 + lines * 15;
  const bar = 18;
  const ys = rows.map((_, i) => String(i));
  const y = (_: Row, i: number) => String(i);
  const fill = (d: Row) => (d.highlight ? colors.highlight : colors.primary);
  const open = (d: Row) => d.qualifier !== 'exact' && d.qualifier !== 'under';
  const bound = (d: Row) => d.qualifier === 'under';
  const max = Math.max(1, ...rows.map((r) => r.value as number));
  return {
    // The first label's extra lines rise above its band.
    height: 8 + (lines - 1) * 15 + rows.length * band + 26,
    marginTop: 8 + (lines - 1) * 15,
    marginLeft: 4,
    marginRight: 12,
    marginBottom: 26,
    // Room right of the longest bar for its value label ("不超过90个工作日"): more on a narrow drawing.
    x: { domain: [0, max * (variant.name === 'narrow' ? 1.7 : 1.3)], label: null, tickFormat: (v: number) => formatCompact(v), ticks: variant.name === 'narrow' ? 3 : 6, grid: true },
    y: { domain: ys, axis: null, paddingInner: 1 - bar / band, paddingOuter: 0.1, align: 1 },
    marks: [
      // Dash arrays are not channels: exact and open-ended bars are two marks over the same y.
      Plot.barX(rows.filter((r) => r.qualifier === 'exact'), { y: (d: Row) => String(rows.indexOf(d)), x: 'value', fill }),
      Plot.barX(rows.filter(open), { y: (d: Row) => String(rows.indexOf(d)), x: 'value', fill, fillOpacity: 0.3, stroke: fill, strokeWidth: 1.5, strokeDasharray: '3,2' }),
      // An upper bound (以内, 不超过): an empty bar, the real value is somewhere inside it.
      Plot.barX(rows.filter(bound), { y: (d: Row) => String(rows.indexOf(d)), x: 'value', fill: 'none', stroke: fill, strokeWidth: 1.5, inset: 0.75 }),
      Plot.text(rows, { y, x: 'value', text: 'text', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
      Plot.text(rows, { y, text: (_: Row, i: number) => labels[i]!, frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'bottom', lineHeight: 15 / 12, dy: -bar / 2 - 3, dx: 2 }),
    ],
  };
}

export function measureBars(data: ChartData, params: MeasureBarsParams = {}): ChartDraft {
  const measure = params.measure ?? 'cases';
  const rows = measureBarsRows(data, params);
  let sources: ChartSource[];
  const districtCases = data.cases.filter((c) => inHomeCity(c, data) && countedDistrict(c));
  if (measure === 'cases') {
    sources = uniqueSources(districtCases.map((c) => caseSource(c, data)));
  } else {
    sources = uniqueSources(pick(data.figures, rows.map((r) => r.figure as string)).map((f) => figureSource(f, data)));
  }
  const top = rows[0];
  const last = rows.at(-1);
  const byCases = measure === 'cases';
  return {
    id: 'measure-bars',
    title: byCases ? '各区入选改革案例数' : `以${unitName(measure)}计的改革成效数字`,
    subtitle: byCases
      ? `${yearSpan(districtCases)}年各份榜单和报告合计`
      : `报告中以“${measure}”计的数字，按数值排序${figureTotal(data, measure) > rows.length ? `（共${figureTotal(data, measure)}个，只画最大的${rows.length}个）` : ''}`,
    notes: [
      ...(rows.some((r) => r.qualifier !== 'exact' && r.qualifier !== 'under') ? ['虚线框、浅色的条表示原文是约数或下限（“超”“逾”“近”“约”），真实数值可能更大或略小。'] : []),
      ...(rows.some((r) => r.qualifier === 'under') ? ['空心的条表示原文是上限（“以内”“不超过”），实际用时或数量可能更少。'] : []),
      ...(byCases ? [`只计${shortName(home(data).city ?? '')}${home(data).districts.length}区；市级部门的案例不归入任何一区。`] : ['数字出自不同案例、不同时点，单位相同不代表口径相同。']),
    ],
    sources,
    rows,
    columns: [
      { key: 'label', label: byCases ? '区' : '案例与事项' },
      { key: 'value', label: '数值' },
      ...(byCases ? [] : [{ key: 'low', label: '区间下限' }]),
      { key: 'unit', label: '单位' },
      { key: 'qualifier', label: '限定', text: true, format: (v) => QUALIFIER_LABELS[v as Figure['qualifier']] },
      { key: 'text', label: '标注' },
    ],
    alt: describe({
      what: `条形图：${rows.length}项${byCases ? '区的入选案例数' : `以${measure}计的数字`}`,
      rows,
      value: 'value',
      label: (r) => (r.qualifier === 'exact' ? (r.label as string) : `${r.label}，原文为约数或下限`),
      format: (v) => `${formatNumber(v as number)}${byCases ? '件' : measure}`,
      contrast: top && last && (last.value as number) > 0 ? `最大值约为最小值的${Math.round((top.value as number) / (last.value as number))}倍` : '',
    }),
    legend: [
      ...(rows.some((r) => r.qualifier === 'exact') ? [{ label: '确数', color: colors.primary }] : []),
      ...(rows.some((r) => r.qualifier !== 'exact' && r.qualifier !== 'under') ? [{ label: '约数或下限', color: colors.primary, outline: true, dashed: true }] : []),
      ...(rows.some((r) => r.qualifier === 'under') ? [{ label: '上限（以内）', color: colors.primary, outline: true }] : []),
      ...highlightLegend(params.highlight, data, colors.highlight),
    ],
    dataDate: dataDate(sources, data),
    variants: BOTH,
    plot: (variant) => plotOptions(rows, variant),
  };
}
