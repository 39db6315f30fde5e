/**
 * Shape "table": a table of cases as web pages flatten it, one cell per line
 * ending in `|` (`部门/地区 |` / `案例名称 |` / `山东省 |` / `全省一体化…平台 |`)
 * or one row per line (`| 山东省 | 全省一体化…平台 |`). Its heading row names
 * an owner column (单位, 部门, 地区) and a name column (案例名称, 项目名称).
 * In a row, the owner is the cell in the owner column; one cell per line
 * loses the columns (a category cell spans several rows and is printed once),
 * so there each cell that reads as an owner is followed by its case's name.
 * A row table of two columns whose heading names the owner column only
 * (`地 点 | 特 色 |`) has its names in the other column; that alone is a weak
 * sign, so such rows are cases only where a heading or lead-in names a list.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import type { OwnerContext } from './owners.ts';
import { type Candidate, paraText } from './cases-common.ts';
import { ownerLike } from './cases-inline-names.ts';
import { OWNER_COLUMNS, TITLE_COLUMNS, anyOf } from './lexicon.ts';

const TITLE_COLUMN = new RegExp(`(?:${anyOf(TITLE_COLUMNS).source})$`);
const OWNER_COLUMN = new RegExp(`(?:${anyOf(OWNER_COLUMNS).source})$`);
const HEADER_MAX = 10;
/** A heading row has at most this many cells. */
const HEADER_CELLS = 8;
const TITLE_MIN = 4;
const TITLE_MAX = 80;

interface Cell {
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

/** The cells of a line with a `|`, trimmed, with their spans; none for a line without one. */
function cellsOf(doc: DocumentRecord, index: number): Cell[] {
  const p = doc.paragraphs[index]!;
  const text = paraText(doc, p);
  if (!text.includes('|')) return [];
  const cells: Cell[] = [];
  let from = 0;
  for (const piece of text.split('|')) {
    const lead = piece.length - piece.trimStart().length;
    const cell = piece.trim();
    if (cell) cells.push({ text: cell, paragraph: index, start: p.start + from + lead, end: p.start + from + lead + cell.length });
    from += piece.length + 1;
  }
  return cells;
}

const header = (cell: string) => cell.replace(/\s+/g, '').length <= HEADER_MAX;
const isTitleColumn = (cell: string) => header(cell) && TITLE_COLUMN.test(cell.replace(/\s+/g, ''));
const isOwnerColumn = (cell: string) => header(cell) && cell.split(/[/／、]/).some((part) => OWNER_COLUMN.test(part.replace(/\s+/g, '')));

/** A name in a column the heading does not call a name column: words, not a number or a short value. */
const NAME_CELL = /\p{Script=Han}{4}/u;

interface Pairs {
  pairs: [Cell, Cell][];
  /** The name column is the one beside the owner column, not a column headed as names. */
  inferred: boolean;
}

/** (owner, title) pairs of one table: by column in rows, by reading order in one cell per line. */
function pairsOf(rows: Cell[][], ctx: OwnerContext): Pairs {
  const none = { pairs: [], inferred: false };
  if (rows[0]!.length > 1) {
    const [head, ...body] = rows;
    let titleAt = head!.findIndex((c) => isTitleColumn(c.text));
    const ownerAt = head!.findIndex((c) => isOwnerColumn(c.text));
    if (ownerAt < 0) return none;
    const inferred = titleAt < 0 && head!.length === 2;
    if (inferred) titleAt = 1 - ownerAt;
    if (titleAt < 0) return none;
    const named = (r: Cell[]) => r[ownerAt] && r[titleAt] && (!inferred || NAME_CELL.test(r[titleAt]!.text));
    return { pairs: body.flatMap((r) => (named(r) ? [[r[ownerAt]!, r[titleAt]!] as [Cell, Cell]] : [])), inferred };
  }
  const cells = rows.flat();
  // The heading row ends with the last column heading among the first cells.
  const last = cells.slice(0, HEADER_CELLS).map((c) => isTitleColumn(c.text) || isOwnerColumn(c.text)).lastIndexOf(true);
  const head = cells.slice(0, last + 1);
  if (!head.some((c) => isTitleColumn(c.text)) || !head.some((c) => isOwnerColumn(c.text))) return none;
  const body = cells.slice(last + 1);
  const owner = (c: Cell) => ownerLike(c.text.replace(/\s+/g, ''), ctx);
  const pairs: [Cell, Cell][] = [];
  for (let i = 0; i + 1 < body.length; i++) if (owner(body[i]!) && !owner(body[i + 1]!)) pairs.push([body[i]!, body[++i]!]);
  return { pairs, inferred: false };
}

export function tableCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  const out: Candidate[] = [];
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const rows: Cell[][] = [];
    for (let j = i; j < doc.paragraphs.length && cellsOf(doc, j).length; j++) rows.push(cellsOf(doc, j));
    if (rows.length < 2) continue;
    const anchor = i;
    i += rows.length - 1;
    const { pairs, inferred } = pairsOf(rows, ctx);
    const cue = inferred
      ? { reason: 'a row of a two-column table with an owner column', weight: 0.3 }
      : { reason: 'a row of a table with an owner column and a name column', weight: 0.55 };
    for (const [owner, title] of pairs) {
      if (title.text.length < TITLE_MIN || title.text.length > TITLE_MAX) continue;
      out.push({
        shape: 'table',
        cues: [cue],
        anchor,
        owner: owner.text,
        title: title.text,
        start: owner.start,
        end: title.end,
        quoteStart: title.start,
        quoteEnd: title.end,
      });
    }
  }
  return out;
}
