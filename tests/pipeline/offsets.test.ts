import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSeedInput, seedResult } from '../helpers/seeds.ts';
import { normalize } from '../../scripts/pipeline/normalize.ts';
import type { Correction } from '../../scripts/pipeline/corrections.ts';

const corrections = readSeedInput().corrections!.data as Correction[];
import { applyEdits, compactRuns, identity, toOriginal } from '../../scripts/pipeline/offsets.ts';

describe('offsets', () => {
  it('every paragraph and sentence slices the normalized text exactly and maps back to the same passage in the original', () => {
    for (const doc of seedResult().documents) {
      for (const s of [...doc.paragraphs, ...doc.sentences]) {
        const slice = doc.text.slice(s.start, s.end);
        expect(slice.length).toBeGreaterThan(0);
        expect(slice).not.toContain('\n');
        // Normalizing the original passage on its own gives back exactly the normalized slice.
        const original = doc.original.slice(s.original.start, s.original.end);
        // Passages an editor corrected differ from the damaged original by design.
        const corrected = doc.corrections.some((c) => c.offset < s.original.end && s.original.start < c.offset + c.original.length);
        if (!corrected) expect(normalize(doc.file, original, corrections).mapped.text).toBe(slice);
        expect(toOriginal(doc.offsetMap, s.start, s.end)).toEqual(s.original);
      }
    }
  });

  it('sentences of the traditional report map to the same characters before conversion', () => {
    const doc = seedResult().documents.find((d) => d.script === 'traditional')!;
    const first = doc.sentences[0]!;
    expect(doc.text.slice(first.start, first.end)).toBe('黄埔区、广州开发区是广州改革开放起步最早的地方。');
    expect(doc.original.slice(first.original.start, first.original.end)).toBe('黃埔區(qū)、廣州開(kāi)發(fā)區(qū)是廣州改革開(kāi)放起步最早的地方。');
  });

  it('the compact map agrees with the full map on every span (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(40), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 5 }),
        fc.nat(40),
        fc.nat(40),
        (text, rawEdits, a, b) => {
          let at = 0;
          const edits = [];
          for (const [gap, len, insert] of rawEdits) {
            const start = at + (gap % 4);
            const end = Math.min(text.length, start + len);
            if (start > text.length) break;
            edits.push({ start, end, insert });
            at = end + 1;
          }
          const mapped = applyEdits(identity(text), edits);
          const runs = compactRuns(mapped);
          const n = mapped.text.length;
          const s = Math.min(a, b) % (n + 1);
          const e = Math.max(s, Math.max(a, b) % (n + 1));
          if (e > s) expect(toOriginal(runs, s, e)).toEqual(toOriginal(mapped, s, e));
        },
      ),
    );
  });
});
