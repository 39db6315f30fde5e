/**
 * The editable domain taxonomy (content/taxonomy.json), as the site needs it:
 * names in order, and the icon of each domain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DomainInfo {
  name: string;
  icon: string;
}

let cache: DomainInfo[] | undefined;

export function domains(): DomainInfo[] {
  if (!cache) {
    const raw = JSON.parse(readFileSync(join(process.cwd(), 'content', 'taxonomy.json'), 'utf8')) as unknown;
    const list = (Array.isArray(raw) ? raw : (raw as { domains: unknown[] }).domains) as { name: string; icon?: string }[];
    cache = list.map((d) => ({ name: d.name, icon: d.icon ?? 'tabler:category' }));
  }
  return cache;
}
