/**
 * What the pipeline's report says about a document's cases: what it found
 * (with confidence and cues), what it considered and rejected (and why), the
 * structure it saw, and a warning when nothing or only low-confidence cases
 * came out, telling an editor how to declare the list.
 */
import type { z } from 'zod';
import type { ExtractedCase, caseCandidateSchema, reportCasesSchema } from '../datasets/schema.ts';
import type { DocumentRecord } from './document.ts';
import type { Considered } from './cases.ts';
import { LOW_CONFIDENCE } from './cases-cues.ts';
import { describeStructure } from './structure.ts';

export type CaseReportEntry = z.infer<typeof caseCandidateSchema>;
export type CaseReport = z.infer<typeof reportCasesSchema>;

const entry = (c: { id: string; title: string; owner: string; shape: string; confidence: number }, cues: string[]): CaseReportEntry => ({
  id: c.id, title: c.title, owner: c.owner, shape: c.shape, confidence: c.confidence, cues,
});

export function caseReport(doc: DocumentRecord, cases: readonly ExtractedCase[], considered: readonly Considered[]): CaseReport {
  return {
    structure: describeStructure(doc),
    found: cases.map((c) => entry(c, c.cues)),
    rejected: considered.flatMap((c) => (c.status === 'kept' ? [] : [{ ...entry(c, c.allCues.map((cue) => cue.reason)), status: c.status }])),
  };
}

const HOW_TO_DECLARE =
  'If the report lists cases, declare how in its seeds/manifest.json entry ("cases": { "marker": "（一）" } or { "pattern": "^◆" }), or in content/reviews/<document id>.yaml "add" a case by its exact title text or "accept" a candidate by the id listed in build/data/report.json (see README, "For editors").';

/** A warning for a document with no case, or with low-confidence cases only; null when the cases look sound. */
export function caseWarning(doc: DocumentRecord, report: CaseReport): string | null {
  const best = report.rejected.slice().sort((a, b) => b.confidence - a.confidence).slice(0, 3);
  const nearest = best.length ? ` Nearest candidates: ${best.map((c) => `“${c.title}” (${c.confidence}, ${c.status})`).join('; ')}.` : '';
  if (!report.found.length) return `${doc.file}: no case found. Structure seen: ${report.structure}.${nearest} ${HOW_TO_DECLARE}`;
  if (report.found.every((c) => c.confidence < LOW_CONFIDENCE)) {
    return `${doc.file}: only low-confidence cases (${report.found.map((c) => `“${c.title}” ${c.confidence}`).join('; ')}). Structure seen: ${report.structure}. ${HOW_TO_DECLARE}`;
  }
  return null;
}
