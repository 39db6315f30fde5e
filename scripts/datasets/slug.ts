/**
 * URL slugs from Chinese names, by pinyin without tones: 白云区 -> baiyun-qu is
 * too long for districts, so administrative suffixes are dropped first
 * (白云区 -> baiyun); lists and domains keep every syllable (最具获得感 ->
 * zuijuhuodegan). Latin letters and digits pass through.
 */
import { pinyin } from 'pinyin-pro';

const ADMIN_SUFFIX = /(?:区|县|市|街道|街|镇)$/;

/** Readings pinyin-pro gets wrong in place names (都 in 花都 is dū, not dōu). */
const READINGS: Readonly<Record<string, string>> = { 花都: 'huadu' };

export function pinyinSlug(name: string, { dropAdminSuffix = false } = {}): string {
  const base = dropAdminSuffix && name.length > 2 ? name.replace(ADMIN_SUFFIX, '') : name;
  if (READINGS[base]) return READINGS[base];
  const spelled = pinyin(base, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = spelled
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}
