/**
 * Datasets out: the pipeline result as the files the site and the public
 * downloads use. Deterministic: records keep their construction order,
 * arrays are sorted by the stages, nothing depends on time or environment.
 */
import { z } from 'zod';
import type { PipelineResult } from './index.ts';
import { DATASET_SCHEMAS, DOCUMENT_TEXT_SCHEMA, documentTextFile, documentTextSchema, splitDocument } from '../datasets/schema.ts';
import { toCsv, toJson } from '../writer.ts';
import { figureCsvRows, figuresCsvColumns } from './figures.ts';
import { dataPackage } from './datapackage.ts';

const CASE_COLUMNS = [
  'id', 'document', 'documentId', 'title', 'owner', 'ownerFull', 'level', 'district', 'districtCode', 'districtToday', 'districtTodayCode', 'districtWritten', 'districtWrittenIn', 'street', 'city', 'province',
  'year', 'period', 'list', 'domain', 'domainKeywords', 'shape', 'quote', 'start', 'end', 'figures', 'places', 'confidence', 'cues', 'yearCue',
  'origin', 'printedTitle', 'summary', 'byline', 'updated', 'writeupFile', 'writeupLine', 'body',
] as const;

const DOCUMENT_COLUMNS = ['id', 'file', 'title', 'publisher', 'published', 'year', 'kind', 'script', 'encoding', 'list', 'sha256'] as const;

export function emit(result: PipelineResult): Record<string, string> {
  const documents = result.documents;
  const split = documents.map(splitDocument);
  const files: Record<string, string> = {
    // The metadata table, and each report's text in a file of its own (documentTextSchema: why).
    'documents.json': toJson(split.map((d) => d.row)),
    ...Object.fromEntries(split.map((d) => [documentTextFile(d.text.id), toJson(d.text)])),
    'documents.csv': toCsv(
      documents.map((d) => ({
        ...d,
        city: d.region.city,
        district: d.region.district,
        period: d.period.label,
        characters: d.text.length,
        damage: d.damage.length,
        corrections: d.corrections.length,
        inferred: d.inferred,
      })),
      [...DOCUMENT_COLUMNS, 'city', 'district', 'period', 'characters', 'damage', 'corrections', 'inferred'],
    ),
    'figures.json': toJson(result.figures),
    'figures.csv': toCsv(figureCsvRows(result.figures), figuresCsvColumns),
    'cases.json': toJson(result.cases),
    'cases.csv': toCsv(result.cases as unknown as Record<string, unknown>[], CASE_COLUMNS),
    'coverage.json': toJson(result.coverage),
    'districts.json': toJson(result.districts),
    'corrections.json': toJson(result.corrections),
    'report.json': toJson(result.report),
    ...jsonSchemas(),
  };
  return { ...files, 'datapackage.json': toJson(dataPackage(files, documents)) };
}

/** One JSON Schema per dataset (`cases.schema.json` …) and one for a report's text file, generated from the zod schemas, descriptions included. */
function jsonSchemas(): Record<string, string> {
  return {
    ...Object.fromEntries(
      Object.entries(DATASET_SCHEMAS).map(([name, record]) => [
        `${name}.schema.json`,
        toJson({ ...z.toJSONSchema(z.array(record)), title: `${name}.json` }),
      ]),
    ),
    [DOCUMENT_TEXT_SCHEMA]: toJson({ ...z.toJSONSchema(documentTextSchema), title: documentTextFile('<id>') }),
  };
}
