/**
 * The one definition of every public record (documents, figures, cases,
 * districts) and of what editors write (case write-ups, stories, corrections).
 * The pipeline's types, the site's types (z.infer), the site's load-time
 * validation, the /data/ field documentation and the published JSON Schemas
 * all come from these zod schemas, one module per record family under
 * schema/; import them from here.
 *
 * Every field carries a description (`.meta({ description })`) in Simplified
 * Chinese: readers see it on /data/ and in datapackage.json. Field names are
 * part of the public interface: add fields, never rename. To add a field, add
 * one line to the record's object in its module, with its description; the
 * pipeline must then fill it (tsc says where).
 */
import { documentTableSchema } from './schema/documents.ts';
import { figureSchema } from './schema/figures.ts';
import { caseSchema } from './schema/cases.ts';
import { districtSchema } from './schema/districts.ts';
import { dataCorrectionSchema } from './schema/editorial.ts';

export {
  ENCODINGS, FIGURE_KINDS, KINDS, LEVELS, QUALIFIERS, REJECTION_REASONS, SCRIPTS, spanSchema,
  type Encoding, type FigureKind, type Kind, type Level, type Qualifier, type RejectionReason, type Script, type Span,
} from './schema/common.ts';
export * from './schema/documents.ts';
export * from './schema/figures.ts';
export * from './schema/cases.ts';
export * from './schema/districts.ts';
export * from './schema/editorial.ts';

/** Each public JSON dataset and the schema of one of its records. */
export const DATASET_SCHEMAS = {
  documents: documentTableSchema,
  figures: figureSchema,
  cases: caseSchema,
  districts: districtSchema,
  corrections: dataCorrectionSchema,
} as const;

export type DatasetName = keyof typeof DATASET_SCHEMAS;
