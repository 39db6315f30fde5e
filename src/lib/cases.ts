/**
 * Cases as the site lists them: the records of cases.json (the pipeline has
 * already applied the editors' write-ups and added their cases), newest year
 * first, then by report and place in the report.
 */
import { type Case, datasets } from './data.ts';

export type { Case };

let cache: { source: Case[]; sorted: Case[] } | undefined;

export function allCases(): Case[] {
  const source = datasets().cases;
  if (cache?.source !== source) {
    const sorted = [...source].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.documentId.localeCompare(b.documentId) || a.start - b.start || a.id.localeCompare(b.id));
    cache = { source, sorted };
  }
  return cache.sorted;
}
