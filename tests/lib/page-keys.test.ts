/**
 * The page keys of the incremental build (src/lib/page-keys.ts): every input
 * a page reads outside its story must change the key every page shares, and
 * nothing else may. tests/site/page-reuse.dist.test.ts proves the end to end
 * case (a story edit rebuilt incrementally is the cold build, byte for byte).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SiteInputs, siteKey, storyKey } from '../../src/lib/page-keys.ts';
import type { Story } from '../../src/lib/stories.ts';

let root: string;
let inputs: SiteInputs;

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'page-keys-'));
  for (const file of ['src/pages/index.astro', 'src/lib/data.ts', 'scripts/datasets/schema.ts', 'astro.config.mjs', 'public/favicon.svg', 'package-lock.json', 'tsconfig.json']) write(file, `// ${file}`);
  write('build/data/cases.json', '[]');
  write('archive/charts/district-map/1.json', '{}');
  write('content/home.json', '{"keyFigures":[]}');
  write('content/stories/a.md', '---\ntitle: 甲\n---\n正文');
  write('content/cases/x.md', '---\ncase: x\n---\n写作');
  write('scripts/pipeline/figures.ts', '// pipeline code reaches the site only through the datasets');
  inputs = { root, data: join(root, 'build/data'), archive: join(root, 'archive/charts'), home: join(root, 'content/home.json'), env: { SITE: 'https://reform.test', BASE: '/' } };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the key every page shares', () => {
  it.each([
    ['a page', 'src/pages/index.astro'],
    ['a library module', 'src/lib/data.ts'],
    ['the dataset schemas', 'scripts/datasets/schema.ts'],
    ['the Astro config', 'astro.config.mjs'],
    ['a public file', 'public/favicon.svg'],
    ['the lockfile (Plot, resvg, the fonts)', 'package-lock.json'],
    ['a dataset', 'build/data/cases.json'],
    ['a frozen chart version', 'archive/charts/district-map/1.json'],
    ["the editors' home page choices", 'content/home.json'],
  ])('changes with %s', (_what, file) => {
    const before = siteKey(inputs);
    write(file, `${readFileSync(join(root, file), 'utf8')} `);
    expect(siteKey(inputs)).not.toBe(before);
  });

  it('changes when a dataset or a code file is added', () => {
    const before = siteKey(inputs);
    write('build/data/figures.json', '[]');
    const withData = siteKey(inputs);
    write('src/lib/new-module.ts', '');
    expect(new Set([before, withData, siteKey(inputs)]).size).toBe(3);
  });

  it.each(['SITE', 'BASE', 'PUBLIC_REPO_URL'])('changes with %s', (name) => {
    const before = siteKey(inputs);
    expect(siteKey({ ...inputs, env: { ...inputs.env, [name]: 'https://other.test/x/' } })).not.toBe(before);
  });

  it('stays the same for a story, a write-up, pipeline code or an environment variable no page reads', () => {
    // A write-up or the pipeline reaches pages only through the datasets, whose files are in the key.
    const before = siteKey(inputs);
    write('content/stories/a.md', '---\ntitle: 乙\n---\n改过的正文');
    write('content/cases/x.md', '---\ncase: x\n---\n改过的写作');
    write('scripts/pipeline/figures.ts', '// changed');
    expect(siteKey({ ...inputs, env: { ...inputs.env, RENDER_CACHE: 'off' } })).toBe(before);
  });
});

describe('the key of a page that shows stories', () => {
  const story = (id: string, digest: string) => ({ id, digest }) as Story;
  it('changes with the digest of any story it shows, and with the stories it shows', () => {
    const keys = [storyKey([story('a', '1')]), storyKey([story('a', '2')]), storyKey([story('a', '1'), story('b', '1')]), storyKey([story('b', '1')])];
    expect(new Set(keys).size).toBe(keys.length);
    expect(storyKey([story('a', '1')])).toBe(keys[0]);
  });
});

describe('the routes', () => {
  const pages = join(import.meta.dirname, '..', '..', 'src', 'pages');
  const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

  it('every route with getStaticPaths keys its paths, so an edit copies its pages instead of rendering them', () => {
    const unkeyed = files(pages)
      .filter((f) => /export (?:async )?(?:function|const) getStaticPaths/.test(readFileSync(f, 'utf8')))
      .filter((f) => !/\b(?:keyed|storyKey|pageKey)\(/.test(readFileSync(f, 'utf8').split('getStaticPaths')[1]!.split('\n---')[0]!))
      .map((f) => relative(pages, f));
    expect(unkeyed).toEqual([]);
  });
});
