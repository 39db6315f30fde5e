/**
 * Helpers the chart modules share: source sentences, chart keys, district
 * order and labels, highlight matching.
 */
import type { Case, ChartData, ChartSource, Figure, Locate, Row, SourceText } from './types.ts';
import { homeCity, homeDistricts } from '../lib/site-facts.ts';
import { byId, groupOf, memo, spanAt } from '../lib/lookup.ts';
import { CITY_DEPARTMENTS, countedDistrict } from '../lib/case-district.ts';


export interface Home {
  /** The city most reports cover (广州市 for the seeds). */
  city: string | null;
  /** Its districts by administrative code: the order of every district axis and map. */
  districts: readonly { code: string; name: string }[];
  names: ReadonlySet<string>;
}

const homes = new WeakMap<ChartData, Home>();

/** The home city and its districts, read from documents.json and districts.json (nothing typed in). */
export function home(data: ChartData): Home {
  let found = homes.get(data);
  if (!found) {
    const city = homeCity(data.districts);
    const districts = homeDistricts(data.districts, city);
    found = { city, districts, names: new Set(districts.map((d) => d.name)) };
    homes.set(data, found);
  }
  return found;
}

/** A case of the home city: its city, or no city and one of its districts (or no place at all: a city department). */
export function inHomeCity(c: Case, data: ChartData): boolean {
  const { city, names } = home(data);
  const district = countedDistrict(c);
  return c.city === city || (c.city === null && (district === null || names.has(district)));
}

/** The row a case belongs to on district axes: the home-city district it counts for (lib/case-district.ts), 市级部门, or "城市·区" elsewhere. */
export function ownerLabel(c: Case, data: ChartData): string {
  const district = countedDistrict(c);
  if (inHomeCity(c, data)) return district && home(data).names.has(district) ? district : CITY_DEPARTMENTS;
  const city = (c.city ?? '').replace(/市$/, '');
  return district ? `${city}·${district}` : `${city}·${CITY_DEPARTMENTS}`;
}

/**
 * The row name of a figure: its case's owner label, or, for a figure a report states about itself (no case),
 * the place the report covers (黄埔区, 广州市, 深圳·龙华区). Never the report's title, which is not a place.
 */
export function figureOwner(f: Figure, data: ChartData): string | null {
  const c = f.case ? byId(data.cases, f.case) : undefined;
  if (c) return ownerLabel(c, data);
  const region = byId(data.documents, f.documentId)?.region;
  if (!region?.district) return region?.city ?? null;
  return region.city === home(data).city ? region.district : `${(region.city ?? '').replace(/市$/, '')}·${region.district}`;
}

function byOwner(data: ChartData): Map<string, Case[]> {
  const owners = new Map<string, Case[]>();
  for (const c of data.cases) {
    const label = ownerLabel(c, data);
    (owners.get(label) ?? owners.set(label, []).get(label)!).push(c);
  }
  return owners;
}

/** The cases of one row of a district axis (ownerLabel), in cases.json order: grouped once per dataset, as every district's timeline asks. */
export function casesOfOwner(data: ChartData, owner: string): readonly Case[] {
  return memo(data, byOwner).get(owner) ?? [];
}

/** Axis order: home-city districts by code, 市级部门, then the rest by name. */
export function ownerOrder(labels: Iterable<string>, data: ChartData): string[] {
  const present = new Set(labels);
  const fixed = [...home(data).districts.map((d) => d.name), CITY_DEPARTMENTS];
  const rest = [...present].filter((l) => !fixed.includes(l)).sort(compare);
  return [...fixed.filter((l) => present.has(l)), ...rest];
}

export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function caseYear(c: Case, data: ChartData): number | null {
  return c.year ?? byId(data.documents, c.documentId)?.year ?? null;
}

export function listName(c: Case, data: ChartData): string {
  return c.list ?? byId(data.documents, c.documentId)?.list ?? '未分榜单';
}

/**
 * Sentence positions of every case and report, found from each report's
 * text once (`textOf`, one report at a time, in the order of `cases`) and then
 * kept as offsets only: a chart cites sentences of hundreds of reports, and
 * holding their texts would grow with the corpus.
 */
export function locator(cases: readonly Case[], textOf: (documentId: string) => SourceText | undefined): Locate {
  const starts = new Map<string, number>();
  const sentences = new Map<string, SourceText['sentences']>();
  const byDocument = new Map<string, Case[]>();
  for (const c of cases) byDocument.set(c.documentId, [...(byDocument.get(c.documentId) ?? []), c]);
  // The naming sentence lies inside the case's span; locate it by its text.
  const quoteStart = (c: Case, text: string | undefined) => {
    const at = text ? text.indexOf(c.quote, c.start) : -1;
    return at >= 0 && at < c.end ? at : c.start;
  };
  const read = (documentId: string) => {
    const source = textOf(documentId);
    sentences.set(documentId, (source?.sentences ?? []).map(({ index, start, end }) => ({ index, start, end })));
    for (const c of byDocument.get(documentId) ?? []) starts.set(c.id, quoteStart(c, source?.text));
  };
  let loaded = false;
  const load = () => {
    if (!loaded) for (const id of byDocument.keys()) if (!sentences.has(id)) read(id);
    loaded = true;
  };
  return {
    caseStart: (c) => (load(), starts.get(c.id) ?? quoteStart(c, textOf(c.documentId)?.text)),
    sentence: (documentId, offset) => {
      load();
      if (!sentences.has(documentId)) read(documentId);
      return spanAt(sentences.get(documentId)!, offset)?.index ?? null;
    },
  };
}

/** The sentence that names the case, as a link target on its source page. */
export function caseSource(c: Case, data: ChartData): ChartSource {
  const doc = byId(data.documents, c.documentId);
  const start = data.locate?.caseStart(c) ?? c.start;
  const sentence = data.locate?.sentence(c.documentId, start) ?? null;
  return {
    documentId: c.documentId,
    documentTitle: doc?.title ?? c.document,
    anchor: sentence === null ? `s-0` : `s-${sentence}`,
    figure: null,
    sentence,
    start,
    end: start + c.quote.length,
    quote: c.quote,
  };
}

export function figureSource(f: Figure, data: ChartData): ChartSource {
  const doc = byId(data.documents, f.documentId);
  return {
    documentId: f.documentId,
    documentTitle: doc?.title ?? f.document,
    anchor: `fig-${f.id}`,
    figure: f.id,
    sentence: data.locate?.sentence(f.documentId, f.sentenceStart) ?? null,
    start: f.sentenceStart,
    end: f.sentenceEnd,
    quote: f.quote,
  };
}

/** Sources in document order, then text order, without duplicates. */
export function uniqueSources(sources: readonly ChartSource[]): ChartSource[] {
  const seen = new Map<string, ChartSource>();
  for (const s of sources) seen.set(`${s.documentId}#${s.anchor}`, s);
  return [...seen.values()].sort((a, b) => compare(a.documentId, b.documentId) || a.start - b.start || compare(a.anchor, b.anchor));
}

/** "Date of data": the latest publication date among the documents a chart cites. */
export function dataDate(sources: readonly ChartSource[], data: ChartData): string {
  const docs = [...new Set(sources.map((s) => s.documentId))].map((id) => byId(data.documents, id)).filter((d) => d !== undefined);
  const dates = docs.map((d) => d.published ?? (d.year ? String(d.year) : ''));
  return dates.filter(Boolean).sort().pop() ?? '';
}

/** FNV-1a, for short stable ASCII keys from Chinese params. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** `district-year` without params, `district-year-k3j9x` with them. */
export function chartKey(id: string, params: Record<string, string>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== '').sort(([a], [b]) => compare(a, b));
  return entries.length ? `${id}-${hash(entries.map(([k, v]) => `${k}=${v}`).join('&'))}` : id;
}

/** Whether a row belongs to the highlighted subset: a district/owner, a year, a case, a domain. */
export function matches(row: Row, highlight: string | undefined, keys: readonly string[]): boolean {
  if (!highlight) return false;
  return keys.some((k) => row[k] !== null && row[k] !== undefined && String(row[k]) === highlight);
}

/**
 * The last `max` of ordered values (the most recent years or lists) and the ones left
 * out: charts stay the same size as the corpus grows, and their notes name what is
 * only in the CSV downloads.
 */
export function keepLast<T>(values: readonly T[], max: number): { kept: T[]; dropped: T[] } {
  return { kept: values.slice(-max), dropped: values.slice(0, Math.max(0, values.length - max)) };
}

/** At most `max` rows: the first by `rank`, kept in their drawing order; `left` counts the rest. */
export function topRows(rows: readonly Row[], max: number, rank: (a: Row, b: Row) => number): { rows: Row[]; left: number } {
  if (rows.length <= max) return { rows: [...rows], left: 0 };
  const chosen = new Set([...rows].sort(rank).slice(0, max));
  return { rows: rows.filter((r) => chosen.has(r)), left: rows.length - max };
}

const placeOf = (c: Case) => JSON.stringify([c.city, countedDistrict(c)]);

/**
 * The name charts give a district record (districts.json): its cases' owner label, which
 * is the bare name in the home city and "city·district" elsewhere (深圳·龙华区);
 * undefined when no case names the district.
 */
export function districtOwner(district: { name: string; city: string }, data: ChartData): string | undefined {
  const c = groupOf(data.cases, placeOf, JSON.stringify([district.city, district.name]))[0];
  return c ? ownerLabel(c, data) : undefined;
}
