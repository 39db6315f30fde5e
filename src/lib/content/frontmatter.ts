/**
 * Markdown frontmatter with source positions, so that validation errors can
 * name the line of the offending field.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import { InputError } from '../../../scripts/pipeline/errors.ts';

export interface ParsedMarkdown {
  data: Record<string, unknown>;
  body: string;
  /** 1-based file line of each top-level (and nested `a.b`) key. */
  keyLines: Map<string, number>;
  /** Line of the first body line. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseMarkdown(file: string, source: string): ParsedMarkdown {
  const match = FENCE.exec(source);
  if (!match) {
    throw new InputError({ file, line: 1, problem: 'The file has no frontmatter block.', expected: 'a first line `---`, YAML fields, then a closing `---`.' });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    const pos = lineCounter.linePos(error.pos[0]);
    throw new InputError({ file, line: pos.line + 1, column: pos.col, problem: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]}`, expected: 'one `key: value` per line; quote values that contain a colon.' });
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
