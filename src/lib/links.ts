/**
 * Site-root paths of every kind of page, in one place, so that a route and
 * the links to it cannot drift apart. Pass them through url() for hrefs.
 */
import type { Figure } from '../../scripts/datasets/schema.ts';
import { pinyinSlug } from '../../scripts/datasets/slug.ts';

export const caseHref = (id: string) => `/cases/${id}/`;
export const districtHref = (slug: string) => `/districts/${slug}/`;
export const yearHref = (year: number | string) => `/years/${year}/`;
export const sourceHref = (documentId: string) => `/sources/${documentId}/`;
export const correctionHref = (id: string) => `/corrections/#${id}`;
export const originalHref = (documentId: string) => `/sources/${documentId}/original/`;

/** Anchor ids on source pages: figures and sentences. */
export const figureAnchor = (id: string) => `fig-${id}`;
export const sentenceAnchor = (index: number) => `s-${index}`;

/** Where a figure's source sentence is highlighted. */
export const figureSourceHref = (f: Pick<Figure, 'documentId' | 'id'>) => `${sourceHref(f.documentId)}#${figureAnchor(f.id)}`;

/** Where a sentence (by index) stands in its source. */
export const sentenceHref = (documentId: string, index: number) => `${sourceHref(documentId)}#${sentenceAnchor(index)}`;

/** Filter pages of the case index: one dimension each, plain links that work without JavaScript. */
export const FILTERS = ['district', 'year', 'list', 'domain'] as const;
export type FilterDimension = (typeof FILTERS)[number];
export const filterSlug = (value: string) => pinyinSlug(value, { dropAdminSuffix: /区$/.test(value) });
/** Every value of one dimension, with its count: /cases/district/ ... */
export const dimensionHref = (dimension: FilterDimension) => `/cases/${dimension}/`;
export const filterHref = (dimension: FilterDimension, value: string | number) =>
  `/cases/${dimension}/${dimension === 'year' ? value : filterSlug(String(value))}/`;

/** Page `n` of a paginated list whose first page is `list` (Astro's [...page] routes: /cases/, /cases/2/ ...). */
export const pageHref = (list: string, n: number) => (n === 1 ? list : `${list}${n}/`);
