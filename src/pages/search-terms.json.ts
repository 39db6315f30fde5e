/**
 * /search-terms.json: the tables the search page uses to read queries typed
 * in traditional characters or pinyin (src/lib/search-terms.ts), built from
 * the site's own text. Loaded by the search page only.
 */
import type { APIRoute } from 'astro';
import { datasets } from '../lib/data.ts';
import { publishedStories } from '../lib/stories.ts';
import { searchTerms } from '../lib/search-terms.ts';

export const GET: APIRoute = async () => {
  const { cases, districts, documents } = datasets();
  const stories = await publishedStories();
  const text = [
    ...cases.flatMap((c) => [c.title, c.owner, c.ownerFull, c.summary ?? '']),
    ...documents.map((d) => d.title),
    ...stories.flatMap((s) => [s.data.title, s.data.summary, s.body ?? '']),
  ].join('\n');
  const names = [...districts.map((d) => d.name), ...cases.map((c) => c.domain), ...cases.flatMap((c) => (c.list ? [c.list] : []))];
  return new Response(JSON.stringify(searchTerms(text, names)), { headers: { 'Content-Type': 'application/json' } });
};
