/**
 * The editors' desk is a dev-server tool (scripts/live-data.ts injects its
 * routes only in `astro dev`): nothing of it may reach the published site.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../helpers/site.ts';

describe('the built site', () => {
  it('contains no desk page and no link to one', () => {
    const dist = inject('siteDirs').root;
    expect(existsSync(join(dist, 'desk'))).toBe(false);
    const linking = walk(dist).filter((f) => f.endsWith('.html') && /href="[^"]*\/desk\//.test(readFileSync(join(dist, f), 'utf8')));
    expect(linking).toEqual([]);
  });
});
