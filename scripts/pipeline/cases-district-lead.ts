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
import type { EditableTables } from './tables.ts';
import { type Candidate, PILOT_MARK, REFORM_VERB, sentencesOf, titleOf } from './cases-common.ts';
import { type PlaceHit, placeAtStart } from './places.ts';

/** A department of the place (投资促进局, 教育局) between the place and a reform verb. */
const DEPARTMENT = new RegExp(`^[^，。、；：“”（）]{0,12}?(?:局|委员会|委|办公室|办|法院|检察院|中心|政府)(?=${REFORM_VERB.source.slice(1)})`);

/**
 * Who acts when a sentence opens with a place and a reform verb follows,
 * directly, after a colon, or after one of the place's departments:
 * `越秀区创新…`, `越秀区：创新…`, `海珠区投资促进局推出…`.
 */
function actor(doc: DocumentRecord, sentence: string, tables: EditableTables): { place: PlaceHit; owner: string } | null {
  const place = placeAtStart(sentence, { city: doc.region.city, zones: tables.zones });
  if (!place || place.kind === 'city' || !place.district) return null;
  if (place.district.name === doc.region.district) return null;
  const after = sentence.slice(place.end).replace(/^[：:]/, '');
  if (REFORM_VERB.test(after)) return { place, owner: place.matched };
  const dept = DEPARTMENT.exec(after)?.[0];
  return dept ? { place, owner: place.matched + dept } : null;
}

export function districtLeadCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const out: Candidate[] = [];
  // Consecutive paragraphs led by places form one list: they share the context of the first.
  let run = { last: -2, anchor: -1 };
  for (const p of doc.paragraphs) {
    if (p.heading) continue;
    sentencesOf(doc, p).forEach((s, i) => {
      const sentence = doc.text.slice(s.start, s.end);
      const found = actor(doc, sentence, tables);
      if (!found || (i > 0 && !PILOT_MARK.test(sentence))) return;
      if (i === 0) run = { last: p.index, anchor: run.last === p.index - 1 ? run.anchor : p.index };
      out.push({
        shape: i === 0 ? 'district-lead' : 'district-pilot',
        cues: [{ reason: `${i === 0 ? 'a paragraph' : 'a sentence'} that opens with a place and a reform action`, weight: 0.3 }],
        anchor: i === 0 ? run.anchor : p.index,
        owner: found.owner,
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
