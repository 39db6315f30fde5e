/**
 * The whole pipeline on text it has never seen: arbitrary mixes of report-like
 * material (district and department names, numerals, units, list markers,
 * quotes, headings, blank lines, stray ASCII) never make it throw, and its
 * output keeps its invariants: every span slices its own text, every case and
 * figure points into its document, ids are unique.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { contentTableFiles } from '../helpers/seeds.ts';

const PIECES = [
  '黄埔区', '广州开发区', '市发改委：', '白云区三元里街', '派潭镇', '深圳龙华区', '市委政法委', '中共广州市委组织部\n',
  '一是', '二是', '三是', '（一）', '1.', '第3', '一、主要工作情况\n', '二、工作体会\n',
  '“最具获得感”改革案例\n', '十大改革创新案例', '创新', '率先', '深化', '改革', '试点', '推进', '等。',
  '110个工作日', '压减至13个', '从', '由平均2个减少到0个', '同比缩短8.7天', '逾110万', '近9万个', '22-50个工作日内',
  '300万元至4500万元', '226.5亿元', '两千零三', '万五', '1/4', '95.3%', '15.9个百分点', '2019年', '截至2024年11月',
  '“金融10条”', '《方案》', '12345', '，', '、', '。', '：', '；', '！', '？', '\n', '\n\n', ' ', '(qū)', '??', ',', ':', '<b>', 'abc',
];

const report = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 120 }).map((parts) => parts.join(''));

describe('the pipeline on arbitrary report-like text', () => {
  it('never throws and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 3 }), (texts) => {
        const files = texts.map((t, i) => ({ name: `r${i}.txt`, bytes: new TextEncoder().encode(t) }));
        const result = runPipeline({ files, tables: contentTableFiles() });
        const texts_ = new Map(result.documents.map((d) => [d.id, d.text]));
        for (const d of result.documents) {
          for (const s of d.sentences) expect(d.text.slice(s.start, s.end).length).toBe(s.end - s.start);
        }
        for (const f of result.figures) {
          const text = texts_.get(f.documentId)!;
          expect(text.slice(f.start, f.end)).toBe(f.raw);
          expect(text.slice(f.sentenceStart, f.sentenceEnd)).toBe(f.quote);
          expect(Number.isFinite(f.value)).toBe(true);
        }
        for (const c of result.cases) {
          const text = texts_.get(c.documentId)!;
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.title.length).toBeGreaterThan(0);
        }
        expect(new Set(result.figures.map((f) => f.id)).size).toBe(result.figures.length);
        expect(new Set(result.cases.map((c) => c.id)).size).toBe(result.cases.length);
        // Empty or blank files are reported as errors, never as crashes.
        expect(result.documents.length + result.errors.length).toBe(files.length);
      }),
      { numRuns: 150 },
    );
  });
});
