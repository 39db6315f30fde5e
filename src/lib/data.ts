/**
 * The site's one access point to the pipeline's datasets (build/data/ by
 * default; DATA_DIR overrides it for tests and benchmarks). Read once per
 * build and cached. Pages and charts take their data from here, never from
 * seeds/.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentRecord } from '../../scripts/pipeline/document.ts';
import type { Case, District, Figure } from '../../scripts/datasets/types.ts';

export type { Case, District, Figure, DocumentRecord };

export interface Datasets {
  documents: DocumentRecord[];
  cases: Case[];
  figures: Figure[];
  districts: District[];
}

export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? join(process.cwd(), 'build', 'data'));
}

function readDataset<T>(name: string): T {
  const path = join(dataDir(), name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path}: dataset missing. Run \`npm run extract\` first (npm run build does it for you).`);
  }
  return JSON.parse(text) as T;
}

let cache: { dir: string; data: Datasets } | undefined;

export function datasets(): Datasets {
  const dir = dataDir();
  if (cache?.dir !== dir) {
    cache = {
      dir,
      data: {
        documents: readDataset<DocumentRecord[]>('documents.json'),
        cases: readDataset<Case[]>('cases.json'),
        figures: readDataset<Figure[]>('figures.json'),
        districts: readDataset<District[]>('districts.json'),
      },
    };
  }
  return cache.data;
}

export function documentById(id: string): DocumentRecord | undefined {
  return datasets().documents.find((d) => d.id === id);
}
