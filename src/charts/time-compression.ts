/**
 * Chart 3, time compression: processing and approval times before and after
 * reform (110 -> 13 working days) as dumbbells on one log axis in days, so
 * minutes and working days sit on the same scale. Times reported without a
 * "before" are drawn as single dots; ranges as bars; qualifiers (以内, 近)
 * are written into the labels.
 */
import * as Plot from '@observablehq/plot';
import { describe } from './alt.ts';
import { byId, pick } from '../lib/lookup.ts';
import { highlightLegend } from './highlight.ts';
import { caseYear, compare, dataDate, figureSource, figureOwner, matches, topRows, uniqueSources } from './common.ts';
import { durationUnit, formatDays } from './format.ts';
import { QUALIFIER_LABELS, QUALIFIER_WORDS, trimDecimals } from '../lib/format.ts';
import { BOTH, LINE_HEIGHT, colors, textWidth, wrapCjk } from './theme.ts';
import type { ChartData, ChartDraft, Figure, LegendItem, Row, Variant } from './types.ts';

export interface TimeCompressionParams {
  highlight?: string;
  year?: string;
}

/**
 * A reported time counts when it has a before value, or when the words
 * around the number say it is the time something now takes (压缩至5个工作日,
 * 平均用时8.86天, 60分钟办结); a reference (较国务院要求的120个工作日),
 * a time saved (节省办理时间超2000天) or a response window does not.
 */
const BEFORE_NUMBER = /(压缩|压减|缩短|减至|减少到|降至|只用|仅用|用时|时限为?)[^，。；]{0,3}$/;
const AFTER_NUMBER = /^[内以]*(办结|办完|完成审批)/;
const TIME_UNITS = new Set(['工作日', '天', '小时', '分钟', '月']);

function eligible(f: Figure): boolean {
  const unit = durationUnit(f.unit);
  if (f.kind !== 'duration' || !unit || !TIME_UNITS.has(unit.word) || f.derived) return false;
  if (f.before !== null) return true;
  const at = f.start - f.sentenceStart;
  const before = f.quote.slice(Math.max(0, at - 12), at);
  const after = f.quote.slice(at + f.raw.length, at + f.raw.length + 4);
  return BEFORE_NUMBER.test(before) || AFTER_NUMBER.test(after);
}

/** Overlapping tokens of one number (8.86天 and 8.86天，同比缩短8.7天): keep the one with a before value, else the first. */
function distinct(figures: Figure[]): Figure[] {
  const sorted = [...figures].sort((a, b) => compare(a.documentId, b.documentId) || a.start - b.start || (b.before === null ? 0 : 1) - (a.before === null ? 0 : 1));
  const out: Figure[] = [];
  for (const f of sorted) {
    const prev = out.at(-1);
    if (prev && prev.documentId === f.documentId && f.start < prev.end) {
      if (prev.before === null && f.before !== null) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

function yearOf(f: Figure, data: ChartData): number | null {
  const c = f.case ? byId(data.cases, f.case) : undefined;
  return (c ? caseYear(c, data) : null) ?? byId(data.documents, f.documentId)?.year ?? null;
}

function label(f: Figure, data: ChartData): string {
  const owner = figureOwner(f, data);
  const subject = f.subject ?? f.quote.slice(Math.max(0, f.start - f.sentenceStart - 12), f.start - f.sentenceStart);
  return owner ? `${owner}：${subject}` : subject;
}

export function timeCompressionRows(data: ChartData, params: TimeCompressionParams): Row[] {
  return distinct(data.figures.filter(eligible))
    .filter((f) => !params.year || String(yearOf(f, data)) === params.year)
    .map((f): Row => {
      const unit = durationUnit(f.unit)!;
      const row: Row = {
        figure: f.id,
        case: f.case,
        district: figureOwner(f, data),
        year: yearOf(f, data),
        label: label(f, data),
        unit: f.unit,
        before: f.before,
        after: f.value,
        low: f.low,
        qualifier: f.qualifier,
        beforeDays: f.before === null ? null : f.before * unit.days,
        afterDays: f.value * unit.days,
        lowDays: f.low === null ? null : f.low * unit.days,
        cut: f.before ? Math.round((1 - f.value / f.before) * 1000) / 10 : null,
        raw: f.raw,
        highlight: false,
      };
      row.highlight = matches(row, params.highlight, ['figure', 'case', 'district', 'year']);
      return row;
    })
    .sort((a, b) => (a.year as number) - (b.year as number) || (b.afterDays as number) - (a.afterDays as number) || compare(a.figure as string, b.figure as string));
}

function afterText(r: Row): string {
  const range = r.low !== null ? `${trimDecimals(r.low as number)}-` : '';
  const prefix = r.qualifier === 'under' ? '' : QUALIFIER_WORDS[r.qualifier as Figure['qualifier']];
  const suffix = r.qualifier === 'under' ? '以内' : '';
  return `${prefix}${range}${trimDecimals(r.after as number)}${r.unit as string}${suffix}`;
}

/** "110 → 13个工作日" or "3个工作日". */
function valueText(r: Row): string {
  return r.before === null ? afterText(r) : `${trimDecimals(r.before as number)} → ${afterText(r)}`;
}

/** Ticks a reader knows: ten minutes, an hour, a day, ten days, a hundred days. */
const TICKS = [1 / 144, 1 / 24, 1, 10, 100, 1000];
/** Line height of the wrapped item names. */
const LINE = 14;

function plotOptions(rows: Row[], variant: Variant): Plot.PlotOptions {
  const narrow = variant.name === 'narrow';
  // Names wrap, never cut: the wide drawing's left margin is its widest line; on phones each
  // name sits on its own lines above its dumbbell, across the drawing's width.
  const labelChars = narrow ? 23 : 16;
  const ys = rows.map((r) => r.figure as string);
  const labels = new Map(rows.map((r) => [r.figure as string, wrapCjk(`${r.year ?? ''} ${r.label}`, labelChars)]));
  const labelLines = Math.max(1, ...[...labels.values()].map((l) => l.split('\n').length));
  const widest = Math.max(0, ...[...labels.values()].flatMap((l) => l.split('\n')).map((l) => textWidth(l)));
  const values = rows.flatMap((r) => [r.beforeDays, r.afterDays, r.lowDays]).filter((v): v is number => typeof v === 'number' && v > 0);
  const [lo, hi] = [Math.min(...values, 1) / 3, Math.max(...values, 1) * 3];
  const position = (v: number) => Math.log(v / lo) / Math.log(hi / lo);
  // A linear axis over log10(days): Plot's log axis drops labels of ticks that are not powers of ten.
  const log = (v: unknown) => (typeof v === 'number' && v > 0 ? Math.log10(v) : null);
  // The value label goes right of the dumbbell unless that end is near the right edge.
  const right = (d: Row) => position(Math.max(d.afterDays as number, (d.beforeDays as number | null) ?? 0)) < 0.6;
  const fill = (d: Row) => (d.highlight ? colors.highlight : colors.primary);
  // Narrow: the name's lines above the dumbbell and its value, the block centred on the row.
  const block = labelLines * LINE + 16;
  const labelDy = narrow ? -block / 2 + labelLines * LINE : 0;
  const dy = narrow ? labelDy + 9 : 0;
  const band = narrow ? block + 14 : Math.max(30, labelLines * LINE + 12);
  const plotted = rows.filter((r) => r.beforeDays !== null);
  return {
    height: 8 + rows.length * band + 40,
    marginTop: 8,
    // Narrow: room for half of the first tick label ("10分钟") left of the axis.
    marginLeft: narrow ? 24 : Math.ceil(widest) + 12,
    marginRight: 12,
    marginBottom: 40,
    x: { domain: [log(lo)!, log(hi)!], label: '天（对数刻度）', labelArrow: 'none', tickFormat: (d: number) => formatDays(10 ** d), ticks: TICKS.filter((t) => t >= lo && t <= hi).map(Math.log10), grid: true },
    // Each row centred in a band of its own (padding 0.5: half a band above the first, below the last), so a
    // row's block (name, dumbbell, value) stays inside the frame: never up into the legend, never down onto the
    // axis's tick labels (at 0.2, a phone's last value sat on them).
    y: { domain: ys, axis: null, padding: 0.5 },
    marks: [
      ...(narrow ? [] : [Plot.axisY({ label: null, tickSize: 0, tickFormat: (k: string) => labels.get(k) ?? k, lineHeight: LINE_HEIGHT })]),
      Plot.ruleY(plotted, { y: 'figure', x1: (d: Row) => log(d.beforeDays), x2: (d: Row) => log(d.afterDays), stroke: colors.before, strokeWidth: 2, dy }),
      Plot.ruleY(rows.filter((r) => r.lowDays !== null), { y: 'figure', x1: (d: Row) => log(d.lowDays), x2: (d: Row) => log(d.afterDays), stroke: fill, strokeWidth: 7, strokeOpacity: 0.45, dy }),
      Plot.dot(plotted, { y: 'figure', x: (d: Row) => log(d.beforeDays), r: 4, stroke: colors.before, fill: colors.background, strokeWidth: 2, dy }),
      Plot.dot(rows, { y: 'figure', x: (d: Row) => log(d.afterDays), r: 4.5, fill, dy }),
      Plot.text(rows.filter(right), { y: 'figure', x: (d: Row) => log(Math.max(d.afterDays as number, (d.beforeDays as number | null) ?? 0)), text: valueText, textAnchor: 'start', dx: 9, dy, fill }),
      Plot.text(rows.filter((r) => !right(r)), { y: 'figure', x: (d: Row) => log(Math.min(d.afterDays as number, (d.lowDays as number | null) ?? Infinity)), text: valueText, textAnchor: 'end', dx: -9, dy, fill }),
      ...(narrow ? [Plot.text(rows, { y: 'figure', text: (d: Row) => labels.get(d.figure as string)!, frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'bottom', lineHeight: LINE / 12, dx: 8 - 24, dy: labelDy - 4, fontWeight: 'bold' })] : []),
    ],
  };
}

/** Legend entries for what the rows draw: before values, plain and highlighted after values. */
function legendOf(rows: Row[], highlight: string | undefined, data: ChartData): LegendItem[] {
  return [
    ...(rows.some((r) => r.beforeDays !== null) ? [{ label: '改革前', color: colors.before, outline: true }] : []),
    ...(rows.some((r) => !r.highlight) ? [{ label: '改革后', color: colors.primary }] : []),
    ...(rows.some((r) => r.highlight) ? highlightLegend(highlight, data, colors.highlight) : []),
  ];
}

/** The highlighted rows alone, when they are some but not all of the rows. */
function focusOn(rows: Row[], highlight: string | undefined, data: ChartData): Pick<ChartDraft, 'focus'> {
  const shown = rows.filter((r) => r.highlight);
  if (shown.length === 0 || shown.length === rows.length) return {};
  return { focus: { plot: (variant) => plotOptions(shown, variant), legend: legendOf(shown, highlight, data), note: `手机上只画出突出显示的${shown.length}项，全图共${rows.length}项。` } };
}

/** Items drawn at most: those with a before value first, then the most recent (every figure is in figures.csv). */
export const MAX_ITEMS = 16;

const drawFirst = (a: Row, b: Row) =>
  Number(b.highlight) - Number(a.highlight) || Number(b.before !== null) - Number(a.before !== null) || ((b.year as number) ?? 0) - ((a.year as number) ?? 0) || compare(a.figure as string, b.figure as string);

export function timeCompression(data: ChartData, params: TimeCompressionParams = {}): ChartDraft {
  const { rows, left } = topRows(timeCompressionRows(data, params), MAX_ITEMS, drawFirst);
  const figures = pick(data.figures, rows.map((r) => r.figure as string));
  const sources = uniqueSources(figures.map((f) => figureSource(f, data)));
  const paired = rows.filter((r) => r.cut !== null).sort((a, b) => (b.cut as number) - (a.cut as number));
  const best = paired[0];
  return {
    id: 'time-compression',
    title: '办事时间压缩了多少',
    subtitle: '改革前（空心点）与改革后（实心点）的办理、审批时限，统一折算为天，对数刻度',
    notes: [
      '工作日按1天、小时按1/24天折算，仅为把不同单位放在同一轴上；工作日与自然日并不等长。',
      '“以内”“近”等限定词照录原文；区间（如22-50个工作日）画为色条。只有终值、没有改革前数值的，只画一个点。',
      ...(left ? [`共${rows.length + left}项，图中只画${rows.length}项（有改革前数值的和最近年份的）；全部数字见数字数据（figures.csv）。`] : []),
    ],
    sources,
    rows,
    columns: [
      { key: 'year', label: '年份', kind: 'year' },
      { key: 'label', label: '事项' },
      { key: 'before', label: '改革前' },
      { key: 'after', label: '改革后' },
      { key: 'low', label: '改革后区间下限' },
      { key: 'unit', label: '单位' },
      { key: 'qualifier', label: '限定', text: true, format: (v) => QUALIFIER_LABELS[v as Figure['qualifier']] },
      { key: 'cut', label: '压缩（%）' },
      { key: 'raw', label: '原文' },
    ],
    alt: describe({
      what: `哑铃图：${rows.length}项办理或审批时限，其中${paired.length}项有改革前数值`,
      rows,
      value: 'afterDays',
      label: (r) => `${r.label}，原文“${r.raw}”`,
      format: formatDays,
      contrast: best ? `压缩幅度最大的是${best.label}：从${trimDecimals(best.before as number)}压减到${trimDecimals(best.after as number)}${best.unit as string}，缩短${best.cut}%` : '',
    }),
    legend: legendOf(rows, params.highlight, data),
    dataDate: dataDate(sources, data),
    variants: BOTH,
    plot: (variant) => plotOptions(rows, variant),
    ...focusOn(rows, params.highlight, data),
  };
}
