/**
 * What every record family's schema shares: the description helper (each field is documented for readers of
 * /data/ and datapackage.json, in Simplified Chinese), offsets and spans into a report's text, and the enums.
 */
import { z } from 'zod';

/** A description for readers of /data/ and datapackage.json. */
export const doc = <T extends z.ZodType>(schema: T, description: string): T => schema.meta({ description });

export const offset = (description: string) => doc(z.number().int().min(0), description);

// ---------------------------------------------------------------- shared parts

export const spanSchema = z.object({
  start: offset('起始偏移（含），以字符计'),
  end: offset('结束偏移（不含），以字符计'),
});

export const SCRIPTS = ['simplified', 'traditional'] as const;
export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export const KINDS = ['case-list', 'summary', 'work-plan'] as const;
export const LEVELS = ['city', 'district', 'street', 'town', 'other'] as const;
export const QUALIFIERS = ['exact', 'approx', 'over', 'at_least', 'under'] as const;
/**
 * Why the pipeline set a case candidate aside (report.json `cases.rejected[].status`). Codes, not prose:
 * the editors' desk names each in Chinese (src/lib/candidate-reasons.ts); add a label there with every new code.
 * - below-threshold: its cues weigh less than the case threshold (pipeline/cases-cues.ts CASE_THRESHOLD);
 * - overlaps-stronger: it would have been kept, but a more specific candidate covers the same text;
 * - not-declared: the manifest declares how the report lists its cases ("cases"), and this candidate is not one of those lines.
 */
export const REJECTION_REASONS = ['below-threshold', 'overlaps-stronger', 'not-declared'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export const FIGURE_KINDS = [
  'count', 'money', 'duration', 'percent', 'change', 'ratio', 'area', 'volume', 'energy', 'length', 'weight', 'degree',
] as const;

export type Span = z.infer<typeof spanSchema>;
export type Script = (typeof SCRIPTS)[number];
export type Encoding = (typeof ENCODINGS)[number];
export type Kind = (typeof KINDS)[number];
export type Level = (typeof LEVELS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
