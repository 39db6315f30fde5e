/**
 * What a piece of a list inside a sentence is besides a case's name: an honour, an event or a document (notACase),
 * text that can stand as an owner (ownerLike), or a unit's own name (unitName: 市立图书馆 won the prize, it is no
 * entry). bareName decides whether an unquoted piece may be a case's name at all.
 */
import { type OwnerContext, looksLikeOrganisation, looksLikeOwner } from './owners.ts';
import { DEICTIC_STARTS, DOCUMENT_NAME_ENDINGS, EXPERIENCE_WORDS, HONOUR_NAME_ENDINGS, LIST_LABEL_MARKS, NOT_EXHIBITION_ENDINGS, PUBLICATION_NAME_ENDINGS, RELATIVE_YEARS, anyOf } from './lexicon.ts';
import { findPlaces } from './places.ts';
import { NAME_CLOSE, NAME_OPEN } from './cases-common.ts';

const HONOUR_NAME = new RegExp(`(?:${anyOf(HONOUR_NAME_ENDINGS).source})$`);
const NOT_EXHIBITION = new RegExp(`(?:${anyOf(NOT_EXHIBITION_ENDINGS).source})$`);
const DOCUMENT_NAME = new RegExp(`(?:${anyOf([...DOCUMENT_NAME_ENDINGS, ...PUBLICATION_NAME_ENDINGS]).source})$`);
/** A name opening with a numeral and a label mark (三佳…, 十大…, 百强…): a category of a selection. */
const LIST_LABEL = new RegExp(`^[一二三四五六七八九十百千\\d]+[${LIST_LABEL_MARKS.join('')}]`);
/** A volume after a collection's name (《…案例选编（二）》, 汇编(3)): the name ends before it. */
const VOLUME = /\s*[（(][一二三四五六七八九十\d]{1,3}[）)]$/;
export const DEICTIC = new RegExp(`^(?:${anyOf(DEICTIC_STARTS).source})`);
/** Characters no owner holds: digits, clause punctuation, quotes. */
const NOT_IN_OWNER = new RegExp(`[\\s\\d，,。；;：:、‘’《》${NAME_OPEN}${NAME_CLOSE}]`);
/** A name ending in what it is: a practice, an experience (…经验做法). */
export const EXPERIENCE_END = new RegExp(`(?:${anyOf(EXPERIENCE_WORDS).source})$`);
/** A time word relative to the report's date (去年, 今年): a text holding one is a clause, never a bare name (社會處去年專案). */
export const RELATIVE_TIME = anyOf(RELATIVE_YEARS.map(([word]) => word));
/** A head ending like a place name (杭州市江干区) is the owner, even when the gazetteer no longer knows it. */
export const PLACE_END = /[省市区县镇乡街]$/;
/**
 * A unit's name by its shape: a level (省, 市, 区, 县), 立 or not (市立, 县立), then a kind of institution of at most
 * four characters ending like a unit of the owners table (图书馆, 档案馆, 医院): 市立图书馆, 区档案馆, 某某市立图书馆.
 * Whatever stands before the level is the unit's own name or place.
 */
const LEVEL_AND_KIND = /[省市区县]立?(\p{Script=Han}{2,4})$/u;

/**
 * What a list inside a sentence is: `plain` names need quotes; the entries of an `award`, the items of a list the
 * sentence says are `cases` and the `practices` a subject names (`A和B相关做法，纳入…典型经验`) may be bare names
 * (award entries and practices split at 和 / 以及).
 */
export type ListKind = 'plain' | 'award' | 'cases' | 'practices';

/**
 * A quoted name that is an honour, an event or a list, or (when marked with 《》 or bare) a document or a publication:
 * “社区创享计划” in quotes names a programme, 《…行动计划》 a document.
 */
export function notACase(title: string, document = true): boolean {
  const bare = title.replace(VOLUME, '').replace(/[\s\d]+$/, '');
  if (LIST_LABEL.test(bare)) return true;
  // …做法 (a practice) ends like …法 (a law) and is none.
  return (HONOUR_NAME.test(bare) && !NOT_EXHIBITION.test(bare)) || (document && DOCUMENT_NAME.test(bare) && !EXPERIENCE_END.test(bare));
}

/**
 * Text that can stand as an owner where its position says "owner" (before a quote, before 的). With `kinds` false, a
 * kind of unit written alone (律师事务所, 社会处: an ending of the owners table and no name or place) does not.
 */
export function ownerLike(text: string, ctx: OwnerContext, kinds = true): boolean {
  if (text.length < 2 || text.length > 20 || DEICTIC.test(text) || NOT_IN_OWNER.test(text)) return false;
  if (looksLikeOwner(text, ctx) || looksLikeOrganisation(text, ctx.tables.owners)) return true;
  // A place written short (杨浦 of a Shanghai report) that is the whole text: nothing is cut off from it.
  const places = findPlaces(text, { city: ctx.city, zones: ctx.tables.zones });
  if (places.length === 1 && places[0]!.start === 0 && places[0]!.end === text.length) return true;
  return kinds && text.length >= 3 && (PLACE_END.test(text) || ctx.tables.owners.suffixes.some((s) => text.endsWith(s)));
}

/**
 * A bare name as an award entry or an item of a list of cases: not a place (徐汇区 won a prize, it is not an entry),
 * not a unit, not a phrase. In a list of cases a name ending in 项目 is a project (…酒店改造项目), not a list's name.
 */
export function bareName(title: string, ctx: OwnerContext, kind: ListKind): boolean {
  const named = kind === 'cases' ? title.replace(/项目$/, '') : title;
  if (title.length < 4 || title.length > 30 || DEICTIC.test(title) || /[\d，,。；;：:]/.test(title) || RELATIVE_TIME.test(title) || notACase(named)) return false;
  const place = findPlaces(title, { city: ctx.city, zones: ctx.tables.zones })[0];
  if (place && place.start === 0 && place.end === title.length) return false;
  return !looksLikeOwner(title, ctx) && !unitName(title, ctx) && !unitDoingAgain(title, ctx);
}

/** A unit and what it did again (屏东县府团队再创荣耀, 某局又获殊荣): a headline's clause, not a name. */
function unitDoingAgain(title: string, ctx: OwnerContext): boolean {
  for (let n = 2; n <= Math.min(12, title.length - 2); n++) {
    if (/^[再又屡]/.test(title.slice(n)) && ownerLike(title.slice(0, n), ctx)) return true;
  }
  return false;
}

/** Whether a bare name is a unit's own name (市立图书馆, 区档案馆): the unit won, it is no entry (90's 高雄市立图书馆荣获…). */
export function unitName(title: string, ctx: OwnerContext): boolean {
  const kind = LEVEL_AND_KIND.exec(title)?.[1];
  return kind !== undefined && ctx.tables.owners.suffixes.some((s) => kind.endsWith(s) && kind.length > s.length);
}
