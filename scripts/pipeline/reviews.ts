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
 *
 * The format is validated with zod; a bad file is reported with file, line
 * and field. A decision whose target no longer exists is reported, not fatal.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError } from '../datasets/errors.ts';

const id = z.string({ error: 'must be a case or candidate id, e.g. gz-2024-cases-0123456789' }).min(3);

export const reviewSchema = z
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
          district: z.string().min(2).nullable().optional(),
          year: z.number({ error: 'must be a year as a number, e.g. 2019' }).int().min(1978).max(2100).optional(),
        }).strict(),
      )
      .default([]),
  })
  .strict();

export type Review = z.infer<typeof reviewSchema>;

export interface ReviewFile {
  /** The path as given (content/reviews/gz-2024-cases.yaml): errors name it. */
  file: string;
  source: string;
}

/** The document id a review file is for: its name without .yaml. */
export const reviewDocument = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');

const EXPECTED = 'keys reject, accept, add, edit, each a list (see README, "For editors": reviews)';

/** Parse and validate one review file; every problem is reported with its line. */
export function parseReview({ file, source }: ReviewFile): { review: Review | null; problems: InputError[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line);
  if (doc.errors.length) {
    return { review: null, problems: doc.errors.map((e) => new InputError({ file, line: lineAt(e.pos[0]), problem: `Not valid YAML: ${e.message.split('\n')[0]}`, expected: EXPECTED })) };
  }
  const parsed = reviewSchema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { review: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number] } | undefined;
    const parent = doc.getIn(issue.path.slice(0, -1) as (string | number)[], true) as { range?: [number, number] } | undefined;
    return new InputError({
      file,
      line: lineAt(node?.range?.[0] ?? parent?.range?.[0]),
      field: issue.path.join('.') || undefined,
      problem: issue.message,
      expected: EXPECTED,
    });
  });
  return { review: null, problems };
}
