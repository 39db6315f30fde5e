/**
 * RSS feed of the published stories, /rss.xml. A feed needs absolute links:
 * it is only written when the build knows its site (SITE=https://…).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedStories, storyHref } from '../lib/stories.ts';
import { SITE_NAME } from '../components/site/config.ts';
import { datasets } from '../lib/data.ts';
import { tagline } from '../lib/site-facts.ts';
import { url } from '../lib/urls.ts';
import { storyKey } from '../lib/page-keys.ts';

export async function getStaticPaths() {
  // The feed lists every published story.
  return import.meta.env.SITE ? [{ params: { feed: 'rss' }, cacheKey: storyKey(await publishedStories()) }] : [];
}

export async function GET(context: APIContext) {
  const stories = await publishedStories();
  return rss({
    title: `${SITE_NAME} · 故事`,
    description: tagline(datasets()),
    site: new URL(url('/'), context.site).href,
    customData: '<language>zh-cn</language>',
    items: stories.map((s) => ({
      title: s.data.title,
      description: s.data.summary,
      pubDate: s.data.published,
      author: s.data.byline,
      link: url(storyHref(s.id)),
    })),
  });
}
