/**
 * Share images (Open Graph / Twitter cards): a 1200x630 PNG per story and per
 * published chart (also its PNG download), made at build time; which image
 * every other page names is decided in share-cards.ts. The layout is an SVG composed here
 * (title, subtitle or dek, the chart's own drawing, the site name) and
 * rasterized by resvg with Noto Sans SC from @fontsource/noto-sans-sc, so a
 * machine with no CJK system font draws the same Chinese, byte for byte.
 *
 * Fontsource ships the font as WOFF/WOFF2 slices (about 100 unicode ranges
 * per weight); resvg reads only TrueType/OpenType files, so the slices an
 * image needs are converted (woffToSfnt), written once per build to a cache
 * folder and handed to resvg by path. System fonts are never loaded.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { renderCache } from './render-cache.ts';
import { encodePng, type Pixels } from './png.ts';
import { FONT_FAMILY, resvgOptions } from './raster.ts';
import { drawOffThread } from './raster-pool.ts';
import { LATIN, breakPieces } from './word-breaks.ts';

export { pngSize } from './png.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/* ------------------------------------------------------------------ */
/* WOFF 1.0 -> SFNT (TrueType/OpenType)                                */
/* ------------------------------------------------------------------ */

export interface SfntTable {
  tag: string;
  checksum: number;
  offset: number;
  length: number;
}

/** OpenType table checksum: the sum of the data as big-endian uint32 (zero-padded), mod 2^32. */
export function tableChecksum(data: Uint8Array): number {
  let sum = 0;
  const full = data.length & ~3;
  for (let i = 0; i < full; i += 4) sum = (sum + ((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!)) >>> 0;
  if (full < data.length) {
    let last = 0;
    for (let i = 0; i < 4; i++) last = (last << 8) | (data[full + i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

const tagAt = (buf: Buffer, offset: number) => buf.toString('latin1', offset, offset + 4);

/**
 * Decode a WOFF 1.0 font into the SFNT it wraps (WOFF 1.0 spec, W3C 2012):
 * each table is zlib-compressed when its compressed length is shorter than
 * its original length, stored as is otherwise. The table directory keeps the
 * WOFF's order (sorted by tag) and its original checksums; tables are
 * 4-byte aligned and head.checkSumAdjustment is recomputed for the file.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < 44 || src.readUInt32BE(0) !== 0x774f4646) throw new Error('woffToSfnt: not a WOFF 1.0 file (no wOFF signature)');
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  if (44 + numTables * 20 > src.length) throw new Error('woffToSfnt: table directory runs past the end of the file');
  const tables: { tag: string; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const tag = tagAt(src, entry);
    const offset = src.readUInt32BE(entry + 4);
    const compLength = src.readUInt32BE(entry + 8);
    const origLength = src.readUInt32BE(entry + 12);
    const checksum = src.readUInt32BE(entry + 16);
    if (offset + compLength > src.length) throw new Error(`woffToSfnt: table ${tag} runs past the end of the file`);
    const stored = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : Buffer.from(stored);
    if (data.length !== origLength) throw new Error(`woffToSfnt: table ${tag} is ${data.length} bytes, the directory says ${origLength}`);
    tables.push({ tag, checksum, data });
  }
  // SFNT header: searchRange etc. from the largest power of two <= numTables.
  let pow = 1;
  let log = 0;
  while (pow * 2 <= numTables) {
    pow *= 2;
    log++;
  }
  const headerSize = 12 + numTables * 16;
  const pad = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((n, t) => n + pad(t.data.length), headerSize);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(pow * 16, 6);
  out.writeUInt16BE(log, 8);
  out.writeUInt16BE(numTables * 16 - pow * 16, 10);
  let offset = headerSize;
  let headOffset = -1;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    out.write(t.tag, record, 'latin1');
    out.writeUInt32BE(t.checksum, record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(t.data.length, record + 12);
    t.data.copy(out, offset);
    if (t.tag === 'head') headOffset = offset;
    offset += pad(t.data.length);
  });
  if (headOffset >= 0 && headOffset + 12 <= out.length) {
    out.writeUInt32BE(0, headOffset + 8);
    out.writeUInt32BE((0xb1b0afba - tableChecksum(out)) >>> 0, headOffset + 8);
  }
  return out;
}

/** The table directory of an SFNT font (for checks and tests). */
export function sfntTables(sfnt: Uint8Array): SfntTable[] {
  const buf = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const n = buf.readUInt16BE(4);
  return Array.from({ length: n }, (_, i) => {
    const r = 12 + i * 16;
    return { tag: tagAt(buf, r), checksum: buf.readUInt32BE(r + 4), offset: buf.readUInt32BE(r + 8), length: buf.readUInt32BE(r + 12) };
  });
}

/** The table directory of a WOFF font: tag and original checksum of each table. */
export function woffTables(woff: Uint8Array): { tag: string; checksum: number; length: number }[] {
  const buf = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  const n = buf.readUInt16BE(12);
  return Array.from({ length: n }, (_, i) => {
    const e = 44 + i * 20;
    return { tag: tagAt(buf, e), checksum: buf.readUInt32BE(e + 16), length: buf.readUInt32BE(e + 12) };
  });
}

/* ------------------------------------------------------------------ */
/* Chart SVG -> something a rasterizer without CSS variables can draw  */
/* ------------------------------------------------------------------ */

/** Light-theme ink (src/styles/tokens.css --ink): what currentColor means in the image. */
export const INK = '#1c1b19';
/** Light-theme paper (--paper): the ground every image is drawn on. */
export const PAPER = '#fbfaf6';
const MUTED = '#5c5a54';
const ACCENT = '#b3361d';
const RULE = '#d9d4c7';

/**
 * Replace every `var(--name, fallback)` with its fallback (innermost first,
 * so nested fallbacks resolve), and a `var(--name)` without one with the ink
 * colour. The charts' fallbacks are the light theme's values (charts/theme.ts).
 */
export function resolveCssVars(svg: string): string {
  let out = svg;
  for (let i = 0; i < 8 && out.includes('var('); i++) {
    out = out.replace(/var\(\s*--[\w-]+\s*(?:,\s*([^()]*?)\s*)?\)/g, (_all, fallback: string | undefined) => fallback?.trim() || INK);
  }
  return out;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A chart's SVG drawn into `box` of the layout: the outer <svg> becomes a
 * scaled <g> that keeps the root's presentation attributes (font size,
 * anchor, fill), with colours resolved and currentColor set to the ink.
 * Charts are scaled to fit and centred; a chart so tall that fitting would
 * leave it narrower than `minWidthShare` of the box is drawn at `cropShare`
 * of the box width instead and cut off at the bottom under a fade. Returns
 * the markup and the part of the box the drawing covers.
 */
export function embedChart(chartSvg: string, box: Box, minWidthShare = 0.5, cropShare = 0.8): { markup: string; drawn: Box } {
  const svg = resolveCssVars(chartSvg.replace(/^<\?xml[^>]*>\s*/, '').trim());
  const open = /^<svg\b([^>]*)>/.exec(svg);
  if (!open || !svg.endsWith('</svg>')) throw new Error('embedChart: not an <svg> element');
  const attrs = open[1]!;
  const viewBox = /\sviewBox="([^"]+)"/.exec(attrs)?.[1]?.trim().split(/[\s,]+/).map(Number);
  const width = viewBox?.[2] ?? Number(/\swidth="([\d.]+)"/.exec(attrs)?.[1] ?? 640);
  const height = viewBox?.[3] ?? Number(/\sheight="([\d.]+)"/.exec(attrs)?.[1] ?? 400);
  const [vx, vy] = [viewBox?.[0] ?? 0, viewBox?.[1] ?? 0];
  // Presentation attributes of the root carry over; layout, ARIA, class and style do not.
  const kept = [...attrs.matchAll(/\s([\w:-]+)="([^"]*)"/g)]
    .filter(([, name]) => /^(fill|stroke|stroke-width|text-anchor|font-size|font-weight|font-variant|paint-order)$/.test(name!))
    .map(([, name, value]) => ` ${name}="${value}"`)
    .join('');
  const inner = svg
    .slice(open[0].length, -'</svg>'.length)
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>|<desc\b[^>]*>[\s\S]*?<\/desc>|<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/\sfont-family="[^"]*"/g, '');
  const fit = Math.min(box.width / width, box.height / height);
  // Fit when that keeps the drawing at least minWidthShare of the box wide; otherwise show its
  // top at cropShare of the box width (cut off anyway, it might as well stay legible).
  const scale = fit * width >= minWidthShare * box.width ? fit : (cropShare * box.width) / width;
  const drawnW = width * scale;
  const drawnH = height * scale;
  const cropped = drawnH > box.height + 0.5;
  const x = box.x + (box.width - drawnW) / 2;
  const y = cropped ? box.y : box.y + (box.height - drawnH) / 2;
  const transform = `translate(${num(x - vx * scale)},${num(y - vy * scale)}) scale(${Math.round(scale * 1e4) / 1e4})`;
  const chart = `<g color="${INK}"${kept} transform="${transform}">${inner}</g>`;
  const drawn = { x, y, width: drawnW, height: Math.min(drawnH, box.height) };
  if (!cropped) return { markup: chart, drawn };
  // Labels may overhang the chart's frame a little: the clip is the box, widened at the sides.
  const fade = 72;
  const markup =
    `<defs><clipPath id="og-chart-clip"><rect x="${num(box.x - 24)}" y="${num(box.y - 24)}" width="${num(box.width + 48)}" height="${num(box.height + 24)}"/></clipPath>` +
    `<linearGradient id="og-chart-fade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${PAPER}" stop-opacity="0"/><stop offset="1" stop-color="${PAPER}" stop-opacity="1"/></linearGradient></defs>` +
    `<g clip-path="url(#og-chart-clip)">${chart}</g>` +
    `<rect x="${num(box.x - 24)}" y="${num(box.y + box.height - fade)}" width="${num(box.width + 48)}" height="${fade}" fill="url(#og-chart-fade)"/>`;
  return { markup, drawn };
}

/* ------------------------------------------------------------------ */
/* Layout                                                              */
/* ------------------------------------------------------------------ */

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Width of text in ems: CJK and full-width forms 1, Latin letters and digits about 0.56. */
export function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 1 : /\s/.test(ch) ? 0.28 : 0.56;
  return w;
}

const NO_LINE_START = /[，。、；：！？）》」』”’,.;:!?)\]%％]/;
const NO_LINE_END = /[（《「『“‘(\[]/;

/**
 * Break text into lines of at most `maxEms` ems, at most `maxLines` lines
 * (the last one ends with an ellipsis when text is left over). Lines break
 * between words (breakPieces, lib/word-breaks.ts), never before closing punctuation or after
 * opening punctuation, never between a number and its unit.
 */
export function wrapLines(text: string, maxEms: number, maxLines: number): string[] {
  const greedy = breakLines(text, maxEms);
  if (greedy.length <= 1) return greedy;
  if (greedy.length <= maxLines) {
    // As many lines as the greedy break needs, as even as they go, preferring breaks at
    // punctuation (after 、，： or before an opening bracket; not before a quote, whose
    // full-width mark would look like an indent) over breaks inside a phrase.
    const n = greedy.length;
    let best = greedy;
    let bestScore = -Infinity;
    for (let width = ems(text) / n; width <= maxEms; width += 0.25) {
      const lines = breakLines(text, width);
      if (lines.length !== n) continue;
      const atPunctuation = lines.slice(0, -1).filter((line, i) => /[，。、；：！？）》”]$/.test(line) || /^（/.test(lines[i + 1]!)).length;
      const widest = Math.max(...lines.map(ems));
      // One well-placed break is worth about two ems of evenness.
      const score = atPunctuation * 2 - (widest - ems(text) / n);
      if (score > bestScore + 1e-9) {
        best = lines;
        bestScore = score;
      }
    }
    return best;
  }
  // Too long: cut the last line by whole tokens (a number is never cut in half) and mark the cut.
  const kept = greedy.slice(0, maxLines);
  const tokens = [...breakPieces(kept[maxLines - 1]!)];
  while (tokens.length && ems(`${tokens.join('')}…`) > maxEms) tokens.pop();
  kept[maxLines - 1] = `${tokens.join('').replace(/[，。、；：（《“,.;:(\s]+$/, '')}…`;
  return kept;
}

/** Greedy line breaking (wrapLines' rules, no line limit). */
function breakLines(text: string, maxEms: number): string[] {
  // A word wider than the line (a long name) breaks between its characters, a number still with its unit's first.
  const tokens = breakPieces(text.trim()).flatMap((t) => (ems(t) > maxEms && !LATIN.test(t) ? t.match(/[A-Za-z0-9.,%+\-·\/]+[^\s\p{P}]?|./gu)! : [t]));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line === '' && /^\s+$/.test(token)) continue;
    if (line && ems(line + token) > maxEms && !NO_LINE_START.test(token)) {
      // Keep opening punctuation with what follows it.
      let carry = '';
      while (line && NO_LINE_END.test(line.slice(-1))) {
        carry = line.slice(-1) + carry;
        line = line.slice(0, -1);
      }
      if (!line) {
        line = carry;
        carry = '';
      } else {
        lines.push(line.trimEnd());
        line = carry;
      }
      line += /^\s+$/.test(token) && !line ? '' : token;
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export interface ShareImageInput {
  /** Main title (bold, up to three lines). */
  title: string;
  /** The chart's subtitle or the story's dek (up to four lines). */
  subtitle?: string;
  /** Small label above the title ('故事', '图表'). */
  kicker?: string;
  /** The chart, as the SVG the site renders (CSS variables and currentColor are resolved here). */
  chartSvg?: string;
  /** Site name, bottom left. */
  siteName: string;
}

export { FONT_FAMILY };
const TITLE_SIZE = 46;
const TITLE_LINE = 60;
const SUB_SIZE = 24;
const SUB_LINE = 36;
const MARGIN = 64;
const TEXT_WIDTH = 430;
const CHART_BOX: Box = { x: 548, y: 56, width: 600, height: 518 };

export interface ShareImageLayers {
  /** Everything drawn in the regular weight: background, subtitle, chart. */
  regular: string;
  /** Only the bold text (kicker, title, site name, the chart's bold labels), on a transparent ground, `boldWidth` wide from the left edge. */
  bold: string;
  /** Width of the bold layer: the text column only when the chart has no bold text (fewer pixels to draw and encode). */
  boldWidth: number;
}

/** An element drawn bold: its text belongs to the bold layer. */
const BOLD_ELEMENT = /(<[a-z]+\b[^>]*\sfont-weight="(?:bold|bolder|[6-9]00)")/g;

/**
 * SVG markup split by weight, same geometry in both parts: the regular part hides its bold text, the bold
 * part shows only that text (visibility is inherited, and a child may turn it back on). Bold is null when
 * there is no bold text. Each part is rasterized with the font slices of its own weight: resvg's glyph
 * fallback ignores weight, so a pass given both weights draws part of each text in the other one.
 */
export function splitWeights(markup: string): { regular: string; bold: string | null } {
  if (!markup.match(BOLD_ELEMENT)) return { regular: markup, bold: null };
  return {
    regular: markup.replace(BOLD_ELEMENT, '$1 visibility="hidden"'),
    bold: `<g visibility="hidden">${markup.replace(BOLD_ELEMENT, '$1 visibility="visible"')}</g>`,
  };
}

const svgOpen = (width: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${OG_HEIGHT}" viewBox="0 0 ${width} ${OG_HEIGHT}" font-family="${FONT_FAMILY}">`;

/**
 * The share image in two layers, 1200x630: a text column on the left
 * (kicker, title, subtitle, site name at the foot) and the chart on the
 * right on a white card. Text is plain SVG text in FONT_FAMILY; nothing is
 * fetched. The layers are rasterized with one weight each (shareImagePng):
 * given slices of both weights at once, resvg's glyph fallback picks
 * whichever slice comes first, so a title would come out half regular.
 */
export function shareImageLayers(input: ShareImageInput): ShareImageLayers {
  const hasChart = Boolean(input.chartSvg);
  const textWidth = hasChart ? TEXT_WIDTH : OG_WIDTH - 2 * MARGIN;
  const titleLines = wrapLines(input.title, textWidth / TITLE_SIZE, 3);
  const subLines = input.subtitle ? wrapLines(input.subtitle, textWidth / SUB_SIZE, titleLines.length > 2 ? 3 : 4) : [];
  const bold: string[] = [];
  const regular: string[] = [`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${PAPER}"/>`, `<rect width="${OG_WIDTH}" height="8" fill="${ACCENT}"/>`];
  let y = MARGIN + 8;
  if (input.kicker) {
    bold.push(`<text x="${MARGIN}" y="${y + 18}" font-size="22" font-weight="700" fill="${ACCENT}">${escapeXml(input.kicker)}</text>`);
    y += 52;
  }
  y += TITLE_SIZE;
  bold.push(
    `<text x="${MARGIN}" y="${y}" font-size="${TITLE_SIZE}" font-weight="700" fill="${INK}">` +
      titleLines.map((line, i) => `<tspan x="${MARGIN}" dy="${i ? TITLE_LINE : 0}">${escapeXml(line)}</tspan>`).join('') +
      `</text>`,
  );
  y += (titleLines.length - 1) * TITLE_LINE + 28;
  if (subLines.length) {
    y += SUB_SIZE;
    regular.push(
      `<text x="${MARGIN}" y="${y}" font-size="${SUB_SIZE}" fill="${MUTED}">` +
        subLines.map((line, i) => `<tspan x="${MARGIN}" dy="${i ? SUB_LINE : 0}">${escapeXml(line)}</tspan>`).join('') +
        `</text>`,
    );
  }
  const footY = OG_HEIGHT - MARGIN + 8;
  regular.push(`<rect x="${MARGIN}" y="${footY - 22}" width="6" height="28" fill="${ACCENT}"/>`);
  bold.push(`<text x="${MARGIN + 18}" y="${footY}" font-size="24" font-weight="700" fill="${INK}">${escapeXml(input.siteName)}</text>`);
  let chartBold = false;
  if (hasChart) {
    // The white card wraps the drawing (a short chart gets a short card, centred on the column).
    const { markup, drawn } = embedChart(input.chartSvg!, CHART_BOX);
    const pad = 20;
    const card = { x: CHART_BOX.x - pad, y: drawn.y - pad, width: CHART_BOX.width + 2 * pad, height: drawn.height + 2 * pad };
    const chart = splitWeights(markup.replaceAll(`stop-color="${PAPER}"`, 'stop-color="#ffffff"'));
    regular.push(`<rect x="${card.x}" y="${num(card.y)}" width="${card.width}" height="${num(card.height)}" rx="8" fill="#ffffff" stroke="${RULE}"/>`, chart.regular);
    if (chart.bold) bold.push(chart.bold);
    chartBold = Boolean(chart.bold);
  }
  // The bold layer spans the chart only when the chart has bold text (the map's years, a timeline's headline).
  const boldWidth = hasChart && !chartBold ? CHART_BOX.x - 40 : OG_WIDTH;
  return { regular: `${svgOpen(OG_WIDTH)}${regular.join('')}</svg>`, bold: `${svgOpen(boldWidth)}${bold.join('')}</svg>`, boldWidth };
}

/** The whole share image as one SVG (both layers; for tests and previews: it is not what is rasterized). */
export function shareImageSvg(input: ShareImageInput): string {
  const { regular, bold, boldWidth } = shareImageLayers(input);
  return regular.replace(/<\/svg>$/, bold.slice(svgOpen(boldWidth).length));
}

/* ------------------------------------------------------------------ */
/* Fonts                                                               */
/* ------------------------------------------------------------------ */

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

/* ------------------------------------------------------------------ */
/* Rasterize                                                           */
/* ------------------------------------------------------------------ */

type ResvgModule = typeof import('@resvg/resvg-js');
let resvgModule: ResvgModule | undefined;

async function resvg(): Promise<ResvgModule> {
  resvgModule ??= await import('@resvg/resvg-js');
  return resvgModule;
}

/**
 * Draw an SVG at `width` px with only the given font files (no system fonts,
 * so the result is the same on every machine): premultiplied RGBA pixels,
 * drawn on a libuv worker thread (renderAsync). The build's share images use
 * raster.ts on their own drawing thread; this is for one-off drawings (tests).
 */
export async function rasterizePixels(svg: string, fontFiles: string[], background: string, width = OG_WIDTH): Promise<Pixels> {
  const { renderAsync } = await resvg();
  const image = await renderAsync(svg, resvgOptions(fontFiles, background, width));
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/** Rasterize an SVG on an opaque `background` to a PNG of `width` px (see rasterizePixels, src/lib/png.ts). */
export async function rasterize(svg: string, fontFiles: string[], background = PAPER, width = OG_WIDTH): Promise<Buffer> {
  return encodePng(await rasterizePixels(svg, fontFiles, background, width));
}

/**
 * The share image as PNG: compose the two layers, rasterize the regular one
 * with the regular slices its text needs and the bold one with the bold
 * slices (on a transparent ground), and lay the bold pixels over the regular
 * ones, on a drawing thread (raster-pool.ts). An image drawn before (same
 * layers, same code) comes from the render cache.
 */
export function shareImagePng(input: ShareImageInput, cache = renderCache()): Promise<Buffer> {
  const layers = shareImageLayers(input);
  return cache.bytes('png', ['share', layers.regular, layers.bold, String(layers.boldWidth)], () => drawShareImage(layers));
}

function drawShareImage(layers: ShareImageLayers): Promise<Buffer> {
  const { regular, bold, boldWidth } = layers;
  // The font files are converted here, once per process (sliceFontFile); the thread only reads them.
  return drawOffThread({ regular, regularFonts: fontFilesFor(svgText(regular), 400), bold, boldFonts: fontFilesFor(svgText(bold), 700), width: OG_WIDTH, boldWidth, background: PAPER });
}

/**
 * A share image for an og route: in a build, started now (the routes call
 * this in getStaticPaths, which Astro runs for every route before it renders
 * the first page, so the image is drawn on another core while the pages
 * render) and handed over when the route asks; in dev, drawn when asked.
 */
export function shareImageAhead(input: ShareImageInput): () => Promise<Buffer> {
  const draw = () => shareImagePng(input);
  if (import.meta.env?.DEV) return draw;
  const started = draw();
  started.catch(() => {}); // a failure is reported by the route that awaits it, not as an unhandled rejection
  return () => started;
}

/** Site-root path of a story's share image (src/pages/og/stories/[slug].png.ts). */
export const storyImagePath = (id: string) => `/og/stories/${id}.png`;
/** Site-root path of a published chart's share image (src/pages/og/charts/[chart].png.ts). */
export const chartImagePath = (key: string) => `/og/charts/${key}.png`;
/** Site-root paths of the home page's share image and of a district's own (src/pages/og/; which page names which: lib/share-cards.ts). */
export const homeImagePath = () => '/og/home.png';
export const districtImagePath = (slug: string) => `/og/districts/${slug}.png`;

/** The chart drawing a share image uses: the widest variant. */
export function widestVariant<V extends { width: number }>(variants: readonly V[]): V {
  return [...variants].sort((a, b) => b.width - a.width)[0]!;
}
