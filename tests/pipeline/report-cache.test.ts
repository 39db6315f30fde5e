/**
 * The report cache (pipeline/per-report.ts, scripts/report-cache.ts): a run
 * that takes unchanged reports from the cache writes the very bytes a run
 * without it writes, re-extracts exactly the reports whose inputs changed,
 * and never serves an entry for other inputs, other code or damaged bytes.
 * Each test has a cache folder of its own.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PipelineInput, runPipeline } from '../../scripts/pipeline/index.ts';
import { emit } from '../../scripts/pipeline/emit.ts';
import { type ReportInputs, reportKey } from '../../scripts/pipeline/per-report.ts';
import { openReportCache } from '../../scripts/report-cache.ts';
import { readContent } from '../../scripts/read-content.ts';
import { CONTENT_DIR, contentTables, readSeedInput } from '../helpers/seeds.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'report-cache-'));
const entries = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

/** The seeds and content, plus a report with nothing readable in it (a bad report is a result too). */
function seedInput(): PipelineInput {
  const input = { ...readSeedInput(), ...readContent(CONTENT_DIR) };
  return { ...input, files: [...input.files, { name: 'zz-empty.txt', bytes: new TextEncoder().encode(' \n') }] };
}

/** One report's text with a sentence added at its end. */
function editOne(input: PipelineInput, name: string, sentence: string): PipelineInput {
  return { ...input, files: input.files.map((f) => (f.name === name ? { name, bytes: new Uint8Array([...f.bytes, ...new TextEncoder().encode(`\n${sentence}\n`)]) } : f)) };
}

const datasets = (input: PipelineInput, dir?: string, version = 'test') => {
  const cache = dir ? openReportCache(dir, version) : undefined;
  const result = runPipeline(input, { cache });
  return { files: emit(result), stats: cache?.stats, errors: result.errors.map((e) => e.message) };
};

describe('report cache', () => {
  it('cold, warm and after editing one report: the datasets of a run without the cache, extracting only the edited report', () => {
    const dir = freshDir();
    const input = seedInput();
    const cold = datasets(input);
    const first = datasets(input, dir);
    expect(first.stats).toEqual({ read: 0, extracted: 6, damaged: 0 });
    const warm = datasets(input, dir);
    expect(warm.stats).toEqual({ read: 6, extracted: 0, damaged: 0 });
    expect(first.files).toEqual(cold.files);
    expect(warm.files).toEqual(cold.files);
    expect(warm.errors).toEqual(cold.errors);
    expect(warm.errors.some((e) => e.includes('zz-empty.txt'))).toBe(true);

    const name = input.files[2]!.name;
    const edited = editOne(input, name, '2023年，全区新增市场主体4.2万户，同比增长12.5%。');
    const afterEdit = datasets(edited, dir);
    expect(afterEdit.stats).toEqual({ read: 5, extracted: 1, damaged: 0 });
    const coldEdited = datasets(edited);
    expect(afterEdit.files).toEqual(coldEdited.files);
    expect(coldEdited.files['figures.json']).toContain('4.2万户');
  });

  it('re-extracts the report an editor decided on, and only that one', () => {
    const dir = freshDir();
    const input = seedInput();
    datasets(input, dir);
    const doc = runPipeline(input).cases[0]!;
    const reviewed = { ...input, reviews: [...(input.reviews ?? []), { file: `content/reviews/${doc.documentId}.yaml`, source: `reject:\n  - id: ${doc.id}\n` }] };
    const warm = datasets(reviewed, dir);
    expect(warm.stats).toEqual({ read: 5, extracted: 1, damaged: 0 });
    expect(warm.files['cases.json']).not.toContain(`"${doc.id}"`);
    expect(warm.files).toEqual(datasets(reviewed).files);
  });

  it('keys every input of a report, and the code version', () => {
    const input = seedInput();
    const file = input.files[0]!;
    const base: ReportInputs = {
      name: file.name, bytes: file.bytes, entry: undefined, listing: undefined, corrections: [], tables: contentTables(), tableFiles: input.tables, review: undefined,
    };
    const key = reportKey(base, 'v1');
    const changed: Partial<ReportInputs>[] = [
      { name: 'other.txt' },
      { bytes: new Uint8Array([...file.bytes, 10]) },
      { entry: { id: 'x', file: file.name } as ReportInputs['entry'] },
      { listing: { pattern: /^◆/ } },
      { corrections: [{ file: file.name, original: '甲', corrected: '乙', reason: 'r' }] },
      { tableFiles: { ...input.tables, zones: { ...input.tables.zones, source: `${input.tables.zones.source} ` } } },
      { review: { reject: [{ id: 'x-1' }] } as unknown as ReportInputs['review'] },
    ];
    for (const change of changed) expect(reportKey({ ...base, ...change }, 'v1'), Object.keys(change)[0]).not.toBe(key);
    expect(reportKey({ ...base, listing: { pattern: /^◆/ } }, 'v1')).not.toBe(reportKey({ ...base, listing: { pattern: /^■/ } }, 'v1'));
    expect(reportKey(base, 'v2')).not.toBe(key);
    expect(reportKey({ ...base }, 'v1')).toBe(key);
  });

  it('misses on other code, and ignores a damaged entry, extracting again', () => {
    const input = seedInput();
    const cold = datasets(input);
    const dir = freshDir();
    datasets(input, dir);
    expect(datasets(input, dir, 'other code').stats).toEqual({ read: 0, extracted: 6, damaged: 0 });
    const damagedDir = freshDir();
    datasets(input, damagedDir);
    const [entry] = entries(damagedDir);
    const bytes = readFileSync(entry!);
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(entry!, bytes);
    const again = datasets(input, damagedDir);
    expect(again.stats).toEqual({ read: 5, extracted: 1, damaged: 1 });
    expect(again.files).toEqual(cold.files);
  });
});
