/**
 * The desk names why a candidate was set aside in Chinese: the pipeline writes
 * codes from one documented enum, and src/lib/candidate-reasons.ts has a label
 * for every one of them.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REJECTION_REASONS, reportCasesSchema } from '../../scripts/datasets/schema.ts';
import { REJECTION_LABELS, rejectionLabel } from '../../src/lib/candidate-reasons.ts';
import { seedResult } from '../helpers/seeds.ts';

describe('rejection reasons', () => {
  it('every code has its own Chinese label', () => {
    for (const code of REJECTION_REASONS) expect(rejectionLabel(code), code).toMatch(/\p{Script=Han}/u);
    expect(Object.keys(REJECTION_LABELS).sort()).toEqual([...REJECTION_REASONS].sort());
    expect(new Set(Object.values(REJECTION_LABELS)).size).toBe(REJECTION_REASONS.length);
  });

  it('the pipeline reports rejected candidates with codes of the enum only, each of which has a label', () => {
    const documents = seedResult().report.documents;
    const rejected = documents.flatMap((d) => z.array(reportCasesSchema).parse([d.cases])[0]!.rejected);
    expect(rejected.length).toBeGreaterThan(0);
    for (const c of rejected) expect(REJECTION_LABELS[c.status], `${c.title}: ${c.status}`).toBeDefined();
  });
});
