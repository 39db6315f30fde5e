/**
 * A list marker opening a paragraph is structure: the paragraph records its
 * span (`marker`), and its start, end, original offsets and sentences stay
 * those of the report's text. Real lines: the seed with a numbered badge glued
 * to three case paragraphs (5增城…), numbered lists in unseen reports, and
 * lines that open with a number that is data, a date, a year in a name or
 * 一是 (words, not a marker).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { segment } from '../../scripts/pipeline/segment.ts';
import { REPORTS_DIR } from '../../scripts/bench/report-corpus.ts';
import type { DocumentRecord } from '../../scripts/datasets/schema.ts';
import { contentTableFiles, seedDocument } from '../helpers/seeds.ts';

const FIXTURES = ['01', '03', '06', '09', '10', '19', '22', '26', '30'];
const fixtureDocs = runPipeline({
  tables: contentTableFiles(),
  files: readdirSync(REPORTS_DIR)
    .filter((name) => name.endsWith('.txt') && FIXTURES.includes(name.slice(0, name.indexOf('-'))))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(REPORTS_DIR, name))) })),
}).documents;

/** The paragraph of a document whose text starts with `opening`. */
function paragraph(doc: DocumentRecord, opening: string) {
  const p = doc.paragraphs.find((x) => doc.text.startsWith(opening, x.start));
  if (!p) throw new Error(`${doc.file}: no paragraph starts with ${opening}`);
  return { ...p, marked: p.marker ? doc.text.slice(p.marker.start, p.marker.end) : null, words: doc.text.slice(p.marker?.end ?? p.start, p.end) };
}
const fixture = (prefix: string) => fixtureDocs.find((d) => d.file.startsWith(`${prefix}-`))!;

describe('paragraph markers', () => {
  it('a number glued to a case paragraph (the seed’s numbered badges) is its marker', () => {
    const doc = seedDocument('001');
    for (const opening of ['5增城乡村振兴产业基金是', '5市委统战部依托', '5主动开展全流程的服务创新']) {
      const p = paragraph(doc, opening);
      expect(p.marked, opening).toBe('5');
      expect(p.words.startsWith(opening.slice(1))).toBe(true);
    }
  });

  it('numbered and bracketed list markers, with their separator', () => {
    expect(paragraph(fixture('26'), '1、创新推行混合用地模式').marked).toBe('1、');
    expect(paragraph(fixture('03'), '10、办好人民满意的教育').marked).toBe('10、');
    expect(paragraph(fixture('03'), '1.数字经济集聚成势').words.startsWith('数字经济集聚成势')).toBe(true);
    expect(paragraph(fixture('09'), '（一）精准把脉').marked).toBe('（一）');
    expect(paragraph(fixture('09'), '一、工作背景').words).toBe('工作背景');
  });

  it('a number that is data, a date, a year inside a name, 一是 or a file name opens the words, not a marker', () => {
    for (const [prefix, opening] of [['19', '197个候选案例'], ['01', '7月15日'], ['06', '12月7日起'], ['22', '2018安徽地方政府创新十佳案例'], ['10', '一是注重企业服务'], ['30', '640.png']] as const) {
      expect(paragraph(fixture(prefix), opening).marked, opening).toBeNull();
    }
    // A line that is only a number keeps it as its text.
    expect(fixture('06').paragraphs.filter((p) => /^\d+$/.test(fixture('06').text.slice(p.start, p.end))).every((p) => !p.marker)).toBe(true);
  });

  it('leaves paragraph and sentence offsets as segmentation made them, the marker at the paragraph’s start', () => {
    for (const doc of [seedDocument('001'), ...fixtureDocs]) {
      const plain = segment(doc.text);
      expect(doc.paragraphs.map(({ marker: _m, original: _o, ...p }) => p)).toEqual(plain.paragraphs);
      expect(doc.sentences.map(({ original: _o, ...s }) => s)).toEqual(plain.sentences);
      for (const p of doc.paragraphs.filter((x) => x.marker)) {
        expect(p.marker!.start).toBe(p.start);
        expect(p.marker!.end).toBeLessThan(p.end);
      }
    }
    expect(fixtureDocs.flatMap((d) => d.paragraphs).filter((p) => p.marker).length).toBeGreaterThan(15);
  });
});
