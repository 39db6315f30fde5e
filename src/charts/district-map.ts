/**
 * Chart 2, a map of the home city's districts (Guangzhou's 11 for the seeds)
 * as small multiples by year: featured cases per district. City departments
 * and places outside the home city have no polygon; a note counts them so nothing silently drops.
 */
import * as Plot from '@observablehq/plot';
import { geoMercator, geoPath } from 'd3';
import { describe } from './alt.ts';
import { caseSource, caseYear, dataDate, home, inHomeCity, keepLast, listName, matches, uniqueSources } from './common.ts';
import { guangzhouDistricts, simplify, type DistrictCollection, type DistrictFeature } from './geo.ts';
import { BOTH, colors, sequentialFill, sequentialLegend, sequentialText } from './theme.ts';
import { LABEL, placeLabels, shortDistrict } from './map-labels.ts';
import { highlightLegend } from './highlight.ts';
import { keyedBy } from './plot-inputs.ts';
import { shortName } from '../lib/site-facts.ts';
import { countedDistrict } from '../lib/case-district.ts';
import type { Case, ChartData, ChartDraft, Row, Variant } from './types.ts';

export interface DistrictMapParams {
  highlight?: string;
  year?: string;
  list?: string;
}

const GAP = 8;

function mapped(c: Case, data: ChartData): boolean {
  const district = countedDistrict(c);
  return inHomeCity(c, data) && district !== null && home(data).names.has(district);
}

function selected(data: ChartData, params: DistrictMapParams): Case[] {
  return data.cases.filter(
    (c) => (!params.year || String(caseYear(c, data)) === params.year) && (!params.list || listName(c, data) === params.list),
  );
}

/** Maps drawn at most: the most recent years (one row of four on a wide screen). */
export const MAX_YEARS = 4;

function mapYears(cases: Case[], data: ChartData): number[] {
  return [...new Set(cases.map((c) => caseYear(c, data)))].filter((y): y is number => y !== null).sort((a, b) => a - b);
}

export function districtMapRows(data: ChartData, params: DistrictMapParams): Row[] {
  const cases = selected(data, params).filter((c) => mapped(c, data));
  const { kept: years } = keepLast(mapYears(cases, data), MAX_YEARS);
  return years.flatMap((year) =>
    home(data).districts.map(({ code, name }): Row => {
      const row: Row = { year, district: name, code, count: cases.filter((c) => countedDistrict(c) === name && caseYear(c, data) === year).length, highlight: false };
      row.highlight = matches(row, params.highlight, ['district', 'year']);
      return row;
    }),
  );
}

/** Height / width of Guangzhou under the Mercator projection Plot uses. */
function aspect(features: DistrictFeature[]): number {
  const collection = { type: 'FeatureCollection', features } as never;
  const projection = geoMercator().fitWidth(1000, collection);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(collection);
  return (y1 - y0) / (x1 - x0);
}

let simplified: DistrictCollection | undefined;

/** The facet grid of a variant: columns, rows and each facet's size. */
function grid(features: DistrictFeature[], years: number, variant: Variant) {
  // A single year still takes half the wide drawing: a 0/1 map needs no 1,000-pixel outline.
  const cols = variant.name === 'narrow' ? Math.min(2, Math.max(1, years)) : Math.max(2, Math.min(years, 4));
  const width = (variant.width - GAP * (cols - 1)) / cols;
  return { cols, rows: Math.max(1, Math.ceil(years / cols)), width, height: width * aspect(features) + LABEL };
}

type Labels = ReturnType<typeof placeYears>;

/** The labels placed for a spec's rows, by variant: the notes and both drawings use them. */
const placed = new WeakMap<Row[], Map<string, Labels>>();

/** Every year's names for a variant (map-labels.ts): inside the outlines, or a few callouts. */
function labels(rows: Row[], variant: Variant): Labels {
  const byVariant = placed.get(rows) ?? new Map<string, Labels>();
  placed.set(rows, byVariant);
  const id = `${variant.name}:${variant.width}`;
  let found = byVariant.get(id);
  if (!found) byVariant.set(id, (found = placeYears(rows, variant)));
  return found;
}

function placeYears(rows: Row[], variant: Variant) {
  simplified ??= simplify(guangzhouDistricts());
  const { features } = simplified;
  const years = [...new Set(rows.map((r) => r.year as number))];
  const facet = grid(features, years.length, variant);
  const counted = (year: number) => rows.filter((r) => r.year === year && (r.count as number) > 0).map((r) => ({ name: r.district as string, count: r.count as number }));
  return { features, years, facet, ...placeLabels(features, facet.width, facet.height, years.map(counted)) };
}

function plotOptions(rows: Row[], variant: Variant): Plot.PlotOptions {
  const { features, years, facet, points, inside, callouts, insetLeft } = labels(rows, variant);
  const { cols, rows: gridRows, width: facetWidth, height: facetHeight } = facet;
  const byCode = new Map(features.map((f) => [f.id, f]));
  const max = Math.max(1, ...rows.map((r) => r.count as number));
  const fx = (d: Row) => years.indexOf(d.year as number) % cols;
  const fy = (d: Row) => Math.floor(years.indexOf(d.year as number) / cols);
  const geometry = (d: Row) => byCode.get(d.code as string)!;
  const collection = { type: 'FeatureCollection', features } as never;
  const firsts = rows.filter((r) => r.code === rows[0]!.code);
  const counted = rows.filter((r) => (r.count as number) > 0);
  const within = counted.filter((r) => inside[years.indexOf(r.year as number)]!.has(r.district as string));
  const callout = (r: Row) => callouts[years.indexOf(r.year as number)]!.get(r.district as string);
  const outsideRows = counted.filter((r) => callout(r));
  const at = (r: Row) => callout(r)!.at;
  const centre = (r: Row) => callout(r)!.centre;
  const inked = (d: Row) => sequentialText(d.count as number, max);
  return {
    height: gridRows * facetHeight + (gridRows - 1) * GAP + 4,
    marginTop: 0,
    marginLeft: 0,
    marginRight: 0,
    marginBottom: 4,
    projection: { type: 'mercator', domain: collection, inset: 2, insetTop: LABEL, insetLeft: insetLeft + 2 },
    fx: { axis: null, padding: GAP / facetWidth, domain: [...Array(cols).keys()] },
    fy: { axis: null, padding: GAP / facetHeight, domain: [...Array(gridRows).keys()] },
    color: { type: 'identity' },
    marks: [
      // Empty districts as one mark with a constant fill: the shapes repeat per year, the markup stays short.
      Plot.geo(rows.filter((r) => r.count === 0), { geometry, fx, fy, fill: colors.empty, stroke: colors.rule, strokeWidth: 0.5 }),
      Plot.geo(counted, { geometry, fx, fy, fill: (d: Row) => sequentialFill(d.count as number, max), stroke: colors.rule, strokeWidth: 0.5 }),
      Plot.geo(rows.filter((r) => r.highlight), { geometry, fx, fy, fill: 'none', stroke: colors.outline, strokeWidth: 2 }),
      Plot.link(outsideRows, { fx, fy, x1: (d: Row) => at(d)[0], y1: (d: Row) => at(d)[1], x2: (d: Row) => centre(d)[0], y2: (d: Row) => centre(d)[1], stroke: 'currentColor', strokeWidth: 0.75 }),
      // At each district's label point (map-labels.ts: inside even a crooked outline, unlike its centroid),
      // over the leader lines, with a halo of the district's own colour where one passes under.
      Plot.text(within, { fx, fy, x: (d: Row) => points.get(d.district as string)![0], y: (d: Row) => points.get(d.district as string)![1], text: (d: Row) => `${shortDistrict(d.district as string)}\n${d.count}`, fill: inked, lineHeight: 1.1, stroke: (d: Row) => sequentialFill(d.count as number, max), strokeWidth: 3, paintOrder: 'stroke' }),
      Plot.text(outsideRows, { fx, fy, x: (d: Row) => at(d)[0], y: (d: Row) => at(d)[1], text: (d: Row) => `${shortDistrict(d.district as string)} ${d.count}`, textAnchor: 'end', dx: -3 }),
      // One year label per facet, from the facet's first row.
      Plot.text(firsts, { fx, fy, text: (d: Row) => `${d.year}年`, frameAnchor: 'top-left', dy: 2, fontWeight: 'bold' }),
    ],
  };
}

/** The note on years left out of the maps, if any. */
function earlier(years: number[]): string[] {
  const { dropped } = keepLast(years, MAX_YEARS);
  return dropped.length ? [`只画最近${MAX_YEARS}年；${dropped[0]}—${dropped.at(-1)}年的案例见案例数据（cases.csv）。`] : [];
}

function contrast(rows: Row[]): string {
  const top = [...rows].sort((a, b) => (b.count as number) - (a.count as number) || (a.year as number) - (b.year as number))[0];
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.district as string, (totals.get(r.district as string) ?? 0) + (r.count as number));
  const none = [...totals].filter(([, n]) => n === 0).map(([d]) => d);
  if (!top) return '';
  return `单年最多的是${top.year}年的${top.district}（${top.count}件）${none.length ? `；${none.join('、')}在各年均无入选案例` : ''}`;
}

/**
 * What the map leaves out, counted from the cases drawn from (not the whole corpus, so a year whose cases are all
 * city departments does not name the comparison): `3件来自市级部门、2件来自广州以外（如深圳龙华）`, or '' for none.
 */
function unmappedNote(left: readonly Case[], data: ChartData, city: string): string {
  const outside = left.filter((c) => !inHomeCity(c, data));
  const places = [...new Set(outside.map((c) => `${shortName(c.city ?? '')}${shortName(c.district ?? '')}`).filter((p) => p !== ''))];
  const cityLevel = left.length - outside.length;
  return [
    cityLevel ? `${cityLevel}件来自市级部门` : '',
    outside.length ? `${outside.length}件来自${city}以外${places.length ? `（如${places.slice(0, 2).join('、')}）` : ''}` : '',
  ].filter((part) => part !== '').join('、');
}

export function districtMap(data: ChartData, params: DistrictMapParams = {}): ChartDraft {
  const rows = districtMapRows(data, params);
  const all = selected(data, params);
  const onMap = all.filter((c) => mapped(c, data));
  const drawnYears = new Set(rows.map((r) => r.year));
  const drawn = onMap.filter((c) => drawnYears.has(caseYear(c, data)));
  const sources = uniqueSources(drawn.map((c) => caseSource(c, data)));
  const max = Math.max(1, ...rows.map((r) => r.count as number));
  const years = [...new Set(rows.map((r) => r.year))];
  // "广州11区", "深圳龙华": from the datasets, so another home city or comparison retitles the map.
  const city = shortName(home(data).city ?? '');
  const mappedPlace = `${city}${home(data).districts.length}区`;
  const left = unmappedNote(all.filter((c) => !mapped(c, data)), data, city);
  return {
    id: 'district-map',
    // One year drawn (a year page) is not "year by year": the title names the year instead.
    title: years.length === 1 ? `改革案例的地理分布：${years[0]}年${mappedPlace}入选数` : `改革案例的地理分布：${mappedPlace}逐年入选数`,
    subtitle: `${years.join('、')}年各区入选案例数（${years.length === 1 ? '' : '各年'}全部榜单合计）`,
    notes: [
      `地图只显示${mappedPlace}的案例${left ? `；另有${left}，见矩阵图` : ''}。`,
      ...earlier(mapYears(onMap, data)),
      // Names are few (map-labels.ts): what a map leaves unnamed is in the table and the CSV.
      ...(BOTH.some((v) => labels(rows, v).unnamed > 0) ? ['每幅地图只标出案例最多的几个区；各区案例数见数据表或 CSV。'] : []),
      '区界线仅作示意。',
    ],
    sources,
    rows,
    columns: [
      { key: 'year', label: '年份', kind: 'year' },
      { key: 'district', label: '区' },
      { key: 'code', label: '区划代码', kind: 'text' },
      { key: 'count', label: '案例数' },
    ],
    alt: describe({
      what: `${mappedPlace}地图，${years.length}个年份各一幅，按入选案例数着色`,
      rows,
      value: 'count',
      label: (r) => `${r.year}年${r.district}`,
      format: (v) => `${v}件`,
      contrast: contrast(rows),
    }),
    legend: [...sequentialLegend(rows.map((r) => r.count as number), max).map((l) => ({ ...l, outline: false })), ...highlightLegend(params.highlight, data, colors.outline, true)],
    dataDate: dataDate(sources, data),
    variants: BOTH,
    // Whole pixels: half a pixel of error on a 150px map is invisible and keeps the embed page small.
    pathDecimals: 0,
    // The options follow from the rows and the variant alone: a cached drawing needs no label placement.
    plot: keyedBy((variant) => plotOptions(rows, variant), (variant) => JSON.stringify({ rows, variant })),
  };
}


