/**
 * The corrections log: editors record an error in published data as one
 * markdown file in content/corrections/ (frontmatter: date, change, reason,
 * the figure ids, case ids and chart ids it affects; body: the details).
 * This stage validates every file against the datasets (unknown ids are
 * named with a did-you-mean) and returns the records for corrections.json,
 * newest first. The site shows each one wherever an affected figure, case or
 * chart appears, including inside other newsrooms' embeds.
 */
import { InputError } from '../datasets/errors.ts';
import { type Case, type DataCorrection, type Figure, dataCorrectionInputSchema } from '../datasets/schema.ts';
import { parseMarkdownInto, zodProblems } from '../datasets/frontmatter.ts';
import { didYouMean } from '../datasets/suggest.ts';

export interface CorrectionFile {
  /** Path as editors see it (content/corrections/x.md). */
  file: string;
  source: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function validateCorrectionsLog(files: readonly CorrectionFile[], figures: readonly Figure[], cases: readonly Case[]): { corrections: DataCorrection[]; problems: InputError[] } {
  const problems: InputError[] = [];
  const corrections: DataCorrection[] = [];
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const caseById = new Map(cases.map((c) => [c.id, c]));
  for (const { file, source } of files) {
    const parsed = parseMarkdownInto(problems, file, source);
    if (!parsed) continue;
    const result = dataCorrectionInputSchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...zodProblems(file, parsed, result.error));
      continue;
    }
    const data = result.data;
    const id = (file.split('/').pop() ?? file).replace(/\.md$/, '');
    const own: InputError[] = [];
    if (!ID.test(id)) own.push(new InputError({ file, problem: `The file name "${id}" cannot be a correction id.`, expected: 'lower-case letters, digits and hyphens, e.g. 2026-11-30-approval-days.md' }));
    const unknown = (field: 'figures' | 'cases', values: string[], known: Map<string, unknown>) => {
      for (const value of values.filter((v) => !known.has(v))) {
        own.push(new InputError({ file, line: parsed.keyLines.get(field), field, problem: `"${value}" is not a ${field === 'figures' ? 'figure' : 'case'} id in the datasets.`, expected: `an id from /data/${field}.json${didYouMean(value, known.keys())}` }));
      }
    };
    unknown('figures', data.figures, figureById);
    unknown('cases', data.cases, caseById);
    if (!data.figures.length && !data.cases.length && !data.charts.length) {
      own.push(new InputError({ file, line: 2, problem: 'The correction names nothing it affects.', expected: 'at least one of figures, cases or charts (lists of ids)' }));
    }
    problems.push(...own);
    if (own.length) continue;
    const documents = new Set([...data.figures.map((f) => figureById.get(f)!.documentId), ...data.cases.map((c) => caseById.get(c)!.documentId)]);
    corrections.push({ ...data, id, file, body: parsed.body.trim(), documents: [...documents].sort() });
  }
  corrections.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
  return { corrections, problems };
}
