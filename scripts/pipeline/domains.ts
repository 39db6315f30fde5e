/**
 * Policy domains: each case gets one domain of the editable taxonomy in
 * content/taxonomy.json, with the keywords that decided it. Scoring is a
 * plain weighted keyword count, so an editor can read why a case landed
 * where it did and move it by editing keywords, not code.
 */
import taxonomyData from '../../content/taxonomy.json' with { type: 'json' };
import { InputError } from '../datasets/errors.ts';

export interface Domain {
  name: string;
  /** English label, for alt texts and the data dictionary. */
  label: string;
  /** Iconify icon name from the tabler set: tabler:building-store. */
  icon: string;
  /** Keyword -> weight (1 weak, 3 decisive). */
  keywords: Record<string, number>;
}

export interface Taxonomy {
  /** How much more a keyword counts in the headline and owner than in the body. */
  titleFactor: number;
  /** The domain of a case no keyword matches. */
  fallback: string;
  domains: Domain[];
}

export const TAXONOMY_PATH = 'content/taxonomy.json';

/** Validate a parsed taxonomy; the first problem found is thrown as an InputError naming the field. */
export function parseTaxonomy(path: string, data: unknown): Taxonomy {
  const fail = (field: string, problem: string, expected: string): never => {
    throw new InputError({ file: path, field, problem, expected });
  };
  const t = data as Partial<Taxonomy> | null;
  if (!t || typeof t !== 'object' || !Array.isArray(t.domains) || t.domains.length === 0) {
    return fail('domains', 'The taxonomy has no list of domains.', '{ "titleFactor": 3, "fallback": "…", "domains": [{ "name", "label", "icon", "keywords" }] }');
  }
  const names = new Set<string>();
  t.domains.forEach((d, i) => {
    if (typeof d?.name !== 'string' || d.name === '') fail(`domains[${i}].name`, `Domain ${i} has no name.`, 'a non-empty string');
    if (names.has(d.name)) fail(`domains[${i}].name`, `Domain "${d.name}" is listed twice.`, 'each domain once');
    names.add(d.name);
    if (typeof d.icon !== 'string' || !d.icon.startsWith('tabler:')) fail(`domains[${i}].icon`, `Domain "${d.name}" has icon ${JSON.stringify(d.icon)}.`, 'an Iconify tabler name such as "tabler:building-store"');
    const bad = Object.entries(d.keywords ?? {}).find(([k, w]) => k === '' || typeof w !== 'number' || !(w > 0));
    if (!d.keywords || typeof d.keywords !== 'object' || bad) fail(`domains[${i}].keywords`, `Domain "${d.name}" has an invalid keyword ${JSON.stringify(bad ?? d.keywords)}.`, 'an object of keyword: positive weight');
  });
  if (typeof t.fallback !== 'string' || !names.has(t.fallback)) fail('fallback', `The fallback ${JSON.stringify(t.fallback)} is not a domain.`, `one of ${[...names].join(', ')}`);
  const titleFactor = t.titleFactor ?? 3;
  if (typeof titleFactor !== 'number' || !(titleFactor >= 1)) fail('titleFactor', `titleFactor ${JSON.stringify(titleFactor)} is invalid.`, 'a number of at least 1');
  return { titleFactor, fallback: t.fallback!, domains: t.domains.map((d) => ({ name: d.name, label: d.label ?? d.name, icon: d.icon, keywords: { ...d.keywords } })) };
}

export const TAXONOMY: Taxonomy = parseTaxonomy(TAXONOMY_PATH, taxonomyData);

export interface Classification {
  domain: string;
  /** The winning domain's keywords found, strongest first. */
  keywords: string[];
  score: number;
}

/** The domain of a case from its headline (plus owner) and its text. */
export function classify(input: { title: string; body: string }, taxonomy: Taxonomy = TAXONOMY): Classification {
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
export function domainInfo(name: string, taxonomy: Taxonomy = TAXONOMY): Domain | undefined {
  return taxonomy.domains.find((d) => d.name === name);
}
