/**
 * A strict Content-Security-Policy the built site satisfies, derived from each
 * page's own HTML: every inline <script> and <style> is allowed by its SHA-256
 * hash (nothing else inline may run or apply), and every other resource must
 * come from the site's own origin.
 *
 * Delivered twice, because static hosts differ:
 * - a <meta http-equiv> at the top of each page's <head>, with that page's hashes,
 *   added as the page renders (src/middleware.ts), so a page Astro's incremental
 *   build copies from the previous build is already final;
 * - `_headers` at the root of dist/ (src/integrations/csp.ts, after the build),
 *   with the site-wide policy plus framing protection: pages outside /embed/ may
 *   only be framed by the site itself (frame-ancestors and X-Frame-Options, which a
 *   <meta> cannot set), while embeds stay frameable anywhere.
 * Pure functions only: the middleware runs them inside the built site, the integration in Astro's process.
 */
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
export const unique = (list: Iterable<string>) => [...new Set(list)].sort();

/** Hashes of a page's inline scripts and styles, as CSP source expressions. */
export function inlineHashes(html: string): InlineHashes {
  return {
    script: unique([...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1]!))),
    style: unique([...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1]!))),
  };
}

/** Forget the remembered hashes (the end of a build). */
export function clearHashes(): void {
  expressions.clear();
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

const META_START = '<meta http-equiv="Content-Security-Policy" content="';

/** The page with its policy as the first element after <meta charset> (a meta CSP covers only what follows it). */
export function withMeta(html: string, csp: string): string {
  const tag = `${META_START}${csp.replace(/"/g, '&quot;')}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  return html.replace(/<head(\s[^>]*)?>/i, (m) => m + tag);
}

/** The page with its own policy (what the middleware does to every page). */
export const withPolicy = (html: string): string => withMeta(html, policy(inlineHashes(html)));

/**
 * The hashes a page's meta policy lists, read back from the start of its HTML (`head`: at least up to the end of
 * the tag); null when the page has none there or the tag is cut off.
 */
export function metaHashes(head: string): InlineHashes | null {
  const start = head.indexOf(META_START);
  if (start < 0) return null;
  const end = head.indexOf('"', start + META_START.length);
  if (end < 0) return null;
  const directives = head.slice(start + META_START.length, end).split('; ');
  const sources = (name: string) => (directives.find((d) => d.startsWith(`${name} `)) ?? '').split(' ').filter((s) => s.startsWith("'sha256-"));
  return { script: sources('script-src'), style: sources('style-src') };
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
