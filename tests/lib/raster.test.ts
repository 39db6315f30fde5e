/**
 * Share images drawn on the drawing thread (src/lib/raster-pool.ts,
 * raster-worker.ts): the same bytes as drawing on the main thread, one
 * image at a time or many at once, and a failed drawing rejects with the
 * worker's error instead of hanging the build.
 */
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/png.ts';
import { drawOffThread } from '../../src/lib/raster-pool.ts';
import type { RasterJob } from '../../src/lib/raster.ts';
import { PAPER, fontFilesFor, rasterizePixels, shareImageLayers, svgText } from '../../src/lib/share-image.ts';

function job(title: string): RasterJob {
  const { regular, bold, boldWidth } = shareImageLayers({ kicker: '图表', title, subtitle: '按区统计的改革案例数', siteName: '广州改革案例数据' });
  return { regular, regularFonts: fontFilesFor(svgText(regular), 400), bold, boldFonts: fontFilesFor(svgText(bold), 700), width: 1200, boldWidth, background: PAPER };
}

async function onMainThread(j: RasterJob): Promise<Buffer> {
  return encodePng(await rasterizePixels(j.regular, j.regularFonts, j.background, j.width), await rasterizePixels(j.bold, j.boldFonts, 'transparent', j.boldWidth));
}

describe('drawOffThread', () => {
  it('draws the same bytes as the main thread, also when many images are queued at once', async () => {
    const jobs = ['黄埔区改革案例', '各区案例数量', '营商环境领域的改革'].map(job);
    const drawn = await Promise.all(jobs.map(drawOffThread));
    for (const [i, j] of jobs.entries()) expect(drawn[i]!.equals(await onMainThread(j))).toBe(true);
    expect(new Set(drawn.map((png) => png.toString('base64'))).size).toBe(3);
  }, 60_000);

  it('rejects with the drawing thread\'s error when an image cannot be drawn', async () => {
    await expect(drawOffThread({ ...job('坏的图'), regular: '<svg' })).rejects.toThrow(/share image: .*(svg|SVG|xml|XML)/);
  }, 60_000);
});
