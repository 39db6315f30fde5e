/**
 * One case named more than once in a report is one case. Reports name a case in a headline and again in the
 * sentence under it (`雲林縣府水利處「雲林溪流域創生計畫」榮獲…` over `…水利處「雲林溪流域創生計畫」、…等3項服務方案，榮獲…`),
 * or under two awards. The recognizers find each mention; this step keeps one per case: the one that says more
 * (an owner where the other has none), else the first.
 */
import type { Candidate } from './cases-common.ts';

const bare = (title: string) => title.replace(/[\s\p{P}]/gu, '');

/** True when `b` names the case `a` names: the same title, and the same owner unless one of them names none. */
function sameCase(a: Candidate, b: Candidate): boolean {
  return bare(a.title) === bare(b.title) && (a.owner === b.owner || !a.owner || !b.owner);
}

/** The candidates with each case's mentions folded into one, in the order of the text. */
export function mergeMentions<T extends Candidate>(candidates: readonly T[]): T[] {
  const kept: T[] = [];
  for (const c of candidates) {
    const at = kept.findIndex((k) => sameCase(k, c));
    if (at < 0) kept.push(c);
    else if (!kept[at]!.owner && c.owner) kept[at] = c;
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
