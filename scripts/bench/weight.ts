/**
 * Page weight per page type, from a built dist/: the HTML, the CSS and JS it
 * loads (following static imports between JS chunks), the SVG inside it, the
 * SVG files its `<use>` elements reference (the icon sprite, fetched once per
 * page), and the compressed total a first visit downloads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from './measure.ts';

export interface PageWeight {
  type: string;
  path: string;
  html: number;
  css: number;
  js: number;
  svg: number;
  /** External SVG files referenced by `<use href="file.svg#id">` (the icon sprite), each counted once. */
  sprites: number;
  total: number;
  jsGzip: number;
  totalGzip: number;
}

function asset(dist: string, base: string, href: string): string | null {
  const rel = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, '');
  const file = join(dist, rel);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** A JS file and every chunk it imports statically, each once. */
function jsClosure(dist: string, base: string, href: string, seen: Set<string>): string[] {
  if (seen.has(href)) return [];
  seen.add(href);
  const code = asset(dist, base, href);
  if (code === null) return [];
  const imports = [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => new URL(m[1]!, `http://x${href}`).pathname);
  return [code, ...imports.flatMap((i) => jsClosure(dist, base, i, seen))];
}

export function pageWeight(dist: string, type: string, path: string, base = '/'): PageWeight {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => asset(dist, base, m[1]!) ?? '');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].flatMap((m) => jsClosure(dist, base, m[1]!, seen));
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const svg = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  const spriteFiles = [...new Set([...html.matchAll(/<use[^>]+href="([^"#]+\.svg)#/g)].map((m) => m[1]!))].map((href) => asset(dist, base, href) ?? '');
  const bytes = (parts: string[]) => parts.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const jsAll = [...js, ...inlineJs];
  const jsGzip = js.reduce((n, p) => n + gzipSize(p), 0) + (inlineJs.length ? gzipSize(inlineJs.join('')) : 0);
  return {
    type,
    path,
    html: Buffer.byteLength(html),
    css: bytes(css) + bytes(inlineCss),
    js: bytes(jsAll),
    svg,
    sprites: bytes(spriteFiles),
    total: Buffer.byteLength(html) + bytes(css) + bytes(js) + bytes(spriteFiles),
    jsGzip,
    totalGzip: gzipSize(html) + [...css, ...js, ...spriteFiles].reduce((n, p) => n + gzipSize(p), 0),
  };
}


/**
 * The embed pages among /embed/'s folders: each chart has a folder named by its slug; the newsroom list
 * is paged as /embed/2/, /embed/3/ … (a list of charts, not an embed, so not held to the embed budget).
 */
export function embedFolders(folders: readonly string[]): string[] {
  return folders.filter((f) => !/^\d+$/.test(f));
}
