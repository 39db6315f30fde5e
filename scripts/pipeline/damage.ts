/**
 * Encoding damage: places where bytes were destroyed before the report reached
 * us. Two signatures are recognised in any report:
 * - a run of replacement marks (`??`, `�`, also with `!` among them: `?!?`)
 *   inside Chinese text, where characters were lost in a lossy conversion
 *   (a full stop and the next character; `海“1` of `上海“15分钟`);
 * - a pinyin annotation whose opening parenthesis and character are gone,
 *   leaving a fragment such as `qū)` glued to garbled characters.
 * A single ASCII `?` after Chinese text is a half-width question mark, not damage.
 */
import { lineColumn } from '../datasets/errors.ts';
import { ORPHAN_ANNOTATION, isPinyinSyllable } from './annotations.ts';
import { isCjk } from './han.ts';

import type { DamageSpot } from '../datasets/schema.ts';

export type { DamageSpot } from '../datasets/schema.ts';

const REPLACEMENT_RUN = /[?\ufffd](?:!?[?\ufffd])+|\ufffd/g;

function spot(text: string, kind: DamageSpot['kind'], offset: number, length: number): DamageSpot {
  const { line, column } = lineColumn(text, offset);
  const context = text.slice(Math.max(0, offset - 12), offset + length + 12).replace(/\n/g, '⏎');
  return { kind, offset, length, line, column, text: text.slice(offset, offset + length), context, corrected: false };
}

export function findDamage(original: string): DamageSpot[] {
  const spots: DamageSpot[] = [];
  for (const m of original.matchAll(REPLACEMENT_RUN)) {
    const before = original[m.index - 1];
    const after = original[m.index + m[0].length];
    if (m[0].includes('\ufffd') || isCjk(before) || isCjk(after)) {
      spots.push(spot(original, 'replacement-marks', m.index, m[0].length));
    }
  }
  for (const m of original.matchAll(ORPHAN_ANNOTATION)) {
    if (!isPinyinSyllable(m[1]!)) continue;
    // Include a replacement mark right before the fragment: it is the same wound.
    const start = original[m.index - 1] === '?' ? m.index - 1 : m.index;
    if (spots.some((s) => start < s.offset + s.length && s.offset < m.index + m[0].length)) continue;
    spots.push(spot(original, 'orphan-annotation', start, m.index + m[0].length - start));
  }
  return spots.sort((a, b) => a.offset - b.offset);
}
