/**
 * /og/districts/<slug>.png: the share image of a district page that has no
 * published timeline chart (the others name that chart's card:
 * src/lib/share-cards.ts): the district and its case count, 1200x630.
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../../components/site/config.ts';
import { caseCount } from '../../../lib/cases.ts';
import { datasets, type District } from '../../../lib/data.ts';
import { districtsWithOwnCard } from '../../../lib/share-cards.ts';
import { districtImagePath, shareImageAhead, type ShareImageInput } from '../../../lib/share-image.ts';
import { yearSpan } from '../../../lib/site-facts.ts';
import { pageKey } from '../../../lib/page-keys.ts';

// Every image that will render is started here, before the pages render: drawn on another core meanwhile (lib/share-image.ts shareImageAhead).
export function getStaticPaths() {
  const cacheKey = pageKey();
  return districtsWithOwnCard().map((district) => ({
    params: { slug: district.slug },
    props: { png: shareImageAhead(() => districtImage(district), { output: districtImagePath(district.slug), cacheKey }) },
    cacheKey,
  }));
}

function districtImage(district: District): ShareImageInput {
  return {
    kicker: '各区',
    title: district.name,
    subtitle: `${yearSpan(datasets().cases)}年报告中的${caseCount({ district: district.name })}个改革案例`,
    siteName: SITE_NAME,
  };
}

export const GET: APIRoute = async ({ props }) => {
  const png = await (props as { png: () => Promise<Buffer> }).png();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
