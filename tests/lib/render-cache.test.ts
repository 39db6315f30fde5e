/**
 * The render cache (src/lib/render-cache.ts) with the real renderers: a hit
 * gives the very bytes a fresh drawing gives, any changed input (data,
 * params, code) misses, and a damaged or half-written entry is ignored and
 * replaced. Each test has a cache folder of its own.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildChart } from '../../src/charts/registry.ts';
import { drawVariant, renderVariant } from '../../src/charts/render.ts';
import { RenderCache, codeVersion, pruneCache } from '../../src/lib/render-cache.ts';
import { shareImagePng, widestVariant } from '../../src/lib/share-image.ts';
import { realData } from '../charts/helpers.ts';

const data = realData();
const spec = buildChart('district-year', {}, data);
const wide = widestVariant(spec.variants);
const freshDir = () => mkdtempSync(join(tmpdir(), 'render-cache-'));
const entries = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

describe('render cache', () => {
  it('serves a chart SVG drawn by an earlier build byte for byte as drawn fresh, without drawing it', () => {
    const dir = freshDir();
    const first = new RenderCache(dir);
    expect(renderVariant(spec, wide, false, first)).toBe(drawVariant(spec, wide));
    expect(first.stats.svg).toMatchObject({ drawn: 1, read: 0 });
    // A second use in the same build comes from memory.
    renderVariant(spec, wide, false, first);
    expect(first.stats.svg).toMatchObject({ drawn: 1, reused: 1 });
    // The next build (a new cache on the same folder) reads it from disk.
    const next = new RenderCache(dir);
    expect(renderVariant(spec, wide, false, next)).toBe(drawVariant(spec, wide));
    expect(next.stats.svg).toEqual({ drawn: 0, read: 1, reused: 0, damaged: 0 });
  });

  it('serves share images byte for byte as rasterized fresh', async () => {
    const dir = freshDir();
    const input = { kicker: '图表', title: spec.title, subtitle: spec.subtitle, chartSvg: renderVariant(spec, wide, false, new RenderCache(undefined)), siteName: '站' };
    const fresh = await shareImagePng(input, new RenderCache(undefined));
    await shareImagePng(input, new RenderCache(dir));
    const next = new RenderCache(dir);
    const cached = await shareImagePng(input, next);
    expect(next.stats.png).toEqual({ drawn: 0, read: 1, reused: 0, damaged: 0 });
    expect(cached.equals(fresh)).toBe(true);
  });

  it('misses when the data, the params or the drawing options change', () => {
    const dir = freshDir();
    renderVariant(spec, wide, false, new RenderCache(dir));
    const next = new RenderCache(dir);
    // One case fewer: same chart id and params, other rows.
    const fewer = buildChart('district-year', {}, { ...data, cases: data.cases.slice(1) });
    expect(renderVariant(fewer, wide, false, next)).toBe(drawVariant(fewer, wide));
    const highlighted = buildChart('district-year', { highlight: '黄埔区' }, data);
    expect(renderVariant(highlighted, wide, false, next)).toBe(drawVariant(highlighted, wide));
    // The standalone file keeps Plot's stylesheet: another drawing of the same variant.
    expect(renderVariant(spec, wide, true, next)).toBe(drawVariant(spec, wide, true));
    expect(next.stats.svg).toMatchObject({ drawn: 3, read: 0 });
  });

  it('misses when the code changes: the code version hashes the renderers and the lockfile', () => {
    const root = freshDir();
    mkdirSync(join(root, 'src', 'charts'), { recursive: true });
    writeFileSync(join(root, 'src', 'charts', 'bars.ts'), 'export const width = 1;');
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/@observablehq/plot":{"version":"0.6.17"}}}');
    const before = codeVersion(root);
    writeFileSync(join(root, 'src', 'charts', 'bars.ts'), 'export const width = 2;');
    const edited = codeVersion(root);
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/@observablehq/plot":{"version":"0.6.18"}}}');
    expect(new Set([before, edited, codeVersion(root)]).size).toBe(3);
    // Files the renderers never read (a story) do not count.
    const current = codeVersion(root);
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'story.md'), '# 故事');
    expect(codeVersion(root)).toBe(current);
  });

  it('keeps nothing on disk when run outside the project, where the code version would see no code', () => {
    const dir = freshDir();
    const elsewhere = new RenderCache(dir, freshDir());
    expect(elsewhere.dir).toBeUndefined();
    renderVariant(spec, wide, false, elsewhere);
    expect(entries(dir)).toEqual([]);
  });

  it('ignores a damaged or truncated entry, draws afresh and replaces it', () => {
    const dir = freshDir();
    renderVariant(spec, wide, false, new RenderCache(dir));
    const [file] = entries(dir);
    const whole = readFileSync(file!, 'utf8');
    const damages = [whole.replace('<svg', '<svG'), whole.slice(0, whole.length / 2), whole.slice(0, 40), ''];
    for (const damaged of damages) {
      writeFileSync(file!, damaged);
      const next = new RenderCache(dir);
      expect(renderVariant(spec, wide, false, next)).toBe(drawVariant(spec, wide));
      expect(next.stats.svg).toMatchObject({ drawn: 1, read: 0, damaged: 1 });
      // The entry was written again, whole: the build after that reads it.
      const after = new RenderCache(dir);
      renderVariant(spec, wide, false, after);
      expect(after.stats.svg).toMatchObject({ drawn: 0, read: 1 });
    }
  });

  it('prunes entries no build used for a month, and temporary files a killed build left', () => {
    const dir = freshDir();
    renderVariant(spec, wide, false, new RenderCache(dir));
    const [used] = entries(dir);
    const old = join(dir, 'svg', 'aa', 'old');
    const tmp = join(dir, 'svg', 'aa', 'old.123.x.tmp');
    mkdirSync(join(old, '..'), { recursive: true });
    writeFileSync(old, 'x');
    writeFileSync(tmp, 'x');
    const monthAgo = new Date(Date.now() - 31 * 864e5);
    utimesSync(old, monthAgo, monthAgo);
    utimesSync(tmp, monthAgo, monthAgo);
    expect(pruneCache(dir)).toBe(2);
    expect(entries(dir)).toEqual([used]);
    expect(statSync(used!).size).toBeGreaterThan(64);
  });
});
