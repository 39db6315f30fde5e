/**
 * Helpers the chart modules share: source sentences, chart keys, district
 * order and labels, highlight matching.
 */
import type { Case, ChartData, ChartSource, Figure, Row, SourceDocument } from './types.ts';

export const GUANGZHOU = '广州市';
export const CITY_LABEL = '市级部门';

/** Guangzhou's districts by administrative code (the order of every district axis). */
export const GUANGZHOU_DISTRICTS: readonly { code: string; name: string }[] = [
  { code: '440103', name: '荔湾区' },
  { code: '440104', name: '越秀区' },
  { code: '440105', name: '海珠区' },
  { code: '440106', name: '天河区' },
  { code: '440111', name: '白云区' },
  { code: '440112', name: '黄埔区' },
  { code: '440113', name: '番禺区' },
  { code: '440114', name: '花都区' },
  { code: '440115', name: '南沙区' },
  { code: '440117', name: '从化区' },
  { code: '440118', name: '增城区' },
];

const GZ_NAMES = new Set(GUANGZHOU_DISTRICTS.map((d) => d.name));

export function isGuangzhou(c: Case): boolean {
  return c.city === GUANGZHOU || (c.city === null && (c.district === null || GZ_NAMES.has(c.district)));
}

/** The row a case belongs to on district axes: a Guangzhou district, 市级部门, or "城市·区" elsewhere. */
export function ownerLabel(c: Case): string {
  if (isGuangzhou(c)) return c.district && GZ_NAMES.has(c.district) ? c.district : CITY_LABEL;
  const city = (c.city ?? '').replace(/市$/, '');
  return c.district ? `${city}·${c.district}` : `${city}·${CITY_LABEL}`;
}

/** Axis order: Guangzhou districts by code, 市级部门, then the rest by name. */
export function ownerOrder(labels: Iterable<string>): string[] {
  const present = new Set(labels);
  const fixed = [...GUANGZHOU_DISTRICTS.map((d) => d.name), CITY_LABEL];
  const rest = [...present].filter((l) => !fixed.includes(l)).sort(compare);
  return [...fixed.filter((l) => present.has(l)), ...rest];
}

export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function caseYear(c: Case, data: ChartData): number | null {
  return c.year ?? data.documents.find((d) => d.id === c.documentId)?.year ?? null;
}

export function listName(c: Case, data: ChartData): string {
  return c.list ?? data.documents.find((d) => d.id === c.documentId)?.list ?? '未分榜单';
}

function sentenceIndex(doc: SourceDocument | undefined, offset: number): number | null {
  const s = doc?.sentences.find((x) => x.start <= offset && offset < x.end);
  return s ? s.index : null;
}

/** The sentence that names the case, as a link target on its source page. */
export function caseSource(c: Case, data: ChartData): ChartSource {
  const doc = data.documents.find((d) => d.id === c.documentId);
  const text = doc?.text;
  // The naming sentence lies inside the case's span; locate it by its text when we have the document.
  const at = text ? text.indexOf(c.quote, c.start) : -1;
  const start = at >= 0 && at < c.end ? at : c.start;
  const sentence = sentenceIndex(doc, start);
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
  const doc = data.documents.find((d) => d.id === f.documentId);
  return {
    documentId: f.documentId,
    documentTitle: doc?.title ?? f.document,
    anchor: `fig-${f.id}`,
    figure: f.id,
    sentence: sentenceIndex(doc, f.sentenceStart),
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
  const ids = new Set(sources.map((s) => s.documentId));
  const dates = data.documents.filter((d) => ids.has(d.id)).map((d) => d.published ?? (d.year ? String(d.year) : ''));
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
