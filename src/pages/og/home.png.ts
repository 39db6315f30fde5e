/** /og/home.png: the home page's share image: the site's name, its tagline and the district x list matrix it opens with. */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../components/site/config.ts';
import { chartData } from '../../charts/data.ts';
import { buildChart } from '../../charts/registry.ts';
import { shareDrawing } from '../../charts/share-drawing.ts';
import { datasets } from '../../lib/data.ts';
import { shareImagePng } from '../../lib/share-image.ts';
import { tagline } from '../../lib/site-facts.ts';

export const GET: APIRoute = async () => {
  const png = await shareImagePng({
    title: SITE_NAME,
    subtitle: tagline(datasets()),
    chartSvg: shareDrawing(buildChart('district-year', {}, chartData())),
    siteName: SITE_NAME,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
