/**
 * The seed manifest: what we know about each report (title, publisher, date,
 * region, period, script, kind). Entries are validated field by field; a
 * report with no entry is still processed and its metadata inferred from the
 * text, with every guessed field listed in `inferred`.
 */
import { InputError } from '../datasets/errors.ts';
import { didYouMean } from '../datasets/suggest.ts';
import { type CaseListing, parseCaseListing } from './case-listing.ts';

import { type DocumentMeta, type Kind, KINDS } from '../datasets/schema.ts';

export type { DocumentMeta, Kind, Period, Region } from '../datasets/schema.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

type Check = (v: unknown) => string | null;
const str: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'a non-empty string');
const strOrNull: Check = (v) => (v === null || typeof v === 'string' ? null : 'a string or null');
const CHECKS: Record<string, Check> = {
  id: (v) => (typeof v === 'string' && ID.test(v) ? null : 'lower-case letters, digits and hyphens, e.g. "gz-2018-top10"'),
  file: str,
  title: str,
  publisher: strOrNull,
  published: (v) => (v === null || (typeof v === 'string' && DATE.test(v)) ? null : 'YYYY, YYYY-MM, YYYY-MM-DD or null'),
  region: (v) => (typeof v === 'object' && v !== null && 'city' in v ? null : '{ "city": "广州市", "district": "黄埔区" | null }'),
  period: (v) => (typeof v === 'object' && v !== null && 'start' in v && 'end' in v && 'label' in v ? null : '{ "start", "end", "label" }'),
  year: (v) => (v === null || (Number.isInteger(v) && (v as number) > 1900 && (v as number) < 2100) ? null : 'a four-digit year or null'),
  script: (v) => (v === 'simplified' || v === 'traditional' ? null : '"simplified" or "traditional"'),
  kind: (v) => ((KINDS as readonly unknown[]).includes(v) ? null : KINDS.map((k) => `"${k}"`).join(', ')),
  list: strOrNull,
};

/** A report's declared case listing, with the entry's field path for messages ([3]). */
export interface DeclaredListing {
  listing: CaseListing;
  at: string;
}

/** Validate the parsed manifest; every bad field of every entry is reported. */
export function parseManifest(path: string, data: unknown): { entries: DocumentMeta[]; listings: Map<string, DeclaredListing>; problems: InputError[] } {
  const problems: InputError[] = [];
  const entries: DocumentMeta[] = [];
  const listings = new Map<string, DeclaredListing>();
  if (!Array.isArray(data)) {
    problems.push(new InputError({ file: path, problem: 'The manifest is not a JSON array of entries.', expected: 'one object per report file' }));
    return { entries, listings, problems };
  }
  const seenIds = new Set<string>();
  data.forEach((entry: Record<string, unknown>, i) => {
    const errors = Object.entries(CHECKS).flatMap(([field, check]) => {
      const expected = check(entry?.[field]);
      const hint = field === 'kind' && typeof entry?.[field] === 'string' ? didYouMean(entry[field] as string, KINDS) : '';
      return expected ? [new InputError({ file: path, field: `[${i}].${field}`, problem: `Entry ${i} (${String(entry?.file ?? '?')}) has an invalid ${field}: ${JSON.stringify(entry?.[field])}.`, expected: `${expected}.${hint}` })] : [];
    });
    if (!errors.length && seenIds.has(entry.id as string)) {
      errors.push(new InputError({ file: path, field: `[${i}].id`, problem: `Duplicate id "${String(entry.id)}".`, expected: 'every report has its own id' }));
    }
    // "cases" steers case extraction; it is not metadata, so it stays out of documents.json.
    const { cases, ...meta } = (entry ?? {}) as Record<string, unknown>;
    if (cases !== undefined) {
      const parsed = parseCaseListing(path, `[${i}]`, cases);
      errors.push(...parsed.problems);
      if (parsed.listing) listings.set(String(entry.file), { listing: parsed.listing, at: `[${i}]` });
    }
    problems.push(...errors);
    if (!errors.length) {
      seenIds.add(entry.id as string);
      entries.push({ note: null, ...meta } as DocumentMeta);
    }
  });
  return { entries, listings, problems };
}

/** A report's id: its manifest entry's, or one made from its file name (inferMeta gives a report without an entry that id). */
export const documentId = (file: string, entry: { id: string } | undefined): string => entry?.id ?? idFromFile(file);

/** A stable id from a file name: `003_e16b.txt` -> `003-e16b`. */
export function idFromFile(file: string): string {
  const stem = file.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return stem || 'report';
}
