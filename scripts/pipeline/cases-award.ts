/**
 * Shape "award": an award list, by level. Either the items follow the level
 * on its line (`一等奖：A、B、C`) or the level heads a block of short lines
 * (`二等奖（3个）` / `海珠区：…` / `越秀区：…`), which ends at the next level or
 * at the first long paragraph.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import { type Candidate, FINAL_STOP, splitTopLevel } from './cases-common.ts';
import { splitItem } from './cases-item.ts';
import { awardOf, linesOf } from './structure.ts';

const ITEM_MAX = 80;

export function awardCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  const lines = linesOf(doc);
  const out: Candidate[] = [];
  const push = (award: string, anchor: number, text: string, start: number, quote: { start: number; end: number }) => {
    const item = splitItem(text, ctx);
    if (item.title.length < 4) return;
    out.push({
      shape: 'award',
      cues: [
        { reason: `in an award list (${award})`, weight: 0.6 },
        ...(item.how ? [{ reason: `the item names its owner (${item.how})`, weight: 0.2 }] : []),
      ],
      anchor,
      owner: item.owner ?? '',
      title: item.title,
      start,
      end: start + text.length,
      quoteStart: quote.start,
      quoteEnd: quote.end,
    });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const award = awardOf(line.text);
    if (!award) continue;
    const rest = line.text.slice(award.length).replace(/^[（(][^）)]*[）)]/, '');
    const colon = /^\s*[：:]\s*/.exec(rest);
    if (colon && rest.length > colon[0].length) {
      const from = line.textStart + award.length + (line.text.length - award.length - rest.length) + colon[0].length;
      for (const piece of splitTopLevel(rest.slice(colon[0].length).replace(/[。]$/, ''), '、；;')) push(award, i, piece.text, from + piece.start, line);
      continue;
    }
    for (let j = i + 1; j < lines.length; j++) {
      const item = lines[j]!;
      if (awardOf(item.text) || item.text.length > ITEM_MAX || FINAL_STOP.test(item.text)) break;
      push(award, i, item.text, item.textStart, item);
    }
  }
  return out;
}
