/**
 * /og/districts/<slug>.png: a district page's share image: the district, its
 * case count and its timeline (the latest cases that fit whole), 1200x630.
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../../components/site/config.ts';
import { chartData } from '../../../charts/data.ts';
import { allowedParams, buildChart } from '../../../charts/registry.ts';
import { shareDrawing } from '../../../charts/share-drawing.ts';
import { districtOwner } from '../../../charts/common.ts';
import { caseCount } from '../../../lib/cases.ts';
import { datasets, type District } from '../../../lib/data.ts';
import { shareImagePng } from '../../../lib/share-image.ts';
import { yearSpan } from '../../../lib/site-facts.ts';

export function getStaticPaths() {
  return datasets().districts.map((district) => ({ params: { slug: district.slug }, props: { district } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { district } = props as { district: District };
  const data = chartData();
  const owner = districtOwner(district, data);
  const drawn = owner !== undefined && allowedParams('district-timeline', data).district!.includes(owner);
  const png = await shareImagePng({
    kicker: '各区',
    title: district.name,
    subtitle: `${yearSpan(datasets().cases)}年报告中的${caseCount({ district: district.name })}个改革案例`,
    ...(drawn ? { chartSvg: shareDrawing(buildChart('district-timeline', { district: owner! }, data)) } : {}),
    siteName: SITE_NAME,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
