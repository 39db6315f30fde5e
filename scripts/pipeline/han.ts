/** Character classes shared by the stages. */

/** CJK unified ideographs (BMP blocks and extension A; enough for reports). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const hanRe = new RegExp(`[${HAN}]`);

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && hanRe.test(ch);
}

/** Full-width punctuation used in Chinese text (brackets, quotes, stops). */
export const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2026\\u2014';
const cjkPunctRe = new RegExp(`[${CJK_PUNCT}]`);

export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && cjkPunctRe.test(ch);
}

/** Han character or Chinese punctuation: the context in which ASCII punctuation is a typo. */
export function isCjk(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}
