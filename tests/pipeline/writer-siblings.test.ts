/**
 * Two output folders side by side whose names share a start (`data` and
 * `data-10x`, `pp-cold` and `pp-cold-base`): writing one never deletes the
 * other's datasets, and a link to the other's version is not taken for one's own.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDatasets } from '../../scripts/writer.ts';

const files = (value: string) => ({ 'cases.json': `${value}\n`, 'documents.json': '[]\n' });

describe('writeDatasets beside a folder whose name starts the same', () => {
  for (const [short, long] of [['data', 'data-10x'], ['pp-cold', 'pp-cold-base']] as const) {
    it(`writing ${short} twice keeps ${long}'s datasets`, async () => {
      const parent = mkdtempSync(join(tmpdir(), 'writer-siblings-'));
      await writeDatasets(join(parent, long), files('"long"'));
      await writeDatasets(join(parent, short), files('"short 1"'));
      // The second write of the short folder cleans up its earlier version: only its own.
      await writeDatasets(join(parent, short), files('"short 2"'));
      expect(readFileSync(join(parent, long, 'cases.json'), 'utf8')).toBe('"long"\n');
      expect(readFileSync(join(parent, short, 'cases.json'), 'utf8')).toBe('"short 2"\n');
      expect(readdirSync(parent).filter((n) => n.startsWith('.')).sort()).toEqual([readlinkSync(join(parent, long)), readlinkSync(join(parent, short))].sort());
    });
  }

  it("refuses a link to the other folder's version", async () => {
    const parent = mkdtempSync(join(tmpdir(), 'writer-siblings-'));
    await writeDatasets(join(parent, 'data-10x'), files('"long"'));
    symlinkSync(readlinkSync(join(parent, 'data-10x')), join(parent, 'data'));
    await expect(writeDatasets(join(parent, 'data'), files('"short"'))).rejects.toThrow(/which the pipeline did not create/);
    expect(readFileSync(join(parent, 'data-10x', 'cases.json'), 'utf8')).toBe('"long"\n');
  });
});
