/**
 * Where a list inside one sentence splits into its names: at 、, between two quoted names (“A”“B”, “A”和“B”) and, when
 * asked (award entries, practices), at 和 / 以及 where both sides are long enough to be names. Brackets and quotes
 * hold their 、 and 和.
 */
import { LIST_CONJUNCTIONS, anyOf } from './lexicon.ts';
import { CLOSE, OPEN } from './cases-common.ts';

const CONJUNCTION = new RegExp(`(?:${anyOf(LIST_CONJUNCTIONS).source})`, 'y');
/** Each side of a conjunction that splits a list is at least this long (和谐, 构建和… stay whole). */
export const NAME_MIN = 4;

function conjunctionAt(text: string, at: number): string | undefined {
  CONJUNCTION.lastIndex = at;
  return CONJUNCTION.exec(text)?.[0];
}

/**
 * Split a list at 、, between quoted names, and (when `conjunctions`) at 和 / 以及 between two names, or (with
 * `opensItem`) at 和 / 以及 before what opens an item (a place: `…模式和旬邑县…机制`).
 */
export function splitNames(list: string, conjunctions: boolean, opensItem?: (text: string) => boolean): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let depth = 0;
  let from = 0;
  const cut = (end: number, next: number) => {
    parts.push({ text: list.slice(from, end), start: from });
    from = next;
  };
  for (let i = 0; i < list.length; i++) {
    const ch = list[i]!;
    if (OPEN.includes(ch)) {
      if (depth === 0 && i > from && CLOSE.includes(list[i - 1]!)) cut(i, i);
      depth++;
    } else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === '、') cut(i, i + 1);
    else if (depth === 0 && '，,'.includes(ch) && conjunctionAt(list, i + 1)) {
      // `A、B，以及C`: a comma and a conjunction go on the list.
      const next = i + 1 + conjunctionAt(list, i + 1)!.length;
      cut(i, next);
      i = next - 1;
    } else if (depth === 0) {
      const word = conjunctionAt(list, i);
      if (!word) continue;
      const after = i + word.length;
      const quoted = CLOSE.includes(list[i - 1] ?? '') && OPEN.includes(list[after] ?? '');
      // `A的X和B的Y` and `X和Y` split; in `城南街道和平社区的X` or `A的X和平安…` the 和 is inside a name.
      const right = list.slice(after).split('、')[0]!;
      const balanced = list.slice(from, i).includes('的') === right.includes('的');
      const opens = opensItem !== undefined && i - from >= NAME_MIN && opensItem(list.slice(after));
      if (quoted || opens || (conjunctions && balanced && i - from >= NAME_MIN && right.length >= NAME_MIN)) {
        cut(i, after);
        i = after - 1;
      }
    }
  }
  parts.push({ text: list.slice(from), start: from });
  return parts;
}
