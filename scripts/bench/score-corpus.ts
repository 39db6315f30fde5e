/**
 * Scores the pipeline's output on one report against its hand-written ground truth.
 * Pure: the caller runs the pipeline and hands over what it found (see report-corpus.ts).
 *
 * Matching rules (tests/fixtures/reports/README.md explains them to annotators):
 * - a case matches when the titles are equal after normalizing script, punctuation and
 *   whitespace, or one contains the other and the shorter is at least 80% of the longer;
 * - a case's place matches when its district, city or street contains the expected place or is
 *   contained in it (泉州 and 泉州市), after the same normalization as titles;
 * - a figure matches when its span in the published text overlaps the expected raw
 *   substring and the values agree; each expected item matches at most once, and so does each
 *   found value (a found change 由A提高到B offers two: its value B and its `before` A);
 * - a notFigures violation is a found figure, not matched, that overlaps a notFigures substring;
 * - derived figures (computed, not printed), figures overlapping `unscored` and found cases
 *   that contain or are contained in an `unscoredCases` title (and match no expected case) are ignored.
 */
import * as OpenCC from 'opencc-js';
import { type ExpectedDocument, type Span, figureSpans, occurrences, overlaps } from './corpus-expected.ts';
import { ANNOTATION, isPinyinSyllable } from '../pipeline/annotations.ts';

/** What the pipeline produced for one report, reduced to what the score needs. */
export interface FoundDocument {
  /** The decoded text as published: figure spans point into it. */
  original: string;
  metadata: { title: string | null; publisher: string | null; date: string | null };
  figures: { raw: string; value: number; terms?: number[] | null; before: number | null; unit: string | null; qualifier: string; derived: boolean; originalStart: number; originalEnd: number }[];
  cases: { title: string; owner: string; district: string | null; city: string | null; street: string | null; year: number | null }[];
  warnings: string[];
}

export interface DocumentScore {
  document: string;
  cases: { expected: number; found: number; matched: number; recall: number; precision: number; owner: number | null; place: number | null; year: number | null };
  /** `matched` counts expected figures found; `foundMatched` found figures that match one (a change 由A到B can match two). */
  figures: { expected: number; found: number; matched: number; foundMatched: number; recall: number; precision: number; unit: number | null; qualifier: number | null };
  /** Raw text of found figures that overlap a notFigures substring. */
  violations: string[];
  metadata: { checked: number; correct: number };
  /** True when the document yields no case and the pipeline says so in a warning; null when it yields cases. */
  warnedNoCase: boolean | null;
  /** What went wrong, for engineers: missed and spurious items, unit and qualifier mismatches. */
  details: string[];
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Script-, width-, punctuation- and whitespace-insensitive form of a title or name. Pinyin
 * readings printed after characters (`區(qū)`) are dropped, so an annotator can copy a title as
 * printed and still match the pipeline's title, from which the readings are stripped.
 */
export function normalizeText(s: string): string {
  const bare = s.replace(ANNOTATION, (all, syllable: string) => (isPinyinSyllable(syllable) ? '' : all));
  return toSimplified(bare.normalize('NFKC')).replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

/** 1 for equal normalized texts, shorter/longer when one contains the other, else 0. */
export function containment(a: string, b: string): number {
  const [x, y] = [normalizeText(a), normalizeText(b)];
  if (!x || !y) return 0;
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) ? short.length / long.length : 0;
}

export const titlesMatch = (a: string, b: string) => containment(a, b) >= 0.8;
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const ratio = (hits: number, total: number) => (total ? hits / total : 1);
const share = (hits: number, total: number) => (total ? hits / total : null);
/** A warning that talks about cases (the convention the case engineers write to). */
export const CASE_WARNING = /\bcases?\b|案例/i;

function scoreCases(expected: ExpectedDocument, found: FoundDocument, details: string[]): DocumentScore['cases'] {
  const used = new Set<number>();
  let owner = 0, ownerChecked = 0, place = 0, placeChecked = 0, year = 0;
  for (const want of expected.cases) {
    const i = found.cases.findIndex((c, k) => !used.has(k) && titlesMatch(c.title, want.title));
    if (i === -1) { details.push(`missed case: ${want.title}`); continue; }
    used.add(i);
    const got = found.cases[i]!;
    if (want.owner !== null) {
      ownerChecked++;
      if (containment(got.owner, want.owner) > 0) owner++;
      else details.push(`case owner: ${want.title}: found ${got.owner}, expected ${want.owner}`);
    }
    if (want.place !== null) {
      placeChecked++;
      if ([got.district, got.city, got.street].some((p) => p !== null && containment(p, want.place!) > 0)) place++;
      else details.push(`case place: ${want.title}: found ${got.district ?? got.city ?? 'null'}, expected ${want.place}`);
    }
    if (got.year === want.year) year++;
    else details.push(`case year: ${want.title}: found ${got.year}, expected ${want.year}`);
  }
  let ignored = 0;
  found.cases.forEach((c, k) => {
    if (used.has(k)) return;
    if (expected.unscoredCases.some((t) => containment(c.title, t) > 0)) ignored++;
    else details.push(`spurious case: ${c.title}`);
  });
  const matched = used.size;
  const scored = found.cases.length - ignored;
  return {
    expected: expected.cases.length, found: scored, matched,
    recall: ratio(matched, expected.cases.length), precision: ratio(matched, scored),
    owner: share(owner, ownerChecked), place: share(place, placeChecked), year: share(year, matched),
  };
}

/** A ratio matches only with all its terms; an expected figure without terms asks for none. */
const sameTerms = (want: number[] | undefined, got: number[] | null | undefined): boolean =>
  !want ? !got : !!got && got.length === want.length && got.every((t, i) => sameValue(t, want[i]!));

function scoreFigures(expected: ExpectedDocument, found: FoundDocument, details: string[], violations: string[]): DocumentScore['figures'] {
  const spans = figureSpans(found.original, expected.figures);
  const unscored = expected.unscored.flatMap((s) => occurrences(found.original, s));
  const forbidden = expected.notFigures.flatMap((s) => occurrences(found.original, s));
  const spanOf = (f: FoundDocument['figures'][number]): Span => ({ start: f.originalStart, end: f.originalEnd });
  const scored = found.figures.filter((f) => !f.derived && !unscored.some((u) => overlaps(u, spanOf(f))));
  // A found figure offers its value and, for a change (由A提高到B), its `before`: each can match one expected number.
  const slots = scored.flatMap((f, k) => [
    { k, value: f.value, qualifier: f.qualifier },
    ...(f.before === null ? [] : [{ k, value: f.before, qualifier: 'exact' }]),
  ]);
  const usedSlots = new Set<number>();
  const usedFigures = new Set<number>();
  let matched = 0, unit = 0, qualifier = 0;
  expected.figures.forEach((want, w) => {
    const span = spans[w];
    const i = span ? slots.findIndex((s, n) => !usedSlots.has(n) && overlaps(span, spanOf(scored[s.k]!)) && sameValue(s.value, want.value) && sameTerms(want.terms, scored[s.k]!.terms)) : -1;
    if (i === -1) { details.push(`missed figure: ${want.raw} = ${want.value}`); return; }
    usedSlots.add(i);
    const slot = slots[i]!;
    const got = scored[slot.k]!;
    usedFigures.add(slot.k);
    matched++;
    if (got.unit === want.unit) unit++;
    else details.push(`figure unit: ${want.raw}: found ${got.unit}, expected ${want.unit}`);
    if (slot.qualifier === want.qualifier) qualifier++;
    else details.push(`figure qualifier: ${want.raw}: found ${slot.qualifier}, expected ${want.qualifier}`);
  });
  scored.forEach((f, k) => {
    if (usedFigures.has(k)) return;
    if (forbidden.some((s) => overlaps(s, spanOf(f)))) violations.push(f.raw);
    details.push(`spurious figure: ${f.raw} = ${f.value}${f.unit ?? ''}`);
  });
  return {
    expected: expected.figures.length, found: scored.length, matched, foundMatched: usedFigures.size,
    recall: ratio(matched, expected.figures.length), precision: ratio(usedFigures.size, scored.length),
    unit: share(unit, matched), qualifier: share(qualifier, matched),
  };
}

function scoreMetadata(expected: ExpectedDocument, found: FoundDocument, details: string[]): DocumentScore['metadata'] {
  const checks: [string, string | null, string | null, (a: string, b: string) => boolean][] = [
    ['title', expected.metadata.title, found.metadata.title, titlesMatch],
    ['publisher', expected.metadata.publisher, found.metadata.publisher, (a, b) => containment(a, b) > 0],
    ['date', expected.metadata.date, found.metadata.date, (a, b) => a === b],
  ];
  let checked = 0, correct = 0;
  for (const [field, want, got, same] of checks) {
    if (want === null) continue;
    checked++;
    if (got !== null && same(got, want)) correct++;
    else details.push(`metadata ${field}: found ${got}, expected ${want}`);
  }
  return { checked, correct };
}

export function scoreDocument(document: string, expected: ExpectedDocument, found: FoundDocument): DocumentScore {
  const details: string[] = [];
  const violations: string[] = [];
  const cases = scoreCases(expected, found, details);
  const figures = scoreFigures(expected, found, details, violations);
  const metadata = scoreMetadata(expected, found, details);
  const warnedNoCase = found.cases.length ? null : found.warnings.some((w) => CASE_WARNING.test(w));
  return { document, cases, figures, violations, metadata, warnedNoCase, details };
}
