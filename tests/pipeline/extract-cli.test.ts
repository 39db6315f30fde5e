import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS_DIR, tablesOnlyContent } from '../helpers/seeds.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bad-input');

/** The project's write-ups cite the seeds; other seeds folders run with the editors' tables and no write-ups. */
function extract(seeds: string, out: string, content = seeds === SEEDS_DIR ? join(ROOT, 'content') : tablesOnlyContent()) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract.ts'), '--seeds', seeds, '--content', content, '--out', out], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

describe('npm run extract', () => {
  it('is deterministic: two runs write byte-identical datasets', () => {
    const a = tempDir('out-a-');
    const b = tempDir('out-b-');
    expect(extract(SEEDS_DIR, a).status).toBe(0);
    expect(extract(SEEDS_DIR, b).status).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toContain('documents.json');
    expect(readdirSync(b).sort()).toEqual(files);
    for (const f of files.filter((f) => /\.(json|csv)$/.test(f))) expect(readFileSync(join(b, f))).toEqual(readFileSync(join(a, f)));
  });

  it('reports bad files clearly, exits non-zero, and still processes the others', () => {
    const seeds = tempDir('seeds-');
    copyFileSync(join(SEEDS_DIR, '001_57d941852078dfd8.txt'), join(seeds, '001_57d941852078dfd8.txt'));
    for (const f of ['empty.txt', 'binary.png', 'undecodable.txt']) copyFileSync(join(FIXTURES, f), join(seeds, f));
    const out = tempDir('out-');
    const run = extract(seeds, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error: empty\.txt: The file is empty/);
    expect(run.stderr).toMatch(/error: binary\.png: The file looks binary/);
    expect(run.stderr).toMatch(/error: undecodable\.txt: .*tried UTF-8/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const docs = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8'));
    expect(docs.map((d: { file: string }) => d.file)).toEqual(['001_57d941852078dfd8.txt']);
  });

  it('infers metadata for a report with no manifest entry and says which fields were guessed', () => {
    const seeds = tempDir('seeds-');
    copyFileSync(join(SEEDS_DIR, '003_e16b0d24c0acaf43.txt'), join(seeds, 'new-report.txt'));
    const out = tempDir('out-');
    const run = extract(seeds, out);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/No manifest entry: guessed id, title/);
    const [doc] = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8'));
    expect(doc.id).toBe('new-report');
    // The headline above the source lines, as the manifest's editor wrote it; not the site's name (广州党建) above the breadcrumb.
    expect(doc.title).toBe('探寻改革成果“创新密码” 书写“二次创业”广州新篇');
    expect(doc.published).toBe('2025-01-20');
    expect(doc.year).toBe(2024);
    expect(doc.script).toBe('simplified');
    expect(doc.inferred).toContain('title');
  });

  it('names the manifest field that is wrong', () => {
    const seeds = tempDir('seeds-');
    copyFileSync(join(SEEDS_DIR, '004_c07cc74dd9d7fd3d.txt'), join(seeds, '004.txt'));
    writeFileSync(join(seeds, 'manifest.json'), JSON.stringify([{ id: 'Bad Id', file: '004.txt', title: 't', publisher: null, published: '14 May 2020', region: { city: '深圳市', district: null }, period: { start: '2020', end: '2020', label: '2020' }, year: 2020, script: 'simplified', kind: 'plan', list: null }]));
    const run = extract(seeds, tempDir('out-'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/manifest\.json: \[0\]\.id: .*Expected: lower-case letters/);
    expect(run.stderr).toMatch(/\[0\]\.published: .*Expected: YYYY, YYYY-MM, YYYY-MM-DD or null/);
    expect(run.stderr).toMatch(/\[0\]\.kind: .*"case-list", "summary", "work-plan"/);
  });

  it('writes nothing when the manifest, the corrections or a write-up is bad, and lists every problem', () => {
    const seeds = tempDir('seeds-');
    copyFileSync(join(SEEDS_DIR, '001_57d941852078dfd8.txt'), join(seeds, '001.txt'));
    const out = tempDir('out-');
    expect(extract(seeds, out).status).toBe(0);
    const before = readFileSync(join(out, 'documents.json'), 'utf8');
    writeFileSync(join(seeds, 'manifest.json'), '[{ "id": "gz-2018-top10", ');
    writeFileSync(join(seeds, 'extra.txt'), '新的报告。广州市黄埔区推出新举措。');
    const content = tablesOnlyContent();
    mkdirSync(join(content, 'cases'));
    writeFileSync(join(content, 'cases', 'bad.md'), '---\ncase: no-such-case\n---\n\n正文。\n');
    const run = extract(seeds, out, content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/manifest\.json(:\d+:\d+)?: Not valid JSON/);
    expect(run.stderr).toMatch(/cases\/bad\.md:2: case: "no-such-case" is not the id of any extracted case/);
    expect(run.stderr).toMatch(/Nothing written/);
    expect(readFileSync(join(out, 'documents.json'), 'utf8')).toBe(before);
  });
});
