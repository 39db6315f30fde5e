/** /embed/<slug>/v/<version>.csv: the rows of a frozen version, as they were. */
import type { APIRoute } from 'astro';
import type { FrozenChart } from '../../../../charts/frozen.ts';
import { frozenVersions } from '../../../../lib/chart-archive.ts';
import { keyed } from '../../../../lib/page-keys.ts';

export function getStaticPaths() {
  return keyed(frozenVersions().map(({ record }) => ({ params: { chart: record.slug, version: record.version }, props: { record } })));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { record: FrozenChart }).record.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
