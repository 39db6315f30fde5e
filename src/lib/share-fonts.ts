/**
 * The font files a share image needs: Noto Sans SC's WOFF slices
 * (@fontsource/noto-sans-sc) converted to OpenType (woff.ts) once per
 * process, written to a cache folder and handed to resvg by path.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './woff.ts';

interface Slice {
  name: string;
  ranges: [number, number][];
}

function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
  });
}

let fontDirCache: string | undefined;
let slicesCache: Slice[] | undefined;
let outDirCache: string | undefined;
const converted = new Map<string, string>();

/** @fontsource/noto-sans-sc's folder, resolved from the project (the build and tests run at its root). */
function fontPackageDir(): string {
  if (!fontDirCache) {
    const require = createRequire(join(process.cwd(), 'package.json'));
    fontDirCache = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  }
  return fontDirCache;
}

/** The package's unicode slices, in its own order ('[4]' ... '[119]', then the alphabetic subsets). */
function slices(): Slice[] {
  if (!slicesCache) {
    const raw = JSON.parse(readFileSync(join(fontPackageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
    slicesCache = Object.entries(raw).map(([key, spec]) => ({ name: key.replace(/^\[(\d+)\]$/, '$1'), ranges: parseRanges(spec) }));
  }
  return slicesCache;
}

/** Code point -> the first slice that has it (null: none), filled as characters are met: a build asks for the same few thousand again and again. */
const sliceOf = new Map<number, string | null>();

/** How many of the text's characters each slice covers (each character from the first slice that has it). */
function sliceUse(text: string): Map<string, number> {
  const use = new Map<string, number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20) continue;
    let name = sliceOf.get(cp);
    if (name === undefined) {
      name = slices().find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b))?.name ?? null;
      sliceOf.set(cp, name);
    }
    if (name) use.set(name, (use.get(name) ?? 0) + 1);
  }
  return use;
}

/** Names of the slices that cover the text's characters (each character from the first slice that has it). */
export function slicesFor(text: string): string[] {
  return [...sliceUse(text).keys()].sort();
}

/**
 * The font files of one weight that draw the text, the slice covering most
 * of its characters first. For a glyph its first font lacks, resvg tries the
 * files in this order, parsing each, and reshapes the text with the one that
 * has it: in this order a chart's labels cost about a third of what they
 * cost with the slices in name order.
 */
export function fontFilesFor(text: string, weight: 400 | 700): string[] {
  return [...sliceUse(text)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => sliceFontFile(name, weight));
}

function fontCacheDir(): string {
  if (!outDirCache) {
    const preferred = join(process.cwd(), 'node_modules', '.cache', 'share-image-fonts');
    try {
      mkdirSync(preferred, { recursive: true });
      outDirCache = preferred;
    } catch {
      outDirCache = mkdtempSync(join(tmpdir(), 'share-image-fonts-'));
    }
  }
  return outDirCache;
}

/** Path of the TrueType file of one slice in one weight, converted from the package's WOFF once per process. */
export function sliceFontFile(name: string, weight: 400 | 700): string {
  const key = `${name}-${weight}`;
  const cached = converted.get(key);
  if (cached) return cached;
  const woff = readFileSync(join(fontPackageDir(), 'files', `noto-sans-sc-${name}-${weight}-normal.woff`));
  const sfnt = woffToSfnt(woff);
  const file = join(fontCacheDir(), `noto-sans-sc-${key}.otf`);
  if (!existsSync(file) || !readFileSync(file).equals(sfnt)) {
    // Write and rename, so a build running at the same time never reads half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, sfnt);
    renameSync(tmp, file);
  }
  converted.set(key, file);
  return file;
}

/** Text content of an SVG (character data of every element, entities decoded). */
export function svgText(svg: string): string {
  return svg
    .replace(/<(title|desc|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([\da-f]+);/gi, (_a, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_a, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
