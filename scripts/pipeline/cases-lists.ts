/**
 * The list a case belongs to. The text names it where it can: a heading
 * such as `“最具获得感”改革案例` sets the list for the cases after it, and a
 * title or heading naming a ranked list (`十大改革创新案例`) sets it from
 * there on. Elsewhere the manifest's `list` applies.
 */
import type { DocumentRecord } from './document.ts';
import { paraText, stripOrdinal } from './cases-common.ts';

/** `“最具获得感”改革案例` -> 最具获得感. */
const QUOTED = /^“([^”]{2,16})”[^，。“”]{0,8}(?:案例|项目|榜单|名单)$/;
/** `十大改革创新案例`, `20大民生实事项目`. */
const RANKED = /(?:[十百]|\d{1,3})大[^\s，。：:“”]{1,10}?(?:案例|项目)/;

export interface ListMark {
  at: number;
  list: string;
}

function listNamed(heading: string): string | null {
  const text = stripOrdinal(heading).text;
  return QUOTED.exec(text)?.[1] ?? RANKED.exec(text)?.[0] ?? null;
}

/** Where the text names a list, in order. The manifest title counts as a heading at the start. */
export function listMarks(doc: DocumentRecord): ListMark[] {
  const marks: ListMark[] = [];
  const fromTitle = listNamed(doc.title);
  if (fromTitle) marks.push({ at: 0, list: fromTitle });
  for (const p of doc.paragraphs) {
    const list = p.heading ? listNamed(paraText(doc, p)) : null;
    if (list) marks.push({ at: p.start, list });
  }
  return marks;
}

/** The list in force at an offset. */
export function listAt(marks: readonly ListMark[], at: number, fallback: string | null): string | null {
  let list = fallback;
  for (const m of marks) if (m.at <= at) list = m.list;
  return list;
}
