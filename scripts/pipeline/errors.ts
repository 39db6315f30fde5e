/**
 * The one error type for bad input, used by every stage of the pipeline and by
 * the site's content validation. It always names the file, and where it can the
 * line, column and field, what was wrong and what would have been valid, so an
 * editor can fix the input without reading a stack trace.
 */
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
