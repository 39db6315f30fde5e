/**
 * Cases as the site lists them: the records of cases.json (the pipeline has
 * already applied the editors' write-ups and added their cases), newest year
 * first, then by report and place in the report.
 */
import { type Case, datasets } from './data.ts';
import { groupOf } from './lookup.ts';
import { CITY_DEPARTMENTS, countedDistrict } from './case-district.ts';

export type { Case };

let cache: { source: Case[]; sorted: Case[] } | undefined;

export function allCases(): Case[] {
  const source = datasets().cases;
  if (cache?.source !== source) {
    const sorted = [...source].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.documentId.localeCompare(b.documentId) || a.start - b.start || a.id.localeCompare(b.id));
    cache = { source, sorted };
  }
  return cache.sorted;
}

/** The ways a count of cases can be narrowed: by the district a case counts for (case-district.ts), year, list, domain, report id or city. */
export const CASE_FILTER_KEYS = ['district', 'year', 'list', 'domain', 'document', 'city'] as const;
export type CaseFilterKey = (typeof CASE_FILTER_KEYS)[number];
export type CaseFilter = Partial<Record<CaseFilterKey, string | number>>;

/**
 * The district value of a case that counts for no district (a city department's): a filter value of
 * its own, so the district counts and filters add up to all cases.
 */
export { CITY_DEPARTMENTS };

/** The value a case has for one filter key (null: none); every count by district, year ... reads this. */
export function fieldOf(c: Pick<Case, 'districtToday'> & Partial<Case>, key: CaseFilterKey): string | null {
  const v = key === 'document' ? c.documentId : key === 'district' ? (countedDistrict(c) ?? CITY_DEPARTMENTS) : c[key];
  return v === null || v === undefined ? null : String(v);
}

/** One function per key, so lookup.ts groups the cases by each key once. */
const FIELD = Object.fromEntries(CASE_FILTER_KEYS.map((k) => [k, (c: Case) => fieldOf(c, k)])) as Record<CaseFilterKey, (c: Case) => string | null>;

/**
 * The cases matching every key of the filter (an empty filter matches all), in
 * the order of `cases`. The first key is looked up in a grouping of `cases`
 * made once (every district, year and filter page counts its cases: a scan
 * of the corpus per page would grow with the square of the corpus).
 */
export function matchCases<C extends Case>(cases: readonly C[], filter: CaseFilter): C[] {
  const [first, ...rest] = CASE_FILTER_KEYS.filter((k) => filter[k] !== undefined);
  if (!first) return [...cases];
  const candidates = groupOf<C, string | null>(cases, FIELD[first], String(filter[first]));
  return candidates.filter((c) => rest.every((k) => fieldOf(c, k) === String(filter[k])));
}

/** Every count of cases a page states comes from here, over cases.json. */
export const casesWhere = (filter: CaseFilter = {}): Case[] => matchCases(allCases(), filter);
export const caseCount = (filter: CaseFilter = {}): number => casesWhere(filter).length;

/**
 * The filter behind a stated count or a list of cases, as written in the
 * page's `data-cases` attribute, so the built-site test can recount it from
 * cases.json: `district=黄埔区&year=2018` (keys sorted; empty for all cases).
 */
export function filterAttr(filter: CaseFilter): string {
  return CASE_FILTER_KEYS.filter((k) => filter[k] !== undefined).map((k) => `${k}=${filter[k]}`).join('&');
}
