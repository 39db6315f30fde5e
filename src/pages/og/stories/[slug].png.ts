/**
 * /og/stories/<slug>.png: the share image (Open Graph, Twitter) of each
 * published story: its title, dek, cover chart and the site name, 1200x630.
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../../components/site/config.ts';
import { chartData } from '../../../charts/data.ts';
import { buildChart } from '../../../charts/registry.ts';
import { shareDrawing } from '../../../charts/share-drawing.ts';
import { shareImageAhead, storyImagePath, type ShareImageInput } from '../../../lib/share-image.ts';
import { publishedStories, type Story } from '../../../lib/stories.ts';
import { storyKey } from '../../../lib/page-keys.ts';

// Every image that will render is started here, before the pages render: drawn on another core meanwhile (lib/share-image.ts shareImageAhead).
export async function getStaticPaths() {
  return (await publishedStories()).map((story) => {
    const cacheKey = storyKey([story]);
    return { params: { slug: story.id }, props: { png: shareImageAhead(() => storyImage(story), { output: storyImagePath(story.id), cacheKey }) }, cacheKey };
  });
}

function storyImage(story: Story): ShareImageInput {
  return {
    kicker: '故事',
    title: story.data.title,
    subtitle: story.data.dek,
    chartSvg: shareDrawing(buildChart(story.data.cover, {}, chartData())),
    siteName: SITE_NAME,
  };
}

export const GET: APIRoute = async ({ props }) => {
  const png = await (props as { png: () => Promise<Buffer> }).png();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
