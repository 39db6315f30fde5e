/** A number read from a report (figures.json): its value, unit, qualifier and where it stands in the text. */
import { z } from 'zod';
import { doc, FIGURE_KINDS, offset, QUALIFIERS } from './common.ts';

export const figureSchema = z.object({
  id: doc(z.string(), '稳定编号：报告编号加句子文字与数字位置的哈希'),
  document: doc(z.string(), '报告的文件名'),
  documentId: doc(z.string(), '报告编号'),
  value: doc(z.number(), '以基本单位计的数值（110万 → 1100000；226.5亿元 → 22650000000；1/4 → 0.25）；区间取上限；比例（1:1.5）没有单一数值，取第一项，各项见 terms'),
  unit: doc(z.string().nullable(), '单位：人、元、个工作日、%、个百分点……原文无单位时为空'),
  kind: doc(z.enum(FIGURE_KINDS), '数字类别：计数、金额、时长、百分比、变化、比例、面积、体积、能耗、长度、重量、度数（角度、温度）'),
  qualifier: doc(z.enum(QUALIFIERS), '限定：exact（确数）、approx（约）、over（逾、超过）、at_least（以上）、under（不足）'),
  low: doc(z.number().nullable(), '原文给出区间时的下限（22-50个工作日）'),
  high: doc(z.number().nullable(), '原文给出区间时的上限'),
  before: doc(z.number().nullable(), '变化前的数值（从110个工作日压减至13个：before 为 110，value 为 13）'),
  derived: doc(z.boolean(), '是否为推算值（报告中未直接印出）'),
  formula: doc(z.string().nullable(), '推算公式，如 “8.86 + 8.7”'),
  subject: doc(z.string().nullable(), '衡量对象：开办企业时间、托位数……'),
  time: doc(z.string().nullable(), '时间：截至2019年4月、2018年、上半年……'),
  raw: doc(z.string(), '原文写法，如 “逾110万”'),
  quote: doc(z.string(), '数字所在的原句（规范化文本）'),
  start: offset('数字在规范化文本中的起始偏移'),
  end: offset('数字在规范化文本中的结束偏移'),
  sentenceStart: offset('句子在规范化文本中的起始偏移'),
  sentenceEnd: offset('句子在规范化文本中的结束偏移'),
  originalStart: offset('数字在原文中的起始偏移'),
  originalEnd: offset('数字在原文中的结束偏移'),
  case: doc(z.string().nullable(), '正文包含该数字的案例编号；不属于任何案例时为空'),
  terms: doc(z.array(z.number()).nullable().optional(), '比例的各项，按原文顺序（1:1.5 → [1, 1.5]；2.50:1 → [2.5, 1]；4.0∶37.7∶58.3 → [4, 37.7, 58.3]）；不是比例时为空（分数 1/4 是一个数值，见 value）。比例不取商'),
});

export type Figure = z.infer<typeof figureSchema>;
