/**
 * One list item read as a case: who (the owner) and what (the title), from
 * the ways reports write them: `owner：title`, `title（owner推荐）`,
 * `title——owner`, `【owner】title`, `owner“title”`, or a place that opens the
 * item with a reform action (`越秀区创新…`). When none applies the owner is
 * null and the caller looks elsewhere (the case's first sentence, the report).
 */
import { RECOMMENDER_VERBS, anyOf } from './lexicon.ts';
import { type OwnerContext, looksLikeOrganisation, looksLikeOwner } from './owners.ts';
import { placeAtStart } from './places.ts';
import { NAME_CLOSE, NAME_OPEN, REFORM_VERB } from './cases-common.ts';

export interface Item {
  owner: string | null;
  title: string;
  /** How the owner was found, for the case's cues. */
  how: string | null;
}

const RECOMMENDED = new RegExp(`(?:${anyOf(RECOMMENDER_VERBS).source})$`);
const COLON = new RegExp(`^([^：:${NAME_OPEN}${NAME_CLOSE}]{2,40})[：:]\\s*(.{2,})$`);
const PAREN_TAIL = /^(.{2,}?)\s*[（(]([^（）()]{2,40})[）)]$/;
const DASH_TAIL = /^(.{2,}?)\s*[—–-]{1,2}\s*(.{2,40})$/;
const BRACKET_HEAD = /^【([^】]{2,30})】\s*(.*)$/;
const QUOTED_AFTER = new RegExp(`^([^${NAME_OPEN}《]{2,30}?)([${NAME_OPEN}《].+)$`);
/** `X报送的Y` before a title: X forwarded what Y put forward, so Y, the unit nearest the title, is its owner. */
const FORWARDED = new RegExp(`^.{2,20}?(?:${anyOf(RECOMMENDER_VERBS).source})的([^的]{2,20})$`);
const WRAPPED = new RegExp(`^[${NAME_OPEN}《]([^${NAME_OPEN}${NAME_CLOSE}《》]+)[${NAME_CLOSE}》]$`);
/** 《》 around a whole title, quotes inside it or not (《推行“协商议事厅”助力基层治理》). */
const BOOK_WRAPPED = /^《([^《》]+)》$/;

const QUOTED_CASE = new RegExp(`([${NAME_CLOSE}》])案例$`);

const isOwner = (text: string, ctx: OwnerContext) => looksLikeOwner(text, ctx) || looksLikeOrganisation(text, ctx.tables.owners);

/** Quotes that wrap the whole title are not part of it: “广州街坊” -> 广州街坊, 「雲林溪流域創生計畫」 -> 雲林溪流域創生計畫. */
export function unquote(title: string): string {
  // `“T”案例` is the name and what it is: the case is the name.
  const named = title.replace(QUOTED_CASE, '$1');
  const m = WRAPPED.exec(named) ?? BOOK_WRAPPED.exec(named);
  return (m ? m[1]! : title).replace(/[。；;，,、]+$/, '').replace(/等$/, '').trim();
}

/**
 * Score columns after an entry's name, each a figure after a comma (`…服务平台，23.42%，15585票`: its share and its
 * votes; `…，92.5分`): a bare number, a percentage, or a number with a one-character measure word.
 */
const SCORE_TAIL = /(?:[，,]\s*\d+(?:\.\d+)?\s*(?:[%％]|\p{Script=Han})?)+$/u;

export function splitItem(raw: string, ctx: OwnerContext): Item {
  const text = raw.trim().replace(/[。；;]+$/, '').replace(SCORE_TAIL, '');
  const colon = COLON.exec(text);
  if (colon && isOwner(colon[1]!, ctx)) return { owner: colon[1]!, title: unquote(colon[2]!), how: 'owner before a colon' };
  const paren = PAREN_TAIL.exec(text);
  if (paren) {
    const inner = paren[2]!.replace(RECOMMENDED, '');
    if (isOwner(inner, ctx)) return { owner: inner, title: unquote(paren[1]!), how: 'owner in brackets after the title' };
  }
  const dash = DASH_TAIL.exec(text);
  if (dash && isOwner(dash[2]!, ctx)) return { owner: dash[2]!, title: unquote(dash[1]!), how: 'owner after a dash' };
  const bracket = BRACKET_HEAD.exec(text);
  if (bracket && bracket[2] && isOwner(bracket[1]!, ctx)) return { owner: bracket[1]!, title: unquote(bracket[2]), how: 'owner in 【】' };
  if (bracket && !bracket[2]) return { owner: null, title: bracket[1]!, how: null };
  const quoted = QUOTED_AFTER.exec(text);
  if (quoted && looksLikeOwner(quoted[1]!, ctx)) {
    const forwarded = FORWARDED.exec(quoted[1]!)?.[1];
    const owner = forwarded && looksLikeOwner(forwarded, ctx) ? forwarded : quoted[1]!;
    return { owner, title: unquote(quoted[2]!), how: 'owner before the quoted title' };
  }
  const place = placeAtStart(text, { city: ctx.city, zones: ctx.tables.zones });
  if (place && place.kind !== 'city' && !place.short && REFORM_VERB.test(text.slice(place.end))) return { owner: place.matched, title: text, how: 'a place opens the item' };
  return { owner: null, title: unquote(text), how: null };
}
