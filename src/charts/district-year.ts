/**
 * Chart 1, the district x year matrix: for each list (a year's ranking or
 * category), how many of its cases come from each district or from city
 * departments. Zero cells are drawn too: "not featured" is the finding.
 */
import { CITY_DEPARTMENTS } from '../lib/case-district.ts';
import * as Plot from '@observablehq/plot';
import { describe } from './alt.ts';
import { caseSource, caseYear, compare, dataDate, listName, matches, home, ownerLabel, ownerOrder, uniqueSources } from './common.ts';
import { BOTH, FONT_SIZE, LINE_HEIGHT, colors, sequentialFill, sequentialLegend, sequentialText, shorten, textWidth, wrapCjk } from './theme.ts';
import { highlightLegend } from './highlight.ts';
import type { ChartData, ChartDraft, Row, Variant } from './types.ts';

export interface DistrictYearParams {
  highlight?: string;
  year?: string;
  list?: string;
}

const CELL_HEIGHT = 24;

/** The columns of the matrix: one per (year, list), in time order. */
function columnsOf(data: ChartData): { key: string; year: number | null; list: string }[] {
  const seen = new Map<string, { key: string; year: number | null; list: string }>();
  for (const c of data.cases) {
    const year = caseYear(c, data);
    const list = listName(c, data);
    const key = `${year ?? '?'} ${list}`;
    if (!seen.has(key)) seen.set(key, { key, year, list });
  }
  return [...seen.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || compare(a.list, b.list));
}

/** Lists drawn at most: the most recent ones (older lists are in the CSV of cases). */
export const MAX_COLUMNS = 8;

/**
 * Filled cells drawn at most (each is a rect and a number in both variants, ~300 bytes): a list
 * shared by many reports fills a whole column, and 8 full columns made the embed 53 KB (budget 30).
 * Enough for every list of the seed corpus (its charts are the same at 36 as at 48); at 100x it is
 * about two full columns. 48 left the 200x embed page at 30.3 KB, over its 30 KB budget.
 */
export const MAX_FILLED = 36;

type Column = ReturnType<typeof columnsOf>[number];

/**
 * The lists drawn, in time order: the highlighted ones (a story step that points at a year or a
 * list must show it), then the most recent, while each list's cells fit in MAX_FILLED (a list
 * fills at most one cell per drawn row: its districts and departments, up to MAX_ROWS).
 */
function chosenColumns(data: ChartData, params: DistrictYearParams): { kept: Column[]; dropped: Column[] } {
  const all = columnsOf(data).filter((col) => (!params.year || String(col.year) === params.year) && (!params.list || col.list === params.list));
  const owners = new Map<string, Set<string>>();
  for (const c of data.cases) {
    const key = `${caseYear(c, data) ?? '?'} ${listName(c, data)}`;
    owners.set(key, (owners.get(key) ?? new Set()).add(ownerLabel(c, data)));
  }
  const cost = (col: Column) => Math.min(MAX_ROWS, owners.get(col.key)?.size ?? 0);
  const lit = (col: Column) => params.highlight !== undefined && (String(col.year) === params.highlight || col.list === params.highlight);
  const order = [...all.filter(lit).reverse(), ...all.filter((col) => !lit(col)).reverse()];
  const kept = new Set<Column>();
  let filled = 0;
  for (const col of order) {
    if (kept.size >= MAX_COLUMNS || (kept.size > 0 && filled + cost(col) > MAX_FILLED)) continue;
    kept.add(col);
    filled += cost(col);
  }
  return { kept: all.filter((col) => kept.has(col)), dropped: all.filter((col) => !kept.has(col)) };
}

/** The note on the lists left out: which were drawn, how many were not, and the years they span. */
function droppedNote(kept: Column[], dropped: Column[], params: DistrictYearParams): string {
  const years = dropped.map((c) => c.year).filter((y): y is number => y !== null);
  const span = years.length ? `（${Math.min(...years)}—${Math.max(...years)}年）` : '';
  const lit = kept.filter((c) => String(c.year) === params.highlight || c.list === params.highlight).length;
  const which = lit === kept.length ? '所突出的' : lit ? '所突出的和最近的' : '最近的';
  return `只画${which}${kept.length}份榜单（格子过多时图难以阅读）；另外${dropped.length}份${span}的案例见案例数据（cases.csv）。`;
}

/** Rows (districts or departments) drawn at most, the 其他 row included: the rest are summed into it. */
export const MAX_ROWS = 16;

/** The 其他 row's label, with how many districts or departments it sums. */
export const otherLabel = (n: number) => `其他${n}个`;
const isOther = (label: string) => /^其他\d+个$/.test(label);

/**
 * The rows drawn: the home city's districts and 市级部门 (a district never featured is the
 * finding), the highlighted one, then the other cities' districts with the most cases in the
 * drawn lists; past MAX_ROWS the rest are summed into one 其他 row.
 */
function chosenOwners(data: ChartData, params: DistrictYearParams, totals: Map<string, number>) {
  const fixed = new Set([...home(data).districts.map((d) => d.name), CITY_DEPARTMENTS]);
  const all = ownerOrder([...home(data).districts.map((d) => d.name), ...data.cases.map((c) => ownerLabel(c, data))], data);
  if (all.length <= MAX_ROWS) return { owners: all, folded: [] as string[] };
  const rank = (o: string) => (o === params.highlight ? 0 : fixed.has(o) ? 1 : 2);
  const order = new Map(all.map((o, i) => [o, i]));
  const ranked = [...all].sort((a, b) => rank(a) - rank(b) || (rank(a) === 1 ? order.get(a)! - order.get(b)! : (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || compare(a, b)));
  const kept = new Set(ranked.slice(0, MAX_ROWS - 1));
  const folded = all.filter((o) => !kept.has(o));
  return { owners: [...all.filter((o) => kept.has(o)), otherLabel(folded.length)], folded };
}

function selection(data: ChartData, params: DistrictYearParams) {
  const columns = chosenColumns(data, params).kept;
  const drawn = new Set(columns.map((c) => c.key));
  const counts = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const c of data.cases) {
    const column = `${caseYear(c, data) ?? '?'} ${listName(c, data)}`;
    if (!drawn.has(column)) continue;
    const owner = ownerLabel(c, data);
    counts.set(`${column}|${owner}`, (counts.get(`${column}|${owner}`) ?? 0) + 1);
    totals.set(owner, (totals.get(owner) ?? 0) + 1);
  }
  return { columns, counts, ...chosenOwners(data, params, totals) };
}

export function districtYearRows(data: ChartData, params: DistrictYearParams): Row[] {
  const { columns, counts, owners, folded } = selection(data, params);
  const count = (column: string, owner: string) =>
    isOther(owner) ? folded.reduce((n, o) => n + (counts.get(`${column}|${o}`) ?? 0), 0) : (counts.get(`${column}|${owner}`) ?? 0);
  return columns.flatMap((col) =>
    owners.map((owner): Row => {
      const row: Row = { column: col.key, year: col.year, list: col.list, district: owner, count: count(col.key, owner), highlight: false };
      row.highlight = matches(row, params.highlight, ['district', 'year', 'list']);
      return row;
    }),
  );
}

function scaleMax(rows: Row[]): number {
  // Neither the comparison districts nor the 其他 sum set the scale.
  const local = rows.filter((r) => !(r.district as string).includes('·') && !isOther(r.district as string));
  return Math.max(1, ...(local.length ? local : rows).map((r) => r.count as number));
}

function plotOptions(rows: Row[], variant: Variant): Plot.PlotOptions {
  const columns = [...new Set(rows.map((r) => r.column as string))];
  const owners = [...new Set(rows.map((r) => r.district as string))];
  // The colour scale spans the home city's rows: the comparison district's long work plan would wash them out.
  const max = scaleMax(rows);
  // Row labels set the margin (other cities' districts are longer than the home city's), up to
  // 40% of the width; a label past that is shortened between words (the data table names it in full).
  const labelRoom = Math.floor(variant.width * 0.4) - 8;
  const rowLabel = (o: string) => shorten(o, labelRoom / FONT_SIZE);
  const marginLeft = Math.ceil(Math.max(2 * FONT_SIZE, ...owners.map((o) => textWidth(rowLabel(o))))) + 8;
  const colWidth = (variant.width - marginLeft - 4) / Math.max(1, columns.length);
  const chars = Math.max(2, Math.floor(colWidth / 12.5));
  // A year heads only its first list (a grouped header): on phones "2018 2018 2019" ran together.
  const yearOf = new Map(rows.map((r) => [r.column as string, r.year]));
  const heading = (k: string, i: number) => (i > 0 && yearOf.get(columns[i - 1]!) === yearOf.get(k) ? '' : String(yearOf.get(k) ?? ''));
  const names = new Map(rows.map((r) => [r.column as string, r.list as string]));
  const key = columnKey(columns.map((k) => `${yearOf.get(k) ?? ''} ${names.get(k)!}`.trim()), chars, variant.width);
  const labelOf = new Map(columns.map((k, i) => [k, key ? key.marks[i]! : `${heading(k, i)}\n${wrapCjk(names.get(k)!, chars)}`]));
  const lines = Math.max(...[...labelOf.values()].map((l) => l.split('\n').length), 1);
  const marginTop = lines * 14 + 10;
  const marginBottom = key ? key.lines.length * 14 + 12 : 4;
  return {
    height: marginTop + owners.length * CELL_HEIGHT + marginBottom,
    marginTop,
    marginLeft,
    marginRight: 4,
    marginBottom,
    // No band padding: cells and the zero stripes share the same edges.
    x: { domain: columns, axis: null, padding: 0 },
    y: { domain: owners, label: null, tickSize: 0, padding: 0, tickFormat: rowLabel },
    color: { type: 'identity' },
    marks: [
      Plot.axisX({ anchor: 'top', label: null, tickSize: 0, tickFormat: (k: string) => labelOf.get(k) ?? k, lineHeight: LINE_HEIGHT }),
      // Zero cells take the empty colour, as empty districts do on the map, without a mark per cell:
      // one stripe per row in that colour, cut into cells by a line of page colour at each column
      // edge (about 20 lines instead of one rect per zero cell: the embed stays under its budget).
      Plot.ruleY(owners, { y: (d: string) => d, stroke: colors.empty, strokeWidth: CELL_HEIGHT - 3 }),
      Plot.ruleX(columns.slice(1), { x: (d: string) => d, dx: -colWidth / 2, stroke: colors.background, strokeWidth: 3 }),
      Plot.cell(rows.filter((r) => (r.count as number) > 0), { x: 'column', y: 'district', fill: (d: Row) => sequentialFill(d.count as number, max), inset: 1.5 }),
      Plot.text(rows.filter((r) => (r.count as number) > 0), { x: 'column', y: 'district', text: 'count', fill: (d: Row) => sequentialText(d.count as number, max) }),
      Plot.cell(rows.filter((r) => r.highlight), { x: 'column', y: 'district', fill: 'none', stroke: colors.outline, strokeWidth: 2, inset: 1 }),
      // The key to the numbered headings, under the grid from the left edge.
      ...(key ? [Plot.text([key.lines.join('\n')], { frameAnchor: 'bottom-left', dx: -marginLeft, dy: 10, lineAnchor: 'top', textAnchor: 'start', lineHeight: LINE_HEIGHT })] : []),
    ],
  };
}

/** Circled numbers for keyed headings (MAX_COLUMNS of them at most). */
const MARKS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * Numbered headings and their key, when the lists' names would stand in columns of one or two
 * characters a line (on phones 十大|改革|创新|案例 stacked down a narrow column, 报告|提及|的试|点
 * broken mid-word, and two years side by side ran together as 20192020). Each column is headed
 * ① ② …, and a key under the grid names each year and list in full, one a line, wrapped between
 * words to the drawing's width. Null when the names fit in at most two lines.
 */
function columnKey(columns: readonly string[], chars: number, width: number): { marks: string[]; lines: string[] } | null {
  const lists = columns.map((c) => c.replace(/^\S+ /, ''));
  const tall = lists.some((l) => wrapCjk(l, chars).split('\n').length > 2);
  if (!tall || columns.length > MARKS.length) return null;
  const marks = columns.map((_, i) => MARKS[i]!);
  const room = Math.max(4, Math.floor(width / FONT_SIZE) - 2);
  return { marks, lines: columns.flatMap((c, i) => wrapCjk(`${marks[i]} ${c}`, room).split('\n')) };
}

function contrast(rows: Row[], data: ChartData): string {
  const totals = new Map<string, number>();
  for (const r of rows) if (!isOther(r.district as string)) totals.set(r.district as string, (totals.get(r.district as string) ?? 0) + (r.count as number));
  const districts = home(data).districts.map((d) => d.name).filter((d) => totals.has(d));
  const never = districts.filter((d) => totals.get(d) === 0);
  const top = [...totals].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0];
  if (!top) return '';
  const tail = never.length ? `；${never.slice(0, 3).join('、')}${never.length > 3 ? `等${never.length}个区` : ''}没有入选` : '';
  return `合计最多的是${top[0]}（${top[1]}件）${tail}`;
}

export function districtYear(data: ChartData, params: DistrictYearParams = {}): ChartDraft {
  const rows = districtYearRows(data, params);
  const { kept, dropped } = chosenColumns(data, params);
  const { folded } = selection(data, params);
  const columnKeys = new Set(rows.map((r) => r.column));
  const drawn = data.cases.filter((c) => columnKeys.has(`${caseYear(c, data) ?? '?'} ${listName(c, data)}`));
  const sources = uniqueSources(drawn.map((c) => caseSource(c, data)));
  const max = scaleMax(rows);
  return {
    id: 'district-year',
    title: '哪些区上榜：各区与市级部门的入选案例',
    subtitle: '每格为一份榜单（或报告）中来自该区或市级部门的案例数',
    notes: [
      '“市级部门”指市委、市政府部门及市级机构，不计入任何一区。',
      '灰格（0件）表示该榜单没有来自该区的案例；榜单之间评选范围不同，数字不宜直接比较。',
      ...(folded.length ? [`只画${MAX_ROWS - 1}行：本市各区、市级部门和入选最多的外地区县；另外${folded.length}个区县或部门的案例合计为“${otherLabel(folded.length)}”一行，逐个见案例数据（cases.csv）。`] : []),
      ...(dropped.length ? [droppedNote(kept, dropped, params)] : []),
    ],
    sources,
    rows,
    columns: [
      { key: 'year', label: '年份', kind: 'year' },
      { key: 'list', label: '榜单' },
      { key: 'district', label: '区或部门' },
      { key: 'count', label: '案例数' },
    ],
    alt: describe({
      what: `矩阵图：${new Set(rows.map((r) => r.district)).size}个区或部门在${columnKeys.size}份榜单中的入选案例数`,
      rows,
      value: 'count',
      label: (r) => `${r.district}，${r.year}年${r.list}`,
      format: (v) => `${v}件`,
      contrast: contrast(rows, data),
    }),
    legend: [...sequentialLegend(rows.map((r) => r.count as number), max).map((l) => ({ ...l, outline: false })), ...highlightLegend(params.highlight, data, colors.outline, true)],
    dataDate: dataDate(sources, data),
    variants: BOTH,
    plot: (variant) => plotOptions(rows, variant),
  };
}
