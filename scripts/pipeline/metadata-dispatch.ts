/**
 * Wire and dispatch lines at the head of a news page (大洋网讯, 新华社杭州3月5日电, 中央社／ 高雄22日电): the outlet that
 * sent them is the publisher (metadata.ts), and the place a dispatch is filed from is where the news is, for a page
 * whose head names no place in full. Shapes only; the places are the gazetteer's cities.
 */
import { cityCode, provinces, regionNames } from './gazetteer.ts';
import { cityByName } from './places-lookup.ts';

/**
 * A wire line: 大洋网讯, 台海网12月22日讯, 深圳新闻网2024年8月20日讯 (the year written too), 安徽网、大皖客户端讯,
 * 齐鲁网·闪电新闻8月10日讯 (the first outlet, before its channel, is the publisher); 讯 is followed by a space, a bracket
 * or colon, or the byline (黑龙江日报6月8日讯记者…).
 */
export const WIRE = /^([\p{Script=Han}A-Za-z]{2,8}?)(?:[、·・•‧][\p{Script=Han}A-Za-z]{2,10}?)*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?讯(?:[\s　（(:：]|记者|通讯员)/u;
/** Cities and provinces, full and short, longest first: the place a dispatch is filed from. */
const REGION = [...regionNames()].sort((a, b) => b.length - a.length).join('|');
/**
 * A dispatch line: the outlet, the place it files from (group `place`), the day, then 电 (新华社北京1月18日电, 中新网1月18日电,
 * 中央社／ 高雄22日电, a place after a slash being any name) or, after a place, 消息 (国际在线吉林消息（记者…）). The outlet
 * (group 1) is the publisher.
 */
export const DISPATCH = new RegExp(
  `^([\\p{Script=Han}A-Za-z]{2,8}?)(?:\\s*[／/]\\s*(?<slashed>\\p{Script=Han}{2,4}?)|(?<place>${REGION}))?(?:(?:\\d{1,2}月)?\\d{1,2}日电|(?<=${REGION})消息)(?:[\\s　（(:：]|据|记者|$)`,
  'u',
);

/** Provinces as a dispatch writes them (湖北, 吉林, 广西): a dispatch from a province names no city of it, though 吉林 is one too. */
const PROVINCE_WORDS = new Set(provinces.flatMap((p) => {
  const short = /^(\p{Script=Han}{2,}?)(?:省|(?:\p{Script=Han}{1,5}?族|维吾尔)*自治区)$/u.exec(p.name)?.[1];
  return short ? [p.name, short] : [];
}));

/** The city the first dispatch line of a head is filed from (高雄 -> 高雄市, 杭州 -> 杭州市, 宜兰 -> 宜兰县), or null. */
export function dispatchCity(head: readonly string[]): string | null {
  for (const line of head) {
    const groups = DISPATCH.exec(line.trim())?.groups;
    const name = groups?.slashed ?? groups?.place;
    if (!groups) continue;
    if (!name || PROVINCE_WORDS.has(name)) return null;
    return cityByName(name) ?? (cityCode(`${name}县`) ? `${name}县` : null);
  }
  return null;
}
