/**
 * `npm run check` over the mistakes of tests/fixtures/editor-mistakes/ (see its
 * README): every mistake of every file in one run, grouped by file, each at
 * its line, with the near miss named, and no stack trace.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_DIR, SEEDS_DIR } from '../helpers/seeds.ts';
import { TABLE_FILES } from '../../scripts/pipeline/tables.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join('tests', 'fixtures', 'editor-mistakes');
const DELETED_REPORT = '004_c07cc74dd9d7fd3d.txt';

function check(): { status: number | null; stderr: string } {
  const seeds = mkdtempSync(join(tmpdir(), 'mistakes-'));
  const content = mkdtempSync(join(tmpdir(), 'mistakes-content-'));
  try {
    for (const f of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt') && f !== DELETED_REPORT)) copyFileSync(join(SEEDS_DIR, f), join(seeds, f));
    copyFileSync(join(SEEDS_DIR, 'corrections.json'), join(seeds, 'corrections.json'));
    copyFileSync(join(ROOT, FIXTURE, 'seeds', 'manifest.json'), join(seeds, 'manifest.json'));
    // The fixture's write-ups and stories hold the mistakes; the editors' tables are the project's own.
    cpSync(join(ROOT, FIXTURE, 'content'), content, { recursive: true });
    for (const file of Object.values(TABLE_FILES)) copyFileSync(join(CONTENT_DIR, file), join(content, file));
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--seeds', seeds, '--content', content], { cwd: ROOT, encoding: 'utf8' });
    return { status: run.status, stderr: run.stderr.replaceAll(seeds, '<seeds>').replaceAll(content, join(FIXTURE, 'content')) };
  } finally {
    rmSync(seeds, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
}

describe('npm run check', () => {
  it('reports all the mistakes of the issue in one run, grouped by file, each at its line', { timeout: 120_000 }, () => {
    const { status, stderr } = check();
    expect(status).toBe(1);
    const cases = `${FIXTURE}/content/cases`;
    const stories = `${FIXTURE}/content/stories`;
    const reviews = `${FIXTURE}/content/reviews`;
    const expected = [
      /<seeds>\/manifest\.json:\d+:\d+: \[1\]\.kind: .*"case-lst".* Did you mean "case-list"\?/,
      /<seeds>\/manifest\.json:28:\d+: \[1\]\.cases\.marker: Unknown list marker "◆".*use "pattern"/,
      /<seeds>\/manifest\.json: file: The manifest lists 004_c07cc74dd9d7fd3d\.txt, which is not in the seeds folder/,
      new RegExp(`${cases}/case-typo\\.md:2: case: .*Did you mean "gz-2024-cases-018b04325c"\\?`),
      new RegExp(`${cases}/cites-removed-report\\.md:2: case: .*its report "lh-2020-workplan" is no longer in seeds/`),
      new RegExp(`${cases}/new-case-a\\.md:5: district: Unknown district "黄浦区".* Did you mean "黄埔区" \\(网站主城市广州市的区\\)\\?`),
      new RegExp(`${cases}/new-case-a\\.md:11: source\\.quote: The quote does not occur in hp-2020-summary`),
      new RegExp(`${cases}/new-case-b\\.md:2: id: Duplicate id "huangpu-new-case": also used by ${cases}/new-case-a\\.md`),
      new RegExp(`${cases}/new-case-b\\.md:6: year: `),
      new RegExp(`${stories}/unclosed-quote\\.md:4:9: The frontmatter is not valid YAML: Missing closing "quote`),
      new RegExp(`${stories}/typed-number-and-date\\.md:5: published: .*"2026/11/20" is not a date written YYYY-MM-DD`),
      new RegExp(`${stories}/typed-number-and-date\\.md:10:20: prose: A number typed into the prose: "100%".*:fig\\[gz-2019h1-review-f-3820f1ba4d\\]`),
      new RegExp(`${stories}/near-misses\\.md:6: cover: Unknown chart "domain-mixx".* Did you mean "domain-mix"\\?`),
      new RegExp(`${stories}/near-misses\\.md:10:6: fig: Unknown figure id .* Did you mean "gz-2019h1-review-f-3820f1ba4d"\\?`),
      new RegExp(`${stories}/near-misses\\.md:12:1: chart: Unknown chart "domain-mixx"`),
      new RegExp(`${stories}/near-misses\\.md:14:8: fig: .*its report "lh-2020-workplan" is no longer in seeds/`),
      new RegExp(`${stories}/bad-stat\\.md:10:7: stat: Unknown district "黄浦区".* Did you mean "黄埔区"\\?`),
      new RegExp(`${reviews}/gz-2024-cases\\.yaml:4: figures\\.reject\\.0\\.id: must be a figure id`),
      new RegExp(`${reviews}/gz-2024-cases\\.yaml:6: metadata\\.district: .*"黄铺区".* Did you mean "黄埔区" \\(网站主城市广州市的区\\)\\?`),
      new RegExp(`${reviews}/gz-2024-cases\\.yaml:7: metadata\\.date: .*"2024/05/01"`),
    ];
    for (const line of expected) expect(stderr).toMatch(line);
    expect(stderr).toMatch(/20 problems in 10 files\./);
    // Grouped: each file's header once, its problems under it.
    expect(stderr.match(/^\S.*near-misses\.md \(4 problems\)$/gm)).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at |Stack trace|node:internal/);
    // Dates and ordinals in the same sentence as the typed percentage are not errors.
    expect(stderr).not.toMatch(/typed into the prose: "(2019|3)"/);
  });
});
