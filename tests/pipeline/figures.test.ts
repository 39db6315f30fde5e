import { describe, expect, it } from 'vitest';
import { readSeedInput, seedDocument, seedResult } from '../helpers/seeds.ts';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { coverageReport, extractFigures } from '../../scripts/pipeline/figures.ts';
import type { Figure } from '../../scripts/datasets/schema.ts';

const cache = new Map<string, ReturnType<typeof extractFigures>>();
function extraction(key: string) {
  const doc = seedDocument(key);
  if (!cache.has(doc.id)) cache.set(doc.id, extractFigures(doc));
  return cache.get(doc.id)!;
}

/** The reported figure whose raw text is `raw` (the nth such one). */
function fig(key: string, raw: string, nth = 0): Figure {
  const found = extraction(key).figures.filter((f) => !f.derived && f.raw === raw);
  if (!found[nth]) throw new Error(`no figure ${raw} in ${key}: ${extraction(key).figures.map((f) => f.raw).join(' ')}`);
  return found[nth]!;
}

/** The class of the token written `raw` in the sentence containing `context`. */
function tokenClass(key: string, context: string, raw: string) {
  const doc = seedDocument(key);
  const at = doc.text.indexOf(context);
  if (at < 0) throw new Error(`no ${context}`);
  const t = extraction(key).tokens.find((x) => x.raw === raw && x.start >= at && x.end <= at + context.length);
  if (!t) throw new Error(`no token ${raw} in ${context}`);
  return t.class;
}

describe('figures: table tests from real sentences of the seeds', () => {
  it.each<[string, string, Partial<Figure>]>([
    // 000 (2019 review)
    ['000', '3300多个', { value: 3300, unit: '个', kind: 'count', qualifier: 'over', subject: '事项', time: '上半年' }],
    ['000', '5个工作日', { value: 5, unit: '个工作日', kind: 'duration', qualifier: 'exact', before: null, subject: '政府行政审批总时限' }],
    ['000', '不少于1000亩', { value: 1000, unit: '亩', kind: 'area', qualifier: 'at_least' }],
    ['000', '1000张以上', { value: 1000, unit: '张', qualifier: 'over' }],
    ['000', '130小时', { value: 130, unit: '小时', kind: 'duration', subject: '纳税时间' }],
    ['000', '50.4%', { value: 50.4, unit: '%', kind: 'change' }],
    ['000', '16.7%', { value: 16.7, unit: '%', kind: 'change' }],
    ['000', '超200个', { value: 200, qualifier: 'over' }],
    // 001 (2018 top ten)
    ['001', '逾110万', { value: 1100000, unit: null, qualifier: 'over', subject: '热心市民', time: '截至2019年4月' }],
    ['001', '7073万余份', { value: 70730000, unit: '份', qualifier: 'over', subject: '平台上链发票总份数', time: '截至2019年1月' }],
    ['001', '25,608户', { value: 25608, unit: '户', qualifier: 'exact', subject: '开票户数' }],
    ['001', '97.8万余户', { value: 978000, unit: '户', qualifier: 'over' }],
    ['001', '开办企业时间压缩至3个工作日'.slice(9), { value: 3, unit: '个工作日', before: null, subject: '开办企业时间' }],
    ['001', '22-50个工作日内', { value: 50, low: 22, high: 50, unit: '个工作日', kind: 'duration', qualifier: 'under' }],
    ['001', '8.86天', { value: 8.86, unit: '天', kind: 'duration', time: '截至2019年3月' }],
    ['001', '8.7天', { value: 8.7, unit: '天', kind: 'change', derived: false }],
    ['001', '15.9个百分点', { value: 15.9, unit: '个百分点', kind: 'change' }],
    ['001', '226.5亿元', { value: 22650000000, unit: '元', kind: 'money', subject: '实际执行到位金额', time: '2018年' }],
    ['001', '1:1.5', { kind: 'ratio', value: 1, terms: [1, 1.5] }],
    ['001', '近115万次', { value: 1150000, unit: '次', qualifier: 'approx', subject: '巡河' }],
    ['001', '约120亿', { value: 12000000000, qualifier: 'approx', time: '2020年' }],
    ['001', '1332.2公斤', { value: 1332.2, unit: '公斤', kind: 'weight' }],
    ['001', '不小于7㎡', { value: 7, unit: '平方米', kind: 'area', qualifier: 'at_least' }],
    ['001', '上百支', { value: 100, qualifier: 'approx' }],
    // 002 (Huangpu summary)
    ['002', '110个工作日压减至13个', { value: 13, before: 110, unit: '个工作日', kind: 'duration' }],
    ['002', '300万元至4500万元', { value: 45000000, low: 3000000, high: 45000000, unit: '元', kind: 'money' }],
    ['002', '1/4', { value: 0.25, kind: 'ratio', terms: null }],
    ['002', '270多亿元', { value: 27000000000, qualifier: 'over', kind: 'money', time: '近2年' }],
    ['002', '4倍以上', { value: 4, unit: '倍', kind: 'change', qualifier: 'over' }],
    ['002', '70%以上', { value: 70, unit: '%', kind: 'percent', qualifier: 'over' }],
    ['002', '250万人份', { value: 2500000, unit: '人份' }],
    // 003 (2024 cases)
    ['003', '近9万个', { value: 90000, qualifier: 'approx', subject: '托位数', time: '截至2024年' }],
    ['003', '4.96个', { value: 4.96, kind: 'ratio', subject: '每千人口托位数' }],
    ['003', '2个减少到0个', { value: 0, before: 2, unit: '个' }],
    ['003', '350%', { value: 350, kind: 'change' }],
    ['003', '超20万平方米', { value: 200000, unit: '平方米', kind: 'area', qualifier: 'over', subject: '老旧物业' }],
    ['003', '超926万千瓦时', { value: 9260000, unit: '千瓦时', kind: 'energy', qualifier: 'over' }],
    ['003', '超63万立方米', { value: 630000, unit: '立方米', kind: 'volume' }],
    ['003', '78.60万人次', { value: 786000, unit: '人次', time: '截至2024年10月底' }],
    ['003', '上千', { value: 1000, qualifier: 'approx' }],
    // 004 (Longhua work plan)
    ['004', '7大类', { value: 7, unit: '大类', kind: 'count' }],
    ['004', '36项', { value: 36, unit: '项' }],
  ])('%s: %s', (key, raw, expected) => {
    expect(fig(key, raw)).toMatchObject(expected);
  });

  it('derives implied base values as separate, marked figures', () => {
    const derived = (key: string) => extraction(key).figures.filter((f) => f.derived);
    expect(derived('001').map((f) => [f.value, f.unit, f.formula])).toEqual([
      [17.56, '天', '8.86 + 8.7'],
      [45.85, '%', '61.75% - 15.9个百分点'],
    ]);
    const d3 = derived('003');
    expect(d3.find((f) => f.formula === '80416 - 10107')?.value).toBe(70309);
    expect(d3.find((f) => f.formula === '4.96 / (1 + 95.3%)')?.value).toBeCloseTo(2.54, 2);
    // A paired change (同比上升8.1%和59.2%) gives no derived value: which level each belongs to is a reading.
    expect(derived('001').some((f) => f.formula?.includes('8.1'))).toBe(false);
    for (const f of [...derived('001'), ...d3]) expect(f.raw).not.toBe('');
  });

  it.each<[string, string, string, string]>([
    ['000', '2019年行已过半', '2019', 'date'],
    ['000', '党的十九大和十九届二中、三中全会', '十九', 'name'],
    ['000', '营商环境2.0:1平台2区域10工程', '2.0', 'name'],
    ['000', '营商环境2.0:1平台2区域10工程', '10', 'name'],
    ['000', '第一批穗港合作事项清单', '一', 'marker'],
    ['001', '5增城乡村振兴产业基金', '5', 'marker'],
    ['001', '2018年12月', '12', 'date'],
    ['001', '“七个全国率先，一个全省率先”', '七', 'name'],
    ['002', '一是率先推动体制机制创新', '一', 'marker'],
    ['002', '“12345审批服务体系”', '12345', 'name'],
    ['002', '“金融10条”', '10', 'name'],
    ['002', '党的十九届四中全会', '十九', 'name'],
    ['002', '国发11号文', '11', 'name'],
    ['002', '世界500强企业', '500', 'name'],
    ['002', '“2019年全国经开区营商环境指数”第1', '1', 'marker'],
    ['002', '三位一体防治体系', '三', 'name'],
    ['003', '“百千万工程”', '百千万', 'name'],
    ['003', '三元里街', '三', 'name'],
    ['003', '发布时间：2025-01-20', '2025-01-20', 'date'],
    ['003', '“1—3—5”分钟自救圈', '3', 'name'],
    ['003', '每千人口托位数为4.96个', '千', 'figure'],
    ['004', '第04版', '04', 'marker'],
    ['004', 'content_26078.htm', '26078', 'name'],
    ['004', '一届四次党代会', '四', 'name'],
  ])('%s: in %s, %s is a %s', (key, context, raw, cls) => {
    expect(tokenClass(key, context, raw)).toBe(cls);
  });

  it('does not take the indefinite article or word parts for numbers', () => {
    const raws = extraction('002').tokens.map((t) => t.raw);
    expect(raws).not.toContain('一一'); // 唯一一家
    const doc = seedDocument('001');
    const at = doc.text.indexOf('每一位CSO');
    expect(extraction('001').tokens.some((t) => t.start === at + 1)).toBe(false);
  });
});

describe('figures: invariants over every seed', () => {
  const all = seedResult().documents.map((doc) => ({ doc, ...extractFigures(doc) }));

  it('every quote is the sentence at its offsets and every raw the text at the figure offsets', () => {
    for (const { doc, figures } of all) {
      for (const f of figures) {
        expect(doc.text.slice(f.sentenceStart, f.sentenceEnd)).toBe(f.quote);
        expect(doc.text.slice(f.start, f.end)).toBe(f.raw);
        expect(f.start).toBeGreaterThanOrEqual(f.sentenceStart);
        expect(f.end).toBeLessThanOrEqual(f.sentenceEnd);
        expect(doc.original.slice(f.originalStart, f.originalEnd).length).toBeGreaterThan(0);
        expect(f.case).toBeNull();
        expect(f.document).toBe(doc.file);
      }
    }
  });

  it('every number token has exactly one class, and figure tokens point to a figure', () => {
    for (const { figures, tokens } of all) {
      const ids = new Set(figures.map((f) => f.id));
      for (const t of tokens) {
        expect(['figure', 'date', 'marker', 'name', 'unclassified']).toContain(t.class);
        if (t.class === 'figure') expect(ids.has(t.figure!)).toBe(true);
        else expect(t.figure).toBeNull();
      }
      const starts = tokens.map((t) => t.start);
      expect(new Set(starts).size).toBe(starts.length);
    }
  });

  it('ids are unique and figures sorted by start offset', () => {
    for (const { figures } of all) {
      expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
      const starts = figures.map((f) => f.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('leaves under 2% of the number tokens unclassified', () => {
    const report = coverageReport(all.map((x) => x.coverage));
    expect(report.total.tokens).toBeGreaterThan(400);
    expect(report.meetsTarget).toBe(true);
    for (const d of report.documents) expect(d.unclassifiedTokens).toHaveLength(d.unclassified);
  });

  it('keeps ids when an unrelated paragraph is added to a report', () => {
    const input = readSeedInput();
    const file = input.files.find((f) => f.name.startsWith('000'))!;
    const prefix = new TextEncoder().encode('编者按：本文有删节，共计12处。\n');
    const bytes = new Uint8Array([...prefix, ...file.bytes]);
    const changed = runPipeline({ ...input, files: [{ name: file.name, bytes }] }).documents[0]!;
    const before = new Set(extractFigures(seedDocument('000')).figures.map((f) => f.id));
    const after = extractFigures(changed).figures.map((f) => f.id);
    expect(after.filter((id) => !before.has(id))).toHaveLength(1); // only the new 12处
  });
});
