/**
 * The prediction a route makes before starting work ahead (src/lib/previous-build.ts):
 * an output the previous build kept under the same key will be copied; anything else renders.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keptOutput, usePreviousBuild } from '../../src/lib/previous-build.ts';

const dir = mkdtempSync(join(tmpdir(), 'previous-build-'));
const manifest = join(dir, 'incremental-build.json');
writeFileSync(manifest, JSON.stringify({
  version: 1,
  routes: {
    'src/pages/og/charts/[chart].png.ts': { dependencyHash: 'd', paths: { '/og/charts/a.png': { cacheKey: 'k1', outputFile: 'og/charts/a.png' } } },
    'src/pages/og/stories/[slug].png.ts': { dependencyHash: 'd', paths: { '/og/stories/s.png': { cacheKey: 'k2', outputFile: 'og/stories/s.png' } } },
  },
}));

afterEach(() => usePreviousBuild(null));

describe('outputs the previous build kept', () => {
  it('are the ones recorded under the same key', () => {
    usePreviousBuild(manifest);
    expect(keptOutput('/og/charts/a.png', 'k1')).toBe(true);
    expect(keptOutput('og/stories/s.png', 'k2')).toBe(true);
    expect(keptOutput('/og/charts/a.png', 'k2')).toBe(false); // its inputs changed
    expect(keptOutput('/og/charts/b.png', 'k1')).toBe(false); // new
  });

  it('are none without a manifest (--force, a first build) or with an unreadable one', () => {
    expect(keptOutput('/og/charts/a.png', 'k1')).toBe(false);
    usePreviousBuild(join(dir, 'missing.json'));
    expect(keptOutput('/og/charts/a.png', 'k1')).toBe(false);
    writeFileSync(join(dir, 'broken.json'), '{"routes":');
    usePreviousBuild(join(dir, 'broken.json'));
    expect(keptOutput('/og/charts/a.png', 'k1')).toBe(false);
    rmSync(join(dir, 'broken.json'));
  });
});
