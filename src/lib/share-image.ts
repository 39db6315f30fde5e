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
import { renderCache } from './render-cache.ts';
import { encodePng, type Pixels } from './png.ts';
import { resvgOptions } from './raster.ts';
import { drawOffThread } from './raster-pool.ts';
import { OG_WIDTH, shareImageLayers, type ShareImageInput, type ShareImageLayers } from './share-layout.ts';
import { PAPER } from './share-chart.ts';
import { fontFilesFor, svgText } from './share-fonts.ts';
import { keptOutput } from './previous-build.ts';

export { pngSize } from './png.ts';
export * from './woff.ts';
export * from './share-chart.ts';
export * from './share-text.ts';
export * from './share-layout.ts';
export * from './share-fonts.ts';

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
 * A share image for an og route. In a build it is started now (the routes
 * call this in getStaticPaths, which Astro runs for every route before it
 * renders the first page, so the image is drawn on another core while the
 * pages render) and handed over when the route asks; but not when the
 * previous build kept this output under the same key (lib/previous-build.ts):
 * Astro will copy it, so neither the layout (the chart's drawing) nor the
 * image is made unless the route asks after all. In dev, drawn when asked.
 * `input` is a function so that nothing of the image is computed before it is needed.
 */
export function shareImageAhead(input: () => ShareImageInput, page: { output: string; cacheKey: string }): () => Promise<Buffer> {
  if (import.meta.env?.DEV) return () => shareImagePng(input());
  let started: Promise<Buffer> | undefined;
  const draw = () => (started ??= shareImagePng(input()));
  if (!keptOutput(page.output, page.cacheKey)) draw().catch(() => {}); // a failure is reported by the route that awaits it
  return draw;
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
