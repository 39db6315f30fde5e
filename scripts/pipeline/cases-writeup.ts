/**
 * Shape "write-up": a report that is one case written up in full, as case
 * collections publish them: one or two title lines, then numbered sections
 * with generic names (`一、工作背景`, `二、主要做法`). The title lines, but a label
 * ending in a colon over them (`典型案例系列之一：`), are the
 * case; the sections are its parts, never cases themselves (cases-numbered.ts
 * rejects section names). A bracketed note (`（排名不分先后）`) is not a title.
 */
import type { DocumentRecord } from './document.ts';
import type { Candidate } from './cases-common.ts';
import { SECTION_NAMES, anyOf } from './lexicon.ts';
import { linesOf } from './structure.ts';

const SECTION_NAME = new RegExp(`^.{0,4}(?:${anyOf(SECTION_NAMES).source})$`);
const NOTE = /^[（(][^）)]*[）)]$/;
const TITLE_LINES = 2;
const LABEL = /[：:]$/;

export function writeupCases(doc: DocumentRecord): Candidate[] {
  const lines = linesOf(doc);
  const out: Candidate[] = [];
  for (const line of lines) {
    if (line.marker?.n !== 1 || !SECTION_NAME.test(line.text.replace(/\s+/g, '')) || !line.heading) continue;
    const title: typeof lines = [];
    for (let j = line.index - 1; j >= 0 && title.length < TITLE_LINES; j--) {
      const l = lines[j]!;
      if (!l.heading || l.marker || NOTE.test(l.text.trim())) break;
      title.unshift(l);
    }
    // The report's own title line is not the case's title.
    if (!title.length || (title[0]!.index === 0 && title.length === 1)) continue;
    // A line ending in a colon labels the title (`典型案例系列之一：`), it is no part of it.
    const named = title.filter((l) => !LABEL.test(l.text.trim()));
    if (!named.length) continue;
    const text = named.map((l) => l.text.trim()).join(' ');
    if (text === doc.title) continue;
    const next = lines.slice(line.index + 1).find((l) => l.marker?.n === 1 && l.marker.style === line.marker!.style);
    out.push({
      shape: 'write-up',
      cues: [{ reason: `title lines over numbered sections (${line.text.trim()})`, weight: 0.45 }],
      anchor: title[0]!.index,
      owner: '',
      title: text,
      start: title[0]!.start,
      end: next ? doc.paragraphs[next.index - 1]!.end : doc.text.length,
      quoteStart: title[0]!.start,
      quoteEnd: title.at(-1)!.end,
    });
  }
  return out;
}
