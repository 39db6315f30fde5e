/**
 * The one markdown renderer (src/lib/markdown.ts) against every script vector
 * from the hardening probe (issue 15): raw HTML, javascript:/vbscript:/data:
 * links in each form markdown offers. Dangerous URLs fail with file:line:column;
 * what renders is loaded and every link clicked in Chromium, where no dialog
 * may open and no marker may be set.
 */
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { MarkdownErrors, renderMarkdown } from '../../src/lib/markdown.ts';
import { launch, noBrowser } from '../helpers/browser.ts';

/** The problems a markdown body raises (file x.md, 3 lines of frontmatter above it), or [] when it renders. */
function problems(markdown: string): string[] {
  try {
    renderMarkdown(markdown, { file: 'x.md', lineOffset: 3 });
    return [];
  } catch (error) {
    if (error instanceof MarkdownErrors) return error.problems.map((p) => p.message);
    throw error;
  }
}

/** Links and images whose URL would run script or open a data: page: each must fail the build. */
const REFUSED: [string, string][] = [
  ['inline javascript:', '看 [这里](javascript:window.pwned=1) 。'],
  ['mixed case', '看 [这里](JaVaScRiPt:window.pwned=2) 。'],
  ['autolink', '看 <javascript:window.pwned=3> 。'],
  ['reference link', '看 [这里][x] 。\n\n[x]: javascript:window.pwned=4'],
  ['entity-encoded scheme', '看 [这里](jav&#x61;script:window.pwned=5) 。'],
  ['leading control character', '看 [这里](&#9;javascript:window.pwned=6) 。'],
  ['vbscript:', '看 [这里](vbscript:msgbox(1)) 。'],
  ['data: page', '看 [这里](data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9NzwvY3JpcHQ+) 。'],
  ['image with javascript:', '![图](javascript:window.pwned=8)'],
  ['data: image of a page type', '![图](data:text/html,<script>window.pwned=9</script>)'],
];

/** Raw HTML and safe URLs: these render, raw HTML as visible text. */
const RENDERED = [
  '<script>window.pwned=10; alert(10)</script>',
  '文字 <img src=x onerror="window.pwned=11; alert(11)"> 文字',
  '<iframe src="javascript:window.pwned=12; alert(12)"></iframe>',
  '<a href="javascript:window.pwned=13">点我</a>',
  '[站内](/cases/) [外链](https://example.org/) [邮件](mailto:a@example.org)',
  '![图](data:image/png;base64,iVBORw0KGgo=)',
];

describe('the markdown renderer', () => {
  it.each(REFUSED)('refuses %s with file:line:column', (_, markdown) => {
    const messages = problems(markdown);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^x\.md:[4-6]:\d+: (link|image|definition): .*(not allowed|data:).* Expected: an http, https, mailto, tel URL/);
  });

  it('shows raw HTML as text and keeps safe links', () => {
    const html = renderMarkdown(RENDERED.join('\n\n'), { file: 'x.md' });
    expect(html).not.toMatch(/<script|<img src="x"|<iframe|<a href="javascript/i);
    expect(html).toContain('&#x3C;script>');
    expect(html).toContain('<a href="/cases/">站内</a>');
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="图">');
  });

  it('sanitizes what a plugin produces: no handler, no unknown element, no javascript: href survives', () => {
    const inject = () => (tree: Root) => {
      tree.children.push({ type: 'paragraph', data: { hName: 'a', hProperties: { href: 'javascript:alert(1)', onClick: 'alert(2)', className: ['fig-ref'] } }, children: [{ type: 'text', value: 'x' }] } as never);
      tree.children.push({ type: 'paragraph', data: { hName: 'iframe', hProperties: { src: 'https://example.org/' } }, children: [] } as never);
    };
    const html = renderMarkdown('文字', { file: 'x.md', directives: () => inject() });
    expect(html).toBe('<p>文字</p>\n<a class="fig-ref">x</a>\n');
  });

  it('collects every bad URL of a file in one run, in line order', () => {
    expect(problems(REFUSED.map(([, md]) => md).join('\n\n')).length).toBe(REFUSED.length);
  });
});

describe.skipIf(noBrowser)('the rendered vectors in Chromium', () => {
  it('open no dialog and set no marker, on load or when every link is clicked', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      // Nothing may leave the page: a click on an external link is aborted, which is fine here.
      await page.route('**/*', (route) => route.abort());
      const body = RENDERED.map((md) => renderMarkdown(md, { file: 'x.md' })).join('\n');
      await page.setContent(`<!doctype html><meta charset="utf-8"><body>${body}</body>`);
      for (const link of await page.locator('a').all()) await link.click({ modifiers: ['Alt'] }).catch(() => {});
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('script, iframe, [onerror]').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
