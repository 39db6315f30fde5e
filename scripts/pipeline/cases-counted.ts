/**
 * Shape "counted": names listed before a count of cases and the list they were selected into
 * (`A、B、C 3个案例入选全省改革典型案例`, `…改革、\n…发展\n2个案例被收入全国…典型改革案例`): the count says how many
 * names stand before it, so the names are read only when they come out at exactly that number. Poster-style pages
 * write one name per line, each but the last ending in 、; running text writes them in one clause.
 * A name opening with its district or county (`高要区新型工业化…`) has that place as its owner; one opening with
 * 全市/全区/全县 is the reporting place's own and has none.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import type { Candidate } from './cases-common.ts';
import { SELECTED } from './cases-clauses.ts';
import { itemName } from './cases-enumeration.ts';
import { notACase } from './cases-inline-names.ts';
import { placeAtStart } from './places.ts';
import { parseChineseNumeral } from '../datasets/numerals.ts';
import { CASE_CUES_STRONG, anyWordOf } from './lexicon.ts';

/** A count of cases and its selection verb: `3个案例入选`, `2个案例被收入`, `两项改革获评`. */
const COUNT = new RegExp(`(\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:个|项|件)(?:改革)?(?:案例|项目|改革|经验|做法)(?:成功|先后|均)?(?:被收入|被收录|${SELECTED.source})`, 'g');
const STRONG = anyWordOf(CASE_CUES_STRONG);
/** What ends the run of names before a count: a sentence, a clause or a line that does not end in 、. */
const CLAUSE_BREAK = /[。！？；;，,：:]/;
/** The reporting place itself (全市, 全区): no owner of its own. */
const OWN_PLACE = /^全(?:市|区|县|省)/;

/** The names before a count, back to the start of its clause (one line) or over lines each ending in 、. */
function namesBefore(text: string, at: number): { text: string; start: number }[] {
  const names: { text: string; start: number }[] = [];
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  for (;;) {
    while (start > 0 && text[start - 1] !== '\n' && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
    const run = text.slice(start, end);
    let from = start;
    for (const piece of run.split('、')) {
      if (piece.trim()) names.push({ text: piece.trim(), start: from + piece.length - piece.trimStart().length });
      from += piece.length + 1;
    }
    // The line before continues the run when it ends in 、 (one name per line).
    let prev = start;
    while (prev > 0 && /\s/.test(text[prev - 1]!)) prev--;
    if (text[start - 1] !== '\n' || text[prev - 1] !== '、') break;
    end = prev - 1;
    start = end;
  }
  return names.sort((a, b) => a.start - b.start);
}

export function countedCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  const out: Candidate[] = [];
  for (const m of doc.text.matchAll(COUNT)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    const lineEnd = doc.text.indexOf('\n', m.index);
    // What they were selected into must be a list of cases (典型改革案例, 名单), not any prize.
    if (!STRONG.test(doc.text.slice(m.index + m[0].length, lineEnd < 0 ? undefined : lineEnd))) continue;
    const names = namesBefore(doc.text, m.index);
    if (names.length !== n || n < 2) continue;
    const paragraph = doc.paragraphs.find((p) => p.start <= names[0]!.start && names[0]!.start <= p.end)?.index ?? 0;
    for (const name of names) {
      const own = OWN_PLACE.exec(name.text)?.[0].length ?? 0;
      const place = own ? null : placeAtStart(name.text, { city: ctx.city, zones: tables.zones });
      const cut = own || (place && name.text.length - place.end >= 4 && place.kind !== 'city' ? place.end : 0);
      const title = name.text.slice(cut);
      if (!itemName(title, ctx) || notACase(title)) continue;
      out.push({
        shape: 'counted',
        cues: [{ reason: `one of ${n} names counted before “${m[0]}”`, weight: 0.6 }],
        anchor: paragraph,
        owner: place && !own && cut ? name.text.slice(0, cut) : '',
        title,
        start: name.start + cut, end: name.start + name.text.length,
        quoteStart: names[0]!.start, quoteEnd: m.index + m[0].length,
      });
    }
  }
  return out;
}
