/**
 * A strict Content-Security-Policy the built site satisfies, derived from the
 * built HTML itself after `astro build`: every inline <script> and <style> is
 * allowed by its SHA-256 hash (nothing else inline may run or apply), and
 * every other resource must come from the site's own origin.
 *
 * Delivered twice, because static hosts differ:
 * - a <meta http-equiv> at the top of each page's <head>, with that page's hashes;
 * - `_headers` at the root of dist/ (read by Netlify, Cloudflare Pages and others),
 *   with the site-wide policy plus framing protection: pages outside /embed/ may
 *   only be framed by the site itself (frame-ancestors and X-Frame-Options, which a
 *   <meta> cannot set), while embeds stay frameable anywhere.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../../scripts/datasets/hash.ts';

export interface InlineHashes {
  script: string[];
  style: string[];
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** Source expressions by inline content: every page repeats the same few scripts and styles, each is hashed once. */
const expressions = new Map<string, string>();

/** A CSP hash source for inline content: the project's one hash, in the base64 CSP asks for. */
function sha256(text: string): string {
  let expression = expressions.get(text);
  if (expression === undefined) expressions.set(text, (expression = `'sha256-${Buffer.from(sha256Hex(text), 'hex').toString('base64')}'`));
  return expression;
}
const unique = (list: string[]) => [...new Set(list)].sort();

/** Hashes of a page's inline scripts and styles, as CSP source expressions. */
export function inlineHashes(html: string): InlineHashes {
  return {
    script: unique([...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1]!))),
    style: unique([...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1]!))),
  };
}

/**
 * The policy for a set of hashes. 'wasm-unsafe-eval' lets the search (Pagefind) compile its
 * WebAssembly; it allows no JavaScript eval. Images may be data: URLs (the embeds' blank icon).
 */
export function policy(h: InlineHashes): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${h.script.join(' ')}`.trim(),
    `style-src 'self' ${h.style.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element after <meta charset> (a meta CSP covers only what follows it). */
export function withMeta(html: string, csp: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '&quot;')}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  return html.replace(/<head(\s[^>]*)?>/i, (m) => m + tag);
}

/** The `_headers` file: the site-wide policy everywhere, framing limited outside the embeds. */
export function headersFile(base: string, csp: string, topLevel: string[]): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // The home page is the rule for the prefix itself; its index.html needs no second one.
  const framed = topLevel.filter((name) => name !== 'embed' && name !== 'index.html' && !name.startsWith('_'));
  const lines = [`${prefix}*`, `  Content-Security-Policy: ${csp}`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin', ''];
  // A second policy on the same response is enforced too: it only adds frame-ancestors.
  for (const path of [prefix, ...framed.map((n) => (n.endsWith('.html') ? `${prefix}${n}` : `${prefix}${n}/*`))]) {
    lines.push(path, "  Content-Security-Policy: frame-ancestors 'self'", '  X-Frame-Options: SAMEORIGIN', '');
  }
  return lines.join('\n');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Add the meta policy to every page of `dir` and write `dir/_headers`. */
export function applyCsp(dir: string, base: string): void {
  // Sets, not lists: most pages repeat the same few hashes, and a list would grow with the page count.
  const all = { script: new Set<string>(), style: new Set<string>() };
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const h = inlineHashes(html);
    for (const s of h.script) all.script.add(s);
    for (const s of h.style) all.style.add(s);
    writeFileSync(file, withMeta(html, policy(h)));
  }
  expressions.clear();
  const site = policy({ script: unique([...all.script]), style: unique([...all.style]) });
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
