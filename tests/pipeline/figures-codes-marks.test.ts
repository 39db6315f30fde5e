/**
 * Numbers that are codes or marks, not quantities (issue 12, the not-a-figure classes of the blind set 78–91):
 * postal codes and telephone numbers by shape and by their field's label, a day in a spaced date word, footnote
 * numbers glued to a name, a person's place in a photo caption, a year glued to a prize's name, a list's name after
 * a number. The sentences are written for these tests in the way such pages write them; each class has a case the
 * rule must leave a figure.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../scripts/pipeline/document.ts';
import { contentTables } from '../helpers/seeds.ts';
import { extractFigures } from '../../scripts/pipeline/figures.ts';
import { isIdentifier } from '../../scripts/pipeline/figures-codes.ts';
import { inDateWord, isCaptionPosition, isNoteMark } from '../../scripts/pipeline/figures-marks.ts';

const tables = contentTables();
const raws = (text: string) => extractFigures(buildDocument('unseen.txt', Buffer.from(text, 'utf8'), undefined, [], tables)).figures.filter((f) => !f.derived).map((f) => f.raw);

describe('contact details are codes', () => {
  it('a postal code and numbers after contact labels, spaced as pages lay them out', () => {
    expect(raws('来信请寄：广州市越秀区府前路1号\n邮 编：510032\n联系电话：(020)83123456\n传 真：（020）83123457\n')).toEqual([]);
    expect(raws('咨询热线：12345，联系方式:0571-87001234。')).toEqual([]);
  });

  it('a telephone number by its shape alone: an area code in parentheses before seven or eight digits', () => {
    const text = '请致电(0755)88821234咨询';
    expect(isIdentifier(text, text.indexOf('0755'), text.indexOf('0755') + 4)).toBe(true);
  });

  it('a count in a sentence without a contact label stays a figure', () => {
    expect(raws('全市新增就业岗位58000个，受理热线工单120万件。')).toEqual(['58000个', '120万件']);
  });
});

describe('marks in the text', () => {
  it('a day inside a date word, with or without the page\'s spaces', () => {
    for (const text of ['今 (9) 日再度于高雄举办', '今（9）日再度举办', '昨 （ 12 ） 日召开']) {
      const at = text.search(/\d/);
      expect(inDateWord(text, at, at + (text.slice(at).match(/^\d+/)![0].length))).toBe(true);
    }
    expect(raws('展期 (9) 日')).toEqual(['9']);
  });

  it('footnote numbers glued to the names they annotate count up from a 1 after a closing quote', () => {
    const text = '推行“一网通办”1改革和“一件事”集成服务2，审批时限压缩至30个工作日。';
    expect(isNoteMark(text, text.indexOf('1'), text.indexOf('1') + 1, 1)).toBe(true);
    expect(isNoteMark(text, text.indexOf('2'), text.indexOf('2') + 1, 2)).toBe(true);
    expect(raws(text)).toEqual(['30个工作日']);
  });

  it('a bare number after another is no footnote without the series\' first mark', () => {
    expect(isNoteMark('指数由增长2，回落到3，', 9, 10, 3)).toBe(false);
  });

  it('a person\'s place in a caption', () => {
    for (const text of ['副馆长（左1）代表领奖', '市长（前排右二）与获奖代表合影', '（左起第3人）为项目负责人']) {
      const at = text.search(/[\d一二三四五六七八九]/);
      expect(isCaptionPosition(text, at, at + 1)).toBe(true);
    }
    expect(raws('新增（1）个示范点')).not.toEqual([]);
  });
});

describe('names glued to a number', () => {
  it('a year glued to a prize\'s name and a number before a list\'s name are no figures', () => {
    expect(raws('2025天下城市治理卓越奖今公布得奖名单')).toEqual([]);
    expect(raws('入选全国典型案例300名单，成为全省唯一')).toEqual([]);
  });

  it('a duration in days and a count of people stay figures', () => {
    expect(raws('连续奋战300天，服务企业300名员工。')).toEqual(['300天', '300名']);
  });
});
