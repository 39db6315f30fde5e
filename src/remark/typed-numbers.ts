/**
 * Numbers an editor typed into a story's prose. Every statistic in a story
 * must come from a report (:fig) or be computed (:stat), so that it links to
 * its source and changes when the data does; a typed "64%" does neither.
 * Dates (2024年, 3月, 2018—2024年), ordinals (第3) and names with digits
 * (5G, G20) may be typed. Directive labels and attributes are not prose.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Figure } from '../../scripts/datasets/schema.ts';
import type { Report } from '../lib/markdown.ts';

/** A run of digits (ASCII or full-width) with decimals or grouping, its scale and its percent sign. */
const NUMBER = /[0-9０-９]+(?:[.,．，][0-9０-９]+)*(?:\s*[万亿])?\s*[%％‰]?/g;
/** After the number: a date part, or a range dash to another number (2018—2024年). */
const DATE_AFTER = /^\s*(?:年|月|日|号|时|点|[-—–~～至到][0-9０-９]+\s*年)/;
/** Before the number: an ordinal, or the dash of a date range (2018—2024年). */
const ORDINAL_BEFORE = /第\s*$/;
/** A digit run attached to Latin letters is a name (5G, G20, H5), not a quantity. */
const LATIN = /[A-Za-z]/;

const MAX_MATCHES = 5;

function toNumber(token: string): { value: number; percent: boolean } {
  const ascii = token.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[．]/g, '.').replace(/[,，\s]/g, '');
  const scale = ascii.includes('亿') ? 1e8 : ascii.includes('万') ? 1e4 : 1;
  return { value: parseFloat(ascii) * scale, percent: /[%％‰]/.test(ascii) };
}

/** Figure ids whose value is the typed number (a percent only matches a percentage). */
function matchingFigures(token: string, figures: ReadonlyMap<string, Figure>): string[] {
  const { value, percent } = toNumber(token);
  return [...figures.values()]
    .filter((f) => f.value === value && (!percent || f.unit === '%') && !f.derived)
    .map((f) => f.id)
    .sort();
}

/** Line and column of an offset inside a text node, for the error. */
function positionAt(node: Text, offset: number): Text['position'] {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset).split('\n');
  const line = start.line + before.length - 1;
  const column = before.length > 1 ? before.at(-1)!.length + 1 : start.column + offset;
  return { start: { line, column }, end: { line, column } };
}

export function checkTypedNumbers(tree: Root, report: Report, figures: ReadonlyMap<string, Figure>): void {
  visit(tree, 'text', (node, _index, parent) => {
    if (parent?.type === 'textDirective' || parent?.type === 'leafDirective') return;
    for (const m of node.value.matchAll(NUMBER)) {
      const token = m[0].trim();
      const before = node.value.slice(0, m.index);
      const after = node.value.slice(m.index + m[0].length);
      if (DATE_AFTER.test(after) || ORDINAL_BEFORE.test(before)) continue;
      if (LATIN.test(before.at(-1) ?? '') || LATIN.test(after[0] ?? '')) continue;
      const ids = matchingFigures(token, figures);
      const shown = ids.slice(0, MAX_MATCHES).map((id) => `:fig[${id}]`).join(', ');
      const more = ids.length > MAX_MATCHES ? ` and ${ids.length - MAX_MATCHES} more` : '';
      const expected = ids.length
        ? `a figure from a report: ${shown}${more} (these have the value ${token}); dates (2024年) and ordinals (第3) may be typed`
        : 'a figure from a report, :fig[<id>] (no figure has this value), or a statistic, :stat[…]; dates (2024年) and ordinals (第3) may be typed';
      report({ type: 'text', value: token, position: positionAt(node, m.index) }, 'prose', `A number typed into the prose: "${token}".`, expected);
    }
  });
}
