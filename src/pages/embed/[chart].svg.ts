/** /embed/<chart-key>.svg: the chart's wide drawing as a standalone SVG file. */
import type { APIRoute } from 'astro';
import { chartData } from '../../charts/data.ts';
import { publishedCharts } from '../../charts/publish.ts';
import { downloadSvg } from '../../charts/render.ts';
import type { ChartSpec } from '../../charts/types.ts';

export function getStaticPaths() {
  return publishedCharts(chartData()).map(({ key, spec }) => ({ params: { chart: key }, props: { spec } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(downloadSvg((props as { spec: ChartSpec }).spec), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
