/**
 * An editor's fix of a report's metadata (content/reviews/<id>.yaml,
 * `metadata:`), applied before figures and cases are read, so a corrected
 * district or publisher also places the report's cases. The editor-facing
 * names map onto documents.json: title → title, publisher → publisher,
 * district → region.district (and region.city from the gazetteer),
 * date → published. A fixed field is no longer listed as guessed.
 */
import type { DocumentRecord } from './document.ts';
import { guessedWarning } from './document.ts';
import type { Review } from './reviews.ts';
import { type PlaceTables, districtByName } from './places.ts';

export function applyMetadata(doc: DocumentRecord, metadata: Review['metadata'] | undefined, zones: PlaceTables): DocumentRecord {
  if (!metadata || Object.keys(metadata).length === 0) return doc;
  const out: DocumentRecord = { ...doc, region: { ...doc.region } };
  const fixed = new Set<string>();
  if (metadata.title !== undefined) {
    out.title = metadata.title;
    fixed.add('title');
  }
  if (metadata.publisher !== undefined) {
    out.publisher = metadata.publisher;
    fixed.add('publisher');
  }
  if (metadata.date !== undefined) {
    out.published = metadata.date;
    fixed.add('published');
  }
  if (metadata.district !== undefined) {
    // The schema checked the name against the gazetteer; the report's own city decides between namesakes.
    const d = metadata.district === null ? null : districtByName(metadata.district, { city: doc.region.city, zones });
    out.region = d ? { city: d.city, district: d.name } : { city: doc.region.city, district: null };
    fixed.add('region');
  }
  const before = guessedWarning(doc.inferred);
  out.inferred = doc.inferred.filter((f) => !fixed.has(f));
  out.report = { ...doc.report, warnings: doc.report.warnings.map((w) => (w === before ? guessedWarning(out.inferred) : w)) };
  return out;
}
