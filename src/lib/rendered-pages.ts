/**
 * Which outputs a build rendered, as opposed to copying them from the previous
 * build (page-level reuse: src/lib/page-keys.ts). Astro renders a page or an
 * endpoint through the middleware (src/middleware.ts), which notes its path
 * here; a copied output never reaches it. The build-done hook
 * (src/integrations/page-reuse.ts) writes the list into the build's summary
 * (scripts/datasets/build-summary.ts). Shared through globalThis: the
 * middleware runs in the built bundle, the hook in Astro's config module.
 */
const RENDERED = Symbol.for('gz-reform.rendered-pages');
type Holder = { [RENDERED]?: Set<string> };

/** Start a build's record. */
export function resetRendered(): void {
  (globalThis as Holder)[RENDERED] = new Set();
}

/** Note that the output at `pathname` (the URL's path, without the base) was rendered. */
export function noteRendered(pathname: string): void {
  ((globalThis as Holder)[RENDERED] ??= new Set()).add(pathname);
}

/** The paths rendered since the build started, sorted. */
export const renderedPaths = (): string[] => [...((globalThis as Holder)[RENDERED] ?? [])].sort();
