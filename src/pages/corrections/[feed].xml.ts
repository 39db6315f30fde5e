/**
 * RSS feed of the corrections, /corrections/rss.xml, so newsrooms that embed
 * a chart hear when its data changes. Like the stories' feed it needs
 * absolute links: only written when the build knows its site (SITE=https://…).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_NAME } from '../../components/site/config.ts';
import { allCorrections } from '../../lib/corrections.ts';
import { correctionHref } from '../../lib/links.ts';
import { url } from '../../lib/urls.ts';
import { keyed } from '../../lib/page-keys.ts';

export function getStaticPaths() {
  return keyed(import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : []);
}

export function GET(context: APIContext) {
  return rss({
    title: `${SITE_NAME} · 更正`,
    description: '本站数据的更正：改了什么、为什么改、影响哪些数字、案例和图表。',
    site: new URL(url('/'), context.site).href,
    customData: '<language>zh-cn</language>',
    // Item links end in #<id>: no trailing slash after the fragment.
    trailingSlash: false,
    items: allCorrections().map((c) => ({
      title: `更正：${c.change}`,
      description: c.reason,
      pubDate: new Date(`${c.date}T00:00:00+08:00`),
      link: url(correctionHref(c.id)),
    })),
  });
}
