/**
 * A chart's own SVG made drawable in a share image (share-layout.ts): CSS
 * variables resolved to the light theme, scaled and placed into a box.
 */

/** Light-theme ink (src/styles/tokens.css --ink): what currentColor means in the image. */
export const INK = '#1c1b19';
/** Light-theme paper (--paper): the ground every image is drawn on. */
export const PAPER = '#fbfaf6';
export const MUTED = '#5c5a54';
export const ACCENT = '#b3361d';
export const RULE = '#d9d4c7';

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

export const num = (n: number) => String(Math.round(n * 100) / 100);

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
