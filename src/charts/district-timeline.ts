/**
 * Chart 6, a district's timeline (district pages): its featured cases in
 * year order, each with its list and the figures its text reports. Text
 * carries this chart, so positions are laid out here (wrapped lines per
 * width) and drawn on identity scales; the rows stay the plain cases.
 */
import { CITY_DEPARTMENTS } from '../lib/case-district.ts';
import * as Plot from '@observablehq/plot';
import { describe } from './alt.ts';
import { caseSource, caseYear, casesOfOwner, compare, dataDate, listName, matches, topRows, uniqueSources } from './common.ts';
import { byId, pick } from '../lib/lookup.ts';
import { homeCity, leadingDistrict } from '../lib/site-facts.ts';
import { BOTH, colors, textWidth, wrapCjk } from './theme.ts';
import type { ChartData, ChartDraft, Row, Variant } from './types.ts';

export interface DistrictTimelineParams {
  district?: string;
  highlight?: string;
}

const LINE = 16;
const AXIS = 58;

export function timelineRows(data: ChartData, params: DistrictTimelineParams): Row[] {
  return casesOfOwner(data, params.district ?? '')
    .map((c): Row => {
      const figures = c.figures.map((id) => byId(data.figures, id)).filter((f) => f !== undefined).sort((a, b) => a.start - b.start);
      const row: Row = {
        case: c.id,
        year: caseYear(c, data),
        title: c.title,
        owner: c.owner,
        list: listName(c, data),
        figureCount: figures.length,
        // What each number measures, then the number as printed (项目333个): bare numbers (“3个、4个”) say nothing.
        figures: figures.slice(0, 2).map((f) => `${f.subject ?? ''}${f.raw}`).join('；'),
        highlight: false,
      };
      row.highlight = matches(row, params.highlight, ['case', 'year', 'list']);
      return row;
    })
    .sort((a, b) => ((a.year as number) ?? 0) - ((b.year as number) ?? 0) || compare(a.case as string, b.case as string));
}

/** Cases listed at most: a timeline of more headlines is a list (the district page has it). */
export const MAX_CASES = 20;

const drawFirst = (a: Row, b: Row) => Number(b.highlight) - Number(a.highlight) || ((b.year as number) ?? 0) - ((a.year as number) ?? 0) || compare(a.case as string, b.case as string);

interface Placed {
  y: number;
  lines: string[];
  /** The last lines: the list and the figures. */
  metaLines: number;
  showYear: boolean;
}

/**
 * The list and the figures, broken only between them ("十大改革创新案例 · 平台上链发票总份数7073万余份；开票户数25,608户"),
 * so a figure such as 300多万 is never split across two lines.
 */
function wrapAt(list: string, figures: string[], chars: number): string[] {
  const parts = [figures.length ? `${list} · ` : list, ...figures.map((f, i) => (i < figures.length - 1 ? `${f}；` : f))];
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(last + part, 1) <= chars) lines[lines.length - 1] = last + part;
    else lines.push(...wrapCjk(part, chars).split('\n'));
  }
  return lines;
}

/** Wrap every case into lines and stack them; a year label only on the year's first case. */
function layout(rows: Row[], width: number): { placed: Placed[]; height: number } {
  const chars = Math.max(8, Math.floor((width - AXIS - 16) / 12));
  let y = 12;
  const placed = rows.map((r, i): Placed => {
    // The whole headline and its list and figures, wrapped: a name is never cut.
    const title = wrapCjk(r.title as string, chars).split('\n');
    const meta = wrapAt(r.list as string, r.figures ? (r.figures as string).split('；') : [], chars);
    const p = { y, lines: [...title, ...meta], metaLines: meta.length, showYear: i === 0 || rows[i - 1]!.year !== r.year };
    y += p.lines.length * LINE + 12;
    return p;
  });
  return { placed, height: y };
}

function plotOptions(rows: Row[], variant: Variant): Plot.PlotOptions {
  const { placed, height } = layout(rows, variant.width);
  const y = (_: Row, i: number) => placed[i]!.y;
  const fill = (d: Row) => (d.highlight ? colors.highlight : colors.primary);
  return {
    height: Math.max(height, 40),
    marginTop: 0,
    marginLeft: 0,
    marginRight: 0,
    marginBottom: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.ruleX([AXIS - 14], { y1: 8, y2: Math.max(height - 16, 8), stroke: colors.rule, strokeWidth: 1 }),
      Plot.dot(rows, { x: AXIS - 14, y, r: 5, fill, stroke: colors.background, strokeWidth: 1.5 }),
      Plot.text(rows.filter((_, i) => placed[i]!.showYear), { x: AXIS - 24, y: (d: Row) => placed[rows.indexOf(d)]!.y, text: (d: Row) => (d.year === null ? '不详' : String(d.year)), textAnchor: 'end', fontWeight: 'bold' }),
      // Headlines; fontWeight is not a channel, so highlighted cases are a second mark.
      ...[false, true].map((bold) => Plot.text(rows.filter((r) => Boolean(r.highlight) === bold), { x: AXIS, y: (d: Row) => placed[rows.indexOf(d)]!.y, text: (d: Row) => placed[rows.indexOf(d)]!.lines.slice(0, -placed[rows.indexOf(d)]!.metaLines).join('\n'), textAnchor: 'start', lineAnchor: 'top', dy: -7, lineHeight: LINE / 12, fontWeight: bold ? 'bold' : 'normal' })),
      Plot.text(rows, { x: AXIS, y: (_: Row, i: number) => placed[i]!.y + (placed[i]!.lines.length - placed[i]!.metaLines) * LINE, text: (_: Row, i: number) => placed[i]!.lines.slice(-placed[i]!.metaLines).join('\n'), lineHeight: LINE / 12, textAnchor: 'start', lineAnchor: 'top', dy: -7, fillOpacity: 0.75 }),
    ],
  };
}

export function districtTimeline(data: ChartData, params: DistrictTimelineParams = {}): ChartDraft {
  const district = params.district ?? leadingDistrict(data.districts, homeCity(data.districts)) ?? CITY_DEPARTMENTS;
  const all = timelineRows(data, { ...params, district });
  const { rows, left } = topRows(all, MAX_CASES, drawFirst);
  const cases = pick(data.cases, rows.map((r) => r.case as string));
  const sources = uniqueSources(cases.map((c) => caseSource(c, data)));
  // A case whose report states no year is counted, not listed as a blank year ("、2018").
  const years = [...new Set(all.map((r) => r.year).filter((y) => y !== null))];
  const undated = all.filter((r) => r.year === null).length;
  const span = [years.length ? `${years.join('、')}年入选的` : '', undated ? `${years.length ? '及' : ''}年份不详的` : ''].join('');
  return {
    id: 'district-timeline',
    title: `${district}的改革案例时间线`,
    subtitle: rows.length ? `${span}${all.length}个案例${left ? `（列出最近的${rows.length}个）` : ''}及其报告的数字` : '这个区在现有报告中没有入选案例',
    notes: [
      '每个案例下方是所属榜单，以及原文中最先出现的至多两个数字（衡量对象和原文写法）；全部数字见各案例页。',
      ...(left ? [`只列最近的${rows.length}个案例；另有${left}个较早的案例，见本区的案例列表和案例数据（cases.csv）。`] : []),
    ],
    sources,
    rows,
    columns: [
      { key: 'year', label: '年份', kind: 'year' },
      { key: 'title', label: '案例' },
      { key: 'owner', label: '申报单位' },
      { key: 'list', label: '榜单' },
      { key: 'figureCount', label: '数字个数' },
      { key: 'figures', label: '最先出现的数字' },
    ],
    alt: describe({
      what: `时间线：${district}${rows.length}个入选案例，按年份排列`,
      rows,
      value: 'figureCount',
      label: (r) => `${r.year}年“${r.title}”`,
      format: (v) => `${v}个数字`,
      contrast: years.length > 1 ? `最早的案例在${years[0]}年，最近的在${years.at(-1)}年` : '',
    }),
    // No legend: the identity scales leave no top margin for one; highlighted cases are coloured and bold.
    legend: [],
    dataDate: dataDate(sources, data),
    variants: BOTH,
    plot: (variant) => plotOptions(rows, variant),
    ...shareOf(rows),
  };
}

/**
 * The share drawing: 400 units wide, so the image's 600-pixel chart box scales its text
 * 1.5x (18 px); the box's 518 pixels of height then hold 345 units of it.
 */
const SHARE: Variant = { name: 'narrow', width: 400 };
const SHARE_HEIGHT = 345;

/** The latest cases that fit a share image whole and legibly. */
function shareOf(rows: Row[]): Pick<ChartDraft, 'share'> {
  const fits = (n: number) => layout(rows.slice(-n), SHARE.width).height <= SHARE_HEIGHT;
  let n = rows.length;
  while (n > 1 && !fits(n)) n--;
  return { share: { variant: SHARE, plot: (variant) => plotOptions(rows.slice(-n), variant) } };
}
