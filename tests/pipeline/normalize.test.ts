import { describe, expect, it } from 'vitest';
import { seedDocument, seedResult } from '../helpers/seeds.ts';
import { detectScript } from '../../scripts/pipeline/script.ts';
import { normalize } from '../../scripts/pipeline/normalize.ts';
import { isPinyinSyllable } from '../../scripts/pipeline/annotations.ts';

describe('normalization of the seed corpus', () => {
  it('processes all five seeds without errors', () => {
    const { documents, errors } = seedResult();
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['gz-2019h1-review', 'gz-2018-top10', 'hp-2020-summary', 'gz-2024-cases', 'lh-2020-workplan']);
  });

  it('strips all 1,344 pinyin annotations of the Huangpu summary and leaves real parentheses', () => {
    const doc = seedDocument('002');
    expect(doc.report.counts.annotationsRemoved).toBe(1344);
    expect(doc.text).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/);
    // Real parentheses around Chinese text survive (full-width after normalization).
    expect(doc.text).toContain('中国（广东）知识产权保护中心');
    expect(doc.text).toContain('停征（免征）涉企行政事业性收费');
  });

  it('converts the traditional report to simplified characters', () => {
    const doc = seedDocument('002');
    expect(detectScript(doc.original).script).toBe('traditional');
    expect(detectScript(doc.text).script).toBe('simplified');
    expect(detectScript(doc.text).changedShare).toBe(0);
    expect(doc.text.startsWith('黄埔区、广州开发区是广州改革开放起步最早的地方。')).toBe(true);
  });

  it('reports both destroyed full stops with file, line and column, and repairs them from corrections.json', () => {
    const doc = seedDocument('002');
    const marks = doc.damage.filter((d) => d.kind === 'replacement-marks');
    expect(marks.map((d) => [d.line, d.column, d.text, d.corrected])).toEqual([
      [11, 80, '??', true],
      [18, 34, '??', true],
    ]);
    expect(doc.text).toContain('三位一体防治体系。科学“防”');
    expect(doc.text).toContain('不成方圆。纵深推进');
    expect(doc.corrections).toHaveLength(3);
    expect(doc.report.warnings.some((w) => w.startsWith('002_43a7352f3175c982.txt:11:80:'))).toBe(true);
  });

  it('reports damage that no correction repairs, and leaves the text as it was', () => {
    const n = normalize('x.txt', '第一句话。\n不成方圆??v深推进改革。');
    expect(n.damage).toMatchObject([{ line: 2, column: 5, text: '??', corrected: false }]);
    expect(n.mapped.text).toContain('??');
  });

  it('reports a run of replacement marks with ! among them (上?!?5 of 上海“15), but not a half-width ?! after a question', () => {
    expect(normalize('x.txt', '1月20日,上?!?5分鐘社區生活圈評選結果出爐了!').damage).toMatchObject([{ line: 1, column: 8, text: '?!?' }]);
    expect(normalize('x.txt', '这还是改革吗?!我们要问。').damage).toEqual([]);
  });

  it('makes punctuation consistent without touching numbers', () => {
    const doc = seedDocument('001');
    expect(doc.text).toContain('改革创新榜：十大改革创新案例 营商环境占了3席');
    expect(doc.text).toContain('开票户数25,608户');
    expect(doc.text).toContain('按照1:1.5的比例');
    expect(doc.text).not.toMatch(/[\u4e00-\u9fff],/);
  });

  it('removes indentation and blank lines', () => {
    const doc = seedDocument('003');
    expect(doc.text.split('\n').every((line) => line.length > 0 && line.trim() === line)).toBe(true);
    expect(doc.text).toContain('\n“最具获得感”改革案例\n');
  });

  it('recognizes pinyin syllables and rejects other parenthesised words', () => {
    for (const s of ['qū', 'kāi', 'zhuàng', 'lüè', 'er', 'xian4', 'de']) expect(isPinyinSyllable(s), s).toBe(true);
    for (const s of ['app', 'cso', 'gdp', 'xyz', 'street']) expect(isPinyinSyllable(s), s).toBe(false);
    expect(normalize('x.txt', '这是(shì)一个(gè)测试(CSO)(app)。').mapped.text).toBe('这是一个测试(CSO)(app)。');
  });
});
