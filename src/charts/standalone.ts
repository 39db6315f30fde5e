/**
 * The chart as a file a newsroom can drop into a layout program or a CMS:
 * one SVG with the title, subtitle, the wide drawing, notes, source and the
 * chart's address, every colour resolved to a literal (no CSS variables, no
 * stylesheet needed), a declared font stack, and a margin wide enough for
 * labels that overhang the plot. It is the whole chart at any size: the PNG
 * download is the chart's share image (publish.ts chartPaths).
 */
import { escapeHtml } from '../lib/html.ts';
import { correctionNotice, correctionsForChart } from '../lib/corrections.ts';
import { renderCache } from '../lib/render-cache.ts';
import { INK, PAPER, resolveCssVars, widestVariant } from '../lib/share-image.ts';
import { compactSources, moreSources, sourceLine, svgHeight } from './publish.ts';
import { renderVariant } from './render.ts';
import { FONT_FAMILY, wrapCjk } from './theme.ts';
import type { ChartSpec } from './types.ts';

/** Light-theme colour of src/styles/tokens.css that the frame's text uses. */
const MUTED = '#5c5a54';
/** Space around everything; the drawing's axis labels may overhang its box by up to this much. */
const MARGIN = 32;
const TITLE = { size: 20, line: 28 };
const TEXT = { size: 13, line: 19 };

export interface StandaloneOptions {
  siteName: string;
  /** Absolute URL of the chart's page, printed under the source. */
  pageUrl: string;
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs = ''): string {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}"${attrs}>${escapeHtml(l)}</text>`).join('');
}

/** 来源：《…》；… (the reports cited most, and how many more: the downloaded file names its page for the rest). */
function sourcesText(spec: ChartSpec): string {
  const { shown, more } = sourceLine(compactSources(spec));
  return `来源：${[...shown.map((s) => `《${s.title}》`), ...(more ? [moreSources(more)] : [])].join('；')}`;
}

/** The standalone SVG of a chart (its widest variant). */
export function standaloneSvg(spec: ChartSpec, options: StandaloneOptions, cache = renderCache()): string {
  const variant = widestVariant(spec.variants);
  const drawing = resolveCssVars(renderVariant(spec, variant, true, cache)).replace(/^<\?xml[^>]*>\s*/, '');
  const drawnHeight = svgHeight(drawing);
  const width = variant.width + 2 * MARGIN;
  const wrap = (text: string, size: number) => wrapCjk(text, Math.floor(variant.width / size)).split('\n');
  const parts: string[] = [];
  let y = MARGIN + TITLE.size;
  const title = wrap(spec.title, TITLE.size);
  parts.push(textBlock(title, MARGIN, y, TITLE.size, TITLE.line, ' font-weight="700"'));
  y += (title.length - 1) * TITLE.line + TEXT.line + 4;
  const subtitle = wrap(spec.subtitle, TEXT.size + 1);
  parts.push(textBlock(subtitle, MARGIN, y, TEXT.size + 1, TEXT.line, ` fill="${MUTED}"`));
  y += (subtitle.length - 1) * TEXT.line + 16;
  // The drawing keeps its own coordinates; it carries overflow="visible" (render.ts), so overhanging labels are not cut at its box.
  parts.push(drawing.replace(/^<svg\b/, `<svg x="${MARGIN}" y="${y}"`));
  y += drawnHeight + 12;
  const foot = [
    ...spec.notes.map((n) => `· ${n}`),
    // Corrections travel with the file too (更正（date）：…).
    ...correctionsForChart(spec).map(correctionNotice),
    sourcesText(spec),
    `${options.siteName} · ${options.pageUrl}`,
  ];
  for (const paragraph of foot) {
    const lines = wrap(paragraph, TEXT.size);
    y += TEXT.line;
    parts.push(textBlock(lines, MARGIN, y, TEXT.size, TEXT.line, ` fill="${MUTED}"`));
    y += (lines.length - 1) * TEXT.line;
  }
  const height = Math.ceil(y + MARGIN);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeHtml(FONT_FAMILY)}" color="${INK}" fill="${INK}" role="img" aria-label="${escapeHtml(`${spec.title}：${spec.subtitle}`)}">` +
    `<rect width="100%" height="100%" fill="${PAPER}"/>${parts.join('')}</svg>\n`
  );
}
