/**
 * The response headers a host gives the built site from its `_headers` file
 * (Netlify / Cloudflare Pages format), for browser tests that load pages as
 * the host would serve them (tests/browser/load.test.ts, tests/site/csp.dist.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** `_headers` rules as [path pattern, header name, value]. */
export function headerRules(dist: string): [string, string, string][] {
  const rules: [string, string, string][] = [];
  let path = '';
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (/^\S/.test(line)) path = line.trim();
    else if (line.trim()) {
      const [name, ...value] = line.trim().split(': ');
      rules.push([path, name!, value.join(': ')]);
    }
  }
  return rules;
}

/** The headers `_headers` gives a path (a trailing * matches any rest; same-name headers are joined, as hosts do). */
export function headersFor(rules: [string, string, string][], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [pattern, name, value] of rules) {
    const match = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern || `${path}index.html` === pattern;
    if (match) out[name.toLowerCase()] = out[name.toLowerCase()] ? `${out[name.toLowerCase()]}, ${value}` : value;
  }
  return out;
}

/** Serve every document `page` loads from `origin` with the headers `_headers` gives it. */
export async function sendHeaders(page: Page, origin: string, rules: [string, string, string][]): Promise<void> {
  await page.route(`${origin}/**`, async (route) => {
    // A socket closed under a reused connection is the transport's, not the site's: try once more, and if
    // it fails again abort the request, so the page's watcher reports it instead of the load hanging.
    const response = await route.fetch().catch(() => route.fetch()).catch(() => null);
    if (!response) return route.abort('connectionreset');
    const extra = route.request().resourceType() === 'document' ? headersFor(rules, new URL(route.request().url()).pathname) : {};
    await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
  });
}
