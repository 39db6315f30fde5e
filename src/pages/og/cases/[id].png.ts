/**
 * /og/cases/<id>.png: a case page's share image: the case's title, who
 * reported it, the year and list, and its summary when an editor wrote one.
 * Text only: a single case has no chart of its own.
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../../components/site/config.ts';
import { allCases } from '../../../lib/cases.ts';
import { shareImagePng } from '../../../lib/share-image.ts';
import type { Case } from '../../../lib/data.ts';

export function getStaticPaths() {
  return allCases().map((c) => ({ params: { id: c.id }, props: { c } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { c } = props as { c: Case };
  const when = [c.year === null ? '' : `${c.year}年`, c.list ?? ''].filter(Boolean).join(' ');
  const png = await shareImagePng({
    kicker: '案例',
    title: c.title,
    subtitle: [`${c.owner}${when ? `（${when}）` : ''}`, c.summary ?? ''].filter(Boolean).join('：'),
    siteName: SITE_NAME,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
