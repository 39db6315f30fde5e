/**
 * Every built page gets its Content-Security-Policy <meta> as it renders
 * (src/lib/csp.ts), so the HTML Astro writes, and keeps for its incremental
 * build, is final: a page copied from the previous build needs no second pass
 * (src/integrations/csp.ts only reads the policies back for `_headers`).
 * Not in `npm run dev`: Vite injects styles and scripts there that no hash lists.
 */
import { defineMiddleware } from 'astro:middleware';
import { withPolicy } from './lib/csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length'); // the page grew by its meta
  return new Response(withPolicy(await response.text()), { status: response.status, statusText: response.statusText, headers });
});
