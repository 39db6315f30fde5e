/**
 * Where a case stands: its owner normalized to a place (owners.ts), or, for a case that names no owner or an owner
 * with no place of its own, the place its title or opening names, else the report's district or city.
 */
import type { DocumentRecord } from './document.ts';
import type { Candidate } from './cases-common.ts';
import type { EditableTables } from './tables.ts';
import { normalizeOwner } from './owners.ts';
import { findPlaces } from './places.ts';

/** The first district, zone or city named; a city written right before one of its districts (桂林市阳朔…) yields the district. */
function firstPlace(hits: ReturnType<typeof findPlaces>): ReturnType<typeof findPlaces>[number] | undefined {
  const places = hits.filter((h) => h.kind === 'district' || h.kind === 'zone' || h.kind === 'city');
  const [first, next] = places;
  return first?.kind === 'city' && next && next.start === first.end && next.kind !== 'city' && next.city === first.city ? next : first;
}

/**
 * Where a case that names no owner stands: the place its title names (the
 * “富阳版本”, 擦亮黄埔…), else the first place its opening sentence names
 * (德化县成立…), else the report's own district or city.
 */
const OPENING = 120;
function ownerlessPlace(doc: DocumentRecord, c: Candidate, tables: EditableTables): ReturnType<typeof normalizeOwner> {
  const ctx = { city: doc.region.city, zones: tables.zones };
  // A list inside one sentence (shapes inline, enumeration, prize-entry) shares that sentence with its neighbours: only the title speaks for the case.
  const opening = c.shape === 'inline' || c.shape === 'enumeration' || c.shape === 'prize-entry' ? '' : doc.text.slice(c.start, Math.min(c.end, c.start + OPENING));
  const named = [c.title, opening].map((t) => firstPlace(findPlaces(t, ctx))).find((h) => h !== undefined);
  const place = named ? (named.kind === 'city' ? { city: named.city, district: null } : { city: named.city, district: named.district?.name ?? null }) : doc.region;
  const at = normalizeOwner(place.district ?? place.city ?? '', { city: place.city, district: place.district, tables });
  // The place is where the case stands, not who owns it: owner and level stay unknown.
  return { ...at, written: '', full: '', level: 'other', street: null };
}

/**
 * The owner as written, normalized; an owner that names no place of its own (a community, 河埒街道北桥社区, or a
 * unit without its district) stands where an ownerless case would: the place its title or opening names, else the
 * report's district or city.
 */
function placedOwner(doc: DocumentRecord, c: Candidate, tables: EditableTables): ReturnType<typeof normalizeOwner> {
  const owner = normalizeOwner(c.owner, { city: doc.region.city, district: doc.region.district, tables });
  // A province (山东省) is a place of its own, above any district.
  if (owner.level !== 'other' || owner.district || owner.city || owner.province) return owner;
  const at = ownerlessPlace(doc, c, tables);
  return { ...owner, district: at.district, districtCode: at.districtCode, city: at.city ?? owner.city, province: at.province ?? owner.province };
}

/** The place of a kept case, from its owner when it names one. */
export function placeOfCase(doc: DocumentRecord, c: Candidate, tables: EditableTables): ReturnType<typeof normalizeOwner> {
  return c.owner.trim() ? placedOwner(doc, c, tables) : ownerlessPlace(doc, c, tables);
}
