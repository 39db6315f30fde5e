// @ts-check
import { defineConfig } from 'astro/config';
import icon from 'astro-icon';
import sitemap from '@astrojs/sitemap';

// SITE and BASE let the same build be served from a domain root or a sub-path.
const site = process.env.SITE ?? 'https://gz-reform.example.org';
const base = process.env.BASE ?? '/';

// Pages that must not be in the sitemap: embeds live inside other sites'
// iframes, and search/404 are tools, not content.
const NOT_IN_SITEMAP = /\/(?:embed\/|search\/$|404\/?$)/;

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets inline: no render-blocking request before first paint (they are small).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    // Icons are inlined as SVG at build time; only icons actually used end up
    // in the HTML, so the whole Tabler set can stay available.
    icon(),
    sitemap({ filter: (page) => !NOT_IN_SITEMAP.test(new URL(page).pathname) }),
  ],
});
