/** /embed/<chart-key>.sources.csv: every sentence the chart draws on (the source line under it names the reports cited most). */
import type { APIRoute } from 'astro';
import { chartData } from '../../charts/data.ts';
import { publishedCharts, sourcesCsv } from '../../charts/publish.ts';
import type { ChartSpec } from '../../charts/types.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { keyed } from '../../lib/page-keys.ts';

export function getStaticPaths() {
  return keyed(publishedCharts(chartData()).map(({ key, spec }) => ({ params: { chart: key }, props: { spec } })));
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(sourcesCsv((props as { spec: ChartSpec }).spec, (path) => absoluteUrl(path, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
