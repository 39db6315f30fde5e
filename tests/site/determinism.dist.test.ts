/** Two builds from the same input produce the same files, byte for byte: the first draws every chart and image, the second reads them from the render cache the first filled (tests/setup/build-site.ts). */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../helpers/site.ts';

describe('determinism', () => {
  it('two builds of the same input are identical (HTML, data, SVG, search index)', () => {
    const { root, again } = inject('siteDirs');
    const files = walk(root);
    expect(walk(again)).toEqual(files);
    const different = files.filter((f) => !readFileSync(join(root, f)).equals(readFileSync(join(again, f))));
    expect(different).toEqual([]);
  });
});
