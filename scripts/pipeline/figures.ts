/**
 * Stage 3: every number in a report as typed, sourced data. Tokenize the
 * normalized text, classify each number token (figure, date, marker, name,
 * unclassified), assemble figures (ranges, before/after pairs), attach
 * subject, time and quote, add derived base values, and count the classes.
 *
 * Ids (`<document id>-f-<hash>`) hash only the sentence's text and the
 * figure's own text and offset within that sentence. An editor's rejection
 * (content/reviews) and a story's :fig[] point at these ids, so an id must not
 * move when a rule elsewhere adds or drops a neighbouring figure (a figure's
 * place among the sentence's figures would), nor when other sentences change.
 */
import type { Figure } from '../datasets/schema.ts';
import type { DocumentRecord } from './document.ts';
import { toOriginal } from './offsets.ts';
import { numeralZeros, tokenize } from './figures-tokens.ts';
import { type TextContext, type TokenClass, classify, listBefore } from './figures-classify.ts';
import { quoteSpans, read } from './figures-reading.ts';
import { type Draft, assemble } from './figures-assemble.ts';
import { deriveBases } from './figures-derived.ts';
import { SpanIndex } from './spans.ts';
import { chromeSpans } from './metadata.ts';
import { ratioSubject, subjectAfter, subjectBefore, timeOf, verbBefore } from './figures-context.ts';
import { type FigureCoverage, coverageOf } from './figures-report.ts';
import { sha256Hex } from '../datasets/hash.ts';
import { TAIWAN_PLACES } from './lexicon.ts';

export type { TokenClass } from './figures-classify.ts';
export { type FigureCoverage, type CoverageReport, coverageReport, formatCoverage, figuresCsvColumns, figureCsvRows } from './figures-report.ts';

export interface NumberToken {
  start: number;
  end: number;
  /** The number as written (1.5万, 两千零三, 2020-05-14). */
  raw: string;
  value: number | null;
  class: TokenClass;
  /** The rule that decided the class (year, ordinal, quoted-name, unit ...). */
  rule: string;
  /** The figure the token is part of (class figure only). */
  figure: string | null;
}

export interface FigureExtraction {
  figures: Figure[];
  /** Figures an editor rejected (content/reviews figures.reject): left out of `figures`, with those derived from them. */
  rejected: Figure[];
  tokens: NumberToken[];
  coverage: FigureCoverage;
}

export interface FigureOptions {
  /** Ids of figures an editor rejected. */
  reject?: ReadonlySet<string>;
}

type Sentence = DocumentRecord['sentences'][number];

export function extractFigures(doc: DocumentRecord, options: FigureOptions = {}): FigureExtraction {
  const text = doc.text;
  const quotes = quoteSpans(text);
  const ctx: TextContext = {
    text, quotes: new SpanIndex(quotes), headings: new SpanIndex(doc.paragraphs.filter((p) => p.heading)), chrome: new SpanIndex(chromeSpans(text)),
    rocCalendar: doc.script === 'traditional' && TAIWAN_PLACES.some((p) => text.includes(p)),
  };
  const numeric = numeralZeros(text);
  const readings = tokenize(numeric).map((t) => read(numeric, t));
  const classes = readings.map((r) => classify(ctx, r));
  // A figure-shaped token whose digits do not form a number is left for an editor, and so is one right after
  // encoding damage (上?!?5分钟 of 上海“15分钟): the lost characters may have been its first digits.
  const damageEnds = new Set(doc.damage.filter((d) => !d.corrected).map((d) => d.offset + d.length));
  classes.forEach((c, i) => {
    if (c.cls !== 'figure') return;
    const { token } = readings[i]!;
    if (readings[i]!.value === null) classes[i] = { cls: 'unclassified', rule: 'unparsed' };
    else if (damageEnds.size && damageEnds.has(toOriginal(doc.offsetMap, token.start, token.end).start)) classes[i] = { cls: 'unclassified', rule: 'damaged' };
  });
  const drafts = assemble(text, readings, classes.map((c) => c.cls === 'figure'), classes.map((c) => c.rule === 'per'));
  const names = new SpanIndex(quotes.filter((q) => q.mark === '《' || q.end - q.start <= 16));

  const sentenceOf = (at: number): Sentence => findSentence(doc.sentences, at);
  const figures: Figure[] = [];
  const tokenFigure = new Map<number, string>();
  const usedIds = new Map<string, number>();
  const baseOf = new Map<string, string>(); // derived figure id -> the id it is derived from
  const subjects = new Map<Draft, string | null>();

  // derivedFrom: the id of the reported figure a derived one is computed from.
  const make = (d: Draft, fields: Partial<Figure>, derivedFrom?: string): Figure => {
    const sentence = sentenceOf(d.start);
    const quote = text.slice(sentence.start, sentence.end);
    const key = derivedFrom ? `${derivedFrom}\u0000derived` : `${quote}\u0000${d.start - sentence.start}\u0000${text.slice(d.start, d.end)}`;
    const id = uniqueId(usedIds, `${doc.id}-f-${sha256Hex(key).slice(0, 10)}`);
    if (derivedFrom) baseOf.set(id, derivedFrom);
    const original = toOriginal(doc.offsetMap, d.start, d.end);
    return {
      id, document: doc.file, documentId: doc.id,
      value: d.value, unit: d.unit, kind: d.kind, qualifier: d.qualifier,
      low: d.low, high: d.high, before: d.before, derived: false, formula: null,
      subject: null, time: timeOf(text, d.start, d.end, sentence, names), raw: text.slice(d.start, d.end), quote,
      start: d.start, end: d.end, sentenceStart: sentence.start, sentenceEnd: sentence.end,
      originalStart: original.start, originalEnd: original.end, case: null, terms: d.terms,
      ...fields,
    };
  };

  let previous: { draft: Draft; sentence: number } | null = null;
  for (const d of drafts) {
    const sentence = sentenceOf(d.start);
    const same = previous?.sentence === sentence.index ? previous.draft : null;
    const floor = same ? Math.max(sentence.start, same.end) : sentence.start;
    // Counted things and objects of a verb follow the number (11个领域; 推动超20万平方米老旧物业); measures follow their subject.
    const follows = d.counted || verbBefore(text, d.start);
    let subject = follows ? subjectAfter(text, d.end, sentence.end) ?? subjectBefore(text, d.start, floor) : subjectBefore(text, d.start, floor);
    // A change or a listed figure with no words of its own measures what the figure before it measured (8.86天，同比缩短8.7天).
    if (!subject && same && (d.direction !== 0 || /^[、和及与]$/.test(text.slice(same.end, d.start)))) subject = subjects.get(same) ?? null;
    // A share or count that names nothing before it may name it after (100%社会化承接运营); a duration's words after it are not its subject.
    if (!subject && !follows && (d.kind === 'percent' || d.kind === 'count')) subject = subjectAfter(text, d.end, sentence.end);
    // A share of a whole (占全省八成) measures what the clause before it named (广州高新区独占4家).
    if (subject && /^占/.test(subject) && same) subject = subjects.get(same) ?? subject;
    // A numeral that counts the list before it (“业主+企业+金融机构”三方) is a count of that list.
    if (d.counted) subject = listBefore(text, d.start) ?? subject;
    if (d.kind === 'count' && subject && /^(?:每|人均|户均|生均)/.test(subject)) d.kind = 'ratio';
    // A ratio's terms are introduced by a preposition or verb (按照, 缩小到), never its subject.
    if (d.terms) subject = ratioSubject(text, d.start, d.end, floor, sentence.end);
    subjects.set(d, subject);
    const figure = make(d, { subject });
    figures.push(figure);
    for (const t of d.tokens) tokenFigure.set(t, figure.id);
    previous = { draft: d, sentence: sentence.index };
  }

  for (const x of deriveBases(text, drafts)) {
    const span: Draft = { ...x.base, end: x.change.end };
    const base = figures.find((f) => f.start === x.base.start)!;
    figures.push(make(span, {
      value: x.value, unit: x.base.unit, kind: x.base.kind, qualifier: x.base.qualifier,
      derived: true, formula: x.formula, subject: base.subject, time: x.time, before: null, low: null, high: null,
    }, base.id));
  }
  figures.sort((a, b) => a.start - b.start || Number(a.derived) - Number(b.derived));
  const isRejected = (id: string): boolean => !!options.reject?.has(id) || (baseOf.has(id) && isRejected(baseOf.get(id)!));

  const tokens: NumberToken[] = readings.map((r, i) => {
    const figure = tokenFigure.get(i) ?? null;
    const { cls, rule } = classes[i]!;
    if (figure && isRejected(figure)) return { start: r.token.start, end: r.token.end, raw: r.token.raw, value: r.value, class: 'rejected', rule: 'editor', figure: null };
    return { start: r.token.start, end: r.token.end, raw: r.token.raw, value: r.value, class: figure || cls !== 'figure' ? cls : 'unclassified', rule, figure };
  });
  return { figures: figures.filter((f) => !isRejected(f.id)), rejected: figures.filter((f) => isRejected(f.id)), tokens, coverage: coverageOf(doc, tokens) };
}

/** A sentence repeated word for word in one report gets -2, -3 ... in reading order. */
function uniqueId(used: Map<string, number>, id: string): string {
  const n = (used.get(id) ?? 0) + 1;
  used.set(id, n);
  return n === 1 ? id : `${id}-${n}`;
}

function findSentence(sentences: readonly Sentence[], at: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo]!;
}
