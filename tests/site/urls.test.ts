import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, normalizeBase, stripBase, url, withBase } from '../../src/lib/urls.ts';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/sub', '/sub/'],
    ['sub/', '/sub/'],
    ['//sub//', '/sub/'],
    ['/a/b', '/a/b/'],
  ])('%s -> %s', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });
});

describe.each([
  ['/', ''],
  ['/sub/', '/sub'],
])('withBase, base %s', (base, p) => {
  it('root', () => {
    expect(withBase('/', base)).toBe(`${p}/`);
    expect(withBase('', base)).toBe(`${p}/`);
  });
  it('adds the trailing slash to pages', () => {
    expect(withBase('/about', base)).toBe(`${p}/about/`);
    expect(withBase('about/', base)).toBe(`${p}/about/`);
    expect(withBase('/cases/huangpu-1', base)).toBe(`${p}/cases/huangpu-1/`);
  });
  it('leaves files without a slash', () => {
    expect(withBase('/rss.xml', base)).toBe(`${p}/rss.xml`);
    expect(withBase('/pagefind/pagefind-ui.js', base)).toBe(`${p}/pagefind/pagefind-ui.js`);
    expect(withBase('favicon.svg', base)).toBe(`${p}/favicon.svg`);
  });
  it('never doubles slashes', () => {
    expect(withBase('//about//', base)).toBe('//about//'); // protocol-relative: external
    expect(withBase('/cases//x/', base)).toBe(`${p}/cases/x/`);
    expect(withBase('cases///x', base)).toBe(`${p}/cases/x/`);
  });
  it('keeps query and hash after the slash', () => {
    expect(withBase('/search?q=黄埔', base)).toBe(`${p}/search/?q=黄埔`);
    expect(withBase('/about#errors', base)).toBe(`${p}/about/#errors`);
    expect(withBase('/data/cases.csv?v=2', base)).toBe(`${p}/data/cases.csv?v=2`);
  });
  it('passes external links and fragments through', () => {
    expect(withBase('https://example.org/x', base)).toBe('https://example.org/x');
    expect(withBase('mailto:desk@example.org', base)).toBe('mailto:desk@example.org');
    expect(withBase('#main', base)).toBe('#main');
  });
});

describe('url() and absoluteUrl() read BASE_URL', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('base /', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(url('/cases/')).toBe('/cases/');
    expect(url()).toBe('/');
    expect(absoluteUrl('/about', 'https://gz.example.org')).toBe('https://gz.example.org/about/');
  });

  it('base /sub/', () => {
    vi.stubEnv('BASE_URL', '/sub/');
    expect(url('/cases/')).toBe('/sub/cases/');
    expect(url()).toBe('/sub/');
    expect(absoluteUrl('/about', 'https://gz.example.org')).toBe('https://gz.example.org/sub/about/');
    // A site that itself carries the sub-path must not repeat it.
    expect(absoluteUrl('/about/', new URL('https://gz.example.org/sub/'))).toBe('https://gz.example.org/sub/about/');
    expect(absoluteUrl('/og/x.png', 'https://gz.example.org')).toBe('https://gz.example.org/sub/og/x.png');
  });

  it('base without trailing slash (BASE=/sub)', () => {
    vi.stubEnv('BASE_URL', '/sub');
    expect(url('/about/')).toBe('/sub/about/');
  });

  it('absolute inputs and a missing site', () => {
    vi.stubEnv('BASE_URL', '/sub/');
    expect(absoluteUrl('https://cdn.example/x.png', 'https://gz.example.org')).toBe('https://cdn.example/x.png');
    expect(absoluteUrl('/about/', undefined)).toBe('/sub/about/');
  });
});

describe('stripBase', () => {
  it.each([
    ['/sub/cases/x/', '/sub/', '/cases/x/'],
    ['/sub/', '/sub/', '/'],
    ['/sub', '/sub/', '/'],
    ['/cases/', '/', '/cases/'],
    ['/other/', '/sub/', '/other/'],
  ])('%s with base %s -> %s', (pathname, base, expected) => {
    expect(stripBase(pathname, base)).toBe(expected);
  });
});
