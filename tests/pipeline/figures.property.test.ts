import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFigures } from '../../scripts/pipeline/figures.ts';
import { tokenize } from '../../scripts/pipeline/figures-tokens.ts';
import { parseNumber } from '../../scripts/datasets/numerals.ts';
import { compactRuns, identity } from '../../scripts/pipeline/offsets.ts';
import { segment } from '../../scripts/pipeline/segment.ts';
import type { DocumentRecord } from '../../scripts/pipeline/document.ts';
import { formatNumber, parseDisplayed } from '../../src/lib/format.ts';

/** A document record around any text, as the pipeline would build it with no edits. */
function makeDoc(text: string): DocumentRecord {
  const { paragraphs, sentences } = segment(text);
  const locate = <T extends { start: number; end: number }>(s: T) => ({ ...s, original: { start: s.start, end: s.end } });
  return {
    id: 'prop', file: 'prop.txt', title: 'prop', publisher: null, published: null, region: { city: null, district: null },
    period: { start: '2020', end: '2020', label: '2020' }, year: null, script: 'simplified', kind: 'unknown', list: null, note: null,
    encoding: 'utf-8', sha256: '', text, original: text,
    paragraphs: paragraphs.map(locate), sentences: sentences.map(locate), offsetMap: compactRuns(identity(text)),
    damage: [], corrections: [], inferred: [], report: { counts: {}, warnings: [] },
  } as DocumentRecord;
}

/** Strings dense in what the parser looks at: digits, numerals, scale and unit words, qualifiers, punctuation. */
const numberish = fc
  .array(fc.constantFrom(
    '0', '1', '2', '5', '9', '.', ',', '-', '/', ':', '%', '一', '二', '两', '三', '十', '百', '千', '万', '亿', '零', '〇', '点',
    '多', '余', '约', '超', '近', '逾', '不少于', '以内', '以上', '个', '项', '个工作日', '元', '平方米', '千瓦时', '个百分点',
    '年', '月', '日', '第', '是', '、', '，', '。', '“', '”', '《', '》', '（', '）', '从', '至', '到', '同比', '缩短', '增长', '每', '号', '届', '\n', ' ', '的', '企业',
  ), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('the figure parser on arbitrary text', () => {
  it('never throws, and keeps its offset invariants', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), numberish), (text) => {
        const { figures, tokens } = extractFigures(makeDoc(text));
        for (const f of figures) {
          expect(text.slice(f.start, f.end)).toBe(f.raw);
          expect(text.slice(f.sentenceStart, f.sentenceEnd)).toBe(f.quote);
          expect(Number.isFinite(f.value)).toBe(true);
        }
        for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
        expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
      }),
      { numRuns: 600 },
    );
  });

  it('tokenize and parseNumber never throw on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        tokenize(s);
        parseNumber(s);
      }),
    );
  });
});

describe('displayed numbers parse back to their value', () => {
  // Values the site shows: integers, and amounts with up to two decimals (8.86天, 61.75%), up to 10^13.
  const displayable = fc.oneof(
    fc.integer({ min: -1e13, max: 1e13 }),
    fc.integer({ min: -1e11, max: 1e11 }).map((n) => n / 100),
    fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.constantFrom(1e2, 1e4, 1e6, 1e8)).map(([m, s]) => m * s),
  ).map((v) => (Object.is(v, -0) ? 0 : v));

  it('formatNumber then parseDisplayed is the identity', () => {
    fc.assert(
      fc.property(displayable, (v) => {
        expect(parseDisplayed(formatNumber(v))).toBe(v);
      }),
      { numRuns: 2000 },
    );
  });

  it('the numerals parser reads the displayed form too (with a unit after it)', () => {
    fc.assert(
      fc.property(displayable.filter((v) => v >= 0), (v) => {
        const shown = formatNumber(v);
        expect(parseNumber(shown)).toBe(v);
        expect(parseDisplayed(formatNumber(v, { unit: '元' }))).toBe(v);
      }),
    );
  });
});

describe('error classes of issue 12, for any surrounding text', () => {
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })).map(([h, m, s]) => `${two(h)}:${two(m)}:${two(s)}`);
  const term = fc.integer({ min: 1, max: 999 }).map((n) => (n / 10).toFixed(1));

  it('a time of day with seconds is never a figure and never a ratio', () => {
    fc.assert(fc.property(numberish, clock, numberish, (before, time, after) => {
      const text = `${before}\n发布时间：2024-05-06 ${time}\n${after}`;
      const at = text.indexOf(time);
      const { figures } = extractFigures(makeDoc(text));
      expect(figures.filter((f) => f.start < at + time.length && f.end > at)).toEqual([]);
    }), { numRuns: 200 });
  });

  it('a ratio of three or more terms is one figure that keeps every term', () => {
    fc.assert(fc.property(fc.array(term, { minLength: 3, maxLength: 5 }), (terms) => {
      const raw = terms.join('∶');
      const { figures } = extractFigures(makeDoc(`三次产业结构比为${raw}。`));
      expect(figures.map((f) => [f.raw, f.kind, f.terms])).toEqual([[raw, 'ratio', terms.map(Number)]]);
    }), { numRuns: 200 });
  });
});
