/**
 * What grew with the corpus, read from a size's build/data: the numbers that
 * decide how many pages there are and how big the aggregate pages get.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Growth {
  documents: number;
  cases: number;
  figures: number;
  districts: number;
  cities: number;
  years: number;
  lists: number;
}

const read = <T>(dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T[];
const distinct = <T>(items: T[], key: (t: T) => unknown) => new Set(items.map(key).filter((v) => v !== null && v !== undefined)).size;

export function corpusGrowth(dataDir: string): Growth {
  const cases = read<{ year: number | null; list: string | null }>(dataDir, 'cases.json');
  const districts = read<{ city: string }>(dataDir, 'districts.json');
  return {
    documents: read(dataDir, 'documents.json').length,
    cases: cases.length,
    figures: read(dataDir, 'figures.json').length,
    districts: districts.length,
    cities: distinct(districts, (d) => d.city),
    years: distinct(cases, (c) => c.year),
    lists: distinct(cases, (c) => c.list),
  };
}
