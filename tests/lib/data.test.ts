/**
 * The site validates the datasets when it loads them: a record that does not
 * match its schema stops the build with the file, the record and the field.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasets } from '../../src/lib/data.ts';
import { emit } from '../../scripts/pipeline/emit.ts';
import { seedResult } from '../helpers/seeds.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  delete process.env.DATA_DIR;
});

function writeSeedDatasets(edit: (files: Record<string, string>) => void = () => {}): void {
  dir = mkdtempSync(join(tmpdir(), 'data-'));
  const files = emit(seedResult());
  edit(files);
  for (const [name, content] of Object.entries(files)) if (!name.includes('/')) writeFileSync(join(dir, name), content);
  process.env.DATA_DIR = dir;
}

describe('datasets()', () => {
  it('loads the pipeline’s output', () => {
    writeSeedDatasets();
    expect(datasets().cases.length).toBe(seedResult().cases.length);
  });

  it('rejects a record that does not match its schema, naming the record and field', () => {
    writeSeedDatasets((files) => {
      const cases = JSON.parse(files['cases.json']!);
      cases[3].year = '2019';
      files['cases.json'] = JSON.stringify(cases);
    });
    expect(() => datasets()).toThrow(/cases\.json: record 3, field year: .*number/);
  });
});
