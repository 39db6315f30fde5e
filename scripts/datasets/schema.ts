/**
 * Zod schemas of what the site reads: the generated case entries, the
 * editors' case write-ups and the stories. One module, used by
 * src/content.config.ts and by the tests; every field has a one-line doc.
 */
import { z } from 'zod';

export const LEVELS = ['city', 'district', 'street', 'town', 'other'] as const;

/** Frontmatter of a generated case entry (build/data/cases/<id>.md): the Case record. */
export const generatedCaseSchema = z.object({
  /** Stable id (same owner and headline, same id). */
  id: z.string(),
  /** Source report file name. */
  document: z.string(),
  /** Source report id. */
  documentId: z.string(),
  /** Headline as printed. */
  title: z.string(),
  /** Owner as written in the report. */
  owner: z.string(),
  /** Owner's full name. */
  ownerFull: z.string(),
  /** Administrative level of the owner. */
  level: z.enum(LEVELS),
  /** District name or null (city-level owners). */
  district: z.string().nullable(),
  /** Street or town within the district, if any. */
  street: z.string().nullable(),
  /** City name. */
  city: z.string().nullable(),
  /** Year the case is attributed to. */
  year: z.number().int().nullable(),
  /** List or category in the report. */
  list: z.string().nullable(),
  /** Policy domain (content/taxonomy.json). */
  domain: z.string(),
  /** Keywords that decided the domain. */
  domainKeywords: z.array(z.string()),
  /** Recognizer that found the case. */
  shape: z.string(),
  /** Sentence naming the case. */
  quote: z.string(),
  /** Span of the case text in the normalized report. */
  start: z.number().int(),
  end: z.number().int(),
  /** Figure ids inside the case's span. */
  figures: z.array(z.string()),
  /** District code, or null. */
  districtCode: z.string().nullable(),
  /** The report's period label. */
  period: z.string().nullable(),
  /** Places the case's text names. */
  places: z.array(z.string()),
});

const yearSchema = z.number({ error: 'must be a year as a number, e.g. 2019 (no quotes)' }).int().min(1978).max(2100);

/** Fields an editor may set on any write-up. */
const editorial = {
  /** Headline shown instead of the extracted one. */
  title: z.string().min(1).optional(),
  /** One or two sentences shown in lists and share cards. */
  summary: z.string().min(1).optional(),
  /** Who wrote the write-up. */
  byline: z.string().min(1).optional(),
  /** Date of the last substantive edit (YYYY-MM-DD). */
  updated: z.coerce.date().optional(),
};

/** A write-up that enriches an extracted case: `case` names its id. */
export const enrichmentSchema = z.object({
  /** Id of the extracted case this write-up belongs to. */
  case: z.string().min(1),
  ...editorial,
}).strict();

/** A case no report lists on its own; it must cite the sentence it comes from. */
export const newCaseSchema = z.object({
  /** New, unique id: lower-case letters, digits and hyphens. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
  title: z.string().min(1),
  /** Owner as the source writes it. */
  owner: z.string().min(1),
  /** District name (e.g. 黄埔区) or null for city-level cases. */
  district: z.string().nullable(),
  year: yearSchema,
  /** List or category, e.g. 基层改革创新项目. */
  list: z.string().min(1),
  /** Policy domain from content/taxonomy.json. */
  domain: z.string().min(1),
  /** The source: report id and the verbatim sentence (as on the site's source page). */
  source: z.object({
    document: z.string().min(1),
    quote: z.string().min(4),
  }).strict(),
  summary: editorial.summary,
  byline: editorial.byline,
  updated: editorial.updated,
}).strict();

/** Frontmatter of a story (content/stories/<slug>.md). */
export const storySchema = z.object({
  /** Headline. */
  title: z.string().min(1),
  /** The line under the headline. */
  dek: z.string().min(1),
  /** Author(s). */
  byline: z.string().min(1),
  /** Publication date, YYYY-MM-DD. */
  published: z.coerce.date(),
  /** Chart id shown as the cover and share image. */
  cover: z.string().min(1),
  /** Summary for share cards and the story list. */
  summary: z.string().min(1),
  /** Hidden from lists and feeds while true. */
  draft: z.boolean().default(false),
}).strict();

export type GeneratedCase = z.infer<typeof generatedCaseSchema>;
export type Enrichment = z.infer<typeof enrichmentSchema>;
export type NewCase = z.infer<typeof newCaseSchema>;
export type StoryMeta = z.infer<typeof storySchema>;
