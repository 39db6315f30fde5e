/** /embed/<chart-key>.svg: the chart as a standalone file (title, notes, source; colours resolved). */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../components/site/config.ts';
import { chartData } from '../../charts/data.ts';
import { chartPaths, publishedCharts } from '../../charts/publish.ts';
import { standaloneSvg } from '../../charts/standalone.ts';
import type { ChartSpec } from '../../charts/types.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { keyed } from '../../lib/page-keys.ts';

export function getStaticPaths() {
  return keyed(publishedCharts(chartData()).map(({ key, spec }) => ({ params: { chart: key }, props: { spec } })));
}

export const GET: APIRoute = ({ props, params, site }) => {
  const svg = standaloneSvg((props as { spec: ChartSpec }).spec, { siteName: SITE_NAME, pageUrl: absoluteUrl(chartPaths(params.chart!).embed, site) });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
