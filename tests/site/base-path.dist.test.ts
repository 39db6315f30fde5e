/** A build served under a sub-path: no internal link or asset may escape it. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../helpers/site.ts';

let dist = '';
beforeAll(() => {
  dist = inject('siteDirs').sub;
});

describe('a build with BASE=/sub/path/', () => {
  it('has no root-relative href, src or action outside the base', () => {
    const escapes: string[] = [];
    for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dist, file), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src|action|poster)="(\/[^"]*)"/g)) {
        if (!m[1]!.startsWith('/sub/path/')) escapes.push(`${file}: ${m[1]}`);
      }
    }
    expect(escapes).toEqual([]);
  });
});
