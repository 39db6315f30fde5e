/**
 * Which share image (og:image, 1200x630) each page names. A share image is
 * the most expensive thing a build makes (a resvg drawing of CJK text in two
 * weights, then PNG encoding: tens to hundreds of ms each), so one is drawn
 * per story, per published chart and for the home page, and every other page
 * names one of those, the one that shows what the page is about:
 *
 * - a district page names its timeline chart's card (the same drawing under
 *   the chart's title); only a district without a published timeline gets a
 *   card of its own (src/pages/og/districts/[slug].png.ts);
 * - a case page names its district's card (a case has no chart of its own:
 *   its card would repeat the page's title, which the link preview shows
 *   anyway); a city-level case names the home card;
 * - every other page (lists, years, sources, compare, about) the home card.
 *
 * The alt text always describes the image named, not the page.
 */
import { SITE_NAME } from '../components/site/config.ts';
import { districtOwner } from '../charts/common.ts';
import { chartData } from '../charts/data.ts';
import { publishedCharts } from '../charts/publish.ts';
import type { ChartData } from '../charts/types.ts';
import { caseCount } from './cases.ts';
import { datasets, districtNamed, type Case, type District } from './data.ts';
import { chartImagePath, districtImagePath, homeImagePath } from './share-image.ts';
import { tagline, yearSpan } from './site-facts.ts';

export interface ShareCard {
  /** Site-root path of the PNG. */
  path: string;
  /** What the image shows. */
  alt: string;
}

export function homeCard(): ShareCard {
  return { path: homeImagePath(), alt: `${SITE_NAME}：${tagline(datasets())}` };
}

const timelineCards = new WeakMap<ChartData, Map<string, ShareCard>>();

/** Owner label -> the card of that owner's published timeline chart, built once per dataset. */
function timelineCardsOf(data: ChartData): Map<string, ShareCard> {
  let cards = timelineCards.get(data);
  if (!cards) {
    cards = new Map();
    for (const { key, spec } of publishedCharts(data)) {
      const owner = spec.params.district;
      if (spec.id === 'district-timeline' && owner && !cards.has(owner)) cards.set(owner, { path: chartImagePath(key), alt: `${spec.title}：${spec.subtitle}` });
    }
    timelineCards.set(data, cards);
  }
  return cards;
}

/** The district's own card (drawn by src/pages/og/districts/[slug].png.ts): text only, for a district with no published timeline. */
function ownCard(district: District): ShareCard {
  return { path: districtImagePath(district.slug), alt: `${district.name}：${yearSpan(datasets().cases)}年报告中的${caseCount({ district: district.name })}个改革案例` };
}

export function districtCard(district: District): ShareCard {
  const data = chartData();
  const owner = districtOwner(district, data);
  return (owner !== undefined && timelineCardsOf(data).get(owner)) || ownCard(district);
}

/** Districts whose page names a card of their own (the route that draws them lists exactly these). */
export function districtsWithOwnCard(): District[] {
  return datasets().districts.filter((d) => districtCard(d).path === districtImagePath(d.slug));
}

export function caseCard(c: Case): ShareCard {
  const district = c.district ? districtNamed(c.district) : undefined;
  return district ? districtCard(district) : homeCard();
}
