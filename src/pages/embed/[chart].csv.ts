/** /embed/<chart-key>.csv: exactly the rows the chart draws, in its table's columns. */
import type { APIRoute } from 'astro';
import { chartData } from '../../charts/data.ts';
import { chartCsv, publishedCharts } from '../../charts/publish.ts';
import type { ChartSpec } from '../../charts/types.ts';
import { keyed } from '../../lib/page-keys.ts';

export function getStaticPaths() {
  return keyed(publishedCharts(chartData()).map(({ key, spec }) => ({ params: { chart: key }, props: { spec } })));
}

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv((props as { spec: ChartSpec }).spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
