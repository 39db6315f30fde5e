/**
 * What a report says about itself when the manifest does not: its city (the
 * city it names most, or the city of the districts it names most) and the
 * owner of the cases it tells about itself (its numbered items, its
 * work-plan tasks): the district or city the manifest gives, or the first
 * district its opening paragraphs name.
 */
import type { DocumentRecord } from './document.ts';
import { findPlaces } from './places.ts';
import type { EditableTables } from './tables.ts';

function mostFrequent(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** The report with its city filled in from the text when the manifest gives none. */
export function withRegion(doc: DocumentRecord, tables: EditableTables): DocumentRecord {
  if (doc.region.city) return doc;
  const hits = findPlaces(doc.text, { zones: tables.zones });
  const city = mostFrequent(hits.filter((h) => h.kind === 'city').map((h) => h.city)) ?? mostFrequent(hits.map((h) => h.city));
  return city ? { ...doc, region: { ...doc.region, city } } : doc;
}

export function reportOwner(doc: DocumentRecord, tables: EditableTables): string | null {
  if (doc.region.district) return doc.region.district;
  const opening = doc.paragraphs.slice(0, 3).map((p) => doc.text.slice(p.start, p.end)).join('\n');
  const named = findPlaces(opening, { city: doc.region.city, zones: tables.zones }).find((h) => h.kind === 'district' || h.kind === 'zone');
  return named?.district?.name ?? doc.region.city;
}
