// @ts-check
import { defineConfig } from 'astro/config';

// SITE and BASE let the same build be served from a domain root or a sub-path.
const site = process.env.SITE ?? 'https://gz-reform.example.org';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
