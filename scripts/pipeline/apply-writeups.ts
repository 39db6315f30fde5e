/**
 * The editors' write-ups applied to the extracted cases (a pure stage):
 * - an enrichment's title, summary, byline and body take precedence; the
 *   extracted facts (owner, district, year, list, domain, span, figures) stay;
 * - a new case joins the datasets at its cited sentence, with its owner
 *   normalized like any extracted owner, marked `origin: editor`.
 * Every case leaves with the write-up fields of the Case record filled
 * (null where there is no write-up), so the datasets are complete and the
 * site only reads them.
 */
import type { DocumentRecord, ExtractedCase, Figure, WrittenCase } from '../datasets/schema.ts';
import { cityOfOwner, normalizeOwner } from './owners.ts';
import { districtByName, formerDivision } from './places.ts';
import type { EditableTables } from './tables.ts';
import type { ValidatedWriteups, Writeup } from './writeups.ts';

const NO_WRITEUP = {
  summary: null,
  byline: null,
  updated: null,
  body: null,
  writeupFile: null,
  writeupLine: null,
} as const;

type Editorial = { summary?: string; byline?: string; updated?: Date };

function writeupFields(w: Writeup<Editorial>) {
  return {
    summary: w.data.summary ?? null,
    byline: w.data.byline ?? null,
    updated: w.data.updated ? w.data.updated.toISOString().slice(0, 10) : null,
    body: w.body,
    writeupFile: w.file,
    writeupLine: w.bodyLine,
  };
}

export function applyWriteups(
  cases: readonly ExtractedCase[],
  writeups: Pick<ValidatedWriteups, 'enrichments' | 'newCases'>,
  documents: readonly DocumentRecord[],
  figures: readonly Figure[],
  tables: EditableTables,
): WrittenCase[] {
  const enrichments = new Map(writeups.enrichments.map((w) => [w.data.case, w]));
  const enriched: WrittenCase[] = cases.map((c) => {
    const w = enrichments.get(c.id);
    return {
      ...c,
      title: w?.data.title ?? c.title,
      origin: 'extracted',
      printedTitle: c.title,
      ...(w ? writeupFields(w) : NO_WRITEUP),
    };
  });

  const added: WrittenCase[] = writeups.newCases.map((w) => {
    const d = w.data;
    // Validation (writeups.ts) checked that the report exists and contains the quote.
    const doc = documents.find((x) => x.id === d.source.document)!;
    const start = doc.text.indexOf(d.source.quote);
    const end = start + d.source.quote.length;
    const owner = normalizeOwner(d.owner, { city: doc.region.city, district: d.district, tables });
    // A former name (萝岗区) is placed as written, before the gazetteer (its name may be a district in force elsewhere,
    // as in districts-today.ts); that stage then counts the case for its successor (黄埔区).
    const { zones } = tables;
    const district = d.district ? (formerDivision(d.district, doc.region.city, zones) ?? districtByName(d.district, { city: doc.region.city, zones }) ?? formerDivision(d.district, null, zones)) : null;
    return {
      id: d.id,
      document: doc.file,
      documentId: doc.id,
      title: d.title,
      owner: d.owner,
      ownerFull: owner.full,
      level: owner.level,
      district: district?.name ?? owner.district,
      districtCode: district ? district.code || null : owner.districtCode,
      street: owner.street,
      city: district?.city ?? cityOfOwner(owner, doc.region.city),
      province: district?.province ?? owner.province,
      year: d.year,
      yearCue: `the editor's write-up (${w.file})`,
      period: doc.period.label || null,
      list: d.list,
      domain: d.domain,
      domainKeywords: [],
      shape: 'editor',
      quote: d.source.quote,
      start,
      end,
      places: district ? [district.name] : [],
      figures: figures.filter((f) => f.documentId === doc.id && f.start >= start && f.end <= end).map((f) => f.id),
      confidence: 1,
      cues: [`added by an editor (${w.file})`],
      origin: 'editor',
      printedTitle: null,
      ...writeupFields(w),
    };
  });
  // Added cases follow the extracted ones, in id order, so the file does not depend on directory order.
  return [...enriched, ...added.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))];
}
