/**
 * The whole pipeline as one pure function: report files (names and bytes),
 * the manifest, the corrections, the editors' tables (taxonomy, owners, zones)
 * and write-ups in; datasets and a report out. No file system access here: the CLI (scripts/extract.ts) reads
 * and writes. Each report is read on its own (per-report.ts), so a run given a
 * store of earlier extractions reads again only the reports whose inputs
 * changed; the stages across reports then run on all of them.
 */
import { InputError } from '../datasets/errors.ts';
import type { DocumentRecord } from './document.ts';
import { type DeclaredListing, type DocumentMeta, documentId, parseManifest } from './manifest.ts';
import { type Correction, parseCorrections, unknownFiles } from './corrections.ts';
import type { Case, DataCorrection, District, Figure } from '../datasets/schema.ts';
import { type CoverageReport, type FigureExtraction, coverageReport } from './figures.ts';
import { buildDistricts } from './cases.ts';
import { type CaseReport, caseWarning } from './cases-report.ts';
import { type Review, type ReviewFile, parseReview, reviewDocument } from './reviews.ts';
import { type ReportExtraction, type ReportStore, cachedExtraction } from './per-report.ts';
import { attachFigures } from './attach.ts';
import { validateWriteups, writeupContext } from './writeups.ts';
import { applyWriteups } from './apply-writeups.ts';
import { placeToday } from './districts-today.ts';
import { validateCorrectionsLog } from './corrections-log.ts';
import { type TableFiles, parseTables } from './tables.ts';

export interface PipelineInput {
  files: { name: string; bytes: Uint8Array }[];
  /** The editors' tables (content/taxonomy.json, owners.json, zones.json) as read: checked here before any report is read. */
  tables: TableFiles;
  /** Parsed JSON of the manifest, with the path it came from (for error messages). */
  manifest?: { path: string; data: unknown };
  corrections?: { path: string; data: unknown };
  /** Editors' case write-ups (content/cases/*.md): the path shown in errors and the file's text. */
  writeups?: { file: string; source: string }[];
  /** Editors' corrections of published data (content/corrections/*.md), as the write-ups. */
  dataCorrections?: { file: string; source: string }[];
  /** Editors' decisions on cases (content/reviews/<document id>.yaml), as the write-ups. */
  reviews?: ReviewFile[];
}

export interface PipelineResult {
  documents: DocumentRecord[];
  figures: Figure[];
  cases: Case[];
  districts: District[];
  /** The corrections log, validated against the final figures and cases, newest first. */
  corrections: DataCorrection[];
  /** Bad input: each names its file; the other files were still processed. */
  errors: InputError[];
  /**
   * The subset of `errors` in what editors maintain (manifest, corrections,
   * write-ups): datasets built without them would be wrong, so the CLI writes nothing.
   */
  blocking: InputError[];
  report: PipelineReport;
  /** How every number token was classified, per document. */
  coverage: CoverageReport;
}

export interface PipelineReport {
  documents: {
    file: string;
    id: string;
    counts: Record<string, number>;
    warnings: string[];
    cases: CaseReport;
    /** Figures an editor rejected (content/reviews figures.reject), where they stood and why. */
    rejectedFigures: { id: string; raw: string; start: number; end: number; reason: string | null }[];
  }[];
  errors: string[];
}

export interface PipelineOptions {
  /** Where each report's extraction is kept between runs (scripts/report-cache.ts); without it every report is extracted. */
  cache?: ReportStore;
}

/** A report that was read, as the stages across reports use it. */
type Extracted = Exclude<ReportExtraction, { error: unknown }>;

export function runPipeline(input: PipelineInput, options: PipelineOptions = {}): PipelineResult {
  const errors: InputError[] = [];
  const blocking: InputError[] = [];
  let entries: DocumentMeta[] = [];
  let listings = new Map<string, DeclaredListing>();
  if (input.manifest) {
    const parsed = parseManifest(input.manifest.path, input.manifest.data);
    entries = parsed.entries;
    listings = parsed.listings;
    blocking.push(...parsed.problems);
  }
  let corrections: Correction[] = [];
  if (input.corrections) {
    const parsed = parseCorrections(input.corrections.path, input.corrections.data);
    corrections = parsed.corrections;
    blocking.push(...parsed.problems);
  }
  const { tables, problems: tableProblems } = parseTables(input.tables);
  blocking.push(...tableProblems);
  // Without valid tables no case could be classified or placed: report every input problem found so far, extract nothing.
  if (!tables) return emptyResult(blocking);

  const files = [...input.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Corrections that name no report, or match zero or several places, make the corrections file bad.
  blocking.push(...unknownFiles(corrections, files.map((f) => f.name)));
  // Reviews are read first: a report's decisions are one of the inputs of its extraction (per-report.ts).
  const parsedReviews = (input.reviews ?? []).map((file) => ({ file, id: reviewDocument(file.file), ...parseReview(file, tables.zones) }));
  const reviewOf = new Map(parsedReviews.flatMap((r) => (r.review ? [[r.id, r.review] as const] : [])));
  const extracted = files.map(({ name, bytes }) => {
    const entry = entries.find((e) => e.file === name);
    return cachedExtraction(
      { name, bytes, entry, listing: listings.get(name)?.listing, corrections: corrections.filter((c) => c.file === name), tables, tableFiles: input.tables, review: reviewOf.get(documentId(name, entry)) },
      options.cache,
    );
  });

  const runs: Extracted[] = [];
  const seen = new Map<string, string>();
  for (const x of extracted) {
    if ('error' in x) {
      errors.push(new InputError(x.error));
      continue;
    }
    blocking.push(...x.problems.map((p) => new InputError(p)));
    const other = seen.get(x.doc.id);
    // Two reports with one id would overwrite each other's pages and datasets: the second is left out.
    if (other) errors.push(new InputError({ file: x.doc.file, field: 'id', problem: `Report id "${x.doc.id}" is also the id of ${other}; ${x.doc.file} was left out.`, expected: 'a unique id per report: set "id" for both files in seeds/manifest.json' }));
    else runs.push(x);
    seen.set(x.doc.id, x.doc.file);
  }
  const documents = runs.map((r) => r.doc);
  for (const entry of entries) {
    if (!files.some((f) => f.name === entry.file)) {
      blocking.push(new InputError({ file: input.manifest!.path, field: 'file', problem: `The manifest lists ${entry.file}, which is not in the seeds folder.`, expected: `one of: ${files.map((f) => f.name).join(', ')}` }));
    }
  }

  const reviews = new Map<string, Review>();
  for (const parsed of parsedReviews) {
    blocking.push(...parsed.problems);
    if (!documents.some((d) => d.id === parsed.id)) {
      blocking.push(new InputError({ file: parsed.file.file, problem: `No report has the id "${parsed.id}".`, expected: `a file named after a report id: ${documents.map((d) => `${d.id}.yaml`).join(', ')}` }));
    } else if (parsed.review) reviews.set(parsed.id, parsed.review);
  }
  documents.forEach((d, i) => {
    const problem = runs[i]!.listingProblem;
    if (problem) blocking.push(new InputError({ file: input.manifest!.path, field: `${listings.get(d.file)!.at}.cases`, problem: `${d.file}: the declared case list matches nothing: ${problem}`, expected: 'a marker, pattern or section as written in the report (see README, "For editors": how a report lists its cases)' }));
  });
  const attached = attachFigures(
    runs.flatMap((r) => r.figures.figures),
    runs.flatMap((r) => r.cases),
  );
  const { figures } = attached;
  const coverage = coverageReport(runs.map((r) => r.figures.coverage));

  const writeups = validateWriteups(input.writeups ?? [], writeupContext(attached.cases, documents, tables));
  blocking.push(...writeups.problems);
  const cases = placeToday(applyWriteups(attached.cases, writeups, documents, figures, tables), tables.zones);
  const log = validateCorrectionsLog(input.dataCorrections ?? [], figures, cases);
  blocking.push(...log.problems);
  errors.unshift(...blocking);

  const casesPerDocument = new Map<string, number>();
  for (const c of cases) casesPerDocument.set(c.documentId, (casesPerDocument.get(c.documentId) ?? 0) + 1);

  return {
    documents,
    figures,
    cases,
    districts: buildDistricts(cases, tables.zones),
    corrections: log.corrections,
    errors,
    blocking,
    coverage,
    report: {
      documents: documents.map((d, i) => ({
        file: d.file,
        id: d.id,
        counts: {
          ...d.report.counts,
          numberTokens: runs[i]!.figures.coverage.tokens,
          figures: runs[i]!.figures.figures.length,
          unclassified: runs[i]!.figures.coverage.unclassified,
          cases: casesPerDocument.get(d.id) ?? 0,
        },
        warnings: [
          ...d.report.warnings,
          ...[caseWarning(d, runs[i]!.caseReport)].filter((w) => w !== null),
          ...[...runs[i]!.notes, ...staleFigureRejections(reviews.get(d.id), runs[i]!.figures)].map((n) => `content/reviews/${d.id}.yaml: ${n}`),
        ],
        cases: runs[i]!.caseReport,
        rejectedFigures: rejectedFigures(reviews.get(d.id), runs[i]!.figures),
      })),
      errors: errors.map((e) => e.message),
    },
  };
}

/** A figure rejection whose figure no longer exists (its sentence or number changed) is a note, not an error. */
function staleFigureRejections(review: Review | undefined, extraction: Pick<FigureExtraction, 'rejected'>): string[] {
  return (review?.figures.reject ?? [])
    .filter((r) => !extraction.rejected.some((f) => f.id === r.id))
    .map((r) => `figures.reject ${r.id}: no figure of this report has that id any more.`);
}

function rejectedFigures(review: Review | undefined, extraction: Pick<FigureExtraction, 'rejected'>): PipelineReport['documents'][number]['rejectedFigures'] {
  const reasons = new Map((review?.figures.reject ?? []).map((r) => [r.id, r.reason ?? null]));
  return extraction.rejected.filter((f) => !f.derived).map((f) => ({ id: f.id, raw: f.raw, start: f.start, end: f.end, reason: reasons.get(f.id) ?? null }));
}

/** The result of a run stopped by bad tables: no datasets, every problem found. */
function emptyResult(blocking: InputError[]): PipelineResult {
  return {
    documents: [],
    figures: [],
    cases: [],
    districts: [],
    corrections: [],
    errors: [...blocking],
    blocking,
    coverage: coverageReport([]),
    report: { documents: [], errors: blocking.map((e) => e.message) },
  };
}
