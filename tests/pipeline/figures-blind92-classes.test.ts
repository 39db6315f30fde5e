/**
 * Figure classes the sixth blind set (tests/fixtures/reports/92-107) showed, each as a general rule: the sentence
 * of the report where it was seen (the file is named beside it), and made-up sentences of the same shape, with a
 * negative beside each positive so the rule cannot simply read more numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../scripts/datasets/schema.ts';
import { extractUnseen, figureOf, isFigure } from '../helpers/unseen-figures.ts';

type Read = [sentence: string, raw: string, fields: Partial<Figure>, source: string];
type NotRead = [sentence: string, raw: string, source: string];

const READ: Read[] = [
  // A compound Arabic numeral: groups with falling scales are one number.
  ['《报告》共分为二部分,1万1千字,其中第一部分为2022年工作回顾部分,约3400字;', '1万1千字', { value: 11000, unit: '字', qualifier: 'exact' }, '99-jianshan'],
  ['项目总投资3亿5千万元。', '3亿5千万元', { value: 350000000, unit: '元' }, 'made up'],
  // A text's length in characters, and 部分 as the measure word of parts.
  ['《报告》共分为二部分,1万1千字,其中第一部分为2022年工作回顾部分,约3400字;', '约3400字', { value: 3400, unit: '字', qualifier: 'approx' }, '99-jianshan'],
  ['《报告》共分为二部分,1万1千字', '二部分', { value: 2, unit: '部分' }, '99-jianshan'],
  ['报告全文1.8万余字的篇幅。', '1.8万余字', { value: 18000, unit: '字', qualifier: 'over' }, 'made up'],
  // 廿 and 卅 are contracted tens.
  ['將交通、工務、民政、警消、災防等逾廿五個局處資料整合於同一平台', '廿五个', { raw: '逾廿五个', value: 25, unit: '个', qualifier: 'over' }, '94-taipei (traditional)'],
  ['歷經卅年耕耘', '卅年', { value: 30, unit: '年' }, 'made up (traditional)'],
  // 多 after one of a time unit, or after a span: more than it.
  ['广泛征求意见,历时一个多月、经过十余轮反复补充', '一个多月', { value: 1, unit: '个月', qualifier: 'over' }, '99-jianshan'],
  ['用了3年多时间建成', '3年多', { value: 3, unit: '年', qualifier: 'over' }, 'made up'],
  ['等候两天多。', '两天多', { value: 2, unit: '天', qualifier: 'over' }, 'made up'],
  // A change of rank counts places; a count of people is a count.
  ['排名上升12位', '12位', { value: 12, unit: '位' }, 'made up'],
  ['共有68位代表出席会议', '68位', { value: 68, unit: '位' }, 'made up'],
];

const NOT_READ: NotRead[] = [
  ['在全国科技创新百强县市中持续进位至68位,在全省市县科技创新综合评价中居第7位。', '68位', '105-yidu'],
  ['地区生产总值位居全省7位。', '7位', 'made up'],
  ['較好完成了十九屆人大二次會議確定的目標任務', '二次', '106-changhai (traditional)'],
  ['区委十四届三次全会提出', '三次', 'made up'],
  ['(遼寧?。?024年長海縣人民政府工作報告', '024', '106-changhai (mojibake)'],
  ['坚持“八字方针”和十六字方针', '十六字', 'made up'],
  ['一年来，这是一个多元化的平台', '一个', 'made up (一个多元: 多 belongs to the next word)'],
  ['经过3年多方协调', '多方', 'made up (3年, then the word 多方)'],
];

describe('figure classes of the sixth blind set', () => {
  it.each(READ)('%s — %s (%s)', (sentence, raw, fields) => {
    expect(figureOf(sentence, raw)).toMatchObject(fields);
  });

  it.each(NOT_READ)('%s — %s is not a figure (%s)', (sentence, raw) => {
    expect(isFigure(sentence, raw)).toBe(false);
  });

  it('a count of meetings stays a count (召开3次会议), and 3年多方协调 reads 3年 exactly', () => {
    expect(figureOf('全年召开3次会议。', '3次')).toMatchObject({ value: 3, unit: '次' });
    expect(figureOf('经过3年多方协调', '3年')).toMatchObject({ raw: '3年', qualifier: 'exact' });
  });

  it('a compound numeral stops before a unit that starts with a scale word (1万1千瓦 is not 11000)', () => {
    expect(extractUnseen('装机1万1千瓦。').figures.map((f) => f.raw)).not.toContain('1万1千');
  });
});
