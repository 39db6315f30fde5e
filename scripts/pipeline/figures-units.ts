/**
 * The words around a number that say what it is: units (with the kind of
 * quantity they measure) and qualifiers (约, 超, 不少于, 以内 ...). Tables, not
 * rules per sentence: a unit or qualifier not listed here leaves the number
 * unclassified in the coverage report, where an editor sees it.
 */
import type { FigureKind, Qualifier } from '../datasets/schema.ts';

export interface UnitInfo {
  /** The unit as the dataset spells it (㎡ becomes 平方米). */
  unit: string | null;
  kind: FigureKind;
}

const TABLE: [string[], FigureKind, string?][] = [
  [['元', '美元', '港元', '港币', '欧元'], 'money'],
  [['个工作日', '工作日', '个小时', '小时', '分钟', '秒钟', '秒', '个月', '天', '周', '年', '岁'], 'duration'],
  [['%', '％'], 'percent', '%'],
  [['个百分点', '百分点'], 'change'],
  [['倍', '成'], 'ratio'],
  [['平方公里', '平方千米', '平方米', '公顷', '亩'], 'area'],
  [['㎡'], 'area', '平方米'],
  [['立方米', '升'], 'volume'],
  [['千瓦时', '度电', '兆瓦', '千瓦'], 'energy'],
  [['公里', '千米', '米'], 'length'],
  [['公斤', '千克', '吨', '克'], 'weight'],
  [[
    '人次', '人份', '人', '个', '项', '件', '宗', '家', '户', '份', '张', '间', '支', '名', '条', '次', '场',
    '所', '座', '台', '辆', '套', '批', '类', '种', '席', '级', '期', '位', '只', '株', '笔', '单',
    '篇', '部', '栋', '层', '处', '方面', '大类', '大',
  ], 'count'],
];

/** Unit words, longest first, so 个工作日 wins over 个 and 平方米 over 米. */
const UNITS: [string, UnitInfo][] = TABLE.flatMap(([words, kind, as]) =>
  words.map((w): [string, UnitInfo] => [w, { unit: as ?? (w === '大' ? null : w), kind }]),
).sort((a, b) => b[0].length - a[0].length);

/** The unit word at text[at], if any. */
export function unitAt(text: string, at: number): (UnitInfo & { word: string }) | null {
  for (const [word, info] of UNITS) if (text.startsWith(word, at)) return { ...info, word };
  return null;
}

/** Words that start a unit: a scale character followed by one of these is a unit (千瓦时), not a scale (千). */
export function unitStartsWithScale(text: string, at: number): boolean {
  const u = unitAt(text, at);
  return u !== null && u.word.length > 1 && /^[十百千万亿]/.test(u.word);
}

const BEFORE: [string, Qualifier][] = (
  [
    ['将近', 'approx'], ['接近', 'approx'], ['大约', 'approx'], ['大概', 'approx'], ['近', 'approx'], ['约', 'approx'],
    ['上', 'approx'],
    ['超过', 'over'], ['超出', 'over'], ['超', 'over'], ['逾', 'over'], ['突破', 'over'], ['多于', 'over'], ['高于', 'over'],
    ['不少于', 'at_least'], ['不低于', 'at_least'], ['不小于', 'at_least'], ['至少', 'at_least'],
    ['不超过', 'under'], ['不足', 'under'], ['不到', 'under'], ['少于', 'under'], ['低于', 'under'], ['不高于', 'under'], ['不大于', 'under'],
  ] as [string, Qualifier][]
).sort((a, b) => b[0].length - a[0].length);

const AFTER: [string, Qualifier][] = [
  ['以上', 'over'], ['有余', 'over'], ['左右', 'approx'], ['上下', 'approx'], ['以内', 'under'], ['以下', 'under'], ['之内', 'under'], ['内', 'under'],
];

/**
 * The qualifier word ending at text[end), e.g. 逾 before 110万. 上 only
 * counts before a bare scale word (上百, 上千): elsewhere it is a verb or a
 * place (线上).
 */
export function qualifierBefore(text: string, end: number, bareScale: boolean): { word: string; qualifier: Qualifier } | null {
  for (const [word, qualifier] of BEFORE) {
    if (word === '上' && !bareScale) continue;
    if (end >= word.length && text.startsWith(word, end - word.length)) return { word, qualifier };
  }
  return null;
}

/** The qualifier word at text[at] (以上, 左右, 以内 ...). 内 only after a duration: 22-50个工作日内. */
export function qualifierAfter(text: string, at: number, kind: FigureKind | null): { word: string; qualifier: Qualifier } | null {
  for (const [word, qualifier] of AFTER) {
    if (word === '内' && kind !== 'duration') continue;
    if (text.startsWith(word, at)) return { word, qualifier };
  }
  return null;
}
