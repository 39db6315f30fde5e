/** The pipeline's datasets, served as static downloads (/data/cases.json, /data/figures.csv ...). */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../lib/data.ts';
import { DATA_PACKAGE, DOWNLOADS } from '../../lib/downloads.ts';
import { keyed } from '../../lib/page-keys.ts';
import { DOCUMENT_TEXT_SCHEMA } from '../../../scripts/datasets/schema.ts';

export function getStaticPaths() {
  const files = [...DOWNLOADS.flatMap((d) => d.formats.map((format) => `${d.name}.${format}`)), DOCUMENT_TEXT_SCHEMA, DATA_PACKAGE];
  return keyed(files.map((file) => ({ params: { file } })));
}

const TYPES: Record<string, string> = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' };
// `cases.schema.json` is served as JSON: the type is the last extension.

export const GET: APIRoute = ({ params }) => {
  const file = params.file!;
  return new Response(readFileSync(join(dataDir(), file)), { headers: { 'Content-Type': TYPES[file.split('.').pop()!]! } });
};
