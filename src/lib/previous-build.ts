/**
 * What the previous build left for page-level reuse (src/lib/page-keys.ts):
 * Astro's manifest names each output it kept and the key it had. A route
 * asks `keptOutput` whether an output will most likely be copied rather than
 * rendered, so as not to start expensive work ahead (share images) for a page
 * that will not use it. It is a prediction only: Astro decides (it also
 * compares the route's code), and a route must still produce the output when
 * asked. src/integrations/page-reuse.ts says where the manifest is as a build
 * starts; with none (`--force`, a first build, tests) every output will render.
 */
import { readFileSync } from 'node:fs';

const MANIFEST = Symbol.for('gz-reform.previous-build');
type Holder = { [MANIFEST]?: string | null };

/** Called by the build-start hook: the manifest to read, or null when no output will be copied. */
export function usePreviousBuild(manifest: string | null): void {
  (globalThis as Holder)[MANIFEST] = manifest;
  kept = undefined;
}

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { cacheKey?: string; outputFile?: string }> }>;
}

let kept: Map<string, string> | undefined;

/** Output file (relative to the site's root) → the key it was built with. */
function keptOutputs(): Map<string, string> {
  if (kept) return kept;
  kept = new Map();
  const file = (globalThis as Holder)[MANIFEST];
  if (!file) return kept;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return kept; // none yet, or unreadable: Astro will render everything too
  }
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const path of Object.values(route.paths ?? {})) if (path.outputFile && path.cacheKey) kept.set(path.outputFile, path.cacheKey);
  }
  return kept;
}

/** Whether the previous build kept `outputFile` (e.g. `og/charts/x.png`) under this same key, so Astro will likely copy it. */
export function keptOutput(outputFile: string, cacheKey: string): boolean {
  return keptOutputs().get(outputFile.replace(/^\/+/, '')) === cacheKey;
}
