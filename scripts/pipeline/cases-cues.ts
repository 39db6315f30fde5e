/**
 * The list classifier: whether a candidate is a case, decided from cues. Each
 * recognizer gives the cue of its shape (an owner line before a headline is a
 * strong sign, a numbered item a weak one); the text around the list adds
 * cues (a heading or lead-in that names a list of cases, the report's title,
 * a claim of a first, the kind of section). Cues combine as independent
 * evidence, confidence = 1 − Π(1 − weight); a veto (a lessons section) makes
 * it 0. A candidate is a case at CASE_THRESHOLD and above.
 */
import type { DocumentRecord } from './document.ts';
import { CASE_CUES_STRONG, CASE_CUES_WEAK, PILOT_MARKS, REFORM_VERBS, SECTION_DONE, SECTION_LESSONS, SECTION_PLANS, TASK_NOUNS, anyOf, anyWordOf } from './lexicon.ts';
import { enclosingStyles, linesOf } from './structure.ts';

export interface Cue {
  /** Why, in words an editor reads in the report: `heading “…” names a list (案例)`. */
  reason: string;
  /** 0–1 evidence for; a negative weight vetoes. */
  weight: number;
}

export const CASE_THRESHOLD = 0.5;
/** Below this a kept case counts as low-confidence, and extract warns. */
export const LOW_CONFIDENCE = 0.6;

const STRONG = anyWordOf(CASE_CUES_STRONG);
const WEAK = anyOf(CASE_CUES_WEAK);
const PILOT = anyOf(PILOT_MARKS);
const TASK = new RegExp(`^(?:${anyOf(REFORM_VERBS).source}).{1,30}(?:${anyOf(TASK_NOUNS).source})$`);
const DONE = anyOf(SECTION_DONE);
const LESSONS = anyOf(SECTION_LESSONS);
const PLANS = anyOf(SECTION_PLANS);

export function confidenceOf(cues: readonly Cue[]): number {
  if (cues.some((c) => c.weight < 0)) return 0;
  const doubt = cues.reduce((p, c) => p * (1 - c.weight), 1);
  return Math.round((1 - doubt) * 100) / 100;
}

/** A cue from words in a text: a strong list word outweighs a weak one; none, no cue. */
export function wordCue(text: string, where: string, strong: number, weak: number): Cue[] {
  const s = STRONG.exec(text)?.[0];
  if (s) return [{ reason: `${where} names a list (${s})`, weight: strong }];
  const w = WEAK.exec(text)?.[0];
  return w ? [{ reason: `${where} suggests cases (${w})`, weight: weak }] : [];
}

const quoteOf = (text: string) => `“${text.length > 24 ? `${text.slice(0, 24)}…` : text}”`;

/**
 * Cues around a list whose first item is paragraph `anchor`: the nearest
 * heading above it, the lead-in paragraphs between that heading and the
 * list, and the report's title.
 */
export function contextCues(doc: DocumentRecord, anchor: number): Cue[] {
  const lines = linesOf(doc);
  const cues: Cue[] = [];
  const leadIns: string[] = [];
  // A list under a numbered category heading (`一、政府治理类` over `1.…`) is introduced by what introduces the
  // categories: past an enclosing item, the walk goes on past the other numbered lines to the heading above them all.
  const enclosing = enclosingStyles(doc, anchor);
  let nested = false;
  for (let j = anchor - 1; j >= 0; j--) {
    const l = lines[j]!;
    const text = doc.text.slice(l.start, l.end);
    if (nested && l.marker) continue;
    if (l.heading && !/[：:]$/.test(text)) {
      cues.push(...wordCue(text, `heading ${quoteOf(text)}`, 0.5, 0.25));
      if (!l.marker || !enclosing.has(l.marker.style)) break;
      nested = true;
      continue;
    }
    // Above the categories, only a heading speaks for the list: a paragraph there leads into the first category's text.
    if (!nested && leadIns.length < 2) leadIns.push(text);
  }
  for (const text of leadIns) {
    const found = wordCue(text, `lead-in ${quoteOf(text)}`, 0.45, 0.2);
    if (found.length) {
      cues.push(...found);
      break;
    }
  }
  cues.push(...wordCue(doc.title, 'the report title', 0.3, 0.1));
  if (doc.kind === 'case-list') cues.push({ reason: 'the report is a case list (manifest kind)', weight: 0.2 });
  return cues;
}

/** A claim of a first or a pilot in the case's own headline: 率先, 首创, 试点 … */
export function pilotCue(title: string): Cue[] {
  const m = PILOT.exec(title)?.[0];
  return m ? [{ reason: `the headline claims a first or a pilot (${m})`, weight: 0.4 }] : [];
}

/** A headline that names a reform task (a reform verb, then what is reformed: 深化数字政府改革). */
export function taskCue(title: string): Cue[] {
  return TASK.test(title) ? [{ reason: 'the headline names a reform task', weight: 0.2 }] : [];
}

/**
 * A work plan by its manifest entry: its numbered tasks are the reforms it plans. A kind guessed from a title word
 * (…行动计划, …要点; even a quoted name holding 计划) is no such statement, and an unseen plan's measures are no cases.
 */
export const declaredWorkPlan = (doc: DocumentRecord): boolean => doc.kind === 'work-plan' && !doc.inferred.includes('kind');

/**
 * For a report's account of its own work: the nearest heading that says what
 * its section is. Work done supports cases a little; lessons veto them; plans
 * veto them except in a work plan, where the plans are the report.
 */
export function sectionCue(doc: DocumentRecord, index: number): Cue[] {
  const lines = linesOf(doc);
  // The section is told by an unnumbered heading or an item the line sits under, not by a numbered line of a sibling list.
  const enclosing = enclosingStyles(doc, index);
  for (let j = index - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (!l.heading || (l.marker && lines[index]?.marker && !enclosing.has(l.marker.style))) continue;
    const text = doc.text.slice(l.start, l.end);
    if (LESSONS.test(text)) return [{ reason: `in a section of lessons ${quoteOf(text)}`, weight: -1 }];
    if (PLANS.test(text)) {
      return declaredWorkPlan(doc)
        ? [{ reason: `in the plans of a work plan ${quoteOf(text)}`, weight: 0.3 }]
        : [{ reason: `in a section of plans ${quoteOf(text)}, not yet reforms`, weight: -1 }];
    }
    if (DONE.test(text)) return [{ reason: `in a section of work done ${quoteOf(text)}`, weight: 0.1 }];
  }
  return declaredWorkPlan(doc) ? [{ reason: 'the report is a work plan (manifest kind)', weight: 0.3 }] : [];
}

/** The cue of being one of several items of the same shape in one list. */
export function parallelCue(count: number): Cue[] {
  return count >= 3 ? [{ reason: `one of ${count} parallel items`, weight: 0.2 }] : [];
}
