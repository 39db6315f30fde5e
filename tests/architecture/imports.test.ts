/**
 * One direction of flow: seeds + content/ -> scripts/ -> build/data -> src/.
 * No file under src/ imports anything under scripts/ except the shared
 * dataset contract (scripts/datasets/: schemas, the one error type, the one
 * reader of written numbers, slugs). No file under scripts/ imports src/.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SHARED = /^scripts\/datasets\//;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

/** Project-relative paths of the relative imports of a file (static and dynamic). */
function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => relative(ROOT, resolve(dirname(file), s)));
}

describe('import boundaries', () => {
  it('src/ imports nothing under scripts/ but the dataset contract (scripts/datasets/)', () => {
    const bad = files(join(ROOT, 'src')).flatMap((f) =>
      imports(f).filter((i) => i.startsWith('scripts/') && !SHARED.test(i)).map((i) => `${relative(ROOT, f)} -> ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it('scripts/ never imports src/', () => {
    const bad = files(join(ROOT, 'scripts')).flatMap((f) => imports(f).filter((i) => i.startsWith('src/')).map((i) => `${relative(ROOT, f)} -> ${i}`));
    expect(bad).toEqual([]);
  });
});

describe('the site reads build/data, not seeds/', () => {
  it('no file under src/ imports from seeds/', () => {
    const bad = files(join(ROOT, 'src')).flatMap((f) => imports(f).filter((i) => i.startsWith('seeds/')).map((i) => `${relative(ROOT, f)} -> ${i}`));
    expect(bad).toEqual([]);
  });
});
