/**
 * The one error type for bad input, used by every stage of the pipeline and by
 * the site's content validation. It always names the file, and where it can the
 * line, column and field, what was wrong and what would have been valid, so an
 * editor can fix the input without reading a stack trace.
 */
import { LineCounter, parseDocument } from 'yaml';

export interface InputProblem {
  /** Path of the file as the user gave it (relative paths stay relative). */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column in the line, when known. */
  column?: number;
  /** The field (frontmatter key, manifest key, directive attribute) at fault. */
  field?: string;
  /** What is wrong, in one sentence. */
  problem: string;
  /** What would be valid, or what to do about it. */
  expected?: string;
}

export class InputError extends Error {
  readonly problem: InputProblem;

  constructor(problem: InputProblem) {
    super(formatProblem(problem));
    this.name = 'InputError';
    this.problem = problem;
  }
}

/** `file:line:column: field: problem (expected: ...)` — the shape editors and IDEs recognise. */
export function formatProblem(p: InputProblem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const field = p.field ? ` ${p.field}:` : '';
  const expected = p.expected ? ` Expected: ${p.expected}` : '';
  return `${where}:${field} ${p.problem}${expected}`;
}

/** 1-based line and column of a UTF-16 offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Line and column of a field in a JSON file, from the field path the
 * validators report (`[3].kind`, `[0].region.city`), so that an error in the
 * manifest points at the value to fix. JSON is YAML, so the YAML parser's
 * source ranges serve.
 */
export function jsonFieldPosition(text: string, field: string): { line: number; column: number } | undefined {
  const path = [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
  if (!path.length) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) return undefined;
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  // A field that is missing is shown at its entry, never at the top of the file.
  const parent = path.length > 1 ? (doc.getIn(path.slice(0, -1), true) as { range?: [number, number, number] } | undefined) : undefined;
  const at = node?.range?.[0] ?? parent?.range?.[0];
  if (at === undefined) return undefined;
  const pos = lineCounter.linePos(at);
  return { line: pos.line, column: pos.col };
}

/** Parse JSON an editor wrote; a syntax error names the line and column where the parser stopped. */
export function parseJson(file: string, text: string, expected: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.replace(/\s*\(line \d+ column \d+\)$/, '');
    const at = /at position (\d+)/.exec(message);
    const where = at ? lineColumn(text, Number(at[1])) : {};
    throw new InputError({ file, ...where, problem: `Not valid JSON: ${message.replace(/ in JSON at position \d+/, '')}.`, expected: `${expected} (check commas, quotes and brackets).` });
  }
}
