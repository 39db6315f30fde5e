/**
 * The one renderer: ChartSpec + variant -> SVG string, at build time, with
 * Observable Plot on a linkedom document. Output is deterministic: Plot's
 * random class name is replaced by a fixed one (theme), and every id (Plot's
 * clip paths, our title/desc) is renumbered from the chart key, so two
 * builds are byte-identical and two charts on one page never share an id.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { renderCache } from '../lib/render-cache.ts';
import { plotInputs } from './plot-inputs.ts';
import { FONT_FAMILY, FONT_SIZE, baseOptions, textWidth, wrapCjk } from './theme.ts';
import type { ChartSpec, LegendItem, Variant } from './types.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_ROW = 18;
const SWATCH = 11;

interface LegendLayout {
  height: number;
  /** Each item at its place; `lines` is its label, wrapped when it is wider than the legend. */
  items: { item: LegendItem; x: number; y: number; lines: string[] }[];
}

/**
 * Flow legend items into rows that fit the width. A label wider than the whole width (a highlighted
 * case's full title on a phone) is wrapped between words onto rows of its own: a legend never cuts a
 * label short or lets it run off the drawing.
 */
export function layoutLegend(items: readonly LegendItem[], width: number): LegendLayout {
  const placed: LegendLayout['items'] = [];
  const room = width - SWATCH - 4;
  let x = 0;
  let y = 0;
  for (const item of items) {
    const w = SWATCH + 4 + textWidth(item.label) + 12;
    const lines = textWidth(item.label) > room ? wrapCjk(item.label, Math.max(1, Math.floor(room / FONT_SIZE))).split('\n') : [item.label];
    if (x > 0 && (x + w > width || lines.length > 1)) {
      x = 0;
      y += LEGEND_ROW;
    }
    placed.push({ item, x, y, lines });
    if (lines.length > 1) {
      y += LEGEND_ROW * (lines.length - 1);
      x = width;
    } else x += w;
  }
  return { height: items.length ? y + LEGEND_ROW + 6 : 0, items: placed };
}

function el(document: Document, name: string, attrs: Record<string, string | number>): Element {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function drawLegend(document: Document, layout: LegendLayout, left: number): Element {
  const g = el(document, 'g', { 'aria-label': 'legend', class: 'legend', transform: `translate(${left},2)` });
  for (const { item, x, y, lines } of layout.items) {
    const swatch = item.outline
      ? el(document, 'rect', { x: x + 0.75, y: y + 3.75, width: SWATCH - 1.5, height: SWATCH - 1.5, fill: 'none', stroke: item.color, 'stroke-width': 1.5, ...(item.dashed ? { 'stroke-dasharray': '3,2' } : {}) })
      : el(document, 'rect', { x, y: y + 3, width: SWATCH, height: SWATCH, fill: item.color });
    const label = el(document, 'text', { x: x + SWATCH + 4, y: y + 3 + SWATCH / 2, dy: '0.35em', 'text-anchor': 'start' });
    if (lines.length === 1) label.textContent = item.label;
    else {
      // One <tspan> per line: a reader copying the legend gets the label in one piece.
      for (const [i, line] of lines.entries()) {
        const span = el(document, 'tspan', { x: x + SWATCH + 4, ...(i ? { dy: LEGEND_ROW } : {}) });
        span.textContent = line;
        label.append(span);
      }
    }
    g.append(swatch, label);
  }
  return g;
}

/** Renumber every id in order of appearance and rewrite the references to it. */
export function renumberIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!ids.has(m[1]!)) ids.set(m[1]!, `${prefix}${ids.size + 1}`);
  }
  if (!ids.size) return svg;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(id="|#|aria-labelledby="(?:[^"]* )?)(${[...ids.keys()].map(escape).join('|')})(?=["\\s)])`, 'g');
  return svg.replace(pattern, (_all, lead: string, id: string) => `${lead}${ids.get(id)}`);
}

/**
 * Path data rounded to a tenth of a pixel (invisible) and, for the polylines
 * d3-geo and Plot emit (M, L, Z only), rewritten with relative moves: map
 * outlines are mostly short steps, so "l1.2-0.4" replaces "123.4,56.7".
 * Rounding happens on absolute positions, so no error accumulates.
 */
export function compactPath(d: string, decimals = 1): string {
  const k = 10 ** decimals;
  const round = (n: number) => Math.round(n * k) / k || 0;
  if (!/^[MLZ\d\s,.\-e]*$/.test(d)) return d.replace(/-?\d*\.\d+/g, (n) => String(round(Number(n))));
  const num = (n: number) => String(n).replace(/^(-?)0\./, '$1.');
  // A separator is needed between two numbers unless the second carries its own sign.
  const join = (nums: number[]) => nums.map(num).reduce((acc, n) => (acc && !n.startsWith('-') ? `${acc},${n}` : acc + n), '');
  let out = '';
  let [cx, cy, sx, sy] = [0, 0, 0, 0];
  let last = '';
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (m[1] === 'Z') {
      out += 'z';
      last = 'z';
      [cx, cy] = [sx, sy]; // After closing, the current point is the subpath's start.
      continue;
    }
    const values = m[2]!.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    const points: [number, number][] = [];
    for (let i = 0; i + 1 < values.length; i += 2) points.push([round(values[i]!), round(values[i + 1]!)]);
    if (!points.length) continue;
    let command = m[1] === 'M' ? 'm' : 'l';
    if (!out) {
      // The path's first point stays absolute; its implicit pairs are line-tos.
      out = `M${join(points[0]!)}`;
      [cx, cy] = [sx, sy] = points.shift()!;
      command = 'l';
    } else if (m[1] === 'M') {
      [sx, sy] = points[0]!;
    }
    const deltas: number[] = [];
    for (const [x, y] of points) {
      deltas.push(round(x - cx), round(y - cy));
      [cx, cy] = [x, y];
    }
    // After "m" or "l", further pairs repeat the command, so one letter serves a run.
    if (!deltas.length) continue;
    const text = join(deltas);
    if (command === 'l' && last === 'l') out += text.startsWith('-') ? text : `,${text}`;
    else out += command + text;
    last = command;
  }
  return out;
}

/** Compact path data, and round long decimals in other attributes (transforms, positions) to 0.1. */
export function roundPaths(svg: string, decimals = 1): string {
  return svg
    .replace(/\sd="([^"]*)"/g, (_all, d: string) => ` d="${compactPath(d, decimals)}"`)
    .replace(/(\s[a-z-]+=")([^"]*\d\.\d{3,}[^"]*)"/gi, (_all, lead: string, value: string) =>
      `${lead}${value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
    );
}

/**
 * Small multiples repeat the same outline in every facet (Plot translates the
 * facet, not the path). Long path data that occurs more than once moves into
 * <defs> and each occurrence becomes a <use>, which keeps its fill and stroke.
 */
export function shareRepeatedPaths(svg: string, minLength = 60): string {
  const counts = new Map<string, number>();
  for (const m of svg.matchAll(/<path ([^>]*?)d="([^"]{60,})"([^>]*)\/?>(?:<\/path>)?/g)) counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
  const shared = [...counts].filter(([d, n]) => n > 1 && d.length >= minLength).map(([d]) => d);
  if (!shared.length) return svg;
  const ids = new Map(shared.map((d, i) => [d, `shape-${i + 1}`]));
  const body = svg.replace(/<path ([^>]*?)d="([^"]{60,})"([^>]*?)\s*\/?>(?:<\/path>)?/g, (all, before: string, d: string, after: string) =>
    ids.has(d) ? `<use ${before}href="#${ids.get(d)}"${after}></use>` : all,
  );
  const defs = `<defs>${shared.map((d) => `<path id="${ids.get(d)}" d="${d}"></path>`).join('')}</defs>`;
  return body.replace(/(<\/desc>)/, `$1${defs}`);
}

/**
 * Draw one variant of a chart to an SVG string, uncached (renderVariant is
 * the cached entry point). Inline SVGs leave out Plot's small stylesheet (the
 * page's chart CSS does its work and sets --plot-background for both colour
 * modes); standalone files keep it.
 */
export function drawVariant(spec: ChartSpec, variant: Variant, standalone = false): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const options = spec.plot(variant);
  const legend = layoutLegend(spec.legend, variant.width - (options.marginLeft ?? 0));
  const marginTop = (options.marginTop ?? 20) + legend.height;
  const base = baseOptions(variant);
  // The legend takes room above the frame: it adds to the chart's height instead of squeezing the marks.
  const height = options.height === undefined ? undefined : options.height + legend.height;
  const node = Plot.plot({
    ...base,
    ...options,
    marginTop,
    ...(height === undefined ? {} : { height }),
    document: document as unknown as Document,
  }) as unknown as Element;
  if (node.tagName.toLowerCase() !== 'svg') {
    throw new Error(`Chart ${spec.id}: Plot returned <${node.tagName}>; charts must not use Plot titles, captions or legends (the renderer draws the legend).`);
  }
  const doc = document as unknown as Document;
  node.setAttribute('xmlns', SVG_NS);
  // Plot writes font-size="10" on the root; viewers that ignore the style attribute must see the theme size too.
  node.setAttribute('font-size', String(FONT_SIZE));
  node.setAttribute('font-family', FONT_FAMILY);
  node.setAttribute('overflow', 'visible');
  node.setAttribute('role', 'img');
  node.setAttribute('aria-labelledby', 'chart-title chart-desc');
  node.setAttribute('data-variant', variant.name);
  const title = el(doc, 'title', { id: 'chart-title' });
  title.textContent = spec.title;
  const desc = el(doc, 'desc', { id: 'chart-desc' });
  desc.textContent = spec.alt;
  node.prepend(title, desc);
  const style = node.querySelector('style')!;
  if (legend.items.length) style.after(drawLegend(doc, legend, options.marginLeft ?? 0));
  if (!standalone) {
    style.remove();
    // Inside role="img" the parts are not exposed to assistive technology; their labels are dead weight.
    for (const g of node.querySelectorAll('g')) {
      g.removeAttribute('aria-label');
      g.removeAttribute('aria-hidden');
    }
  }
  return renumberIds(shareRepeatedPaths(roundPaths(node.outerHTML, spec.pathDecimals ?? 1)), `${spec.key}-${variant.name[0]}`);
}

/**
 * Everything a drawing depends on besides the code (the cache adds the code
 * version): the Plot options the chart module returns for this variant
 * (data included; functions by their source), and what the renderer adds
 * (title, alt text, legend, key, path precision). The rows ride along for
 * accessors that close over them.
 */
export function drawingInputs(spec: ChartSpec, variant: Variant, standalone: boolean): string[] {
  const seen = inputsBySpec.get(spec) ?? new Map<string, string[]>();
  inputsBySpec.set(spec, seen);
  const id = `${variant.name}:${variant.width}:${standalone}`;
  let inputs = seen.get(id);
  if (!inputs) seen.set(id, (inputs = serializeInputs(spec, variant, standalone)));
  return inputs;
}

/** Inputs of the specs seen in this build: a published chart's spec serves five routes. */
const inputsBySpec = new WeakMap<ChartSpec, Map<string, string[]>>();

function serializeInputs(spec: ChartSpec, variant: Variant, standalone: boolean): string[] {
  const cheap = plotInputs(spec.plot, variant);
  const options = cheap !== undefined ? `inputs:${cheap}` : JSON.stringify(spec.plot(variant), (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));
  const { id, key, title, alt, legend, rows, pathDecimals } = spec;
  return [options, JSON.stringify({ id, key, title, alt, legend, rows, pathDecimals, variant, standalone })];
}

/**
 * One variant of a chart as an SVG string: drawn once per build and shared by
 * every output that shows it (story, chart page, embed, share image), and
 * kept across builds in the render cache (src/lib/render-cache.ts) until its
 * inputs or the code change.
 */
export function renderVariant(spec: ChartSpec, variant: Variant, standalone = false, cache = renderCache()): string {
  return cache.text('svg', drawingInputs(spec, variant, standalone), () => drawVariant(spec, variant, standalone));
}

export interface RenderedVariant {
  variant: Variant;
  svg: string;
}

/** Every variant of a chart (narrow first). */
export function renderChart(spec: ChartSpec): RenderedVariant[] {
  return spec.variants.map((variant) => ({ variant, svg: renderVariant(spec, variant) }));
}
