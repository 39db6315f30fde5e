/**
 * A standalone chart SVG (the .svg download) drawn by resvg with the
 * project's font and no CSS or system fonts: what a layout program or image
 * tool sees. The site no longer ships this drawing (the PNG download is the
 * chart's share image); the browser test compares it with Chromium's.
 */
import { encodePng } from '../../src/lib/png.ts';
import { PAPER, fontFilesFor, rasterize, rasterizePixels, splitWeights, svgText } from '../../src/lib/share-image.ts';

/** PNG of `svg` at its own size; bold text is drawn with the bold slices and laid over the rest (share-image.ts splitWeights). */
export async function rasterizeSvg(svg: string): Promise<Buffer> {
  const width = Number(/\swidth="(\d+)"/.exec(svg)![1]);
  const fonts = (markup: string, weight: 400 | 700) => fontFilesFor(svgText(markup), weight);
  const open = /^(?:<\?xml[^>]*>\s*)?<svg\b[^>]*>/.exec(svg)![0];
  const { regular, bold } = splitWeights(svg.slice(open.length).replace(/<\/svg>\s*$/, ''));
  if (!bold) return rasterize(svg, fonts(svg, 400), PAPER, width);
  const base = await rasterizePixels(`${open}${regular}</svg>`, fonts(regular, 400), PAPER, width);
  return encodePng(base, await rasterizePixels(`${open}${bold}</svg>`, fonts(bold, 700), 'transparent', width));
}
