/**
 * Shape "anaphora": a case taken up by a demonstrative after the paragraph has described it (`…创新实施“T”专项行动，
 * 推动…。这一案例获评…一等奖`): the case is the quoted action the paragraph names first right after a reform verb,
 * with the head noun that follows the quote (“T”专项行动). The demonstrative's sentence must say the case was selected
 * into a list or won a prize.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import { type Candidate, sentencesOf } from './cases-common.ts';
import type { OwnerContext } from './owners.ts';
import { ownerLike } from './cases-inline-names.ts';
import { SELECTED } from './cases-clauses.ts';
import { ACTION_HEADS, ANAPHOR_NOUNS, CASE_CUES_STRONG, REFORM_VERBS, VERB_ADVERBS, anyOf, anyWordOf } from './lexicon.ts';

const ANAPHOR = new RegExp(`(?:这一|这个|这项|该|此)(?:${anyOf(ANAPHOR_NOUNS).source})(?:${anyOf(VERB_ADVERBS).source})*(?=${SELECTED.source})`);
const STRONG = anyWordOf(CASE_CUES_STRONG);
/** A quoted action right after a reform verb (创新实施“T”专项行动): group 1 is the name with its quotes and head. */
const ACTION = new RegExp(`(?:${anyOf(REFORM_VERBS).source})([“「][^”」“「]{2,30}[”」](?:${anyOf(ACTION_HEADS).source})?)`);

/**
 * The units that open the action's clause (`惠州市委组织部、市委政法委联合…创新实施`): each piece before a 、 that reads
 * as an owner, and the owner-like start of the piece the verb phrase runs on from.
 */
function ownersOpening(clause: string, ctx: OwnerContext): string {
  const owners: string[] = [];
  for (const piece of clause.split('、')) {
    let n = Math.min(piece.length, 20);
    while (n >= 2 && !ownerLike(piece.slice(0, n), ctx)) n--;
    if (n < 2) break;
    owners.push(piece.slice(0, n));
    if (n < piece.length) break;
  }
  return owners.join('、');
}

export function anaphoraCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx: OwnerContext = { city: doc.region.city, district: doc.region.district, tables };
  const out: Candidate[] = [];
  for (const p of doc.paragraphs) {
    const sentences = sentencesOf(doc, p);
    sentences.forEach((s, i) => {
      const sentence = doc.text.slice(s.start, s.end);
      const anaphor = ANAPHOR.exec(sentence);
      if (!anaphor || !STRONG.test(sentence.slice(anaphor.index))) return;
      for (const before of sentences.slice(0, i)) {
        const text = doc.text.slice(before.start, before.end);
        const action = ACTION.exec(text);
        if (!action) continue;
        const start = before.start + action.index + action[0].length - action[1]!.length;
        const clause = text.slice(0, action.index).split(/[，,；;：:]/).at(-1)!.trim();
        const owner = ownersOpening(clause, ctx);
        out.push({
          shape: 'anaphora',
          cues: [{ reason: `taken up as ${anaphor[0]} in a sentence that says it was selected`, weight: 0.55 }],
          anchor: p.index,
          owner,
          title: action[1]!,
          start, end: start + action[1]!.length,
          quoteStart: s.start, quoteEnd: s.end,
        });
        return;
      }
    });
  }
  return out;
}
