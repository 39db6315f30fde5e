/**
 * Shape "award": an award list, by level. Either the items follow the level
 * on its line (`一等奖：A、B、C`) or the level heads a block of short lines
 * (`二等奖（3个）` / `海珠区：…` / `越秀区：…`), which ends at the next level or
 * at the first long paragraph, a section heading (一、) or a line of page chrome (编辑：…). A section heading that names a
 * kind of case (`二、全省政协系统工作创新案例`) heads a block the same way, whose entries each name their owner
 * (`零陵区政协《推行基层协商“月例会”助力乡村振兴》`): the award list's section for cases.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import { type Candidate, FINAL_STOP, splitTopLevel } from './cases-common.ts';
import { splitItem } from './cases-item.ts';
import { type Line, awardOf, linesOf } from './structure.ts';
import { BYLINE_LABELS, anyOf } from './lexicon.ts';

const ITEM_MAX = 80;
/** A heading naming a kind of case: the entries under it are cases (`…工作创新案例`, `典型案例`). */
const CASE_KIND = /案例$/;
/** A byline or page label (`编辑：王妙婷`, `责任编辑：…`): chrome after the list, never an entry. */
const CHROME_LINE = new RegExp(`^(?:${anyOf(BYLINE_LABELS).source})\\s*[：:]`);
/** The top level of a report's sections (一、二、): a new section ends a block of entries. */
const endsBlock = (line: Line) => line.marker?.style === 'cn-dun' || CHROME_LINE.test(line.text);
/** A section heading (一、…) naming a kind of case, which heads entries as an award level does. */
const caseSection = (line: Line) => line.heading && line.marker?.style === 'cn-dun' && CASE_KIND.test(line.text.trim());

export function awardCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  const lines = linesOf(doc);
  const out: Candidate[] = [];
  const push = (award: string, anchor: number, text: string, start: number, quote: { start: number; end: number }, ownerNeeded = false) => {
    const item = splitItem(text, ctx);
    if (item.title.length < 4 || (ownerNeeded && !item.owner)) return;
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
    const section = caseSection(line);
    const award = awardOf(line.text) ?? (section ? line.text.trim() : null);
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
      if (awardOf(item.text) || item.text.length > ITEM_MAX || FINAL_STOP.test(item.text) || endsBlock(item)) break;
      push(award, i, item.text, item.textStart, item, section);
    }
  }
  return out;
}
