/**
 * Reform cases: every recognizer (one per way reports write a case, over the
 * structure of structure.ts) proposes candidates; the classifier
 * (cases-cues.ts) weighs each candidate's cues into a confidence; candidates
 * at the threshold are kept, and where two overlap the more specific shape
 * wins, in the order of RECOGNIZERS. Each kept candidate gets its owner
 * resolved (owners.ts), its list (cases-lists.ts), year (cases-year.ts), domain (domains.ts),
 * place and a stable id. Every candidate, kept or not, is listed with its
 * cues in the result's `considered`, for the pipeline's report.
 */
import { sha256Hex } from '../datasets/hash.ts';
import type { ExtractedCase, RejectionReason } from '../datasets/schema.ts';
import type { DocumentRecord } from './document.ts';
import type { Candidate, Recognizer } from './cases-common.ts';
import { ownerLineCases } from './cases-owner-line.ts';
import { ownerColonCases } from './cases-owner-colon.ts';
import { recommendedCases } from './cases-recommended.ts';
import { awardCases } from './cases-award.ts';
import { inlineCases } from './cases-inline.ts';
import { enumerationCases } from './cases-enumeration.ts';
import { countedCases } from './cases-counted.ts';
import { anaphoraCases } from './cases-anaphora.ts';
import { prizeEntryCases } from './cases-prize-entries.ts';
import { numberedCases } from './cases-numbered.ts';
import { domainTaskCases } from './cases-domain-task.ts';
import { districtLeadCases } from './cases-district-lead.ts';
import { writeupCases } from './cases-writeup.ts';
import { tableCases } from './cases-table.ts';
import { CASE_THRESHOLD, type Cue, confidenceOf, contextCues, declaredWorkPlan, parallelCue, pilotCue, sectionCue, taskCue } from './cases-cues.ts';
import { listAt, listMarks } from './cases-lists.ts';
import { withRegion } from './cases-report-owner.ts';
import { cityOfOwner } from './owners.ts';
import { placeOfCase } from './cases-place.ts';
import { findPlaces, provinceOfCity } from './places.ts';
import { classify } from './domains.ts';
import type { EditableTables } from './tables.ts';
import { NO_REVIEW, type Review } from './reviews.ts';
import { decideCandidates, decideCases } from './cases-decisions.ts';
import { yearOfCase } from './cases-year.ts';
import { mergeMentions } from './cases-mentions.ts';
import { type CaseListing, declaredCases, listedLines } from './case-listing.ts';

export { buildDistricts } from './cases-districts.ts';

/**
 * Most specific first: an owner written on its own line, before a colon or
 * as a recommender is the report's own statement of a case; award lists,
 * lists inside a sentence, numbered items and task lists come next; a
 * district opening a sentence is the weakest sign.
 */
export const RECOGNIZERS: readonly Recognizer[] = [
  ownerLineCases, ownerColonCases, recommendedCases, tableCases, writeupCases, awardCases, enumerationCases, prizeEntryCases, inlineCases, countedCases, anaphoraCases, numberedCases, domainTaskCases, districtLeadCases,
];

/** A candidate with its cues weighed: what the report lists per document. */
export interface Considered extends Candidate {
  id: string;
  confidence: number;
  allCues: Cue[];
  /** kept, or why not (a code of REJECTION_REASONS). */
  status: 'kept' | RejectionReason;
}

export type { ExtractedCase } from '../datasets/schema.ts';

export interface CaseOptions {
  /** The editors' tables: domains, owner names, zones (content/*.json). */
  tables: EditableTables;
  /** The editors' decisions for this report (content/reviews/<id>.yaml). */
  review?: Review;
  /** How the report lists its cases, when the manifest declares it: then only those lines are cases. */
  listing?: CaseListing;
}

/**
 * Stable id: the report's id and a hash of the owner as written and the
 * headline, nothing else, so better spans, domains or lists never move it.
 */
export function caseId(documentId: string, owner: string, title: string): string {
  const key = `${owner.replace(/\s+/g, '')}\u0000${title.replace(/\s+/g, '')}`;
  return `${documentId}-${sha256Hex(key).slice(0, 10)}`;
}

/**
 * Keep candidates in recognizer order, dropping any that overlaps one already kept; then fold the mentions of one
 * case into one (cases-mentions.ts: a report naming one case under two awards, or in a headline and again below it).
 */
export function resolveOverlaps<T extends Candidate>(groups: readonly T[][]): T[] {
  const kept: T[] = [];
  for (const group of groups) {
    for (const c of group) {
      if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    }
  }
  return mergeMentions(kept);
}

/**
 * A report numbers its own measures exactly as it numbers cases (`3.深化行政审批制度改革。一是…`): an item that names no
 * owner is a case only when its heading, lead-in, the report's title or its kind (a case list; a work plan, whose
 * numbered tasks are the reforms it plans) says the list holds cases, or its
 * own headline claims a first (`一是率先推动…`: a summary listing what the district did first).
 */
const UNANNOUNCED: Cue = { reason: 'an item of the report’s own work in a list nothing around it calls cases', weight: -1 };

/** Every candidate of every recognizer, with the cues around it and its confidence. */
export function considerCandidates(doc: DocumentRecord, tables: EditableTables): Considered[][] {
  return RECOGNIZERS.map((recognize) => {
    const found = recognize(doc, tables);
    const groupSize = new Map<number, number>();
    for (const c of found) groupSize.set(c.anchor, (groupSize.get(c.anchor) ?? 0) + 1);
    return found.map((c) => {
      const context = contextCues(doc, c.anchor);
      const pilot = pilotCue(c.title);
      const cues = [
        ...c.cues,
        ...context,
        ...(c.shape === 'numbered' && c.own && !declaredWorkPlan(doc) && !pilot.length && !context.some((cue) => cue.weight > 0) ? [UNANNOUNCED] : []),
        ...pilot,
        ...(c.own ? [...sectionCue(doc, c.anchor), ...taskCue(c.title)] : []),
        ...parallelCue(groupSize.get(c.anchor)!),
      ];
      // The same reason twice (an item naming its owner twice over) is one piece of evidence.
      const allCues = cues.filter((cue, i) => cues.findIndex((o) => o.reason === cue.reason) === i);
      const confidence = confidenceOf(allCues);
      const status = confidence >= CASE_THRESHOLD ? 'kept' : 'below-threshold';
      return { ...c, id: caseId(doc.id, c.owner, c.title), allCues, confidence, status };
    });
  });
}

/** Place names blanked out, so a keyword inside one (湾区 in 荔湾区) does not decide a domain. */
function maskPlaces(text: string, city: string | null, tables: EditableTables): string {
  let out = text;
  for (const h of findPlaces(text, { city, zones: tables.zones })) out = out.slice(0, h.start) + '□'.repeat(h.end - h.start) + out.slice(h.end);
  return out;
}

function placesIn(text: string, city: string | null, tables: EditableTables): string[] {
  const names = findPlaces(text, { city, zones: tables.zones }).flatMap((h) => (h.kind === 'city' ? [] : h.kind === 'zone' ? [h.district!.name] : [h.name]));
  return [...new Set(names)];
}

export function extractCases(report: DocumentRecord, options: CaseOptions): ExtractedCase[] {
  return extractCasesConsidered(report, options).cases;
}

export function extractCasesConsidered(
  report: DocumentRecord,
  options: CaseOptions,
): { cases: ExtractedCase[]; considered: Considered[]; notes: string[]; listingProblem: string | null } {
  // A report without a manifest entry still has a city: the one its text names.
  const { tables } = options;
  const doc = withRegion(report, tables);
  const review = options.review ?? NO_REVIEW;
  const { groups: found, listingProblem } = options.listing ? declaredGroups(doc, options.listing, tables) : { groups: considerCandidates(doc, tables), listingProblem: null };
  const before = decideCandidates(doc, found, review, (owner, title) => caseId(doc.id, owner, title), tables);
  const groups = before.groups;
  const candidates = resolveOverlaps(groups.map((g) => g.filter((c) => c.status === 'kept')));
  const kept = new Set(candidates);
  const considered = groups.flat().map((c) => (c.status === 'kept' && !kept.has(c) ? { ...c, status: 'overlaps-stronger' as const } : c));
  considered.sort((a, b) => a.start - b.start || a.end - b.end);
  const after = decideCases(doc, toCases(doc, candidates, tables), review, tables);
  return { cases: after.cases, considered, notes: [...before.notes, ...after.notes], listingProblem };
}

/** The declared lines as kept candidates; what the recognizers would have kept is listed as not declared. */
function declaredGroups(doc: DocumentRecord, listing: CaseListing, tables: EditableTables): { groups: Considered[][]; listingProblem: string | null } {
  const { lines, problem } = listedLines(doc, listing);
  const declared: Considered[] = declaredCases(doc, lines, listing, tables).map((c) => ({ ...c, id: caseId(doc.id, c.owner, c.title), allCues: c.cues, confidence: 1, status: 'kept' }));
  const others = considerCandidates(doc, tables).map((g) => g.map((c) => (c.status === 'kept' ? { ...c, status: 'not-declared' as const } : c)));
  return { groups: [declared, ...others], listingProblem: problem };
}


function toCases(doc: DocumentRecord, candidates: readonly Considered[], tables: EditableTables): ExtractedCase[] {
  const marks = listMarks(doc);
  const seen = new Map<string, number>();
  const firstCase = Math.min(...candidates.map((c) => c.start));
  return candidates.map((c) => {
    const dated = yearOfCase(c, { doc, firstCase });
    const owner = placeOfCase(doc, c, tables);
    const body = doc.text.slice(c.start, c.end);
    const city = doc.region.city;
    const { domain, keywords } = classify(
      { title: maskPlaces(`${c.owner} ${c.title}`, city, tables), body: maskPlaces(`${body}\n${c.context ?? ''}`, city, tables) },
      tables.taxonomy,
    );
    let id = c.id;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    return {
      id,
      document: doc.file,
      documentId: doc.id,
      title: c.title,
      owner: c.owner,
      ownerFull: owner.full,
      level: owner.level,
      district: owner.district,
      districtCode: owner.districtCode,
      street: owner.street,
      city: cityOfOwner(owner, doc.region.city),
      province: owner.province ?? provinceOfCity(cityOfOwner(owner, doc.region.city) ?? ''),
      year: dated.year,
      yearCue: dated.cue,
      period: doc.period.label || null,
      list: listAt(marks, c.start, doc.list),
      domain,
      domainKeywords: keywords,
      shape: c.shape,
      quote: doc.text.slice(c.quoteStart, c.quoteEnd),
      start: c.start,
      end: c.end,
      places: placesIn(body, doc.region.city, tables),
      figures: [],
      confidence: c.confidence,
      cues: c.allCues.map((cue) => cue.reason),
    };
  });
}
