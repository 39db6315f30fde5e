/** Each report's text as a static download (/data/documents/<id>.json): the pipeline writes one file per report. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, datasets } from '../../../lib/data.ts';
import { documentTextFile } from '../../../../scripts/datasets/schema.ts';
import { keyed } from '../../../lib/page-keys.ts';

export function getStaticPaths() {
  return keyed(datasets().documents.map((d) => ({ params: { id: d.id } })));
}

// Served as written: read one file per page, never all texts at once.
export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dataDir(), documentTextFile(params.id!))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
