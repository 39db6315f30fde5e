/**
 * datapackage.json: the published datasets described the way open-data tools
 * expect (Frictionless Data Package): every CSV with its table schema (field
 * names, types and the descriptions of scripts/datasets/schema.ts), every
 * JSON file with its JSON Schema, the reports as sources, the licence, and a
 * version that is the hash of the files, so the same data has the same
 * version and any change gives a new one.
 */
import { sha256Hex } from '../datasets/hash.ts';
import { z } from 'zod';
import { DATASET_SCHEMAS, DOCUMENT_TEXT_SCHEMA, type DocumentRecord, documentCsvFields, documentTextFile } from '../datasets/schema.ts';

interface JsonSchemaField {
  type?: string | string[];
  enum?: unknown[];
  description?: string;
}

const LICENSE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' };

function properties(schema: z.ZodType): Record<string, JsonSchemaField> {
  return (z.toJSONSchema(schema) as { properties: Record<string, JsonSchemaField> }).properties;
}

/** A CSV column as a Table Schema field: arrays are joined with `|` and objects written as JSON, so both are strings. */
function tableField(name: string, field: JsonSchemaField | undefined) {
  if (!field) throw new Error(`CSV column "${name}" has no field in scripts/datasets/schema.ts`);
  const types = (Array.isArray(field.type) ? field.type : [field.type]).filter((t) => t !== 'null');
  const type = types.length === 1 && ['string', 'integer', 'number', 'boolean'].includes(types[0]!) ? types[0]! : 'string';
  const joined = types.includes('array') ? '（多个值以 | 分隔）' : types.includes('object') ? '（JSON）' : '';
  const out: Record<string, unknown> = { name, type, description: `${field.description ?? ''}${joined}` };
  if (field.enum) out.constraints = { enum: field.enum };
  return out;
}

/** The header row of a CSV file as written by writer.ts (no quoted commas in column names). */
const header = (csv: string) => csv.slice(0, csv.indexOf('\n')).split(',');

export function dataPackage(files: Readonly<Record<string, string>>, documents: readonly DocumentRecord[]): Record<string, unknown> {
  const resources: Record<string, unknown>[] = [];
  for (const [name, record] of Object.entries(DATASET_SCHEMAS)) {
    const json = `${name}.json`;
    const common = (path: string) => ({ path, encoding: 'utf-8', bytes: Buffer.byteLength(files[path]!), hash: `sha256:${sha256Hex(files[path]!)}` });
    resources.push({ name: `${name}-json`, ...common(json), format: 'json', mediatype: 'application/json', jsonSchema: `${name}.schema.json` });
    const csv = `${name}.csv`;
    if (files[csv] === undefined) continue;
    const fields = { ...properties(record), ...(name === 'documents' ? properties(documentCsvFields) : {}) };
    resources.push({
      name: `${name}-csv`,
      ...common(csv),
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: { fields: header(files[csv]!).map((column) => tableField(column, fields[column])), primaryKey: 'id', missingValues: [''] },
    });
  }
  const hashed = resources.map((r) => `${r.path}\0${r.hash}`);
  // The reports' texts: one JSON file each, one resource (a Data Package path may list several files; bytes and
  // hash describe one file, so they are left out here, and each text's hash goes into the version instead).
  const texts = documents.map((d) => documentTextFile(d.id));
  resources.push({ name: 'document-texts', path: texts, encoding: 'utf-8', format: 'json', mediatype: 'application/json', jsonSchema: DOCUMENT_TEXT_SCHEMA });
  const version = sha256Hex([...hashed, ...texts.map((f) => `${f}\0sha256:${sha256Hex(files[f]!)}`)].join('\n')).slice(0, 16);
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'gz-reform-cases',
    title: '广州改革案例数据',
    description: '从原始报告中提取的改革案例、数字、报告与各区统计；每个数字都注明所在原句与偏移。',
    version,
    licenses: [LICENSE],
    sources: documents.map((d) => ({ title: d.title, publisher: d.publisher, published: d.published, id: d.id })),
    resources,
  };
}
