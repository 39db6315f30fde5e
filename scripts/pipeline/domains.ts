/**
 * Policy domains: each case gets one domain of the editable taxonomy in
 * content/taxonomy.json (read and checked as pipeline input, tables.ts), with
 * the keywords that decided it. Scoring is a
 * plain weighted keyword count, so an editor can read why a case landed
 * where it did and move it by editing keywords, not code.
 */
import type { Domain, Taxonomy } from './tables.ts';

export interface Classification {
  domain: string;
  /** The winning domain's keywords found, strongest first. */
  keywords: string[];
  score: number;
}

/** The domain of a case from its headline (plus owner) and its text. */
export function classify(input: { title: string; body: string }, taxonomy: Taxonomy): Classification {
  let best: Classification = { domain: taxonomy.fallback, keywords: [], score: 0 };
  for (const domain of taxonomy.domains) {
    const found: [string, number][] = [];
    for (const [keyword, weight] of Object.entries(domain.keywords)) {
      const points = input.title.includes(keyword) ? weight * taxonomy.titleFactor : input.body.includes(keyword) ? weight : 0;
      if (points > 0) found.push([keyword, points]);
    }
    const score = found.reduce((sum, [, p]) => sum + p, 0);
    // Strictly greater: on a tie the domain listed first in the taxonomy keeps the case.
    if (score > best.score) {
      best = { domain: domain.name, keywords: found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k), score };
    }
  }
  return best;
}

/** The taxonomy entry of a domain name, for icons and labels. */
export function domainInfo(name: string, taxonomy: Taxonomy): Domain | undefined {
  return taxonomy.domains.find((d) => d.name === name);
}
