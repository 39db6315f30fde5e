/**
 * The clauses of a sentence that may list cases, and the verbs that select what a clause names. A sentence is split
 * at commas and semicolons, but a list and its verb can run across a comma (`A「T」、B「T」，以及C「T」等3項服務方案，
 * 榮獲…`), so clausesOf keeps them in one clause.
 */
import { NAME_CLOSE, NAME_OPEN, splitTopLevel } from './cases-common.ts';
import { EXPERIENCE_END } from './cases-inline-names.ts';
import { AWARD_LEVELS, CASE_NOUNS, COMMENDATION_NOUNS, HONOUR_VERBS, LIST_CONJUNCTIONS, PILOT_MARKS, PRIZE_TIERS, SELECTED_VERBS, VERB_ADVERBS, anyOf } from './lexicon.ts';

/** A selection verb after its subject: `X入选…`, `X获评…`, `X获得二等奖`, `X获国务院表彰`. */
export const SELECTED = new RegExp(`${anyOf([...SELECTED_VERBS, ...HONOUR_VERBS]).source}|获(?=[^，,。；;、“”]{0,12}(?:${anyOf([...COMMENDATION_NOUNS, ...PRIZE_TIERS]).source}))`, 'g');
const AWARD_LEVEL = new RegExp(anyOf(AWARD_LEVELS).source, 'g');

/** A clause that opens with a list conjunction (`，以及C`) continues the list before it. */
const CONTINUES_LIST = new RegExp(`^(?:${anyOf(LIST_CONJUNCTIONS).source})`);
const QUOTED_END = new RegExp(`[${NAME_CLOSE}》]$`);
const QUOTE_OPEN = new RegExp(`[${NAME_OPEN}《]`);
/**
 * A claim of a first before a name (`全国首创农户信用绿码`, `在全省率先推出“T”`): where it makes up the whole clause before
 * a selection verb, the name it claims is that verb's subject. The claim itself is no part of the name.
 */
export const CLAIMED_NAME = new RegExp(`^(?:(?:在)?(?:全国|全省|全市|全区|省内|国内))?(?:${anyOf(PILOT_MARKS).source})(?:推出|建成|实施|打造)?(?=[^，,。；;]{4,20}$)`);
/**
 * A clause that opens with a selection verb (`，荣获…奖项`), or with the field it was selected from and then the verb
 * (`，从全国近2000个改革案例中脱颖而出`): the clause before it is its subject.
 */
const OPENS_WITH_VERB = new RegExp(`^(?:(?:从|在)[^，,。；;]{0,30}?中)?(?:${anyOf(VERB_ADVERBS).source})*(?:${SELECTED.source})`);
/** A clause that ends in a selection verb with no object (`…以「T」脫穎而出`): the verb after the comma goes on with it (`，榮獲第1名`). */
const ENDS_WITH_VERB = new RegExp(`(?:${SELECTED.source})$`);
/** A clause that is a quoted name and what it is (`万州“T”案例`): the subject of a verb in the clause after it. */
const NAMED_CASE = new RegExp(`[${NAME_CLOSE}》](?:${anyOf(CASE_NOUNS).source})$`);

/**
 * The clauses of a sentence, split at commas and semicolons, with a list kept whole across a comma: a clause opening
 * with 以及/和 continues a list of quoted names before it (`A「T」、B「T」，以及C「T」`), and a list closed by 等 or a subject
 * naming practices stays with the selection verb the next clause opens with (`…等3项服务方案，荣获…奖项`, `A和B相关做法，
 * 纳入…典型经验`), since it is that verb's subject.
 */
export function clausesOf(sentence: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const c of splitTopLevel(sentence, '，,；;')) {
    const last = out.at(-1);
    const afterComma = last !== undefined && /[，,]/.test(sentence[c.start - 1]!);
    // Quoted names on both sides: bare words after 以及 may as well start a clause of their own.
    const continues = afterComma && QUOTED_END.test(last!.text.trim()) && CONTINUES_LIST.test(c.text) && QUOTE_OPEN.test(c.text);
    const subject = afterComma && OPENS_WITH_VERB.test(c.text) && (splitAtDeng(last!.text).length > 1 || EXPERIENCE_END.test(last!.text.trim()) || CLAIMED_NAME.test(last!.text.trim()) || NAMED_CASE.test(last!.text.trim()) || ENDS_WITH_VERB.test(last!.text.trim()));
    if (continues || subject) last!.text = sentence.slice(last!.start, c.start + c.text.length);
    else out.push({ ...c });
  }
  return out;
}

/** Split at 等 outside quotes and award levels (一等奖 names a prize, it does not close a list). */
export function splitAtDeng(clause: string): { text: string; start: number }[] {
  const masked = clause.replace(AWARD_LEVEL, (m) => '□'.repeat(m.length));
  return splitTopLevel(masked, '等').map((p) => ({ text: clause.slice(p.start, p.start + p.text.length), start: p.start }));
}
