/** Published stories, newest first (drafts only in dev). */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Story = CollectionEntry<'stories'>;

export async function publishedStories(): Promise<Story[]> {
  const all = await getCollection('stories', (s) => import.meta.env.DEV || !s.data.draft);
  return all.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));
}

export const storyHref = (id: string) => `/stories/${id}/`;
