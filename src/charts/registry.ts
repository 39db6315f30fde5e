/**
 * The chart registry: chart id -> builder, its params and their allowed
 * values (computed from the data, so a story cannot ask for a district or a
 * year the datasets do not have). Stories write `chart=district-year
 * highlight=黄埔区`; parseChartRef + buildChart turn that into a ChartSpec,
 * and every mistake comes back as a message that lists the valid choices.
 */
import { caseYear, chartKey, compare, home, listName, ownerLabel } from './common.ts';
import { districtMap } from './district-map.ts';
import { districtTimeline } from './district-timeline.ts';
import { districtYear } from './district-year.ts';
import { domainMix } from './domain-mix.ts';
import { measureBars, measureChoices } from './measure-bars.ts';
import { timeCompression, timeCompressionRows } from './time-compression.ts';
import { formatDays } from './format.ts';
import { formatNumber, trimDecimals } from '../lib/format.ts';
import { homeCity, leadingDistrict } from '../lib/site-facts.ts';
import { memo } from '../lib/lookup.ts';
import type { Builder, ChartData, ChartSpec } from './types.ts';
import { didYouMean } from '../../scripts/datasets/suggest.ts';

export interface ParamDef {
  name: string;
  /** What the param does, in Chinese, for authors. */
  description: string;
  values: (data: ChartData) => string[];
  /** Used when the param is not given (undefined: the param is optional and off). */
  default?: (data: ChartData) => string;
  /** The param changes what is drawn: each of its values gets an embed page of its own (highlight and list never do). */
  published?: boolean;
}

export interface ChartDefinition {
  id: string;
  title: string;
  description: string;
  params: ParamDef[];
  build: Builder;
  /** The measured column of the rows and how the alt text writes one of its values (最大值为…). */
  measure: { key: string; format: (value: number) => string };
}

const sorted = (values: Iterable<string | number | null>) =>
  [...new Set([...values].filter((v): v is string | number => v !== null).map(String))].sort(compare);

/**
 * A param's values, computed once per dataset: every chart built checks its
 * params against them, and the published charts build one chart per district.
 */
const values = (compute: (data: ChartData) => string[]) => (data: ChartData) => memo(data, compute);

const years = values((data) => sorted(data.cases.map((c) => caseYear(c, data))));
const owners = values((data) => sorted([...home(data).districts.map((d) => d.name), ...data.cases.map((c) => ownerLabel(c, data))]));
const lists = values((data) => sorted(data.cases.map((c) => listName(c, data))));
const domains = values((data) => sorted(data.cases.map((c) => c.domain)));
const caseIds = values((data) => sorted(data.cases.map((c) => c.id)));
/** The home city's district with the most cases, from the data (no district is typed in). */
const leading = values((data) => [leadingDistrict(data.districts, homeCity(data.districts)) ?? owners(data)[0]!]);
const defaultDistrict = (data: ChartData) => leading(data)[0]!;

const highlight = (description: string, ...sets: ((data: ChartData) => string[])[]): ParamDef => ({
  name: 'highlight',
  description,
  values: values((data) => sorted(sets.flatMap((set) => set(data)))),
});
const yearFilter: ParamDef = { name: 'year', description: '只显示这一年', values: years, published: true };
const caseCount = { key: 'count', format: (v: number) => `${v}件` };
const listFilter: ParamDef = { name: 'list', description: '只显示这份榜单', values: lists };

export const CHARTS: readonly ChartDefinition[] = [
  {
    id: 'district-year',
    title: '区 × 年份矩阵',
    description: '各区和市级部门在每年每份榜单中的入选案例数',
    params: [highlight('突出显示一个区、一个年份或一份榜单', owners, years, lists), yearFilter, listFilter],
    build: (data, p) => districtYear(data, p),
    measure: caseCount,
  },
  {
    id: 'district-map',
    title: '本市各区地图（按年份分幅）',
    description: '每年各区入选案例数的分级着色地图',
    params: [highlight('突出显示一个区或一个年份', (data) => home(data).districts.map((d) => d.name), years), yearFilter, listFilter],
    build: (data, p) => districtMap(data, p),
    measure: caseCount,
  },
  {
    id: 'time-compression',
    title: '办事时间压缩（哑铃图）',
    description: '改革前后的办理、审批时限，统一折算为天',
    params: [
      highlight('突出显示一个案例、一个区、一个年份或一个数字', caseIds, owners, years, (data) => timeCompressionRows(data, {}).map((r) => r.figure as string)),
      { name: 'year', description: '只显示这一年', values: values((data) => sorted(timeCompressionRows(data, {}).map((r) => r.year as number | null))) },
    ],
    build: (data, p) => timeCompression(data, p),
    measure: { key: 'afterDays', format: formatDays },
  },
  {
    id: 'domain-mix',
    title: '各年领域构成',
    description: '每年入选案例按政策领域的占比',
    params: [
      highlight('突出显示一个领域或一个年份', domains, years),
      { name: 'scope', description: 'home：只计本市（报告最多的城市）；all：含其他城市的对照案例', values: () => ['all', 'home'], default: () => 'home', published: true },
    ],
    build: (data, p) => domainMix(data, p),
    measure: { key: 'share', format: (v) => `${trimDecimals(v, 1)}%` },
  },
  {
    id: 'measure-bars',
    title: '同一指标的比较（条形图）',
    description: '各区入选案例数，或报告中同一计量单位的数字',
    params: [
      { name: 'measure', description: 'cases，或一个计量单位（至少有3个数字的单位）', values: values(measureChoices), default: () => 'cases', published: true },
      highlight('突出显示一个区或一个案例', owners, caseIds),
    ],
    build: (data, p) => measureBars(data, p),
    measure: { key: 'value', format: (v) => `${formatNumber(v)}件` },
  },
  {
    id: 'district-timeline',
    title: '一个区的案例时间线',
    description: '区页面用：该区入选的案例与其数字，按年份排列',
    params: [
      { name: 'district', description: '哪个区（或市级部门）', values: owners, default: defaultDistrict, published: true },
      highlight('突出显示一个案例、一个年份或一份榜单', caseIds, years, lists),
    ],
    build: (data, p) => districtTimeline(data, p),
    measure: { key: 'figureCount', format: (v) => `${v}个数字` },
  },
];

export class ChartParamError extends Error {}

/** Quote up to `limit` choices; more are counted, not dumped. */
function choices(values: readonly string[], limit = 30): string {
  const shown = values.slice(0, limit).map((v) => `"${v}"`).join(', ');
  return values.length > limit ? `${shown} … (${values.length} in all)` : shown;
}

export function listCharts(): { id: string; title: string; description: string; params: { name: string; description: string }[] }[] {
  return CHARTS.map((c) => ({ id: c.id, title: c.title, description: c.description, params: c.params.map(({ name, description }) => ({ name, description })) }));
}

export function chartDefinition(id: string): ChartDefinition {
  const def = CHARTS.find((c) => c.id === id);
  if (!def) throw new ChartParamError(`Unknown chart "${id}". Valid charts: ${choices(CHARTS.map((c) => c.id))}.${didYouMean(id, CHARTS.map((c) => c.id))}`);
  return def;
}

/** The allowed values of each param of a chart, for this data. */
export function allowedParams(id: string, data: ChartData): Record<string, string[]> {
  return Object.fromEntries(chartDefinition(id).params.map((p) => [p.name, p.values(data)]));
}

/** Check names and values, fill defaults; throws ChartParamError with the valid choices. */
export function validateParams(id: string, params: Record<string, string>, data: ChartData): Record<string, string> {
  const def = chartDefinition(id);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const param = def.params.find((p) => p.name === name);
    if (!param) throw new ChartParamError(`Chart "${id}" has no param "${name}". Valid params: ${choices(def.params.map((p) => p.name))}.${didYouMean(name, def.params.map((p) => p.name))}`);
    const values = param.values(data);
    if (!values.includes(value)) {
      throw new ChartParamError(`Chart "${id}": ${name}="${value}" is not available. Valid values of ${name}: ${choices(values)}.${didYouMean(value, values)}`);
    }
    out[name] = value;
  }
  for (const p of def.params) if (!(p.name in out) && p.default) out[p.name] = p.default(data);
  return out;
}

/** The specs built from one dataset, by chart id and params as given. */
const specsOf = (_data: ChartData) => new Map<string, ChartSpec>();

/**
 * A chart's spec, built once per dataset and chart: a chart shown on many
 * pages (a story, its embed, every district's timeline beside it) is one
 * spec, so its rows, notes and geometry are computed once per build.
 * Specs are never changed after they are built.
 */
export function buildChart(id: string, params: Record<string, string>, data: ChartData): ChartSpec {
  const specs = memo(data, specsOf);
  const asked = `${id} ${JSON.stringify(params)}`;
  let spec = specs.get(asked);
  if (!spec) specs.set(asked, (spec = buildSpec(id, params, data)));
  return spec;
}

function buildSpec(id: string, params: Record<string, string>, data: ChartData): ChartSpec {
  const def = chartDefinition(id);
  const valid = validateParams(id, params, data);
  const draft = def.build(data, valid);
  // The key leaves out params equal to their defaults: the default chart's key is its bare id.
  const given = Object.entries(valid).filter(([k, v]) => def.params.find((p) => p.name === k)?.default?.(data) !== v);
  return { ...draft, params: valid, key: chartKey(id, Object.fromEntries(given)) };
}

/** `chart=district-year highlight=黄埔区 year=2024` -> { id, params }. Values may be quoted. */
export function parseChartRef(ref: string): { id: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  for (const m of ref.matchAll(/([\w-]+)=(?:"([^"]*)"|(\S+))/g)) params[m[1]!] = m[2] ?? m[3]!;
  const rest = ref.replace(/([\w-]+)=(?:"([^"]*)"|(\S+))/g, '').trim();
  if (rest) throw new ChartParamError(`Cannot read "${rest}" in "${ref}": write name=value pairs, e.g. chart=district-year highlight=黄埔区.`);
  const { chart: id, ...rest2 } = params;
  if (!id) throw new ChartParamError(`"${ref}" names no chart: start with chart=<id>. Valid charts: ${choices(CHARTS.map((c) => c.id))}.`);
  return { id, params: rest2 };
}

/** The charts with their default params: one embed page and one download set each. */
export function defaultCharts(data: ChartData): ChartSpec[] {
  return CHARTS.map((c) => buildChart(c.id, {}, data));
}
