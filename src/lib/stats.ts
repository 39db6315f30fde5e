/**
 * Numbers computed from the datasets for stories (`:stat[cases]{district=黄埔区}`),
 * so a story carries no hand-typed statistics and stays right when the data
 * changes. Each statistic says how it was computed.
 */
import type { Datasets } from './data.ts';
import type { StatProvider, StatResult } from '../remark/context.ts';
import { FILTERS, type FilterDimension, filterHref } from './links.ts';
import { valueOf } from './facets.ts';
import { CASE_FILTER_KEYS, matchCases } from './cases.ts';
import { countedDistrict, districtToday, formerExplained } from './case-district.ts';
import { didYouMean } from '../../scripts/datasets/suggest.ts';

type Params = Record<string, string>;

const CASE_FILTERS = CASE_FILTER_KEYS;

interface StatDef {
  params: readonly string[];
  describe: string;
  compute(data: Datasets, p: Params): StatResult;
}

const matchingCases = (data: Datasets, p: Params) => matchCases(data.cases, p);

/** How a figure kind reads in a tooltip. */
const KIND_LABEL: Record<string, string> = { count: '计数', money: '金额', duration: '时长', percent: '百分比', change: '变化', ratio: '比例', area: '面积', volume: '体积', energy: '能耗', length: '长度', weight: '重量', degree: '度数' };

/** The filters as a reader reads them (2018年、营商环境领域), never as code (year=2018). */
function describeFilters(data: Datasets, p: Params): string {
  const label: Record<string, (v: string) => string> = {
    year: (v) => `${v}年`,
    domain: (v) => `${v}领域`,
    list: (v) => `榜单“${v}”`,
    document: (v) => `《${data.documents.find((d) => d.id === v)?.title ?? v}》`,
    kind: (v) => `${KIND_LABEL[v] ?? v}类`,
  };
  return Object.entries(p).map(([k, v]) => (label[k] ?? String)(v)).join('、') || '全部';
}

const STATS: Record<string, StatDef> = {
  cases: {
    params: CASE_FILTERS,
    describe: 'number of cases matching the filters',
    compute(data, p) {
      const n = matchingCases(data, p).length;
      const keys = Object.keys(p);
      const single = keys.length === 1 && (FILTERS as readonly string[]).includes(keys[0]!) ? (keys[0] as FilterDimension) : null;
      const href = single ? filterHref(single, p[single]!) : undefined;
      return { value: String(n), formula: `案例数（${describeFilters(data, p)}）`, href };
    },
  },
  districts: {
    params: ['year', 'list', 'domain', 'document', 'city'],
    describe: 'number of distinct districts with at least one matching case (city=广州市 to leave out the comparison)',
    compute(data, p) {
      const n = new Set(matchingCases(data, p).map(countedDistrict).filter(Boolean)).size;
      return { value: String(n), formula: `有案例的区数（${describeFilters(data, p)}）` };
    },
  },
  years: {
    params: ['district', 'list', 'domain', 'city'],
    describe: 'number of distinct report years with at least one matching case',
    compute(data, p) {
      const n = new Set(matchingCases(data, p).map((c) => c.year).filter((y) => y !== null)).size;
      return { value: String(n), formula: `有案例的年份数（${describeFilters(data, p)}）` };
    },
  },
  reports: {
    params: ['district'],
    describe: 'number of reports whose cases include the district (all reports without a filter)',
    compute(data, p) {
      const docs = p.district ? new Set(data.cases.filter((c) => countedDistrict(c) === p.district).map((c) => c.documentId)) : new Set(data.documents.map((d) => d.id));
      return { value: String(docs.size), formula: `报告数（${p.district ? `其案例含${p.district}` : '全部'}）`, href: '/sources/' };
    },
  },
  figures: {
    params: ['document', 'kind'],
    describe: 'number of reported (not derived) figures',
    compute(data, p) {
      const n = data.figures.filter((f) => !f.derived && (!p.document || f.documentId === p.document) && (!p.kind || f.kind === p.kind)).length;
      return { value: String(n), formula: `报告中的数字个数（${describeFilters(data, p)}）`, href: '/data/' };
    },
  },
};

/** The values a parameter may take, from the datasets. */
function choices(data: Datasets, key: string): string[] {
  if (key === 'district') return data.districts.map((d) => d.name);
  if (key === 'document') return data.documents.map((d) => d.id);
  if (key === 'city') return [...new Set(data.cases.map((c) => c.city).filter((v): v is string => v !== null))].sort();
  if (key === 'kind') return [...new Set(data.figures.map((f) => f.kind))].sort();
  return [...new Set(data.cases.map((c) => valueOf(c, key as FilterDimension)).filter((v): v is string => v !== null))].sort();
}

/** The former district names cases were filed under (萝岗区), from districts.json: a story may name them too. */
const formerNames = (data: Datasets) => data.districts.flatMap((d) => d.formerNames.map((f) => f.name));

/** `district=萝岗区` counts what 黄埔区 counts today (every page counts by the district in force); the formula says why. */
function compute(data: Datasets, name: string, params: Params): StatResult {
  const named = params.district === undefined ? null : districtToday(params.district, data.districts);
  if (!named?.former) return STATS[name]!.compute(data, params);
  const result = STATS[name]!.compute(data, { ...params, district: named.today });
  return { ...result, formula: `${result.formula}；${formerExplained(named.former, named.today)}` };
}

export function statProvider(data: Datasets): StatProvider {
  return {
    names: () => Object.keys(STATS),
    validate(name, params) {
      const def = STATS[name]!;
      return Object.entries(params).flatMap(([k, v]) => {
        if (!def.params.includes(k)) return [`Unknown parameter "${k}" for ${name}. Expected: ${def.params.join(', ')}.${didYouMean(k, def.params)}`];
        const valid = choices(data, k);
        if (k !== 'district') return valid.includes(v) ? [] : [`Unknown ${k} "${v}". Expected: one of ${valid.join(', ')}.${didYouMean(v, valid)}`];
        const former = formerNames(data);
        if (valid.includes(v) || former.includes(v)) return [];
        const orFormer = former.length ? `, or a former name cases were filed under (${former.join(', ')}: counted for the district that took it over)` : '';
        return [`Unknown district "${v}". Expected: one of ${valid.join(', ')}${orFormer}.${didYouMean(v, [...valid, ...former])}`];
      });
    },
    compute: (name, params) => compute(data, name, params),
  };
}
