/**
 * Everything the pipeline reads from one report on its own: the normalized
 * document with the editors' metadata fixes and its paragraphs' list markers
 * (paragraph-markers.ts), its figures, its cases (with the
 * editors' decisions) and what the report says about them. Nothing here looks
 * at another report, so the result depends only on ReportInputs and the
 * pipeline's code, and a run can take it from a store (scripts/report-cache.ts)
 * under reportKey instead of extracting again. The stages across reports
 * (duplicate ids, figures attached to cases, write-ups, districts) run after,
 * in index.ts, on these results.
 */
import { serialize, deserialize } from 'node:v8';
import { cacheKey, sha256Hex } from '../datasets/hash.ts';
import { InputError, type InputProblem } from '../datasets/errors.ts';
import type { ExtractedCase } from '../datasets/schema.ts';
import { type DocumentRecord, buildDocument } from './document.ts';
import type { DocumentMeta } from './manifest.ts';
import type { CaseListing } from './case-listing.ts';
import type { Correction } from './corrections.ts';
import { type FigureExtraction, extractFigures } from './figures.ts';
import { extractCasesConsidered } from './cases.ts';
import { type CaseReport, caseReport } from './cases-report.ts';
import type { Review } from './reviews.ts';
import { applyMetadata } from './review-metadata.ts';
import { markParagraphs } from './paragraph-markers.ts';
import type { EditableTables, TableFiles } from './tables.ts';

/** What one report's extraction depends on. Every field is part of its key: a new input belongs here, never in a side channel. */
export interface ReportInputs {
  name: string;
  bytes: Uint8Array;
  /** The report's manifest entry and declared case listing, when it has them. */
  entry: DocumentMeta | undefined;
  listing: CaseListing | undefined;
  /** The corrections that name this report. */
  corrections: Correction[];
  /** The editors' tables, checked (`tables`) and as read (`tableFiles`: what the key hashes). */
  tables: EditableTables;
  tableFiles: TableFiles;
  /** The editors' decisions for this report's id (content/reviews/<id>.yaml), when there are any. */
  review: Review | undefined;
}

/** One report read: its document and what was found in it, or why it could not be read. */
export type ReportExtraction =
  | {
      doc: DocumentRecord;
      /** Bad input found while reading it that did not stop it (a correction matching zero or several places). */
      problems: InputProblem[];
      figures: Pick<FigureExtraction, 'figures' | 'rejected' | 'coverage'>;
      cases: ExtractedCase[];
      caseReport: CaseReport;
      /** Editors' decisions whose target is gone, and why a declared case list matched nothing. */
      notes: string[];
      listingProblem: string | null;
    }
  | { error: InputProblem };

export function extractReport(input: ReportInputs): ReportExtraction {
  const problems: InputError[] = [];
  let built: DocumentRecord;
  try {
    built = buildDocument(input.name, input.bytes, input.entry, input.corrections, input.tables, problems);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: error.problem };
  }
  const fixed = applyMetadata(built, input.review?.metadata, input.tables.zones);
  const { figures, rejected, coverage, tokens } = extractFigures(fixed, { reject: new Set(input.review?.figures.reject.map((r) => r.id)) });
  const doc = markParagraphs(fixed, tokens);
  const run = extractCasesConsidered(doc, { tables: input.tables, review: input.review, listing: input.listing });
  return {
    doc,
    problems: problems.map((p) => p.problem),
    figures: { figures, rejected, coverage },
    cases: run.cases,
    caseReport: caseReport(doc, run.cases, run.considered),
    notes: run.notes,
    listingProblem: run.listingProblem,
  };
}

/**
 * The key of a report's extraction: the pipeline's code version and every
 * field of ReportInputs (the tables as read, the bytes by their hash). A value
 * JSON cannot show (a Map, a Set, a function) would make two inputs share a
 * key, so it is refused; a pattern keys by its source.
 */
export function reportKey(input: ReportInputs, codeVersion: string): string {
  const { bytes, tables: _checked, ...rest } = input;
  const json = JSON.stringify(rest, (_k, value: unknown) => {
    if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
    if (value instanceof Map || value instanceof Set || typeof value === 'function') throw new Error('reportKey: an input JSON cannot show; key it by what it was read from.');
    return value;
  });
  return cacheKey('report', codeVersion, sha256Hex(bytes), json);
}

/** A report's extraction as bytes (V8's serializer keeps undefined, -0 and key order, so a stored result is the one computed). */
export const encodeExtraction = (x: ReportExtraction): Uint8Array => serialize(x);
export const decodeExtraction = (bytes: Uint8Array): ReportExtraction => deserialize(bytes) as ReportExtraction;

/** Where extractions are kept between runs, and the version of the code that made them (the CLI's is on disk: scripts/report-cache.ts). */
export interface ReportStore {
  codeVersion: string;
  get(key: string): Uint8Array | undefined;
  set(key: string, value: Uint8Array): void;
}

/** The extraction from the store when it has one under the report's key; otherwise extracted and stored. */
export function cachedExtraction(input: ReportInputs, store: ReportStore | undefined): ReportExtraction {
  if (!store) return extractReport(input);
  const key = reportKey(input, store.codeVersion);
  const stored = store.get(key);
  if (stored) {
    try {
      return decodeExtraction(stored);
    } catch {
      // An entry of another format: extract again and replace it.
    }
  }
  const fresh = extractReport(input);
  // Stored before any stage across reports touches it: those add to the records they are given.
  store.set(key, encodeExtraction(fresh));
  return fresh;
}
