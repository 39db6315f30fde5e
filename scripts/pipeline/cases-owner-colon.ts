/**
 * Shape "owner-colon": `Owner：headline` on one line, then (often) a slogan
 * line and the case's paragraphs (the 2024 lists: `市医保局：“先看病、后付费、
 * 免排队”…`). The part before the colon must read as an owner, so lead-ins
 * such as `信息来源：` or `开展…试点：` are not cases. The same entries also
 * run together inside one sentence, separated by `；` after the list's lead
 * (`…典型案例分别为,和平区:探索…;红桥区:实施…;…`): three or more clauses in a
 * row that each read `owner：title` are a list, which weighs less than a line
 * of its own, so the text around it must name a list of cases.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import { type Candidate, FINAL_STOP, type Para, caseEnd, paraText, stripOrdinal } from './cases-common.ts';
import { type OwnerContext, looksLikeOwner } from './owners.ts';
import { placeAtStart } from './places.ts';
import { wordCue } from './cases-cues.ts';

const LINE = /^([^：:]{2,40})[：:](.{4,})$/;
const LINE_MAX = 90;
/** A clause `owner：title`; in the first clause of a sentence the owner follows the lead's last comma, colon or space. */
const CLAUSE = /(?:^|[,，:：\s])([^,，:：；;。“”\s]{2,30})[：:](.{4,})$/;
/** An item number inside a line (` 2.`, ` 3、`): entries of a list run together on one line. */
const INLINE_NUMBER = /\s+(\d{1,2})[.．、](?=\p{Script=Han})/gu;
/** So many `owner：title` clauses in a row make a list. */
const CLAUSES_MIN = 3;

/**
 * A "headline" that is only place names (`武汉市：武昌区、蔡甸区、江夏区`, a city's entries in a list of honoured places) names
 * places, not a case.
 */
export function onlyPlaces(text: string, ctx: OwnerContext): boolean {
  const items = text.split(/[、，,；;]/).map((t) => t.trim().replace(/[。.]$/, '')).filter((t) => t !== '');
  return items.length > 0 && items.every((item) => placeAtStart(item, { city: ctx.city, zones: ctx.tables.zones })?.end === item.length);
}

/**
 * The clauses of a paragraph that may list entries: its parts between `；`, or, where items numbered in sequence
 * (` 2.…  3.…  4.…`) run together on one line, its parts between those numbers (the markers blanked, so offsets hold).
 */
function clausesOf(text: string): string[] {
  const numbers = [...text.matchAll(INLINE_NUMBER)];
  const sequence = numbers.filter((m, i) => Number(m[1]) === Number(numbers[0]![1]) + i);
  if (sequence.length < CLAUSES_MIN - 1) return text.split(/[；;]/);
  let cut = text;
  for (const m of sequence) cut = cut.slice(0, m.index) + '；' + ' '.repeat(m[0].length - 1) + cut.slice(m.index + m[0].length);
  return cut.split(/[；;]/);
}

/** `owner：title` clauses separated by `；` (or run-together item numbers) inside one paragraph, in runs of CLAUSES_MIN or more. */
function clauseCases(doc: DocumentRecord, p: Para, ctx: OwnerContext): Candidate[] {
  const text = paraText(doc, p);
  const runs: Candidate[][] = [[]];
  let from = 0;
  const clauses = clausesOf(text);
  for (const clause of clauses) {
    const body = clause.replace(/[。.]\s*$/, '');
    const m = CLAUSE.exec(body);
    const owner = m?.[1]!.trim();
    if (m && owner && looksLikeOwner(owner, ctx) && !onlyPlaces(m[2]!, ctx)) {
      // The owner ends right before the colon that opens the title.
      const start = p.start + from + body.lastIndexOf(owner, body.length - m[2]!.length - 1);
      runs.at(-1)!.push({
        shape: 'owner-colon',
        cues: [{ reason: 'an “owner：headline” clause of a list inside a sentence', weight: 0.3 }],
        anchor: p.index,
        owner,
        title: m[2]!.trim(),
        start, end: p.start + from + body.length, quoteStart: p.start, quoteEnd: p.end });
    } else runs.push([]);
    from += clause.length + 1;
  }
  const lists = runs.filter((r) => r.length >= CLAUSES_MIN);
  // The lead into a run on the same line (`…入围项目名单如下(…) 甲：…`) speaks for it as a lead-in line would.
  for (const run of lists) {
    const lead = wordCue(doc.text.slice(p.start, run[0]!.start), 'the lead into the entries on their line', 0.45, 0.2);
    for (const c of run) c.cues.push(...lead);
  }
  return lists.flat();
}

export function ownerColonCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  const found: { index: number; owner: string; title: string }[] = [];
  for (const p of doc.paragraphs) {
    const text = stripOrdinal(paraText(doc, p)).text;
    const m = LINE.exec(text);
    // A headline line does not end like a sentence, and a case needs text after it.
    if (!m || text.length > LINE_MAX || FINAL_STOP.test(text) || p.index + 1 >= doc.paragraphs.length) continue;
    if (looksLikeOwner(m[1]!, ctx) && !onlyPlaces(m[2]!, ctx)) found.push({ index: p.index, owner: m[1]!, title: m[2]!.trim() });
  }
  const starts = new Set(found.map((f) => f.index));
  const clauses = doc.paragraphs.flatMap((p) => clauseCases(doc, p, ctx));
  const lines = found.map(({ index, owner, title }): Candidate => {
    const p = doc.paragraphs[index]!;
    return {
      shape: 'owner-colon',
      cues: [{ reason: 'an “owner：headline” line', weight: 0.5 }],
      anchor: found[0]!.index,
      owner,
      title,
      start: p.start, end: caseEnd(doc, index, starts), quoteStart: p.start, quoteEnd: p.end };
  });
  return [...lines, ...clauses];
}
