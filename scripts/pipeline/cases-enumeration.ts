/**
 * Shape "enumeration": paragraphs numbered 一是…二是…十是 (or （一）…（二）…),
 * each one case of the report's own district or city (the Huangpu summary).
 *
 * Which enumerations hold cases is decided by the section they stand in,
 * read from the nearest heading that says what the section is:
 * - work done (情况, 成效, 做法 …): cases;
 * - lessons (体会, 启示, 经验 …): never cases, they are reflections;
 * - plans (设想, 打算, 下一步 …): cases only in a work plan (manifest kind
 *   "work-plan"), since a summary's plans are not yet reforms;
 * - a section no heading describes: cases.
 */
import type { DocumentRecord } from './document.ts';
import { type Candidate, type Para, caseEnd, paraText, sentencesOf, titleOf } from './cases-common.ts';
import { reportOwner } from './cases-report-owner.ts';
import { parseChineseNumeral } from './numerals.ts';

const DIGITS = '一二三四五六七八九';
const NUMERAL = `[${DIGITS}十]{1,3}`;
const MARKERS = [new RegExp(`^(${NUMERAL})是`), new RegExp(`^（(${NUMERAL})）`)];


type SectionKind = 'done' | 'lessons' | 'plans' | 'neutral';
const SECTION_WORDS: [SectionKind, RegExp][] = [
  ['done', /情况|成效|成果|做法|举措|进展|亮点|回顾|成绩/],
  ['lessons', /体会|启示|经验|认识|感悟|问题|不足/],
  ['plans', /设想|打算|计划|思路|安排|下一步|展望/],
];

function sectionKind(doc: DocumentRecord, p: Para): SectionKind {
  for (let j = p.index - 1; j >= 0; j--) {
    const q = doc.paragraphs[j]!;
    if (!q.heading) continue;
    const kind = SECTION_WORDS.find(([, re]) => re.test(paraText(doc, q)))?.[0];
    if (kind) return kind;
  }
  return 'neutral';
}

function holdsCases(doc: DocumentRecord, kind: SectionKind): boolean {
  return kind === 'done' || kind === 'neutral' || (kind === 'plans' && doc.kind === 'work-plan');
}

/** Runs of paragraphs numbered 1, 2, 3 … with the same marker style. */
function runs(doc: DocumentRecord): { p: Para; marker: string }[][] {
  const out: { p: Para; marker: string }[][] = [];
  MARKERS.forEach((re) => {
    let run: { p: Para; marker: string }[] = [];
    for (const p of doc.paragraphs) {
      const m = re.exec(paraText(doc, p));
      if (!m) continue;
      const n = parseChineseNumeral(m[1]!) ?? 0;
      if (n === 1) {
        if (run.length >= 2) out.push(run);
        run = [];
      }
      if (n === run.length + 1) run.push({ p, marker: m[0] });
    }
    if (run.length >= 2) out.push(run);
  });
  return out;
}

export function enumerationCases(doc: DocumentRecord): Candidate[] {
  const owner = reportOwner(doc);
  if (!owner) return [];
  return runs(doc)
    .filter((run) => holdsCases(doc, sectionKind(doc, run[0]!.p)))
    .flatMap((run) => {
      const starts = new Set(run.map(({ p }) => p.index));
      return run.map(({ p, marker }) => {
        const first = sentencesOf(doc, p)[0]!;
        const sentence = doc.text.slice(first.start, first.end);
        return {
          shape: 'enumeration',
          owner,
          title: titleOf(sentence.slice(marker.length)),
          start: p.start,
          // A numbered heading (（一）深化营商环境改革) owns the paragraphs under it; a numbered paragraph is whole.
          end: p.heading ? caseEnd(doc, p.index, starts) : p.end,
          quoteStart: first.start,
          quoteEnd: first.end,
        };
      });
    });
}
