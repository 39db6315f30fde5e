/**
 * /og/stories/<slug>.png: the share image (Open Graph, Twitter) of each
 * published story: its title, dek, cover chart and the site name, 1200x630.
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../../components/site/config.ts';
import { chartData } from '../../../charts/data.ts';
import { buildChart } from '../../../charts/registry.ts';
import { shareDrawing } from '../../../charts/share-drawing.ts';
import { shareImagePng } from '../../../lib/share-image.ts';
import { publishedStories, type Story } from '../../../lib/stories.ts';

export async function getStaticPaths() {
  return (await publishedStories()).map((story) => ({ params: { slug: story.id }, props: { story } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story };
  const cover = buildChart(story.data.cover, {}, chartData());
  const png = await shareImagePng({
    kicker: '故事',
    title: story.data.title,
    subtitle: story.data.dek,
    chartSvg: shareDrawing(cover),
    siteName: SITE_NAME,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
