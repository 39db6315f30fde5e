/**
 * The site's icons as one SVG sprite: every page references a symbol of
 * /icons.<hash>.svg with <use> instead of carrying the icon's paths inline
 * (the same few icons were repeated on every page). The file name carries a
 * hash of its content, so it can be cached for good and changes name when an
 * icon changes. Icons come from the Tabler set (@iconify-json/tabler).
 */
import { icons as tabler } from '@iconify-json/tabler';
import { getIconData, iconToSVG } from '@iconify/utils';
import { hash } from '../charts/common.ts';

/** Every icon a page may use; add a name here to use it (the sprite holds exactly these). */
export const ICONS = [
  'alert-circle',
  'building-community',
  'chevron-left',
  'chevron-right',
  'database',
  'device-desktop',
  'file-text',
  'home',
  'info-circle',
  'license',
  'list-details',
  'map-2',
  'moon',
  'rss',
  'search',
  'sun',
] as const;
export type IconName = (typeof ICONS)[number];

/** The id of an icon's <symbol> in the sprite. */
export const symbolId = (name: IconName) => `i-${name}`;

function symbol(name: IconName): string {
  const data = getIconData(tabler, name);
  if (!data) throw new Error(`src/lib/icons.ts: the Tabler set has no icon "${name}" (see https://icon-sets.iconify.design/tabler/)`);
  const svg = iconToSVG(data);
  return `<symbol id="${symbolId(name)}" viewBox="${svg.attributes.viewBox}">${svg.body}</symbol>`;
}

/** The sprite file's content: one <symbol> per icon, in ICONS order. */
export function spriteSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg">${ICONS.map(symbol).join('')}</svg>\n`;
}

let cached: string | undefined;
/** Site-root path of the sprite, named by the hash of its content. */
export function spritePath(): string {
  cached ??= `/icons.${hash(spriteSvg())}.svg`;
  return cached;
}
