/**
 * The owner of cases a report tells about itself (its numbered items, its
 * work-plan tasks): the district or city the manifest gives, or, for a
 * report without an entry, the first district the opening paragraphs name.
 */
import type { DocumentRecord } from './document.ts';
import { findPlaces } from './places.ts';

export function reportOwner(doc: DocumentRecord): string | null {
  if (doc.region.district) return doc.region.district;
  const opening = doc.paragraphs.slice(0, 3).map((p) => doc.text.slice(p.start, p.end)).join('\n');
  const named = findPlaces(opening, { city: doc.region.city }).find((h) => h.kind === 'district' || h.kind === 'zone');
  return named?.district?.name ?? doc.region.city;
}
