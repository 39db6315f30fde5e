/**
 * A share image from its two layers to PNG bytes, synchronously: what the
 * drawing thread (raster-worker.ts) runs for each image. Two resvg passes,
 * one per weight (share-image.ts says why), then the bold pixels laid over
 * the regular ones and the result encoded (png.ts). It imports nothing of the
 * site but the PNG encoder, so the worker thread loads little.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { encodePngSync, type Pixels } from './png.ts';

/** The family every text element is drawn in (the only font resvg is given). */
export const FONT_FAMILY = 'Noto Sans SC';

/** One share image to draw: each layer's SVG with the font files of its weight (share-image.ts shareImageLayers, fontFilesFor). */
export interface RasterJob {
  regular: string;
  regularFonts: string[];
  bold: string;
  boldFonts: string[];
  /** The image's width in px (the regular layer's), and the bold layer's, drawn from the left edge. */
  width: number;
  boldWidth: number;
  /** The regular layer's opaque ground. */
  background: string;
}

/** resvg's options: `width` px wide, only the given font files (no system fonts: the same pixels on every machine). */
export function resvgOptions(fontFiles: string[], background: string, width: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: width },
    background,
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}

function pixelsOf(svg: string, fontFiles: string[], background: string, width: number): Pixels {
  const image = new Resvg(svg, resvgOptions(fontFiles, background, width)).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/** The PNG of one share image: the regular layer on its ground, the bold layer (transparent) over its top-left corner. */
export function drawRasterJob(job: RasterJob): Buffer {
  const regular = pixelsOf(job.regular, job.regularFonts, job.background, job.width);
  const bold = pixelsOf(job.bold, job.boldFonts, 'transparent', job.boldWidth);
  return encodePngSync(regular, bold);
}
