/** /embed/<slug>/v/<version>.json: the record of a frozen version; the archive (archive/charts/) keeps exactly these bytes. */
import type { APIRoute } from 'astro';
import type { FrozenChart } from '../../../../charts/frozen.ts';
import { frozenVersions } from '../../../../lib/chart-archive.ts';
import { keyed } from '../../../../lib/page-keys.ts';

export function getStaticPaths() {
  return keyed(frozenVersions().map(({ record }) => ({ params: { chart: record.slug, version: record.version }, props: { record } })));
}

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify((props as { record: FrozenChart }).record, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
