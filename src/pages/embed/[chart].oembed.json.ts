/**
 * /embed/<chart-key>.oembed.json: a static oEmbed response (type "rich")
 * per chart, found through the discovery links on the embed page, the
 * chart's pages and the stories. Static files cannot honour a consumer's
 * maxwidth/maxheight/format: the /embed/ page says so. The width is the
 * article column the height is computed for; the iframe is fluid and its
 * height fits every column from 320 px (src/charts/embed-layout.ts).
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../components/site/config.ts';
import { chartData } from '../../charts/data.ts';
import { chartPaths, publishedCharts } from '../../charts/publish.ts';
import { embedFootText, embedHeight, iframeCode, oembedJson } from '../../charts/embed-code.ts';
import type { ChartSpec } from '../../charts/types.ts';
import { OG_HEIGHT, OG_WIDTH, chartImagePath } from '../../lib/share-image.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { keyed } from '../../lib/page-keys.ts';

export function getStaticPaths() {
  return keyed(publishedCharts(chartData()).map(({ key, spec }) => ({ params: { chart: key }, props: { spec } })));
}

/** The column width the response states: a common article column; the height fits it and any other from 320 px. */
const COLUMN = 720;

export const GET: APIRoute = ({ props, params, site }) => {
  const spec = (props as { spec: ChartSpec }).spec;
  const height = embedHeight(spec, embedFootText(spec, SITE_NAME));
  const html = iframeCode({ src: absoluteUrl(chartPaths(params.chart!).embed, site), title: spec.title, height, script: absoluteUrl('/embed.js', site) });
  const thumbnail = { url: absoluteUrl(chartImagePath(params.chart!), site), width: OG_WIDTH, height: OG_HEIGHT };
  const body = oembedJson({ title: spec.title, siteName: SITE_NAME, siteUrl: absoluteUrl('/', site), html, width: COLUMN, height, thumbnail });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed' } });
};
