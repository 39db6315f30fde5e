/**
 * The seeds and content/ run through the pipeline with one more write-up, filed under the former
 * district 萝岗区 (tests/fixtures/former-writeup/): the datasets a site would have after an editor
 * wrote it. Computed once per test process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PipelineResult, runPipeline } from '../../scripts/pipeline/index.ts';
import { readContent } from '../../scripts/read-content.ts';
import { CONTENT_DIR, readSeedInput } from './seeds.ts';

export const FORMER_WRITEUP = {
  file: 'content/cases/luogang-lab.md',
  source: readFileSync(join(import.meta.dirname, '..', 'fixtures', 'former-writeup', 'luogang-lab.md'), 'utf8'),
};

let cached: PipelineResult | undefined;

export function withFormerWriteup(): PipelineResult {
  const content = readContent(CONTENT_DIR);
  cached ??= runPipeline({ ...readSeedInput(), ...content, writeups: [...content.writeups, FORMER_WRITEUP] });
  return cached;
}
