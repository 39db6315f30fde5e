/**
 * The one place that knows about `base`: every internal link and asset goes
 * through `url()`, so the site can be served from a domain root or a sub-path
 * (BASE=/sub/) without a single hard-coded prefix elsewhere.
 *
 * Paths are written from the site root, as if base were '/': url('/cases/').
 * Page paths get a trailing slash (astro.config: trailingSlash 'always',
 * build.format 'directory'); file paths (anything whose last segment has an
 * extension: rss.xml, favicon.svg, pagefind/pagefind-ui.js) are left alone.
 */

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** Base as '/' or '/sub/': one leading slash, one trailing slash, no doubles. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Pure form of url(), with the base passed in (what the tests exercise). */
export function withBase(path: string, base: string | undefined): string {
  if (EXTERNAL.test(path) || path.startsWith('#')) return path;
  const prefix = normalizeBase(base);
  // Split off ?query and #hash so the slash rule only looks at the path.
  const cut = path.search(/[?#]/);
  const pathname = cut === -1 ? path : path.slice(0, cut);
  const suffix = cut === -1 ? '' : path.slice(cut);
  let clean = pathname.replace(/\/{2,}/g, '/').replace(/^\/+/, '');
  const last = clean.split('/').pop() ?? '';
  if (clean && !clean.endsWith('/') && !last.includes('.')) clean += '/';
  return prefix + clean + suffix;
}

/** Site-root path -> base-aware path for href/src. */
export function url(path = '/'): string {
  // import.meta.env exists under Vite (Astro, Vitest); plain Node scripts get the root base.
  return withBase(path, import.meta.env?.BASE_URL);
}

/**
 * Absolute URL for canonical, og:url, og:image, RSS: pass `Astro.site`.
 * Already-absolute URLs pass through; without a site the relative URL is
 * returned (better a relative link than a wrong host).
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (EXTERNAL.test(path)) return path;
  const relative = url(path);
  return site ? new URL(relative, site).href : relative;
}

/**
 * Strip base from a pathname as Astro reports it (`Astro.url.pathname`
 * includes base), for comparing against site-root paths such as nav items.
 */
export function stripBase(pathname: string, base: string | undefined = import.meta.env?.BASE_URL): string {
  const prefix = normalizeBase(base);
  if (prefix === '/') return pathname.startsWith('/') ? pathname : `/${pathname}`;
  if (pathname === prefix.slice(0, -1)) return '/';
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}
