/**
 * Headlines broke inside words on phones (饭|堂: a browser may break Chinese between any two
 * characters). lib/phrases.ts cuts them into phrases (BudouX, checked against the word segmenter and
 * the datasets' names); the pieces always join back to the text, so copy and search read it unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { phrases, headlinePhrases } from '../../src/lib/phrases.ts';
import { breakPieces } from '../../src/lib/word-breaks.ts';
import { realData } from '../charts/helpers.ts';

/** Offsets where `pieces` may break. */
const breaks = (pieces: readonly string[]) => pieces.slice(0, -1).map((_, i) => pieces.slice(0, i + 1).join('').length);

describe('headline phrases', () => {
  it('join back to the text, whatever it is', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'越秀区把长者饭堂做成社区 2018年“”：ab-1'.split('')) }), (text) => phrases(text, ['越秀区']).join('') === text));
  });

  it('never break inside a word, a number with its unit, or a name of the datasets (越秀区, 饭堂)', () => {
    const { cases, districts } = realData();
    const titles = cases.map((c) => c.title);
    const names = districts.map((d) => d.name);
    let cut = 0;
    for (const title of titles) {
      const pieces = headlinePhrases(title);
      const words = new Set(breaks(breakPieces(title)));
      for (const at of breaks(pieces)) {
        expect(words.has(at), `${pieces.join('|')}`).toBe(true);
        for (const name of names) {
          for (let i = title.indexOf(name); i >= 0; i = title.indexOf(name, i + 1)) expect(at <= i || at >= i + name.length, `${pieces.join('|')}: ${name}`).toBe(true);
        }
      }
      cut += pieces.length > 1 ? 1 : 0;
    }
    // The titles do get break points: a long headline is not one unbreakable phrase.
    expect(cut).toBeGreaterThan(titles.length / 2);
    expect(headlinePhrases('越秀区把长者饭堂做成社区饭堂')).toEqual(['越秀区', '把长者', '饭堂', '做成', '社区', '饭堂']);
  });
});
