/**
 * After `astro build`: say how many chart drawings and images were drawn,
 * read from the render cache or reused within the build (the numbers a
 * rebuild should keep low), and delete cache entries no build used for a
 * month (src/lib/render-cache.ts).
 */
import type { AstroIntegration } from 'astro';
import { describeStats, pruneCache, renderCache } from '../lib/render-cache.ts';

export function renderCacheReport(): AstroIntegration {
  return {
    name: 'render-cache',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const cache = renderCache();
        for (const line of describeStats(cache.stats)) logger.info(line);
        if (cache.dir) pruneCache(cache.dir);
      },
    },
  };
}
