/** A report carrying HTML and markdown: everything it says is shown as text, never run or rendered as markup. */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../helpers/site.ts';

describe('a report with <script> and HTML in its text', () => {
  const dist = inject('siteDirs').hostile;
  const pages = walk(dist).filter((f) => f.endsWith('.html'));
  const text = (f: string) => readFileSync(join(dist, f), 'utf8');

  it('is extracted into pages (its source page and its cases exist)', () => {
    expect(pages).toContain('sources/hostile-report/index.html');
    const cases = pages.filter((p) => p.startsWith('cases/hostile-report-'));
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  it('never reaches any page as markup', () => {
    for (const p of pages) {
      // Inside a quoted attribute value (og:title, title="…") a "<" is inert text; look at the markup outside them.
      const html = text(p).replace(/="[^"]*"/g, '=""');
      expect(html, p).not.toContain('alert("pwned")</script>');
      expect(html, p).not.toMatch(/<img src=x onerror/);
      // The report's own frame (our /embed/ page has preview frames of its own charts, never this one).
      expect(text(p), p).not.toMatch(/<iframe src="http:\/\/evil/);
      expect(text(p), p).not.toMatch(/href="javascript:/);
      expect(text(p), p).not.toMatch(/href="http:\/\/evil/);
      expect(html, p).not.toMatch(/<b>经营主体<\/b>/);
    }
  });

  it('shows it escaped, as text, on the source page and the case pages', () => {
    expect(text('sources/hostile-report/index.html')).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    const casePage = pages.find((p) => p.startsWith('cases/hostile-report-') && text(p).includes('信用破解'))!;
    expect(text(casePage)).toMatch(/&lt;img src=x onerror=alert\(1\)&gt;/);
    expect(text(casePage)).toMatch(/&lt;script&gt;document\.body\.innerHTML=/);
  });
});
