/**
 * A 20 MB report (a real report repeated) goes through the pipeline with the
 * others: no error, its cases and figures found, offsets still exact. Only
 * correctness is asserted here; speed is measured by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { SEEDS_DIR, contentTableFiles } from '../helpers/seeds.ts';

describe('a 20 MB report', () => {
  it('is processed completely, and the other reports too', () => {
    const seed = readFileSync(join(SEEDS_DIR, '003_e16b0d24c0acaf43.txt'));
    const copies = Math.ceil((20 * 1024 * 1024) / seed.length);
    const big = Buffer.concat(Array.from({ length: copies }, () => seed));
    expect(big.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    const other = readFileSync(join(SEEDS_DIR, '001_57d941852078dfd8.txt'));
    const result = runPipeline({ tables: contentTableFiles(), files: [{ name: 'huge.txt', bytes: big }, { name: '001.txt', bytes: other }] });
    expect(result.errors).toEqual([]);
    expect(result.documents.map((d) => d.file)).toEqual(['001.txt', 'huge.txt']);
    const huge = result.documents[1]!;
    // Every copy of the 16 cases is found (same owner and headline in one report share an id, so count spans).
    expect(result.cases.filter((c) => c.documentId === huge.id).length).toBeGreaterThanOrEqual(16);
    const last = result.figures.filter((f) => f.documentId === huge.id).at(-1)!;
    expect(huge.text.slice(last.start, last.end)).toBe(last.raw);
    expect(result.cases.some((c) => c.documentId === result.documents[0]!.id)).toBe(true);
  }, 300_000);
});
