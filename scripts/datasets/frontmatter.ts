/**
 * Markdown frontmatter with source positions, so that validation errors can
 * name the line of the offending field.
 */
import { LineCounter, parseDocument, isMap, isScalar, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { InputError } from './errors.ts';

export interface ParsedMarkdown {
  data: Record<string, unknown>;
  body: string;
  /** 1-based file line of each top-level (and nested `a.b`) key. */
  keyLines: Map<string, number>;
  /** Line of the first body line. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Where an editor should look for a YAML error. The parser notices an unclosed
 * quote only where the file ends; the mistake is where the quoted value starts.
 */
function errorStart(doc: Document, error: YAMLError): number {
  if (error.code !== 'MISSING_CHAR') return error.pos[0];
  let start = error.pos[0];
  visit(doc, {
    Node(_, node) {
      // Visited outermost first: the last node that spans the error is the innermost, the unclosed value.
      if (node.range && node.range[0] <= error.pos[0] && error.pos[0] <= node.range[2]) start = node.range[0];
    },
  });
  return start;
}

export function parseMarkdown(file: string, source: string): ParsedMarkdown {
  const match = FENCE.exec(source);
  if (!match) {
    throw new InputError({ file, line: 1, problem: 'The file has no frontmatter block.', expected: 'a first line `---`, YAML fields, then a closing `---`.' });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    const pos = lineCounter.linePos(errorStart(doc, error));
    throw new InputError({ file, line: pos.line + 1, column: pos.col, problem: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]!.replace(/\.?$/, '.')}`, expected: 'one `key: value` per line; quote values that contain a colon.' });
  }
  const data = doc.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError({ file, line: 2, problem: 'The frontmatter is not a set of `key: value` fields.', expected: 'YAML fields such as `title: ...`.' });
  }
  const keyLines = new Map<string, number>();
  const walk = (node: Node | null | undefined, prefix: string) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = prefix + String(pair.key.value);
      keyLines.set(key, lineCounter.linePos(pair.key.range[0]).line + 1);
      walk(pair.value as Node, `${key}.`);
    }
  };
  walk(doc.contents as Node, '');
  const bodyLine = match[0].split('\n').length;
  return { data: data as Record<string, unknown>, body: source.slice(match[0].length), keyLines, bodyLine };
}

/** parseMarkdown for a loop over many files: a bad file's error goes into `problems` (undefined is returned), any other error is thrown. */
export function parseMarkdownInto(problems: InputError[], file: string, source: string): ParsedMarkdown | undefined {
  try {
    return parseMarkdown(file, source);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(error);
    return undefined;
  }
}

/** Zod issues of a frontmatter as InputErrors at the line of their field. */
export function zodProblems(file: string, parsed: ParsedMarkdown, error: z.ZodError): InputError[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.') || '(frontmatter)';
    const line = parsed.keyLines.get(field) ?? parsed.keyLines.get(String(issue.path[0])) ?? 1;
    const missing = issue.code === 'invalid_type' && parsed.data[String(issue.path[0])] === undefined;
    return new InputError({
      file,
      line,
      field,
      problem: missing ? `The required field "${field}" is missing.` : `Invalid value for "${field}": ${issue.message}.`,
      expected: issue.code === 'unrecognized_keys' ? 'only the documented fields (see README, "For editors")' : undefined,
    });
  });
}
