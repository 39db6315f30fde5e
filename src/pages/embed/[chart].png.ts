/** /embed/<chart-key>.png: the standalone SVG (/embed/<chart-key>.svg) rasterized at twice its size, with the font from npm. */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../components/site/config.ts';
import { chartData } from '../../charts/data.ts';
import { chartPaths, publishedCharts } from '../../charts/publish.ts';
import { standalonePng } from '../../charts/standalone.ts';
import type { ChartSpec } from '../../charts/types.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export function getStaticPaths() {
  return publishedCharts(chartData()).map(({ key, spec }) => ({ params: { chart: key }, props: { spec } }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const png = await standalonePng((props as { spec: ChartSpec }).spec, { siteName: SITE_NAME, pageUrl: absoluteUrl(chartPaths(params.chart!).embed, site) });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
