/**
 * Figure classes the blind sets 108–139 showed (tests/fixtures/reports/108-139), each as a general rule tested on
 * made-up sentences of the same shape, with a negative beside each positive so the rule cannot simply read more numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../scripts/datasets/schema.ts';
import { figureOf, isFigure } from '../helpers/unseen-figures.ts';

type Read = [sentence: string, raw: string, fields: Partial<Figure>];
type NotRead = [sentence: string, raw: string];

/** Each class: what it reads, and beside it what it must leave alone. */
const CLASSES: { name: string; read: Read[]; notRead: NotRead[] }[] = [
  {
    name: 'measure words of votes, doses, steps and stages',
    read: [
      ['本轮网络投票共计2368票。', '2368票', { value: 2368, unit: '票', qualifier: 'exact' }],
      ['候选项目二,8.5%,1207票', '1207票', { value: 1207, unit: '票' }],
      ['全区已接种疫苗52万剂。', '52万剂', { value: 520000, unit: '剂' }],
      ['推行受理、审核、办结三步流程', '三步', { value: 3, unit: '步' }],
      ['经过初评、复评、终评4阶段的评审', '4阶段', { value: 4, unit: '阶段' }],
    ],
    notRead: [
      ['全面推行药品采购两票制', '两票'],
      ['对安全生产实行一票否决', '一票'],
      ['按照三步走的部署推进', '三步'],
      ['进一步完善服务机制', '一步'],
    ],
  },
];

describe('figure classes of the blind sets 108–139', () => {
  for (const { name, read, notRead } of CLASSES) {
    describe(name, () => {
      it.each(read)('%s — %s', (sentence, raw, fields) => {
        expect(figureOf(sentence, raw)).toMatchObject(fields);
      });
      it.each(notRead)('%s — %s is not a figure', (sentence, raw) => {
        expect(isFigure(sentence, raw)).toBe(false);
      });
    });
  }
});
