/**
 * Shape "owner-line": a line naming the owner, then the headline, then the
 * case's paragraphs (the 2018 list: `广州市水务局` / `全省率先开启“掌上治水”…`).
 * The owner line must read as a place or an organisation (owners.ts), the
 * headline must not end like a sentence, and body text must follow, or, in a
 * list of entries without text (an award list), another owner and headline;
 * lead-in lines inside a case (`三项国家级试点阶段性完成：`) are neither.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import { type Candidate, FINAL_STOP, REFORM_VERB, caseEnd, paraText, stripOrdinal } from './cases-common.ts';
import { looksLikeOrganisation, looksLikeOwner } from './owners.ts';

const HEADLINE_MAX = 60;

export function ownerLineCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  const ps = doc.paragraphs;
  /** Paragraph i names an owner and paragraph i + 1 a headline. */
  const pair = (i: number): boolean => {
    if (i < 0 || i + 1 >= ps.length) return false;
    const owner = stripOrdinal(paraText(doc, ps[i]!)).text;
    const headline = stripOrdinal(paraText(doc, ps[i + 1]!)).text;
    // A line before a headline may also be an organisation with no place in front, but never an action.
    if (!looksLikeOwner(owner, ctx) && !(looksLikeOrganisation(owner, tables.owners) && !REFORM_VERB.test(owner))) return false;
    return headline.length <= HEADLINE_MAX && !FINAL_STOP.test(headline) && !looksLikeOwner(headline, ctx);
  };
  const starts: number[] = [];
  for (let i = 0; i + 1 < ps.length; i++) {
    if (!pair(i)) continue;
    // Body text follows a case's headline; in a list of entries alone (an award list: owner, title, owner, title …)
    // the next pair, or the one before, does.
    const body = i + 2 < ps.length && !ps[i + 2]!.heading;
    if (!body && !pair(i + 2) && !(starts.at(-1) === i - 2)) continue;
    starts.push(i);
  }
  const startSet = new Set(starts);
  return starts.map((i) => {
    const headline = ps[i + 1]!;
    return {
      shape: 'owner-line',
      cues: [{ reason: 'an owner line before a headline', weight: 0.6 }],
      anchor: starts[0]!,
      owner: stripOrdinal(paraText(doc, ps[i]!)).text,
      title: stripOrdinal(paraText(doc, headline)).text,
      start: ps[i]!.start,
      end: caseEnd(doc, i, startSet),
      quoteStart: headline.start,
      quoteEnd: headline.end,
    };
  });
}
