/** A case page's text: a number glued to a paragraph's start that is not data is dropped; numbers that are data stay. */
import { describe, expect, it } from 'vitest';
import { caseParagraphs, strayMarkerLength } from '../../src/lib/case-text.ts';
import type { Figure } from '../../scripts/datasets/schema.ts';

const figure = (start: number, raw: string, unit: string | null): Figure => ({ start, raw, unit } as Figure);

describe('strayMarkerLength', () => {
  it('drops a list number glued to a name (5增城乡村振兴……)', () => {
    expect(strayMarkerLength('5增城乡村振兴产业基金是……', 100, [figure(140, '50亿元', '元')])).toBe(1);
    expect(strayMarkerLength('12市委统战部依托……', 0, [])).toBe(2);
  });

  it('keeps a number the pipeline read as a figure, or one followed by a unit or a date word', () => {
    expect(strayMarkerLength('5家企业入选', 7, [figure(7, '5家', '家')])).toBe(0);
    expect(strayMarkerLength('3个项目', 0, [figure(50, '4个', '个')])).toBe(0);
    expect(strayMarkerLength('5月起实施', 0, [])).toBe(0);
    expect(strayMarkerLength('2018年以来', 0, [])).toBe(0);
    expect(strayMarkerLength('增城区', 0, [])).toBe(0);
  });
});

describe('caseParagraphs', () => {
  it('cuts paragraphs to the case and cleans each start', () => {
    const text = '标题\n5增城基金设立。\n总规模50亿元。';
    const doc = { text, paragraphs: [{ start: 0, end: 2 }, { start: 3, end: 11 }, { start: 12, end: 20 }] } as never;
    expect(caseParagraphs({ start: 3, end: 20 }, doc, [figure(15, '50亿元', '元')])).toEqual(['增城基金设立。', '总规模50亿元。']);
  });
});
