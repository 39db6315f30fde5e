/**
 * The per-page policy (src/lib/csp.ts): added as each page renders
 * (src/middleware.ts) and read back from the page's start for `_headers`
 * (src/integrations/csp.ts), so what the meta lists must come back exactly.
 */
import { describe, expect, it } from 'vitest';
import { inlineHashes, metaHashes, policy, withMeta, withPolicy } from '../../src/lib/csp.ts';

const page = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>案例</title><style>body{margin:0}</style>'
  + '<script type="module">document.documentElement.dataset.js="1"</script><script src="/_astro/a.js"></script></head>'
  + '<body><style>.x{color:red}</style><script>1</script></body></html>';

describe('the meta policy of a page', () => {
  it('lists each inline script and style once, not the external script', () => {
    const h = inlineHashes(page);
    expect(h.script).toHaveLength(2);
    expect(h.style).toHaveLength(2);
    expect(h.script.every((s) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(s))).toBe(true);
  });

  it('comes right after <meta charset>, before any script or style', () => {
    const html = withPolicy(page);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.search(/<script|<style/));
    expect(html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '')).toBe(page);
  });

  it('is read back from the start of the page as the hashes it was made from', () => {
    const html = withPolicy(page);
    expect(metaHashes(html.slice(0, 600))).toEqual(inlineHashes(page));
    expect(metaHashes(withMeta(page, policy({ script: [], style: [] })))).toEqual({ script: [], style: [] });
  });

  it('is not read from a page without one, or cut off before its end', () => {
    expect(metaHashes(page)).toBeNull();
    const html = withPolicy(page);
    expect(metaHashes(html.slice(0, html.indexOf('style-src')))).toBeNull();
  });
});
