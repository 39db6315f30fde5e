// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { liveData } from './scripts/live-data.ts';
import { csp } from './src/integrations/csp.ts';
import { renderCacheReport } from './src/integrations/render-cache.ts';
import { pageReuseGuard } from './src/integrations/page-reuse.ts';

// SITE and BASE let the same build be served from a domain root or a sub-path.
// Without SITE no page names a host: links, citations and share tags are relative,
// and the feed, the sitemap and the embed code (which need absolute URLs) are left out.
const site = process.env.SITE || undefined;
const base = process.env.BASE ?? '/';
if (!site && process.argv.includes('build')) {
  console.warn(
    '\n[site] SITE is not set: canonical links, share tags and citations are relative, and the RSS feed, the sitemap\n' +
      '[site] and the embed code are not written. For the published site: SITE=https://your.host npm run build\n',
  );
}
// The published site needs a way for readers to report an error; the site invents no address.
if (site && !process.env.PUBLIC_REPO_URL && process.argv.includes('build')) {
  console.warn('\n[site] PUBLIC_REPO_URL is not set: /about/#report has no link to report an error. Set it to the repository (https://github.com/owner/repo).\n');
}

// Pages that must not be in the sitemap: embeds live inside other sites'
// iframes, and search/404 are tools, not content.
const NOT_IN_SITEMAP = /\/(?:embed\/|search\/$|404\/?$)/;

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // The shared stylesheet (tokens, base, tables, print: ~13 KB) is one hashed file in /_astro/,
  // downloaded once and cached for every later page; inlined, it was 30% of all HTML. Only
  // stylesheets under Vite's 4 KB assetsInlineLimit (a page's own small component styles, the
  // embeds' chart styles) stay inline, where a request would cost more than the bytes.
  // concurrency: up to four pages at once. The share images and PNG downloads (the largest part
  // of a cold build's CPU) are started in their routes' getStaticPaths and drawn on a worker
  // thread (src/lib/raster-pool.ts) while the main thread renders the pages. Every page is a
  // pure function of the datasets: the order pages finish in changes no byte.
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  // Page-level reuse between builds: a page whose getStaticPaths entry returns the cacheKey it had
  // (src/lib/page-keys.ts: a hash of every input it reads) and whose code is unchanged is copied from
  // the previous build (node_modules/.astro/dist/) instead of rendered; static routes always render.
  experimental: { incrementalBuild: true },
  integrations: [
    sitemap({ filter: (page) => !NOT_IN_SITEMAP.test(new URL(page).pathname) }),
    // npm run dev only: a change to what the pipeline reads updates the datasets and reloads the page.
    liveData(),
    // Chart drawings and images drawn, read from the render cache or reused; prunes old entries.
    renderCacheReport(),
    // Page-level reuse: a build that died half-way leaves no manifest to reuse from.
    pageReuseGuard(),
    // _headers from the pages' own policies (each page gets its <meta> as it renders: src/middleware.ts).
    csp(),
  ],
});
