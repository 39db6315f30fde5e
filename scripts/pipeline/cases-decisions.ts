/**
 * Editors' decisions (reviews.ts) applied to a report's candidates and cases:
 * an accepted candidate is kept whatever its cues; an added title becomes a
 * case at the paragraph where its exact text stands; a rejected case is
 * dropped; an edit changes title, owner, district or year. Every decision
 * whose target no longer exists comes back as a note for the report.
 */
import type { ExtractedCase } from '../datasets/schema.ts';
import type { DocumentRecord } from './document.ts';
import type { Considered } from './cases.ts';
import type { Review } from './reviews.ts';
import { splitItem } from './cases-item.ts';
import { reportOwner } from './cases-report-owner.ts';
import { normalizeOwner } from './owners.ts';
import { districtByName } from './places.ts';
import type { EditableTables } from './tables.ts';

const EDITOR = { reason: 'decided by an editor (content/reviews)', weight: 1 };

/** Accepts and additions, before overlaps are resolved: added cases come first, so they win. */
export function decideCandidates(doc: DocumentRecord, groups: Considered[][], review: Review, idOf: (owner: string, title: string) => string, tables: EditableTables): { groups: Considered[][]; notes: string[] } {
  const notes: string[] = [];
  const all = groups.flat();
  for (const a of review.accept) {
    const c = all.find((x) => x.id === a.id);
    if (!c) notes.push(`accept ${a.id}: no candidate of this report has that id (see the report's considered candidates).`);
    else Object.assign(c, { status: 'kept', confidence: 1, allCues: [...c.allCues, EDITOR] });
  }
  const added: Considered[] = review.add.flatMap((a) => {
    const at = doc.text.indexOf(a.title);
    const p = at < 0 ? undefined : doc.paragraphs.find((x) => x.start <= at && at < x.end);
    if (!p) {
      notes.push(`add “${a.title}”: this text does not occur in the report (copy the title exactly as on its source page).`);
      return [];
    }
    const ctx = { city: doc.region.city, district: doc.region.district, tables };
    const owner = a.owner ?? splitItem(doc.text.slice(p.start, p.end), ctx).owner ?? reportOwner(doc, tables) ?? '';
    const cues = [EDITOR];
    return [{ shape: 'editor', cues, allCues: cues, anchor: p.index, owner, title: a.title, start: p.start, end: p.end, quoteStart: p.start, quoteEnd: p.end, id: idOf(owner, a.title), confidence: 1, status: 'kept' as const }];
  });
  return { groups: [added, ...groups], notes };
}

/** Rejections and edits, on the finished cases. */
export function decideCases(doc: DocumentRecord, cases: ExtractedCase[], review: Review, tables: EditableTables): { cases: ExtractedCase[]; notes: string[] } {
  const notes: string[] = [];
  const rejected = new Set(review.reject.map((r) => r.id));
  for (const id of rejected) if (!cases.some((c) => c.id === id)) notes.push(`reject ${id}: no case of this report has that id any more.`);
  const out = cases.filter((c) => !rejected.has(c.id));
  for (const e of review.edit) {
    const c = out.find((x) => x.id === e.id);
    if (!c) {
      notes.push(`edit ${e.id}: no case of this report has that id any more.`);
      continue;
    }
    if (e.title) c.title = e.title;
    if (e.owner) {
      const o = normalizeOwner(e.owner, { city: doc.region.city, district: doc.region.district, tables });
      Object.assign(c, { owner: e.owner, ownerFull: o.full, level: o.level, district: o.district, districtCode: o.districtCode, street: o.street, city: o.aboveCity ? null : o.city ?? c.city, province: o.province ?? c.province });
    }
    if (e.district !== undefined) {
      const d = e.district ? districtByName(e.district, { city: c.city, zones: tables.zones }) : null;
      Object.assign(c, { district: d?.name ?? e.district, districtCode: d?.code ?? null, ...(d ? { city: d.city, province: d.province } : {}) });
    }
    if (e.year !== undefined) Object.assign(c, { year: e.year, yearCue: 'an editor\'s decision (content/reviews)' });
    c.cues = [...c.cues, `edited by an editor (content/reviews)`];
  }
  return { cases: out, notes };
}
