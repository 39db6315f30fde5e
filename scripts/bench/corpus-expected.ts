/**
 * The hand-written ground truth of the report corpus (tests/fixtures/reports/NN-slug.expected.json):
 * its shape, a validator that lists every problem of a file in one pass, and the integrity
 * checks that tie an expected file to its report text (every annotated substring must be in
 * the text, so an annotation cannot silently drift from what it annotates). Pure: no I/O.
 */
import { InputError } from '../datasets/errors.ts';
import type { Qualifier } from '../datasets/schema.ts';

export const QUALIFIERS: readonly Qualifier[] = ['exact', 'approx', 'over', 'at_least', 'under'];

export interface ExpectedCase {
  /** The case's title as printed (original script). */
  title: string;
  /** The owner as written, or null when the text names none. */
  owner: string | null;
  /** District/county or city as written, or null when the text names none. */
  place: string | null;
  year: number | null;
}

export interface ExpectedFigure {
  /** An exact substring of the report that locates the number; the i-th entry with a given raw is its i-th occurrence. */
  raw: string;
  /** Value in base units, as the pipeline emits it (2900亿元 -> 290000000000; 1/5 -> 0.2). */
  value: number;
  /** Unit word in simplified script (个, 元, %, 个百分点 ...), null for none. */
  unit: string | null;
  qualifier: Qualifier;
  /** A ratio's terms in the text's order (2.50:1 -> [2.5, 1]); a found figure then matches only with the same terms. */
  terms?: number[];
}

export interface ExpectedDocument {
  cases: ExpectedCase[];
  figures: ExpectedFigure[];
  /** Substrings no figure may overlap: dates, labels, ordinals, timestamps, slogans. */
  notFigures: string[];
  /** Substrings left out of the figure score either way (ambiguous; the README says why). */
  unscored: string[];
  /** Titles that may or may not be cases (the README says why): a found case matching one is neither required nor wrong. */
  unscoredCases: string[];
  /** Null fields: the text gives no such value (not scored). */
  metadata: { title: string | null; publisher: string | null; date: string | null };
}

export interface Span {
  start: number;
  end: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v !== '';
const strOrNull = (v: unknown) => v === null || isStr(v);

/** Validates a parsed expected file; throws one InputError listing every problem. */
export function parseExpected(file: string, data: unknown): ExpectedDocument {
  const problems: string[] = [];
  const need = (ok: boolean, field: string, what: string) => {
    if (!ok) problems.push(`${field}: expected ${what}`);
  };
  if (!isObj(data)) throw new InputError({ file, problem: 'The expected file is not a JSON object.', expected: '{ "cases", "figures", "notFigures", "metadata" }' });
  for (const key of ['cases', 'figures', 'notFigures']) need(Array.isArray(data[key]), key, 'an array');
  for (const key of ['unscored', 'unscoredCases']) need(data[key] === undefined || Array.isArray(data[key]), key, 'an array when present');
  (Array.isArray(data.cases) ? data.cases : []).forEach((c: unknown, i) => {
    const at = `cases[${i}]`;
    if (!isObj(c)) return problems.push(`${at}: expected an object`);
    need(isStr(c.title), `${at}.title`, 'a non-empty string');
    need(strOrNull(c.owner), `${at}.owner`, 'a string or null');
    need(strOrNull(c.place), `${at}.place`, 'a string or null');
    need(c.year === null || Number.isInteger(c.year), `${at}.year`, 'a year or null');
  });
  (Array.isArray(data.figures) ? data.figures : []).forEach((f: unknown, i) => {
    const at = `figures[${i}]`;
    if (!isObj(f)) return problems.push(`${at}: expected an object`);
    need(isStr(f.raw), `${at}.raw`, 'a non-empty string');
    need(typeof f.value === 'number' && Number.isFinite(f.value), `${at}.value`, 'a finite number');
    need(strOrNull(f.unit), `${at}.unit`, 'a string or null');
    need((QUALIFIERS as readonly unknown[]).includes(f.qualifier), `${at}.qualifier`, `one of ${QUALIFIERS.join(', ')}`);
    need(f.terms === undefined || (Array.isArray(f.terms) && f.terms.length > 1 && f.terms.every((t) => typeof t === 'number')), `${at}.terms`, 'a list of two or more numbers (a ratio), or absent');
  });
  for (const key of ['notFigures', 'unscored', 'unscoredCases']) {
    const list = data[key];
    if (Array.isArray(list)) list.forEach((s, i) => need(isStr(s), `${key}[${i}]`, 'a non-empty string'));
  }
  const meta = data.metadata;
  if (!isObj(meta)) problems.push('metadata: expected { "title", "publisher", "date" }');
  else {
    need(strOrNull(meta.title), 'metadata.title', 'a string or null');
    need(strOrNull(meta.publisher), 'metadata.publisher', 'a string or null');
    need(meta.date === null || (typeof meta.date === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(meta.date)), 'metadata.date', 'YYYY, YYYY-MM, YYYY-MM-DD or null');
  }
  if (problems.length) throw new InputError({ file, problem: problems.join('; '), expected: 'the format described in tests/fixtures/reports/README.md' });
  return {
    ...(data as unknown as ExpectedDocument),
    unscored: (data.unscored as string[] | undefined) ?? [],
    unscoredCases: (data.unscoredCases as string[] | undefined) ?? [],
  };
}

/** Every non-overlapping occurrence of `needle` in `text`. */
export function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) spans.push({ start: i, end: i + needle.length });
  return spans;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The span of each expected figure: the i-th entry with a given raw is that raw's i-th occurrence (null if there is none). */
export function figureSpans(text: string, figures: readonly ExpectedFigure[]): (Span | null)[] {
  const seen = new Map<string, number>();
  return figures.map((f) => {
    const nth = seen.get(f.raw) ?? 0;
    seen.set(f.raw, nth + 1);
    return occurrences(text, f.raw)[nth] ?? null;
  });
}

/** Problems that make an expected file disagree with its report text (empty when consistent). */
export function checkAgainstText(text: string, expected: ExpectedDocument): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const f of expected.figures) counts.set(f.raw, (counts.get(f.raw) ?? 0) + 1);
  for (const [raw, n] of counts) {
    const found = occurrences(text, raw).length;
    if (found !== n) problems.push(`figure raw "${raw}" is listed ${n} time(s) but occurs ${found} time(s) in the text; lengthen it with context so each entry locates one number`);
  }
  const spans = figureSpans(text, expected.figures).filter((s): s is Span => s !== null);
  for (const [key, list] of [['notFigures', expected.notFigures], ['unscored', expected.unscored]] as const) {
    for (const s of list) {
      const where = occurrences(text, s);
      if (!where.length) problems.push(`${key} "${s}" does not occur in the text`);
      const clash = where.find((w) => spans.some((f) => overlaps(w, f)));
      if (clash) problems.push(`${key} "${s}" overlaps an expected figure at offset ${clash.start}`);
    }
  }
  for (const title of [...expected.cases.map((c) => c.title), ...expected.unscoredCases]) {
    if (!text.includes(title)) problems.push(`case title "${title}" does not occur in the text`);
  }
  return problems;
}
