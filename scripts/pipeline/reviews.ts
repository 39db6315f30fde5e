/**
 * Editors' decisions on a report's cases, one plain YAML file per report
 * (content/reviews/<document id>.yaml), applied on every run:
 *
 *   reject:                      # a case that is not one, by id
 *     - id: gz-2019h1-review-335995c80f
 *       reason: 不是改革案例
 *   accept:                      # a candidate the report rejected, by id
 *     - id: unseen-1a2b3c4d5e
 *   add:                         # a case the pipeline missed, by its exact title text
 *     - title: 探索科技成果转化的“武汉样板”
 *       owner: 武汉市                # optional
 *   edit:                        # fix a case's fields, by id
 *     - id: gz-2024-cases-0123456789
 *       title: …                 # any of title, owner, district, year
 *   figures:
 *     reject:                    # a number read as a figure that is not one, by figure id
 *       - id: gz-2024-cases-f-1a2b3c4d5e
 *         reason: 页面时间戳
 *   metadata:                    # fix the report's metadata: any of title, publisher, district, date
 *     district: 黄埔区            # or null for a city-wide report
 *     date: 2024-05-01
 *
 * The format is validated with zod; a bad file is reported with file, line
 * and field. A decision whose target no longer exists is reported, not fatal.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError } from '../datasets/errors.ts';
import type { PlaceTables } from './places.ts';
import { didYouMeanDistrict, knownDistrict } from './district-suggest.ts';

const id = z.string({ error: 'must be a case or candidate id, e.g. gz-2024-cases-0123456789' }).min(3);
const figureId = z.string({ error: 'must be a figure id as in figures.json, e.g. gz-2024-cases-f-1a2b3c4d5e.' }).min(3);

/** A calendar date as documents.json's `published`: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const isDate = (s: string): boolean => {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo = '01', d = '01'] = [m[1]!, m[2], m[3]];
  const t = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(`${y}-${mo}-${d}`);
};

/**
 * A district name the pipeline can place (in force anywhere in China, or a former division), with suggestions
 * when it is not. Without the place tables only its shape is checked: that schema (reviewSchema) is the shape
 * of a desk decision, whose district the desk checks with the tables and explains in Chinese (scripts/desk).
 */
const districtName = (zones: PlaceTables | null, example: string) =>
  zones === null
    ? z.string({ error: `must be a district name, e.g. 黄埔区, or null ${example}.` }).min(2)
    : z.string({ error: `must be a district name, e.g. 黄埔区, or null ${example}.` }).refine((name) => knownDistrict(name, zones), {
      error: (issue) => `is not a district the gazetteer knows: "${String(issue.input)}".${didYouMeanDistrict(String(issue.input), zones)} Write a district's name, e.g. 黄埔区, or null ${example}.`,
    });

/** The report's metadata an editor may fix; documents.json calls date `published` and district `region.district`. */
const metadataSchemaFor = (zones: PlaceTables | null) => z
  .object({
    title: z.string({ error: 'must be the report title as text.' }).trim().min(2).optional(),
    publisher: z.string({ error: 'must be the publishing body as text, or null when unknown.' }).trim().min(2).nullable().optional(),
    district: districtName(zones, 'for a city-wide report').nullable().optional(),
    date: z
      .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2024-05-01.' })
      .refine(isDate, { error: (issue) => `is not a calendar date: "${String(issue.input)}"; write YYYY-MM-DD (or YYYY-MM, YYYY).` })
      .optional(),
  })
  .strict();

/** The schema of a review file; the place tables (home city, former divisions) check districts and order their suggestions. */
const reviewSchemaFor = (zones: PlaceTables | null) => z
  .object({
    reject: z.array(z.object({ id, reason: z.string().optional() }).strict()).default([]),
    accept: z.array(z.object({ id, reason: z.string().optional() }).strict()).default([]),
    add: z.array(z.object({ title: z.string().min(2), owner: z.string().min(1).optional(), reason: z.string().optional() }).strict()).default([]),
    edit: z
      .array(
        z.object({
          id,
          title: z.string().min(2).optional(),
          owner: z.string().min(1).optional(),
          district: districtName(zones, 'for a city-level owner').nullable().optional(),
          year: z.number({ error: 'must be a year as a number, e.g. 2019' }).int().min(1978).max(2100).optional(),
        }).strict(),
      )
      .default([]),
    figures: z.object({ reject: z.array(z.object({ id: figureId, reason: z.string().optional() }).strict()).default([]) }).strict().default({ reject: [] }),
    metadata: metadataSchemaFor(zones).default({}),
  })
  .strict();

/** The shape of a review file, districts unchecked: what a desk decision must look like (the full check is parseReview's). */
export const reviewSchema = reviewSchemaFor(null);
const schemas = new WeakMap<PlaceTables, typeof reviewSchema>();

export type Review = z.infer<typeof reviewSchema>;

/** No decisions: what a report without a review file gets. */
export const NO_REVIEW: Review = reviewSchema.parse({});

export interface ReviewFile {
  /** The path as given (content/reviews/gz-2024-cases.yaml): errors name it. */
  file: string;
  source: string;
}

/** The document id a review file is for: its name without .yaml. */
export const reviewDocument = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');

/** What is valid, by the top-level key a problem is under. */
const EXPECTED: Record<string, string> = {
  figures: 'figures: reject: a list of { id: <figure id from figures.json>, reason: <optional text> }',
  metadata: 'metadata: any of title, publisher (text or null), district (a district name or null), date (YYYY-MM-DD)',
  '': 'keys reject, accept, add, edit (each a list of case decisions), figures and metadata; see README, "For editors"',
};
const expectedFor = (path: readonly PropertyKey[]) => EXPECTED[String(path[0])] ?? EXPECTED['']!;

type Located = { range?: [number, number] } | undefined;

/** Parse and validate one review file; every problem is reported with its line (a wrong district with suggestions from the home city first). */
export function parseReview({ file, source }: ReviewFile, zones: PlaceTables): { review: Review | null; problems: InputError[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line);
  if (doc.errors.length) {
    return { review: null, problems: doc.errors.map((e) => new InputError({ file, line: lineAt(e.pos[0]), problem: `Not valid YAML: ${e.message.split('\n')[0]}`, expected: EXPECTED['']! })) };
  }
  if (!schemas.has(zones)) schemas.set(zones, reviewSchemaFor(zones));
  const parsed = schemas.get(zones)!.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { review: parsed.data, problems: [] };
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as Located;
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  // The line of a key itself (an unknown key), which getIn cannot reach: the pair whose key it is.
  const keyLine = (path: readonly PropertyKey[], key: string): number | undefined => {
    const map = (path.length ? doc.getIn(path as (string | number)[], true) : doc.contents) as { items?: { key?: { value?: unknown; range?: [number, number] } }[] } | undefined;
    const pair = map?.items?.find((i) => i.key?.value === key);
    return pair?.key?.range ? lineAt(pair.key.range[0]) : lineOf(path);
  };
  const problems = parsed.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => new InputError({ file, line: keyLine(issue.path, key), field: [...issue.path, key].join('.'), problem: `Unknown key "${key}".`, expected: expectedFor(issue.path) }));
    }
    return [new InputError({ file, line: lineOf(issue.path), field: issue.path.join('.') || undefined, problem: issue.message, expected: expectedFor(issue.path) })];
  });
  return { review: null, problems };
}
