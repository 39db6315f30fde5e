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
import { type Case, type DataCorrection, type District, type DocumentRecord, type DocumentRow, type DocumentText, type Figure, DATASET_SCHEMAS, documentTextFile, documentTextSchema } from '../../scripts/datasets/schema.ts';

export type { Case, DataCorrection, District, Figure, DocumentRecord, DocumentRow, DocumentText };

export interface Datasets {
  /** The reports' metadata (documents.json); a report's text is read with documentWithText, on its own pages only. */
  documents: DocumentRow[];
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

/** Read and validate build/data/<file> against its schema; a mismatch names the record and field. */
function readValidated<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const path = join(dataDir(), file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path}: dataset missing. Run \`npm run extract\` first (npm run build does it for you).`);
  }
  const parsed = schema.safeParse(JSON.parse(text));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const [index, ...field] = issue.path;
    const where = typeof index === 'number' ? `record ${index}, field ${field.join('.') || '(whole record)'}` : `field ${issue.path.join('.') || '(whole file)'}`;
    return `  ${path}: ${where}: ${issue.message}`;
  });
  const more = parsed.error.issues.length > MAX_PROBLEMS ? `\n  … and ${parsed.error.issues.length - MAX_PROBLEMS} more` : '';
  throw new Error(`${file} does not match its schema (scripts/datasets/schema.ts); run \`npm run extract\` again:\n${problems.join('\n')}${more}`);
}

function readDataset<N extends keyof typeof DATASET_SCHEMAS>(name: N): z.infer<(typeof DATASET_SCHEMAS)[N]>[] {
  return readValidated(`${name}.json`, z.array(DATASET_SCHEMAS[name])) as z.infer<(typeof DATASET_SCHEMAS)[N]>[];
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

export function documentById(id: string): DocumentRow | undefined {
  return byId(datasets().documents, id);
}

/**
 * Texts kept after reading: pages are rendered report by report (a source
 * page, its original, its cases), so a few suffice, and memory stays bounded
 * however many reports there are.
 */
const TEXTS_KEPT = 8;
let texts: { key: string; kept: Map<string, DocumentText> } | undefined;

/** One report's text (documents/<id>.json), validated; the last few read are kept. */
export function documentText(id: string): DocumentText {
  datasets(); // in dev, a new set of datasets (the live preview) drops the texts kept
  const key = cache!.key;
  if (texts?.key !== key) texts = { key, kept: new Map() };
  let text = texts.kept.get(id);
  if (text) texts.kept.delete(id);
  else text = readValidated(documentTextFile(id), documentTextSchema);
  texts.kept.set(id, text);
  if (texts.kept.size > TEXTS_KEPT) texts.kept.delete(texts.kept.keys().next().value!);
  return text;
}

/** A report with its text: its metadata and documents/<id>.json, for the pages that show the text. */
export function documentWithText(row: DocumentRow): DocumentRecord {
  return { ...row, ...documentText(row.id) };
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
