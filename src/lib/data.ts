/**
 * The site's one access point to the pipeline's datasets (build/data/ by
 * default; DATA_DIR overrides it for tests and benchmarks). Read once and
 * cached until the files change. Pages and charts take their data from here, never from
 * seeds/.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { byId, groupOf, pick } from './lookup.ts';
import { type Case, type DataCorrection, type District, type DocumentRecord, type Figure, DATASET_SCHEMAS } from '../../scripts/datasets/schema.ts';

export type { Case, DataCorrection, District, Figure, DocumentRecord };

export interface Datasets {
  documents: DocumentRecord[];
  cases: Case[];
  figures: Figure[];
  districts: District[];
  /** The editors' corrections of published data, newest first. */
  corrections: DataCorrection[];
}

export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? join(process.cwd(), 'build', 'data'));
}

/** Shown at most per dataset: one wrong field usually repeats in every record. */
const MAX_PROBLEMS = 10;

/** Read and validate build/data/<name>.json against its schema; a mismatch names the record and field. */
function readDataset<N extends keyof typeof DATASET_SCHEMAS>(name: N): z.infer<(typeof DATASET_SCHEMAS)[N]>[] {
  const path = join(dataDir(), `${name}.json`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path}: dataset missing. Run \`npm run extract\` first (npm run build does it for you).`);
  }
  const parsed = z.array(DATASET_SCHEMAS[name]).safeParse(JSON.parse(text));
  if (parsed.success) return parsed.data as z.infer<(typeof DATASET_SCHEMAS)[N]>[];
  const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const [index, ...field] = issue.path;
    return `  ${path}: record ${String(index)}, field ${field.join('.') || '(whole record)'}: ${issue.message}`;
  });
  const more = parsed.error.issues.length > MAX_PROBLEMS ? `\n  … and ${parsed.error.issues.length - MAX_PROBLEMS} more` : '';
  throw new Error(`${name}.json does not match its schema (scripts/datasets/schema.ts); run \`npm run extract\` again:\n${problems.join('\n')}${more}`);
}

let cache: { key: string; data: Datasets } | undefined;

/**
 * The folder and the files' modification times: the dev server's live preview
 * rewrites datasets while pages are served, and a page must then see the new ones.
 */
function version(dir: string): string {
  const times = Object.keys(DATASET_SCHEMAS).map((name) => statSync(join(dir, `${name}.json`), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return `${dir}@${times.join(',')}`;
}

export function datasets(): Datasets {
  // In a build the datasets cannot change while pages render: checking the files on every call (several per page) cost a stat each.
  if (cache && import.meta.env?.PROD) return cache.data;
  const dir = dataDir();
  const key = version(dir);
  if (cache?.key !== key) {
    cache = {
      key,
      data: {
        documents: readDataset('documents'),
        cases: readDataset('cases'),
        figures: readDataset('figures'),
        districts: readDataset('districts'),
        corrections: readDataset('corrections'),
      },
    };
  }
  return cache.data;
}

export function documentById(id: string): DocumentRecord | undefined {
  return byId(datasets().documents, id);
}

const ofDocument = (r: { documentId: string }) => r.documentId;
const named = (d: District) => d.name;
const inCity = (d: District) => d.city;

/** A report's figures, in figures.json order (looked up: source and case pages each need one report's). */
export function documentFigures(documentId: string): readonly Figure[] {
  return groupOf(datasets().figures, ofDocument, documentId);
}

/** A report's cases, in cases.json order. */
export function documentCases(documentId: string): readonly Case[] {
  return groupOf(datasets().cases, ofDocument, documentId);
}

/** The figures with these ids, in figures.json order. */
export function figuresWithIds(ids: Iterable<string>): Figure[] {
  return pick(datasets().figures, ids);
}

/** The first district of this name in districts.json (names such as 城区 repeat across cities). */
export function districtNamed(name: string): District | undefined {
  return groupOf(datasets().districts, named, name)[0];
}

/** The districts of one city, in districts.json order. */
export function districtsInCity(city: string): readonly District[] {
  return groupOf(datasets().districts, inCity, city);
}
