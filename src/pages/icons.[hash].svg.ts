/** The icon sprite (src/lib/icons.ts), at a content-hashed path so it can be cached for good. */
import type { APIRoute } from 'astro';
import { spritePath, spriteSvg } from '../lib/icons.ts';
import { keyed } from '../lib/page-keys.ts';

export function getStaticPaths() {
  return keyed([{ params: { hash: spritePath().match(/^\/icons\.(\w+)\.svg$/)![1] } }]);
}

export const GET: APIRoute = () => new Response(spriteSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
