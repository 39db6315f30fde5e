/**
 * Shapes "district-lead" and "district-pilot": a district (or street, town,
 * zone) as the subject of a reform action, in a report written about more
 * than that place (the 2019 review: `越秀区创新社区嵌入式养老模式，…`).
 *
 * - A paragraph that opens with a place and a reform verb is one case: the
 *   place's project, spanning the paragraph.
 * - Inside a paragraph, a later sentence that opens the same way is a case
 *   only when it names a pilot or a first (试点, 率先, 首个 …): that is how a
 *   report singles out a district's own reform (`黄埔区试点上线…`).
 * A report's own district is never a case this way: in its own report it is
 * the narrator (`龙华区坚持问题导向…`), and its cases come from other shapes.
 */
import type { DocumentRecord } from './document.ts';
import { type Candidate, PILOT_MARK, REFORM_VERB, sentencesOf, titleOf } from './cases-common.ts';
import { type PlaceHit, placeAtStart } from './places.ts';

/** The place a sentence opens with when a reform verb follows it. */
function actingPlace(doc: DocumentRecord, sentence: string): PlaceHit | null {
  const place = placeAtStart(sentence, { city: doc.region.city });
  if (!place || place.kind === 'city' || !place.district) return null;
  if (place.district.name === doc.region.district) return null;
  return REFORM_VERB.test(sentence.slice(place.end)) ? place : null;
}

export function districtLeadCases(doc: DocumentRecord): Candidate[] {
  const out: Candidate[] = [];
  for (const p of doc.paragraphs) {
    if (p.heading) continue;
    sentencesOf(doc, p).forEach((s, i) => {
      const sentence = doc.text.slice(s.start, s.end);
      const place = actingPlace(doc, sentence);
      if (!place || (i > 0 && !PILOT_MARK.test(sentence))) return;
      out.push({
        shape: i === 0 ? 'district-lead' : 'district-pilot',
        owner: place.matched,
        // The headline is the first clause: the place and what it did.
        title: titleOf(sentence, 0),
        start: s.start,
        end: i === 0 ? p.end : s.end,
        quoteStart: s.start,
        quoteEnd: s.end,
      });
    });
  }
  return out;
}
