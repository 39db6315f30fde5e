/**
 * Every built page gets its Content-Security-Policy <meta> as it renders
 * (src/lib/csp.ts), so the HTML Astro writes, and keeps for its incremental
 * build, is final: a page copied from the previous build needs no second pass
 * (src/integrations/csp.ts only reads the policies back for `_headers`).
 * Not in `npm run dev`: Vite injects styles and scripts there that no hash lists.
 * In a build it also notes each rendered output for the build's summary (lib/rendered-pages.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { withPolicy } from './lib/csp.ts';
import { noteRendered } from './lib/rendered-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  // The build's summary lists what was rendered (a page copied from the previous build never gets here).
  if (!import.meta.env.DEV) noteRendered(`/${context.url.pathname.slice(import.meta.env.BASE_URL.length).replace(/^\/+/, '')}`);
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length'); // the page grew by its meta
  return new Response(withPolicy(await response.text()), { status: response.status, statusText: response.statusText, headers });
});
