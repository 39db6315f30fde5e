/**
 * Field-by-field documentation of the public datasets, read from the JSON
 * Schemas the pipeline publishes beside them (build/data/<name>.schema.json,
 * generated from the zod schemas in scripts/datasets/schema.ts), so /data/
 * documents exactly what the downloads contain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './data.ts';

export interface FieldDoc {
  name: string;
  /** The JSON type, readable: `string | null`, `integer`, `array<string>`, `"a" | "b"` … */
  type: string;
  doc: string;
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  description?: string;
}

export function typeLabel(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeLabel).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any'];
  return types
    .map((t) => {
      if (t !== 'array') return t;
      if (schema.prefixItems) return `[${schema.prefixItems.map(typeLabel).join(', ')}]`;
      return `array<${schema.items && !Array.isArray(schema.items) ? typeLabel(schema.items) : 'any'}>`;
    })
    .join(' | ');
}

/** The fields of one record of a dataset (`cases`, `figures`, `documents`, `districts`). */
export function fieldDocs(dataset: string): FieldDoc[] {
  const path = join(dataDir(), `${dataset}.schema.json`);
  const schema = JSON.parse(readFileSync(path, 'utf8')) as { items: JsonSchema };
  return Object.entries(schema.items.properties ?? {}).map(([name, field]) => ({
    name,
    type: typeLabel(field),
    doc: field.description ?? '',
  }));
}
