/**
 * One case named more than once in a report is one case. Reports name a case in a headline and again in the
 * sentence under it (`雲林縣府水利處「雲林溪流域創生計畫」榮獲…` over `…水利處「雲林溪流域創生計畫」、…等3項服務方案，榮獲…`),
 * under two awards, or in a lead that shortens it (`从“信用破解经营主体公共服务办理难题”到…` before the entry
 * `市发改委：信用破解经营主体电、水、气等公共服务办理难题`). The recognizers find each mention; this step keeps one per
 * case: the one that says more (an owner where the other has none, else the longer title), else the first.
 */
import type { Candidate } from './cases-common.ts';

/** A shortened mention keeps at least this share of the full title (the lead drops a few words, not the point). */
const SHORTENED_MIN_SHARE = 0.75;

/** Where a title made of two phrases breaks: a comma or a space (`创新长者饭堂，陪伴三餐四季`, `信用赋能 承诺先行`). */
const CLAUSE_BREAK = /[，,；;\s]+/;

const bare = (title: string) => title.replace(/[\s\p{P}]/gu, '');

/**
 * True when one title is the other, one clause of the other (`创新长者饭堂` of `创新长者饭堂，陪伴三餐四季`), or the other
 * with one run of words left out (电、水、气等 of a lead's shortening).
 */
export function sameTitle(a: string, b: string): boolean {
  const [short, long] = [bare(a), bare(b)].sort((x, y) => x.length - y.length) as [string, string];
  if (short === long) return true;
  const longer = bare(a) === long ? a : b;
  if (longer.split(CLAUSE_BREAK).some((clause) => bare(clause) === short)) return true;
  if (short.length < SHORTENED_MIN_SHARE * long.length) return false;
  let head = 0;
  while (head < short.length && short[head] === long[head]) head++;
  let tail = 0;
  while (tail < short.length - head && short[short.length - 1 - tail] === long[long.length - 1 - tail]) tail++;
  return head + tail === short.length;
}

/** True when `b` names the case `a` names: the same title, and the same owner unless one of them names none. */
function sameCase(a: Candidate, b: Candidate): boolean {
  return sameTitle(a.title, b.title) && (a.owner === b.owner || !a.owner || !b.owner);
}

/** Whether `c` says more about the case than `k`. */
function saysMore(c: Candidate, k: Candidate): boolean {
  if (Boolean(c.owner) !== Boolean(k.owner)) return Boolean(c.owner);
  return bare(c.title).length > bare(k.title).length;
}

/** The candidates with each case's mentions folded into one, in the order of the text. */
export function mergeMentions<T extends Candidate>(candidates: readonly T[]): T[] {
  const kept: T[] = [];
  for (const c of candidates) {
    const at = kept.findIndex((k) => sameCase(k, c));
    if (at < 0) kept.push(c);
    else if (saysMore(c, kept[at]!)) kept[at] = c;
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
