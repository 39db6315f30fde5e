/**
 * /og/charts/<chart-key>.png: the share image (Open Graph, Twitter) of each
 * published chart: its title, subtitle, drawing and the site name, 1200x630.
 * The same keys as the embed pages (src/pages/embed/[chart].astro). It is
 * also the chart's PNG download (charts/publish.ts chartPaths), so a
 * corrected chart says so on the image itself (the SVG download carries the
 * full correction notice), and its district's pages name it (lib/share-cards.ts).
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../../components/site/config.ts';
import { chartData } from '../../../charts/data.ts';
import { publishedCharts } from '../../../charts/publish.ts';
import { shareDrawing } from '../../../charts/share-drawing.ts';
import type { ChartSpec } from '../../../charts/types.ts';
import { chartImagePath, shareImageAhead, type ShareImageInput } from '../../../lib/share-image.ts';
import { chartUpdated } from '../../../lib/corrections.ts';
import { pageKey } from '../../../lib/page-keys.ts';

// Every image that will render is started here, before the pages render: drawn on another core meanwhile (lib/share-image.ts shareImageAhead).
export function getStaticPaths() {
  const cacheKey = pageKey();
  return publishedCharts(chartData()).map(({ key, spec }) => ({
    params: { chart: key },
    props: { png: shareImageAhead(() => chartImage(spec), { output: chartImagePath(key), cacheKey }) },
    cacheKey,
  }));
}

function chartImage(spec: ChartSpec): ShareImageInput {
  const corrected = chartUpdated(spec);
  return {
    kicker: corrected ? `图表 · ${corrected} 更正` : '图表',
    title: spec.title,
    subtitle: spec.subtitle,
    chartSvg: shareDrawing(spec),
    siteName: SITE_NAME,
  };
}

export const GET: APIRoute = async ({ props }) => {
  const png = await (props as { png: () => Promise<Buffer> }).png();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
