/**
 * Shape "domain-task": a domain section of a work plan, a paragraph that
 * opens with a short lead naming a reform area (`深化经济领域改革。`) and
 * lists its tasks separated by 、 and closed by 等 (`…、深化科技创新改革、
 * 深化政府采购制度改革、…等。`). Every task the text names is a case of the
 * report's own district or city; a list counts only when every item reads as
 * a task (opens with a reform verb or ends in 改革, 机制 …), so lists of
 * things (`程序、时间、成本等方面`) are not taken.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import { type Candidate, REFORM_VERB, sentencesOf, splitTopLevel } from './cases-common.ts';
import { TASK_NOUNS, anyOf } from './lexicon.ts';
import { reportOwner } from './cases-report-owner.ts';

/** A section lead: short, and about a reform (深化社会领域改革。). */
const LEAD = /^.{2,16}改革[。：]$/;
const TASK_NOUN = new RegExp(`(?:${anyOf(TASK_NOUNS).source})$`);
/** Adverbs in front of a list govern all of it, not its first task. */
const GOVERNING_ADVERB = /^(?:着力|持续|进一步|积极|大力|不断|切实)/;

interface Item {
  text: string;
  start: number;
}

/** The tasks of one sentence: the clause that is a 、-list closed by 等. */
function tasksIn(sentence: string, offset: number): Item[] {
  const clauses = splitTopLevel(sentence.replace(/[。；]$/, ''), '，；：');
  const last = clauses.at(-1)!;
  if (!last.text.endsWith('等')) return [];
  const items = splitTopLevel(last.text.slice(0, -1), '、').map((i) => ({ text: i.text, start: offset + last.start + i.start }));
  if (items.length < 2) return [];
  const first = items[0]!;
  const adverb = GOVERNING_ADVERB.exec(first.text)?.[0] ?? '';
  items[0] = { text: first.text.slice(adverb.length), start: first.start + adverb.length };
  const isTask = (t: string) => t.length >= 4 && t.length <= 40 && (REFORM_VERB.test(t) || TASK_NOUN.test(t));
  return items.every((i) => isTask(i.text)) ? items : [];
}

export function domainTaskCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const owner = reportOwner(doc, tables);
  if (!owner) return [];
  const out: Candidate[] = [];
  for (const p of doc.paragraphs) {
    const [lead, ...rest] = sentencesOf(doc, p);
    const leadText = lead ? doc.text.slice(lead.start, lead.end) : '';
    if (!lead || !LEAD.test(leadText) || p.heading) continue;
    for (const s of rest) {
      for (const item of tasksIn(doc.text.slice(s.start, s.end), s.start)) {
        out.push({
          shape: 'domain-task',
          cues: [{ reason: `a task in the list of a domain lead “${leadText}”`, weight: 0.35 }],
          anchor: p.index,
          own: true,
          owner,
          title: item.text,
          start: item.start,
          end: item.start + item.text.length,
          quoteStart: s.start,
          quoteEnd: s.end,
          context: leadText,
        });
      }
    }
  }
  return out;
}

