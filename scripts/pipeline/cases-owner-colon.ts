/**
 * Shape "owner-colon": `Owner：headline` on one line, then (often) a slogan
 * line and the case's paragraphs (the 2024 lists: `市医保局：“先看病、后付费、
 * 免排队”…`). The part before the colon must read as an owner, so lead-ins
 * such as `信息来源：` or `开展…试点：` are not cases.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import { type Candidate, FINAL_STOP, caseEnd, paraText, stripOrdinal } from './cases-common.ts';
import { looksLikeOwner } from './owners.ts';

const LINE = /^([^：:]{2,40})[：:](.{4,})$/;
const LINE_MAX = 90;

export function ownerColonCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  const found: { index: number; owner: string; title: string }[] = [];
  for (const p of doc.paragraphs) {
    const text = stripOrdinal(paraText(doc, p)).text;
    const m = LINE.exec(text);
    // A headline line does not end like a sentence, and a case needs text after it.
    if (!m || text.length > LINE_MAX || FINAL_STOP.test(text) || p.index + 1 >= doc.paragraphs.length) continue;
    if (looksLikeOwner(m[1]!, ctx)) found.push({ index: p.index, owner: m[1]!, title: m[2]!.trim() });
  }
  const starts = new Set(found.map((f) => f.index));
  return found.map(({ index, owner, title }) => {
    const p = doc.paragraphs[index]!;
    return {
      shape: 'owner-colon',
      cues: [{ reason: 'an “owner：headline” line', weight: 0.5 }],
      anchor: found[0]!.index,
      owner,
      title,
      start: p.start, end: caseEnd(doc, index, starts), quoteStart: p.start, quoteEnd: p.end };
  });
}
