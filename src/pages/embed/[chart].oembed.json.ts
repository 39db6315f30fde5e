/**
 * /embed/<chart-key>.oembed.json: a static oEmbed response (type "rich")
 * per chart, found through the discovery link on the embed page.
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../components/site/config.ts';
import { chartData } from '../../charts/data.ts';
import { chartPaths, fallbackHeight, iframeCode, oembedJson, publishedCharts, svgHeight } from '../../charts/publish.ts';
import { renderVariant } from '../../charts/render.ts';
import { WIDE } from '../../charts/theme.ts';
import type { ChartSpec } from '../../charts/types.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export function getStaticPaths() {
  return publishedCharts(chartData()).map(({ key, spec }) => ({ params: { chart: key }, props: { spec } }));
}

export const GET: APIRoute = ({ props, params, site }) => {
  const spec = (props as { spec: ChartSpec }).spec;
  const height = fallbackHeight(svgHeight(renderVariant(spec, WIDE)));
  const html = iframeCode(absoluteUrl(chartPaths(params.chart!).embed, site), spec.title, height, absoluteUrl('/embed.js', site));
  const body = oembedJson({ title: spec.title, siteName: SITE_NAME, siteUrl: absoluteUrl('/', site), html, width: WIDE.width, height });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed' } });
};
