/**
 * Site copy computed from the datasets instead of typed from the seeds: the
 * year span, the home city, the comparison regions and the district a chart
 * highlights when nobody chose one. A report with a new year, district or city
 * changes every page that states them, with no code change.
 */
import type { Case, District, DocumentRecord } from '../../scripts/datasets/schema.ts';
import { caseYears } from './tally.ts';
import { memo } from './lookup.ts';

/** `2018—2024` (or one year): the years the cases are attributed to. */
export function yearSpan(cases: readonly Pick<Case, 'year'>[]): string {
  // Stated on every district page and share image: computed once per list of cases, not once per page.
  return memo(cases, spanOf);
}

function spanOf(cases: readonly Pick<Case, 'year'>[]): string {
  const years = caseYears(cases);
  if (!years.length) return '';
  return years[0] === years.at(-1) ? String(years[0]) : `${years[0]}—${years.at(-1)}`;
}

/**
 * The site's home city, as the editors set it (content/site.json): the
 * pipeline marks its districts `home` in districts.json and lists every one
 * of them, with or without cases.
 */
export function homeCity(districts: readonly Pick<District, 'city' | 'home'>[]): string | null {
  return memo(districts, cityOf);
}

function cityOf(districts: readonly Pick<District, 'city' | 'home'>[]): string | null {
  return districts.find((d) => d.home)?.city ?? null;
}

/** Publishers the footer names (包括…等): at most this many, so a page does not grow with the corpus. */
export const FOOTER_PUBLISHERS = 5;

/** The publishers of the most reports (first seen first on a tie), at most FOOTER_PUBLISHERS; computed once per dataset, shown on every page. */
export function leadingPublishers(documents: readonly Pick<DocumentRecord, 'publisher'>[]): string[] {
  return memo(documents, publishersOf);
}

function publishersOf(documents: readonly Pick<DocumentRecord, 'publisher'>[]): string[] {
  const counts = new Map<string, number>();
  for (const d of documents) if (d.publisher) counts.set(d.publisher, (counts.get(d.publisher) ?? 0) + 1);
  // A stable sort keeps the order of first appearance among equal counts.
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, FOOTER_PUBLISHERS).map(([p]) => p);
}

/** 广州 for 广州市, 黄埔 for 黄埔区: how titles write a place. */
export const shortName = (name: string) => name.replace(/[市区县]$/, '');

/**
 * The home city's districts in code order (the order of every district axis
 * and map): districts.json lists every district of the home city, from the
 * gazetteer, with or without cases.
 */
export function homeDistricts(districts: readonly Pick<District, 'code' | 'name' | 'city'>[], home: string | null): { code: string; name: string }[] {
  return districts
    .filter((d) => d.city === home)
    .map(({ code, name }) => ({ code, name }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Districts outside the home city that have cases, written short (深圳龙华): the comparison. */
export function comparisonRegions(districts: readonly District[], home: string | null): string[] {
  return districts.filter((d) => d.city !== home && d.total > 0).map((d) => `${shortName(d.city)}${shortName(d.name)}`);
}

/**
 * The comparison named in a line of copy, bounded however many regions the corpus covers:
 * up to `limit` names, then how many in all (深圳龙华、佛山顺德、东莞等34地). The tagline is
 * every page's description, so listing every region made every page grow with the corpus.
 */
export function someRegions(regions: readonly string[], limit = 3): string {
  const shown = regions.slice(0, limit).join('、');
  return regions.length > limit ? `${shown}等${regions.length}地` : shown;
}

/** The home-city district with the most cases (lowest code on a tie): what a chart highlights by default. */
export function leadingDistrict(districts: readonly District[], home: string | null): string | null {
  const own = districts.filter((d) => d.city === home && d.total > 0);
  return own.sort((a, b) => b.total - a.total || (a.code < b.code ? -1 : 1))[0]?.name ?? null;
}

/** Search examples a reader can try: the leading district written short (黄埔), the most common domain, and the district's pinyin. */
export function searchExamples(data: { cases: readonly Pick<Case, 'domain'>[]; districts: readonly District[] }): { terms: string[]; pinyin: string | null } {
  const leading = leadingDistrict(data.districts, homeCity(data.districts));
  const district = data.districts.find((d) => d.name === leading);
  const domains = new Map<string, number>();
  for (const c of data.cases) domains.set(c.domain, (domains.get(c.domain) ?? 0) + 1);
  const domain = [...domains].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return { terms: [...(leading ? [shortName(leading)] : []), ...(domain ? [domain] : [])], pinyin: district?.slug ?? null };
}

type TaglineData = { cases: readonly Pick<Case, 'year'>[]; districts: readonly District[] };

/** One line about the site: `广州各区改革案例 2018—2024，以深圳龙华为对照` (every page's default description: computed once per dataset). */
export function tagline(data: TaglineData): string {
  return memo(data, taglineOf);
}

function taglineOf(data: TaglineData): string {
  const home = homeCity(data.districts);
  const comparison = comparisonRegions(data.districts, home);
  return `${home ? shortName(home) : ''}各区改革案例 ${yearSpan(data.cases)}${comparison.length ? `，以${someRegions(comparison)}为对照` : ''}`;
}
