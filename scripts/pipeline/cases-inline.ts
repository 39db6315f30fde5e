/**
 * Shape "inline": cases named inside a sentence. Reports do it in four ways:
 * - names before 等 and a list word: `评选出“A”“B”等十优项目`, `产生了“A”、“B”等十佳创新奖10个`;
 * - names as the subject of a selection verb: `“A”入选第七届…案例`, `B案例获评…`;
 * - names after a lead and a colon: `分别是：湖北省“…”、武汉市江夏区“…”`;
 * - 《》-marked titles in a sentence about cases: `如…的《一个产业,崛起一座城》` (cases-inline-titles.ts).
 * - names as the subject of an award: `A的B荣获一等奖；C和D获得二等奖` (award entries
 *   need no quotes, cases-inline-names.ts);
 * - the ends of ranges of examples after a sentence naming cases: `…案例出炉。从“A”到“B”……`
 *   (cases-examples.ts).
 * A list and its verb may run across a comma (cases-clauses.ts).
 * Each name may have its owner written with it; a name without one belongs to
 * the place the sentence names before it outside the other names, else to
 * the unit the paragraph opens with (`2024年，区政务服务和数据管理局…`).
 * Names of honours, events, lists and documents (“最佳论文奖”, 《…实施方案》)
 * are never cases.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import type { OwnerContext } from './owners.ts';
import { type Candidate, NAME_CLOSE, NAME_OPEN, insideQuotes, splitTopLevel } from './cases-common.ts';
import type { Cue } from './cases-cues.ts';
import { EXPERIENCE_END, type ListKind, TIME_COUNT, namesOf, notACase } from './cases-inline-names.ts';
import {
  CASE_CUES_STRONG, CASE_NOUNS, COUNT_CLASSIFIERS, LIST_RELEASE_VERBS, CASE_CUES_WEAK, EXAMPLE_LEADS, HONOUR_TITLE_NOUNS, HONOUR_VERBS, NOUNS_WITH_VERBS, PRIZE_TIERS, PRIZE_WORDS, PRODUCTION_VERBS,
  PLAN_OBJECT_NOUNS, ROLE_WORDS, SELECTION_LEADS, VERB_ADVERBS, anyOf, anyWordOf,
} from './lexicon.ts';
import { rangeExamples } from './cases-examples.ts';
import { type Found, bookTitles, bracketTitles } from './cases-inline-titles.ts';
import { honouredUnits, listYear, ownerOfUnowned } from './cases-inline-context.ts';
import { citesSelection } from './cases-enumeration.ts';
import { CLAIMED_NAME, SELECTED, clausesOf, splitAtDeng } from './cases-clauses.ts';

const STRONG = anyWordOf(CASE_CUES_STRONG);
const CUE = new RegExp(`${STRONG.source}|${anyOf(CASE_CUES_WEAK).source}`);
const LEAD = anyOf(SELECTION_LEADS);
const PRODUCE = anyOf(PRODUCTION_VERBS);
const RECEIVED = anyOf(HONOUR_VERBS);
const PRIZE = anyOf(PRIZE_WORDS);
const TIER = anyOf(PRIZE_TIERS);
/** A count of prizes after the verb (17项, 三个): its subject is who holds them, not an entry. */
const TALLY = new RegExp(`[\\d一二三四五六七八九十两百]+\\s*(?:${anyOf(COUNT_CLASSIFIERS).source})`);
/** Adverbs, how often (先后两次) and when (连续第三年), between a selected name and its verb. */
const ADVERBS_END = new RegExp(`(?:${anyOf(VERB_ADVERBS).source}|[\\d一二两三四五六七八九十多]+[次度]|${TIME_COUNT}|\\s)+$`);
const CASE_NOUN = anyOf(CASE_NOUNS);
const LEAD_END = new RegExp(`(?:${LEAD.source})$`);
/**
 * The word after 等 says what the listed items are (`等案例`, `等15个案例`, `等十佳项目`); after a count, a short
 * qualifier may stand before it (`等2项改革典型经验`: the count says the list is closed, the cue what it holds).
 */
const QUALIFIER_MAX = 4;
const CASES_AFTER = new RegExp(`^(?:(?:${TALLY.source})[^，,。；;、${NAME_OPEN}${NAME_CLOSE}《》\\s]{0,${QUALIFIER_MAX}}?)?(?:${STRONG.source}|${anyOf(CASE_CUES_WEAK).source})`);
/** After 等, a noun naming honorary titles (等荣誉称号, 等3项荣誉): the names before it are titles a place holds, not cases. */
const HONOURS_AFTER = new RegExp(`^(?:${TALLY.source})?[^，,。；;${NAME_OPEN}${NAME_CLOSE}]{0,${QUALIFIER_MAX}}?(?:${anyOf(HONOUR_TITLE_NOUNS).source})`);
/** A clause whose subject is cases: it ends with a case noun (`…的8项制度创新案例`) or opens with a count of them (`6项案例得到…`). */
const CASES_SUBJECT = new RegExp(`(?:${CASE_NOUN.source})$|^(?:${TALLY.source})[^，,]{0,8}?(?:${CASE_NOUN.source})`);

/** An object that is a plan or a system (`纳入…项目计划`): the verb includes work in it, it selects nothing. */
const PLAN_OBJECT = new RegExp(`(?:${anyOf(PLAN_OBJECT_NOUNS).source})(?:之中|中|内)?$`);

const NAME_QUOTES = new RegExp(`[${NAME_OPEN}${NAME_CLOSE}"]`, 'g');

/** True when a clause of the text before a list has cases as its subject: the list that follows lists them. */
function casesSubject(text: string): boolean {
  // Quotes are dropped first: a quoted sentence (“今年参与评审的案例，…。”某某表示) has clauses too.
  // 项目 alone names works as well as cases (重点项目包括：…): it needs a selection, an award or a kind of case beside it.
  return splitTopLevel(text.replace(NAME_QUOTES, ''), '，,；;。！？').some((c) => {
    const clause = c.text.trim().replace(LEAD_END, '');
    const noun = CASES_SUBJECT.exec(clause)?.[0];
    return noun !== undefined && (!noun.endsWith('项目') || citesSelection(clause));
  });
}
const ROLE = new RegExp(anyOf(ROLE_WORDS).source, 'g');
/** `“…案例(2022)”入选名单公示`: a list of the selected being released is a noun; the name before it is the list's. */
const LIST_RELEASED = new RegExp(`(?:入选|获奖|评选)(?:名单|结果)(?=\\s*(?:正式)?(?:${anyOf(LIST_RELEASE_VERBS).source}))`, 'g');
const VERB_NOUN = new RegExp(anyOf(NOUNS_WITH_VERBS).source, 'g');
const EXAMPLE = anyOf(EXAMPLE_LEADS);
const RANGE_CUE: Cue = { reason: 'an end of a range of examples (从“A”到“B”) of the cases the sentence before names', weight: 0.5 };
/** The comma between a subject and the clause its verb opens (clausesOf). */
const SUBJECT_END = /[，,]\s*$/;
/** 由 before quoted names introduces them as the agents of the verb (`经决选由「A」与「B」获得…`): no part of the first name. */
const AGENT_LEAD = new RegExp(`^[^${NAME_OPEN}${NAME_CLOSE}《》，,]*由(?=[${NAME_OPEN}《])`);
/** A scope between the names and their verb, no part of them: `“A”从700多个案例中脱颖而出`. */
const SCOPE_END = new RegExp(`(?:从|在)[^${NAME_OPEN}${NAME_CLOSE}《》]*中$`);


function found(list: string, at: number, cue: Cue, ctx: OwnerContext, kind: ListKind = 'plain', claimed = false): Found[] {
  const names = namesOf(list, ctx, kind).map((n) => ({ owner: n.owner, title: n.title, start: at + n.start, end: at + n.end, cue }));
  // A list of cases is a list: one bare name alone is not read as one, unless a claim of a first names it (全国首创X).
  return kind === 'cases' && names.length < 2 && !claimed ? found(list, at, cue, ctx) : names;
}

/** A role between the names and their verb (`A、B分别作为“…类”典型案例入选`) is what they were selected as: cut it off. */
function withoutRole(names: string): string {
  const role = [...names.matchAll(ROLE)].find((m) => !insideQuotes(names, m.index));
  return role ? names.slice(0, role.index).replace(ADVERBS_END, '') : names;
}

/**
 * The names one clause lists, by the first of the ways above that applies to it. `before` is what the text says
 * before the clause (the sentence so far, and the sentence an example list continues): when it names cases, a
 * list led into after it is a list of cases.
 */
function clauseNames(clause: string, at: number, sentence: string, before: string, ctx: OwnerContext): Found[] {
  const parts = splitAtDeng(clause);
  if (parts.length > 1) {
    const list = parts[0]!.text;
    const rest = clause.slice(list.length + 1);
    if (HONOURS_AFTER.test(rest)) return [];
    const produced = [...list.matchAll(new RegExp(`${PRODUCE.source}|${LEAD.source}|[：:]|如`, 'g'))].at(-1);
    if (produced || STRONG.test(rest)) {
      const from = produced ? produced.index + produced[0].length : 0;
      const word = produced?.[0] ?? `等${STRONG.exec(rest)![0]}`;
      // A noun after 等 says what the items are (等案例, 等新技术应用); with none, the subject before the list does.
      const subject = rest.trim() === '' && produced && casesSubject(before + list.slice(0, produced.index));
      const kind = CASES_AFTER.test(rest) || subject ? 'cases' : 'plain';
      const names = found(list.slice(from), at + from, { reason: `named in a list closed by 等 (${word})`, weight: 0.55 }, ctx, kind);
      return honouredUnits(names.map((n) => n.title), rest) ? [] : names;
    }
  }
  // A verb inside quotes is part of a name (“最具获得感”改革案例), not the clause's verb; nor is one inside a noun (获得感).
  const nouns = clause.replace(VERB_NOUN, (m) => '□'.repeat(m.length)).replace(LIST_RELEASED, (m) => '□'.repeat(m.length));
  const selected = [...nouns.matchAll(SELECTED)].find((m) => !insideQuotes(clause, m.index));
  if (selected && selected.index > 0) {
    // A scope may stand after the subject's comma (`“T”案例，从…中脱颖而出`): the comma goes once the scope has.
    const subject = withoutRole(clause.slice(0, selected.index).replace(SUBJECT_END, '').replace(ADVERBS_END, '').replace(SCOPE_END, '').replace(SUBJECT_END, ''));
    const predicate = clause.slice(subject.length);
    // A claim of a first before the name (全国首创X，入选…) is no part of it.
    const claim = CLAIMED_NAME.exec(subject)?.[0].length ?? 0;
    const names = subject.slice(claim);
    // An award (…奖) takes entries named without quotes, unless it is a tally (共荣获17项…奖: the subject holds the entries).
    const award = PRIZE.test(predicate) && !TALLY.test(predicate);
    // The names are cases when what they were selected into, or as, is a list of cases (入选…典型案例, 作为典型案例入选);
    // a subject that says it names practices (A和B相关做法) names them without quotes.
    const kind = award ? 'award' : CASE_NOUN.test(predicate) ? 'cases' : EXPERIENCE_END.test(names) ? 'practices' : 'plain';
    const lead = AGENT_LEAD.exec(names)?.[0].length ?? 0;
    if ((CUE.test(predicate) || TIER.test(predicate)) && !PLAN_OBJECT.test(predicate.trim())) {
      const named = found(names.slice(lead), at + claim + lead, { reason: `named as selected (${selected[0]})`, weight: 0.55 }, ctx, kind, claim > 0);
      return honouredUnits(named.map((n) => n.title), predicate) ? [] : named;
    }
  }
  // A role that makes the names cases (`A作为…典型经验案例获…推广`): whatever verb follows, what stands before it is one.
  const role = [...nouns.matchAll(ROLE)].find((m) => !insideQuotes(clause, m.index));
  if (role && role.index > 0 && CASE_NOUN.test(clause.slice(role.index))) {
    return found(clause.slice(0, role.index).replace(ADVERBS_END, ''), at, { reason: `named in the role of a case (${role[0]}…)`, weight: 0.5 }, ctx, 'cases');
  }
  const lead = /[：:]/.exec(clause) ?? LEAD.exec(clause);
  // After 获评 / 荣获 without a colon come the honours the subject received.
  if (lead && !RECEIVED.test(lead[0]) && STRONG.test(before + sentence)) {
    const from = lead.index + lead[0].length;
    const kind = casesSubject(before + clause.slice(0, lead.index)) ? 'cases' : 'plain';
    const names = found(clause.slice(from), at + from, { reason: `listed after “${lead[0]}” in a sentence about cases`, weight: 0.5 }, ctx, kind);
    return names.length >= 2 ? names : [];
  }
  return [];
}

export function inlineCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  const out: Candidate[] = [];
  doc.sentences.forEach((s, i) => {
    const sentence = bracketTitles(doc.text.slice(s.start, s.end).replace(/[。！？]+$/, ''));
    // A list of examples (例如A、B等, 从“A”到“B”) continues the sentence before it in its paragraph.
    const previous = doc.sentences[i - 1];
    const ranges = rangeExamples(sentence);
    const continued = (EXAMPLE.test(sentence) || ranges.length > 0) && previous?.paragraph === s.paragraph ? doc.text.slice(previous.start, previous.end) : '';
    if (!CUE.test(sentence) && !LEAD.test(sentence) && !TIER.test(sentence) && !STRONG.test(continued)) return;
    const found = clausesOf(sentence).flatMap((c) => clauseNames(c.text, s.start + c.start, sentence, continued + sentence.slice(0, c.start), ctx));
    for (const b of bookTitles(sentence, s.start, ctx)) if (!found.some((f) => b.start < f.end && f.start < b.end)) found.push(b);
    // The ends of 从“A”到“B” after a sentence naming cases are cases; an example names no owner.
    const examples = STRONG.test(continued) ? ranges.filter((r) => !notACase(r.title, false)) : [];
    for (const r of examples) found.push({ owner: '', title: r.title, start: s.start + r.start, end: s.start + r.end, cue: RANGE_CUE, example: true });
    for (const f of found) {
      const other = f.owner || f.example ? null : ownerOfUnowned(doc, s, f, found, ctx);
      const ownerCue = f.owner ? [{ reason: 'the name has its owner before it', weight: 0.2 }] : other ? [other.cue] : [];
      out.push({
        shape: 'inline',
        cues: [f.cue, ...ownerCue],
        anchor: s.paragraph,
        year: listYear(doc.text.slice(f.end, s.end)),
        owner: f.owner || other?.owner || '',
        title: f.title,
        start: f.start,
        end: f.end,
        quoteStart: s.start,
        quoteEnd: s.end,
      });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
