/**
 * The Content-Security-Policy (src/integrations/csp.ts) is strict: no
 * unsafe-inline, no unsafe-eval, nothing from other origins, declared before
 * any script or style. Embeds stay frameable by another origin; the other
 * pages are not. (That every page type satisfies it in Chromium, served with
 * these headers, is tests/browser/load.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerRules, headersFor } from '../helpers/headers.ts';
import { pageTypes } from '../browser/pages.ts';

const { root } = inject('siteDirs');
const rules = headerRules(root);

describe('the Content-Security-Policy', () => {
  it('is strict: no unsafe-inline, no unsafe-eval, nothing from other origins', () => {
    const all = rules.filter(([, name]) => name === 'Content-Security-Policy').map(([, , v]) => v).join('; ');
    expect(all).toMatch(/default-src 'none'/);
    expect(all).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(all).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    const home = readFileSync(join(root, 'index.html'), 'utf8');
    expect(home.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(home.search(/<script|<style/));
  });

  it('lets another origin frame an embed, but not a case page', () => {
    const embed = pageTypes(root).find((t) => t.name === 'embed')!.path!;
    expect(headersFor(rules, embed)['content-security-policy']).not.toMatch(/frame-ancestors/);
    expect(headersFor(rules, embed)['x-frame-options']).toBeUndefined();
    expect(headersFor(rules, '/cases/')['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    expect(headersFor(rules, '/cases/')['x-frame-options']).toBe('SAMEORIGIN');
    expect(headersFor(rules, '/')['x-frame-options']).toBe('SAMEORIGIN');
  });
});
