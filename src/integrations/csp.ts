/**
 * After `astro build`: the site-wide Content-Security-Policy in `dist/_headers`
 * (the policy itself and the per-page <meta>: src/lib/csp.ts). Every page
 * already carries its own policy, added as it rendered (src/middleware.ts), and
 * a page Astro copied from the previous build carries the one it had; so the
 * site-wide policy is the union of what the pages' metas list, read from the
 * start of each file, and no page is hashed or written again. An HTML file
 * that did not render through the middleware (none today) gets its meta here.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearHashes, headersFile, inlineHashes, metaHashes, policy, unique, withMeta, type InlineHashes } from '../lib/csp.ts';

/** Enough of a page to hold its <head>'s first tags and the meta policy (a few KB even with many hashes). */
const HEAD_BYTES = 64 * 1024;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The start of a file, as text (a character cut at the end is harmless: the meta is ASCII and comes first). */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** A page's hashes: from its meta policy, or (no meta) hashed now and the meta added. */
function pageHashes(file: string): InlineHashes {
  const listed = metaHashes(head(file));
  if (listed) return listed;
  const html = readFileSync(file, 'utf8');
  const h = inlineHashes(html);
  writeFileSync(file, withMeta(html, policy(h)));
  return h;
}

/** Write `dir/_headers` from the policies of every page of `dir` (adding the meta to a page that lacks it). */
export function applyCsp(dir: string, base: string): void {
  // Sets, not lists: most pages repeat the same few hashes, and a list would grow with the page count.
  const all = { script: new Set<string>(), style: new Set<string>() };
  for (const file of htmlFiles(dir)) {
    const h = pageHashes(file);
    for (const s of h.script) all.script.add(s);
    for (const s of h.style) all.style.add(s);
  }
  clearHashes();
  const site = policy({ script: unique(all.script), style: unique(all.style) });
  const topLevel = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory() || n.endsWith('.html')).sort();
  writeFileSync(join(dir, '_headers'), headersFile(base, site, topLevel.map((n) => relative(dir, join(dir, n)))));
}

export function csp(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => applyCsp(fileURLToPath(dir), base),
    },
  };
}
