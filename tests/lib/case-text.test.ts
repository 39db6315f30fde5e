/** A case page's text: the report's paragraphs inside the case, cut to it, without the list markers the pipeline found. */
import { describe, expect, it } from 'vitest';
import { caseParagraphs } from '../../src/lib/case-text.ts';
import { seedDocument, seedResult } from '../helpers/seeds.ts';

describe('caseParagraphs', () => {
  it('shows a case of the seed with numbered badges without the number glued to its paragraph', () => {
    const doc = seedDocument('001');
    const c = seedResult().cases.find((x) => x.documentId === doc.id && x.title.includes('乡村振兴基金'))!;
    const paragraphs = caseParagraphs(c, doc);
    expect(paragraphs.some((p) => p.startsWith('增城乡村振兴产业基金是'))).toBe(true);
    expect(paragraphs.some((p) => /^\d/.test(p))).toBe(false);
  });

  it('cuts paragraphs to the case, and keeps a number that is not a marker', () => {
    const text = '标题\n5增城基金设立。\n50亿元总规模。';
    const doc = { text, paragraphs: [{ index: 0, start: 0, end: 2, heading: true }, { index: 1, start: 3, end: 11, heading: false, marker: { start: 3, end: 4 } }, { index: 2, start: 12, end: 20, heading: false }] } as never;
    expect(caseParagraphs({ start: 3, end: 20 }, doc)).toEqual(['增城基金设立。', '50亿元总规模。']);
    expect(caseParagraphs({ start: 5, end: 16 }, doc)).toEqual(['城基金设立。', '50亿元']);
  });
});
