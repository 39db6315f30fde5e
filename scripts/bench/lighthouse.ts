/**
 * Lighthouse scores (mobile emulation, the default form factor) for every
 * story, driving Debian's Chromium through chrome-launcher.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

/** Scores by category (performance, accessibility, best-practices, seo), 0–100. */
export type Scores = Record<string, number>;

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function lighthouseScores(urls: Record<string, string>): Promise<Record<string, Scores>> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const out: Record<string, Scores> = {};
    for (const [name, url] of Object.entries(urls)) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const c = result!.lhr.categories;
      out[name] = {
        performance: Math.round((c.performance!.score ?? 0) * 100),
        accessibility: Math.round((c.accessibility!.score ?? 0) * 100),
        'best-practices': Math.round((c['best-practices']!.score ?? 0) * 100),
        seo: Math.round((c.seo!.score ?? 0) * 100),
      };
    }
    return out;
  } finally {
    chrome.kill();
  }
}
