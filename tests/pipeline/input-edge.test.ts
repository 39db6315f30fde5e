/**
 * The pipeline's input edge against hostile folders (issue 15): links,
 * folders, devices and oversized files in seeds/ are refused by name while
 * the other reports are still processed; control characters are removed and
 * located; corrections must match exactly once and name a known report;
 * colliding report ids and reports gone since the last build are reported.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_REPORT_BYTES, readSeeds } from '../../scripts/read-seeds.ts';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { documentTextFile } from '../../scripts/datasets/schema.ts';
import { SEEDS_DIR, contentTableFiles, tablesOnlyContent } from '../helpers/seeds.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = '001_57d941852078dfd8.txt';
const seedText = () => readFileSync(join(SEEDS_DIR, SEED), 'utf8');
const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

function extract(seeds: string, out: string) {
  // No write-ups: the shipped ones cite reports these test folders do not hold.
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract.ts'), '--seeds', seeds, '--content', tablesOnlyContent(), '--out', out, '--quiet'], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('reports must be regular files inside seeds/', () => {
  it('refuses a symlink, a folder, a FIFO and an oversized file by name, and reads the rest', () => {
    const dir = temp('seeds-');
    copyFileSync(join(SEEDS_DIR, SEED), join(dir, SEED));
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    mkdirSync(join(dir, 'folder.txt'));
    spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), MAX_REPORT_BYTES + 1); // sparse: no disk used
    const { input, errors, refused } = readSeeds(dir);
    expect(input.files.map((f) => f.name)).toEqual([SEED]);
    expect(errors).toEqual([]);
    const messages = refused.map((e) => e.message).join('\n');
    expect(messages).toMatch(/folder\.txt: Not read: it is a folder\./);
    expect(messages).toMatch(/passwd\.txt: Not read: it is a symbolic link\. Expected: a regular file inside the seeds folder/);
    expect(messages).toMatch(/pipe\.txt: Not read: it is a named pipe\./);
    expect(messages).toMatch(/huge\.txt: Too large: 5\.0 MiB; the limit is 5 MiB per report\./);
    expect(refused).toHaveLength(4);
  });

  it('a symlinked manifest is refused too; extract exits 1, names both links and publishes neither linked file', () => {
    const dir = temp('seeds-');
    copyFileSync(join(SEEDS_DIR, SEED), join(dir, SEED));
    symlinkSync('/etc/hostname', join(dir, 'manifest.json'));
    symlinkSync('/etc/passwd', join(dir, 'x.txt'));
    const out = temp('out-');
    const run = extract(dir, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/manifest\.json: Not read: it is a symbolic link/);
    expect(run.stderr).toMatch(/x\.txt: Not read: it is a symbolic link/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const written = readdirSync(out).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(out, f), 'utf8')).join('');
    expect(written).not.toMatch(/root:x:0/);
  });

  it('a refused report does not stop the others from being published', () => {
    const dir = temp('seeds-');
    copyFileSync(join(SEEDS_DIR, SEED), join(dir, SEED));
    symlinkSync('/etc/passwd', join(dir, 'x.txt'));
    const out = temp('out-');
    const run = extract(dir, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error: .*x\.txt: Not read: it is a symbolic link/);
    const docs = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as { id: string; file: string }[];
    expect(docs.map((d) => d.file)).toEqual([SEED]);
    const texts = docs.map((d) => readFileSync(join(out, documentTextFile(d.id)), 'utf8'));
    expect(JSON.stringify(docs) + texts.join('')).not.toMatch(/root:x:0/);
  });
});

describe('control characters', () => {
  it('are removed and reported with line, column and code', () => {
    const text = seedText().replace('\n', '\n\u0000\u001b[31m').replace(/。/, '。\u0085');
    const result = runPipeline({ tables: contentTableFiles(), files: [{ name: 'ctl.txt', bytes: new TextEncoder().encode(text) }] });
    const doc = result.documents[0]!;
    expect(doc.text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/);
    expect(doc.original).not.toMatch(/[\u0000\u001b\u0085]/);
    expect(result.report.documents[0]!.warnings.join('\n')).toMatch(/ctl\.txt:2:1: 3 control character\(s\) removed \(line:column code\): 2:1 U\+0000, 2:2 U\+001B, \d+:\d+ U\+0085\./);
  });
});

describe('corrections', () => {
  const run = (corrections: unknown) =>
    runPipeline({ tables: contentTableFiles(), files: [{ name: SEED, bytes: new TextEncoder().encode(seedText()) }], corrections: { path: 'seeds/corrections.json', data: corrections } });

  it('an original that occurs several times is an error listing each line, and is not applied', () => {
    const result = run([{ file: SEED, original: '广州', corrected: '广洲', reason: 'test' }]);
    const count = seedText().split('广州').length - 1;
    expect(count).toBeGreaterThan(1);
    expect(result.errors.map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`^seeds/corrections\\.json: original: The correction for ${SEED} was not applied: "广州" occurs ${count} times \\(line:column \\d+:\\d+, \\d+:\\d+`))]);
    expect(result.documents[0]!.text).not.toContain('广洲');
    // A wrong corrections file makes every dataset suspect: extract writes nothing (result.blocking).
    expect(result.blocking).toHaveLength(1);
  });

  it('an original that does not occur is an error', () => {
    const result = run([{ file: SEED, original: '不存在的句子', corrected: 'x', reason: 'test' }]);
    expect(result.errors.map((e) => e.message)).toEqual([expect.stringMatching(/does not occur in the report/)]);
  });

  it('an entry for a file that is not in the folder is an error', () => {
    const result = run([{ file: 'gone.txt', original: '广州', corrected: 'x', reason: 'test' }]);
    expect(result.blocking).toHaveLength(1);
    expect(result.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^seeds\/corrections\.json: file: A correction names "gone\.txt", which is not a report in the seeds folder.* Expected: one of: 001_/)]);
  });
});

describe('report ids', () => {
  it('two reports whose guessed ids collide: an error naming both files, and only the first is published', () => {
    const bytes = new TextEncoder().encode(seedText());
    const result = runPipeline({ tables: contentTableFiles(), files: [{ name: 'Report A.txt', bytes }, { name: 'report-a.txt', bytes }] });
    expect(result.documents.map((d) => d.file)).toEqual(['Report A.txt']);
    expect(result.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^report-a\.txt: id: Report id "report-a" is also the id of Report A\.txt; report-a\.txt was left out\./)]);
    expect(new Set(result.cases.map((c) => c.document))).toEqual(new Set(['Report A.txt']));
  });

  it('a report removed since the last build is named with the cases that disappear', () => {
    const dir = temp('seeds-');
    const out = temp('out-');
    copyFileSync(join(SEEDS_DIR, SEED), join(dir, SEED));
    copyFileSync(join(SEEDS_DIR, '003_e16b0d24c0acaf43.txt'), join(dir, 'later.txt'));
    expect(extract(dir, out).status).toBe(0);
    const before = JSON.parse(readFileSync(join(out, 'cases.json'), 'utf8')) as { id: string; document: string }[];
    const lost = before.filter((c) => c.document === 'later.txt');
    expect(lost.length).toBeGreaterThan(0);
    rmSync(join(dir, 'later.txt'));
    const run = extract(dir, out);
    expect(run.stderr).toMatch(new RegExp(`warning: later\\.txt \\(.+\\) was in the last build and is not in this one: ${lost.length} case\\(s\\) disappear from the site: ${lost[0]!.id} `));
  });
});
