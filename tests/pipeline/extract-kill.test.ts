/**
 * Safe writes: `npm run extract` killed at random points, ten times, always
 * leaves the output folder holding one complete set of datasets, the previous
 * one or the new one, byte for byte, never a mix. And `--out` refuses a folder
 * holding files the pipeline did not write, deleting nothing.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS_DIR, tablesOnlyContent } from '../helpers/seeds.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXTRACT = join(ROOT, 'scripts', 'extract.ts');
const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const CONTENT = tablesOnlyContent();

const args = (seeds: string, out: string) => [EXTRACT, '--quiet', '--seeds', seeds, '--content', CONTENT, '--out', out];

/** Every file of a datasets folder (through its link; the reports' texts in documents/) with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    if (statSync(join(dir, name)).isFile()) files.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

function run(seeds: string, out: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args(seeds, out), { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return performance.now() - started;
}

/** What writing changes: the names beside the output folder and the names and times of its files. */
function fsState(out: string): string {
  const parent = join(out, '..');
  const inside = readdirSync(out).map((n) => `${n}@${statSync(join(out, n)).mtimeMs}`);
  return [...readdirSync(parent), ...inside].sort().join('\n');
}

/**
 * Start an extract and SIGKILL it after `ms`, or (ms = 'first-write') as
 * soon as it starts writing, which is where a non-atomic writer leaves a mix.
 * Resolves when the process has gone.
 */
function kill(seeds: string, out: string, ms: number | 'first-write'): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args(seeds, out), { stdio: 'ignore' });
    const before = fsState(out);
    const timer = ms === 'first-write'
      ? setInterval(() => fsState(out) !== before && child.kill('SIGKILL'), 1)
      : setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearInterval(timer);
      done();
    });
  });
}

describe('npm run extract writes the datasets as one set', () => {
  it('killed at random points 10 times, it leaves the previous or the new complete set', { timeout: 300_000 }, async () => {
    // Two inputs with different datasets: the seeds, and the seeds plus one more report.
    const seedsB = tempDir('seeds-b-');
    for (const name of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, name), join(seedsB, name));
    writeFileSync(join(seedsB, 'extra-report.txt'), '广州市黄埔区推出改革举措。全年新增企业1200家，办理时间压减至3个工作日。\n');
    const refA = join(tempDir('ref-a-'), 'data');
    const refB = join(tempDir('ref-b-'), 'data');
    const duration = Math.max(run(SEEDS_DIR, refA), run(seedsB, refB));
    const sets = [snapshot(refA), snapshot(refB)];
    expect(sets[0]).not.toEqual(sets[1]);

    const out = join(tempDir('out-'), 'data');
    run(SEEDS_DIR, out);
    let current = 0;
    for (let i = 0; i < 10; i++) {
      const next = 1 - current;
      // Every other kill lands the moment writing starts; the others anywhere in the run, start-up included.
      const when = i % 2 === 0 ? 'first-write' : duration * ((i + Math.random()) / 10);
      await kill(next === 0 ? SEEDS_DIR : seedsB, out, when);
      const found = snapshot(out);
      const which = sets.findIndex((s) => s.size === found.size && [...s].every(([k, v]) => found.get(k) === v));
      expect(which, `after kill ${i + 1}: a complete set`).toBeGreaterThanOrEqual(0);
      expect([current, next]).toContain(which);
      current = which;
    }
  });

  it('refuses an output folder holding files it did not write, and deletes nothing', () => {
    const out = tempDir('out-');
    mkdirSync(join(out, 'stories'));
    writeFileSync(join(out, 'stories', 'draft.md'), '# mine\n');
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    const result = spawnSync(process.execPath, args(SEEDS_DIR, out), { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/The folder holds files the pipeline did not write: notes\.txt, stories\. Expected: a new or empty folder/);
    expect(readdirSync(out).sort()).toEqual(['notes.txt', 'stories']);
    expect(readFileSync(join(out, 'stories', 'draft.md'), 'utf8')).toBe('# mine\n');
  });
});
