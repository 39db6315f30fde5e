/**
 * The case candidates the pipeline considered for a report and rejected, from
 * build/data/report.json (validated with its schema): the desk lists them so
 * an editor can accept one the cues undervalued.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { reportCasesSchema } from '../../scripts/datasets/schema.ts';
import { dataDir } from '../lib/data.ts';

const reportSchema = z.object({ documents: z.array(z.object({ id: z.string(), cases: reportCasesSchema })) });

export type Candidate = z.infer<typeof reportCasesSchema>['rejected'][number];

export function rejectedCandidates(documentId: string): Candidate[] {
  const report = reportSchema.parse(JSON.parse(readFileSync(join(dataDir(), 'report.json'), 'utf8')));
  const rejected = report.documents.find((d) => d.id === documentId)?.cases.rejected ?? [];
  return rejected.toSorted((a, b) => b.confidence - a.confidence);
}
