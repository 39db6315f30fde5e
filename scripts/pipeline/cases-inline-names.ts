/**
 * The names a list inside one sentence gives, each with the owner written
 * with it. The list splits at 、, between two quoted names (“A”“B”, “A”和“B”)
 * and, in the subject of an award (`A、B以及C获得三等奖`), at 和 / 以及 where
 * both sides are long enough to be names (cases-inline-split.ts). Each piece is read as
 * `owner“title”`, `owner的title`, `owner：title`, `title（owner）`, a place
 * opening a reform action (its title then starts after the place), or, for
 * award entries and the items of a list said to be cases (`A、B等案例入选`,
 * `…案例包括：A、B`), a bare name (cases-inline-units.ts says what is no name).
 */
import type { OwnerContext } from './owners.ts';
import { splitItem, unquote } from './cases-item.ts';
import { BASIS_PREPOSITIONS, CASE_NOUNS, MEANS_PREPOSITIONS, MODAL_VERBS, QUOTED_NAME_TAILS, RECOMMENDER_VERBS, TIME_SPAN_UNITS, VERB_ADVERBS, anyOf } from './lexicon.ts';
import { parseChineseNumeral } from '../datasets/numerals.ts';
import { findPlaces } from './places.ts';
import { NAME_CLOSE, NAME_OPEN, REFORM_VERB } from './cases-common.ts';
import { NAME_MIN, splitNames } from './cases-inline-split.ts';
import { DEICTIC, EXPERIENCE_END, type ListKind, PLACE_END, bareName, notACase, ownerLike } from './cases-inline-units.ts';

export { EXPERIENCE_END, type ListKind, RELATIVE_TIME, notACase, ownerLike } from './cases-inline-units.ts';

/** `…新模式案例` names the case and what it is; `“A”工作` the name and its kind: the case is the name. */
const NAME_TAIL = new RegExp(`(?:案例|([${NAME_CLOSE}》])(?:${anyOf(QUOTED_NAME_TAILS).source}))$`);
/** `owner的title`: the owner holds no quote or clause punctuation. */
const OWNER_OF = /^([^“”‘’《》「」，,：:、]{2,20}?)的(.{2,})$/;
/** `X申报的` / `X推荐的` / `X的` at the end of a text before a name: X put the name forward. */
export const SUBMITTED_BY = new RegExp(`([^，,。；;：:${NAME_OPEN}${NAME_CLOSE}《》、]{2,20}?)(?:${anyOf(RECOMMENDER_VERBS).source})?的$`);
/** `X以` / `X再以` at the end of a text before a name (`某局以《T》参赛`, `某局以「T」脫穎而出`): X entered the name, so owns it. */
export const ENTERED_BY = new RegExp(`([^，,。；;：:${NAME_OPEN}${NAME_CLOSE}《》、]{2,20}?)(?:再|又|还|均)?(?:${anyOf(MEANS_PREPOSITIONS).source})$`);
/** A 《》 title around the whole name, quotes inside allowed: 《“铜陵模式”开启…新篇章》. */
const BOOK_WRAPPED = /^《([^《》]+)》$/;
/** The opening quote of a name, and a whole quoted or 《》-marked name at the start of a text. */
const QUOTE = new RegExp(`[${NAME_OPEN}《]`);
const QUOTED_HEAD = new RegExp(`^[${NAME_OPEN}《][^${NAME_OPEN}${NAME_CLOSE}《》]+[${NAME_CLOSE}》]`);
/** A head ending in a preposition of means (今年再以「T」): the name follows it. */
const MEANS_END = new RegExp(`(?:${anyOf(MEANS_PREPOSITIONS).source})$`);
/** A quoted name that ends the text, or is followed only by a generic noun (「T」專案). */
const QUOTED_NAME_END = new RegExp(`^[${NAME_OPEN}《][^${NAME_OPEN}${NAME_CLOSE}《》]+[${NAME_CLOSE}》](?:${anyOf(QUOTED_NAME_TAILS).source})?$`);
/** A clause stating a rule, not a name: `根据名次可` (獲得…奖金). */
const RULE_CLAUSE = new RegExp(`^(?:${anyOf(BASIS_PREPOSITIONS).source})|(?:${anyOf(MODAL_VERBS).source})$`);
/**
 * A subject that ends by counting what was selected (`…名单公布 某市五个村庄`入选, `3家企业`): how many, not what; no name.
 * One (一个窗口) can be part of a name, so the count is two or more.
 */
const COUNTED_UNITS = /[两二三四五六七八九十百\d][\d一二三四五六七八九十百]*个(?![\d一二三四五六七八九十])[\p{Script=Han}]{1,4}$/u;
/** When, written before a name (`11月“T”等案例入选`, `今年5月“T”`): no part of it. */
const DATE_HEAD = /^(?:(?:19|20)\d{2}年|今年|去年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}日|份|底|初|中旬|下旬|上旬)?$/;
/** A copula after a quoted name (`均为`, `都是`, `系`): the sentence goes on to say what the names are. */
const PREDICATE = /^(?:均|都|也|皆|亦|同)?(?:为|是|系|属于)/;
/** A count or an ordinal of a span of time, with adverbs (连续第十二年, 近两个月来): when, never a name. */
export const TIME_COUNT = `[第近前后]?[\\d一二三四五六七八九十百两多]+(?:${anyOf(TIME_SPAN_UNITS).source})`;
const TIME_PHRASE = new RegExp(`^(?:${anyOf(VERB_ADVERBS).source})*${TIME_COUNT}(?:以?来)?$`);
/** The report's own place written as `我` and its level (我州, 我市, 我区): the place named after it is the owner. */
const SELF_PLACE = /^我[省市州区县盟旗镇乡]/;
/** Words before a quoted name that introduce it rather than belong to it. */
const PREFIX_MAX = 6;

export interface Name {
  owner: string;
  title: string;
  /** Offset of the name's text in the list. */
  start: number;
  end: number;
}

/** The places a text opens with, one after another (武汉市青山区创新… -> 武汉市青山区), when a reform action follows. */
function placeHead(text: string, ctx: OwnerContext, after: RegExp = REFORM_VERB): string | null {
  let end = 0;
  for (const h of findPlaces(text, { city: ctx.city, zones: ctx.tables.zones })) {
    if (h.start !== end || h.short) break;
    end = h.end;
  }
  return end > 0 && after.test(text.slice(end)) ? text.slice(0, end) : null;
}

/** `<place><reform>经验做法` (于都县公立医院综合改革经验做法): a place's practice, named by what it is; the place owns it. */
function placeExperience(text: string, ctx: OwnerContext): { owner: string; title: string } | null {
  const head = placeHead(text, ctx, /./);
  return head && EXPERIENCE_END.test(text) && text.length - head.length >= NAME_MIN ? { owner: head, title: text.slice(head.length) } : null;
}

/** Title and owner of a piece whose owner is not split off by splitItem: `owner“title”`, `title“…”…`, or bare. */
function quotedName(text: string, ctx: OwnerContext, kind: ListKind): { owner: string; title: string } | null {
  const quote = text.search(QUOTE);
  if (quote < 0) return kind !== 'plain' && bareName(unquote(text), ctx, kind) ? { owner: '', title: unquote(text) } : null;
  const written = text.slice(0, quote);
  // `我州花垣县“T”`: 我州 stands for the report's own place; the county after it is the owner.
  const head = SELF_PLACE.test(written) && written.length > 2 ? written.slice(2) : written;
  const by = SUBMITTED_BY.exec(head)?.[1];
  // In a list said to be cases each item is one name: a kind of unit before its quote (律师事务所“党建促所建”: the
  // practice of law firms) is part of it; only a unit named by its place or name is an owner.
  const kinds = kind !== 'cases';
  const entrant = ENTERED_BY.exec(head)?.[1];
  const owner = head && ownerLike(head, ctx, kinds) ? head : by && ownerLike(by, ctx, kinds) ? by : entrant && ownerLike(entrant, ctx, kinds) ? entrant : '';
  // A short unquoted head belongs to the name (排水许可“无感智办”新模式), so does any head of an item of a list of
  // cases (the whole item is a name); an owner, the report's own place (全区), a clause ending in 的 (探索实践的“A”),
  // a preposition of means before a quote that ends the name (再以「T」專案; in 海南省以“…”赋能… 以 is the name's)
  // or a long head introduces it.
  const deictic = head.length === 2 && DEICTIC.test(head) && PLACE_END.test(head); // 全区“…”: the report's own place
  const means = MEANS_END.test(head) && QUOTED_NAME_END.test(text.slice(quote));
  const introduces = owner || deictic || head.endsWith('的') || means || DATE_HEAD.test(head) || (head.length > PREFIX_MAX && kind !== 'cases');
  const whole = introduces ? text.slice(quote) : text;
  const quoted = QUOTED_HEAD.exec(whole)?.[0] ?? null;
  // What the sentence says of the last name is no part of it: `《A》《B》均为…典型案例` ends the list at B's 》.
  const raw = quoted && PREDICATE.test(whole.slice(quoted.length)) ? quoted : whole;
  if (quoted && notACase(unquote(quoted), quoted.startsWith('《'))) return null;
  const title = unquote(raw.replace(NAME_TAIL, '$1'));
  return { owner, title: BOOK_WRAPPED.exec(title)?.[1] ?? title };
}

/** One piece of a list read as a name, or null when it names no case. */
export function nameOf(raw: string, ctx: OwnerContext, kind: ListKind): { owner: string; title: string } | null {
  const text = raw.trim();
  const item = splitItem(text, ctx);
  let name: { owner: string; title: string } | null;
  if (item.how === 'a place opens the item') name = { owner: item.owner!, title: text.slice(item.owner!.length) };
  else if (item.how) name = { owner: item.owner!, title: item.title };
  else if (placeHead(text, ctx)) name = { owner: placeHead(text, ctx)!, title: text.slice(placeHead(text, ctx)!.length) };
  else if (placeExperience(text, ctx)) name = placeExperience(text, ctx);
  else {
    const of = OWNER_OF.exec(text);
    // With its owner written before 的, a name needs no quotes: 河埒街道水秀社区的社会工作介入社区服务模式.
    const owned = of && ownerLike(of[1]!, ctx) ? quotedName(of[2]!, ctx, 'award') : null;
    name = owned ? { owner: owned.owner || of![1]!, title: owned.title } : quotedName(text, ctx, kind);
  }
  return name && name.title.length >= 4 && name.title.length <= 80 && !TIME_PHRASE.test(name.title) && !RULE_CLAUSE.test(name.title) && !COUNTED_UNITS.test(name.title) ? name : null;
}

/** The count a list of cases writes after its items (`A和B2项改革案例`): the number, and where the count starts. */
const COUNT_AFTER = new RegExp(`(?<![\\d.])(\\d{1,2}|[一二两三四五六七八九十]{1,2})[项个][\\p{Script=Han}]{0,4}?(?:${anyOf(CASE_NOUNS).source})$`, 'u');

/**
 * The pieces of a list of cases whose count is written after them, each item opened by its place (`长武县“A”、“B”模式和
 * 旬邑县…机制2项改革案例`): when the places opening pieces are as many as the count, a piece no place opens continues
 * the item before it (its 、 joins two names of one case), a 和 before a place splits two items, and the place that
 * opens an item is its owner.
 */
function countedPieces(list: string, ctx: OwnerContext): { text: string; start: number; place?: string }[] | null {
  const counted = COUNT_AFTER.exec(list);
  if (!counted) return null;
  const n = parseChineseNumeral(counted[1]!) ?? Number(counted[1]);
  const body = list.slice(0, counted.index);
  const placeOf = (text: string) => {
    const hit = findPlaces(text, { city: ctx.city, zones: ctx.tables.zones })[0];
    return hit?.start === 0 ? text.slice(0, hit.end) : undefined;
  };
  const pieces = splitNames(body, false, (text) => placeOf(text) !== undefined);
  if (pieces.length < n || !placeOf(pieces[0]!.text) || pieces.filter((p) => placeOf(p.text)).length !== n) return pieces;
  return pieces.reduce<{ text: string; start: number; place?: string }[]>((items, p) => {
    const last = items.at(-1);
    if (!last || placeOf(p.text)) return [...items, { ...p, place: placeOf(p.text) }];
    return [...items.slice(0, -1), { ...last, text: body.slice(last.start, p.start + p.text.length) }];
  }, []);
}

/** Every name of a list, with offsets into the list. */
export function namesOf(list: string, ctx: OwnerContext, kind: ListKind): Name[] {
  const pieces: { text: string; start: number; place?: string }[] = (kind === 'cases' ? countedPieces(list, ctx) : null) ?? splitNames(list, kind === 'award' || kind === 'practices');
  return pieces.flatMap((piece) => {
    const read = nameOf(piece.text, ctx, kind);
    const place = piece.place;
    const name = read && place && read.title.startsWith(place) ? { owner: place, title: read.title.slice(place.length) } : read;
    if (!name) return [];
    const lead = piece.text.length - piece.text.trimStart().length;
    return [{ ...name, start: piece.start + lead, end: piece.start + piece.text.trimEnd().length }];
  });
}
