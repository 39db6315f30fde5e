/**
 * Link check over the built site: every internal link and asset reference
 * resolves to a file in dist/, and every fragment (#fig-…, #s-…, #step-…)
 * names an id on the target page. Run for the root build and the sub-path build.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../helpers/site.ts';

function check(dist: string, base: string): string[] {
  const broken: string[] = [];
  const idsCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsCache.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      idsCache.set(file, set);
    }
    return set;
  };
  for (const page of walk(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const ref = m[1]!.replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(ref) || ref.startsWith('data:')) continue;
      const [pathPart, fragment] = ref.split('#') as [string, string | undefined];
      const path = pathPart.split('?')[0]!;
      let target: string;
      if (path === '') target = join(dist, page);
      else if (path.startsWith('/')) {
        if (!path.startsWith(base)) {
          broken.push(`${page}: ${ref} (outside base ${base})`);
          continue;
        }
        const rel = decodeURIComponent(path.slice(base.length));
        target = join(dist, rel.endsWith('/') || rel === '' ? join(rel, 'index.html') : rel);
      } else continue; // relative asset paths are not used by the site
      if (!existsSync(target)) {
        broken.push(`${page}: ${ref} (no ${target.slice(dist.length)})`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !ids(target).has(decodeURIComponent(fragment))) broken.push(`${page}: ${ref} (no id "${fragment}")`);
    }
  }
  return broken;
}

describe('link check', () => {
  it('the root build has no broken internal link or fragment', () => {
    expect(check(inject('siteDirs').root, '/')).toEqual([]);
  });
  it('the sub-path build has no broken internal link or fragment', () => {
    expect(check(inject('siteDirs').sub, '/sub/path/')).toEqual([]);
  });
});
