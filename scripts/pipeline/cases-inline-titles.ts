/**
 * Titles marked in a sentence about cases (cases-inline.ts): 《》 titles, with the unit that put each forward, and
 * 【】 names right before a selection verb, rewritten as 「」 so the inline shape reads them as quoted names.
 */
import type { OwnerContext } from './owners.ts';
import type { Cue } from './cases-cues.ts';
import { SELECTED } from './cases-clauses.ts';
import { ENTERED_BY, SUBMITTED_BY, notACase, ownerLike } from './cases-inline-names.ts';
import { CASE_CUES_STRONG, HONOUR_TOKEN_WORDS, PUBLICATION_WORDS, VERB_ADVERBS, anyOf, anyWordOf } from './lexicon.ts';

/** A name found inside a sentence, with its owner when written and the cue that found it. */
export interface Found {
  owner: string;
  title: string;
  /** An example given in a range (从“A”到“B”): its owner is not inferred from the sentence. */
  example?: boolean;
  start: number;
  end: number;
  cue: Cue;
}

const STRONG = anyWordOf(CASE_CUES_STRONG);
const BOOK_TITLE = /《([^《》]{4,60})》/g;
/**
 * What follows a 《》 name that makes it a publication or programme, or an honour's certificate (《…十佳区县》证书): the
 * word right after it, or after the run of 《》 names it ends and 等 (`《A》《B》等央视节目`: every name of the run).
 */
const NOT_A_TITLE_AFTER = new RegExp(`^(?:[、和与及]?《[^《》]*》)*(?:等[^，,。；;《》]{0,4}?)?(?:${anyOf([...PUBLICATION_WORDS, ...HONOUR_TOKEN_WORDS]).source})`);


/** 《》-marked titles in a sentence that speaks of cases (案例, 评选 …), with the unit that put each forward. */
export function bookTitles(sentence: string, at: number, ctx: OwnerContext): Found[] {
  const cue = STRONG.exec(sentence)?.[0];
  if (!cue) return [];
  return [...sentence.matchAll(BOOK_TITLE)].flatMap((m) => {
    if (notACase(m[1]!) || NOT_A_TITLE_AFTER.test(sentence.slice(m.index + m[0].length))) return [];
    const before = sentence.slice(0, m.index);
    const by = SUBMITTED_BY.exec(before)?.[1] ?? ENTERED_BY.exec(before)?.[1];
    const owner = by && ownerLike(by, ctx) ? by : '';
    return [{ owner, title: m[1]!, start: at + m.index, end: at + m.index + m[0].length, cue: { reason: `a 《》 title in a sentence about cases (${cue})`, weight: 0.55 } }];
  });
}

/**
 * 【】-marked names right before a selection verb (`连江县文化处【T】获得…优选`), alone or run together with 、, 与, 和, 及
 * (`由【A】与【B】获得…`): titles, marked as 「」 would be.
 */
const BRACKET_JOIN = '\\s*(?:、|与|和|及|以及)\\s*';
const BRACKET_BEFORE_VERB = new RegExp(`(?:【[^【】]{2,60}】${BRACKET_JOIN})*【[^【】]{2,60}】(?=(?:${anyOf(VERB_ADVERBS).source})*(?:${SELECTED.source}))`, 'g');

/**
 * The sentence with 【T】 written 「T」 where a selection verb follows it (same length, so offsets hold); elsewhere 【】
 * marks a label (【本报讯】, 【概况】) and stays.
 */
export function bracketTitles(sentence: string): string {
  return sentence.replace(BRACKET_BEFORE_VERB, (run: string) =>
    run.replace(/】(\s*)[与和及](\s*)【/g, '】$1、$2【').replace(/【([^【】]{2,60})】/g, (_, t: string) => (t.includes('「') ? `“${t}”` : `「${t}」`)));
}
