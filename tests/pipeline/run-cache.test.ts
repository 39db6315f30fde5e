/**
 * The last whole run, kept (pipeline/run-cache.ts, scripts/report-cache.ts):
 * a run whose inputs did not change at all reuses the datasets and the report
 * of the run before, byte for byte what a run without any cache gives, and
 * reads no report; any change to any input (a report, the manifest, the
 * corrections, a table, an editor's write-up, correction or review) or to the
 * code runs the pipeline again. Each test has a cache folder of its own.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PipelineInput } from '../../scripts/pipeline/index.ts';
import { type PipelineOutput, cachedRun, pipelineOutput, runKey } from '../../scripts/pipeline/run-cache.ts';
import { openReportCache } from '../../scripts/report-cache.ts';
import { readContent } from '../../scripts/read-content.ts';
import { CONTENT_DIR, readSeedInput } from '../helpers/seeds.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'run-cache-'));
const FIXTURE_CORRECTION = join(import.meta.dirname, '..', 'fixtures', 'corrections', '2026-11-30-test-approval-days.md');

const seedInput = (): PipelineInput => ({ ...readSeedInput(), ...readContent(CONTENT_DIR) });

/** What a caller sees of an output: the datasets, the messages, the report. */
const shown = (o: PipelineOutput) => ({ ...o, errors: o.errors.map((e) => e.message) });

/** A run on the cache in `dir` (opened afresh, as each CLI run opens it). */
async function run(input: PipelineInput, dir: string, version = 'test') {
  const cache = openReportCache(dir, version);
  const { output, reused } = await cachedRun(input, cache.runs, { cache });
  return { output, reused, stats: cache.stats };
}

/** A write-up with a sentence added to its text (still valid: the text is free prose). */
function editWriteup(input: PipelineInput): PipelineInput {
  const [first, ...rest] = input.writeups!;
  return { ...input, writeups: [{ ...first!, source: `${first!.source}\n编辑补记：这一句是缓存测试加上的。\n` }, ...rest] };
}

describe('the last run, reused whole', () => {
  it('reads no report when no input changed, and gives the bytes and messages of a run without cache', async () => {
    const input = seedInput();
    const cold = await pipelineOutput(input);
    const dir = freshDir();
    const first = await run(input, dir);
    expect(first.reused).toBe(false);
    const warm = await run(input, dir);
    expect(warm.reused).toBe(true);
    expect(warm.stats).toEqual({ read: 0, extracted: 0, damaged: 0 });
    expect(shown(warm.output)).toEqual(shown(cold));
    expect(shown(first.output)).toEqual(shown(cold));
    expect(Object.keys(warm.output.datasets).length).toBeGreaterThan(5);
  });

  it('runs again after an edit to a write-up or an added correction, and gives what a cold run of the new inputs gives', async () => {
    const input = seedInput();
    const dir = freshDir();
    await run(input, dir);
    const edited = editWriteup(input);
    const afterWriteup = await run(edited, dir);
    expect(afterWriteup.reused).toBe(false);
    expect(afterWriteup.output.datasets).toEqual((await pipelineOutput(edited)).datasets);
    expect(JSON.stringify(afterWriteup.output.datasets)).toContain('这一句是缓存测试加上的');

    const corrected = { ...edited, dataCorrections: [{ file: 'content/corrections/2026-11-30-test-approval-days.md', source: readFileSync(FIXTURE_CORRECTION, 'utf8') }] };
    const afterCorrection = await run(corrected, dir);
    expect(afterCorrection.reused).toBe(false);
    expect(afterCorrection.output.datasets).toEqual((await pipelineOutput(corrected)).datasets);
    expect(afterCorrection.output.datasets['corrections.json']).not.toEqual(afterWriteup.output.datasets['corrections.json']);
    // And back: the run before is not the last one any more, so it runs (from the report cache).
    expect((await run(input, dir)).reused).toBe(false);
    expect((await run(input, dir)).reused).toBe(true);
  });

  it('keys every kind of input and the code version', () => {
    const input = seedInput();
    const key = runKey(input, 'v1');
    const [file, ...files] = input.files;
    const changed: [string, PipelineInput][] = [
      ['a report edited', { ...input, files: [{ name: file!.name, bytes: new Uint8Array([...file!.bytes, 10]) }, ...files] }],
      ['a report renamed', { ...input, files: [{ name: `x-${file!.name}`, bytes: file!.bytes }, ...files] }],
      ['a report added', { ...input, files: [...input.files, { name: 'zz.txt', bytes: new Uint8Array([10]) }] }],
      ['a report removed', { ...input, files }],
      ['the manifest', { ...input, manifest: { ...input.manifest!, data: [...(input.manifest!.data as unknown[]).slice(1)] } }],
      ['the corrections', { ...input, corrections: { path: 'seeds/corrections.json', data: [] } }],
      ['a table', { ...input, tables: { ...input.tables, zones: { ...input.tables.zones, source: `${input.tables.zones.source} ` } } }],
      ['a write-up', editWriteup(input)],
      ['a correction of published data', { ...input, dataCorrections: [{ file: 'content/corrections/x.md', source: 'x' }] }],
      ['a review', { ...input, reviews: [{ file: 'content/reviews/x.yaml', source: 'reject: []\n' }] }],
    ];
    for (const [what, other] of changed) expect(runKey(other, 'v1'), what).not.toBe(key);
    expect(runKey(input, 'v2')).not.toBe(key);
    expect(runKey(seedInput(), 'v1')).toBe(key);
  });

  it('runs again on other code, and on a damaged entry', async () => {
    const input = seedInput();
    const dir = freshDir();
    await run(input, dir);
    expect((await run(input, dir, 'other code')).reused).toBe(false);
    const damagedDir = freshDir();
    const cold = await run(input, damagedDir);
    const runDir = join(damagedDir, 'run');
    const [entry] = readdirSync(runDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    const bytes = readFileSync(entry!);
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(entry!, bytes);
    const again = await run(input, damagedDir);
    expect(again.reused).toBe(false);
    expect(again.stats.damaged).toBe(1);
    expect(shown(again.output)).toEqual(shown(cold.output));
  });
});
