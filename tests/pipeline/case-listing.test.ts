/**
 * A manifest entry's "cases" declares how a report lists its cases when the
 * recognizers cannot see it. The report below is written in the shape of
 * district case compilations that mark each case with ◆ and `owner：title`
 * (a marker no recognizer knows); without the declaration it yields no case.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { contentTableFiles } from '../helpers/seeds.ts';
import { parseCaseListing } from '../../scripts/pipeline/case-listing.ts';

const TEXT = [
  '海珠区2023年度改革创新典型案例汇编',
  '2023年，全区各单位聚焦群众急难愁盼，形成了一批可复制可推广的改革经验。现将典型案例汇编如下：',
  '◆区政务服务数据管理局：“一窗通办”集成服务改革',
  '全区设置综合窗口42个，办理时间压缩至1个工作日。',
  '◆区卫生健康局：医联体建设打通就医“最后一公里”',
  '组建紧密型医联体3个，基层诊疗量占比达65%。',
  '◆南华西街道：老旧小区“微改造”共建共治',
  '完成改造小区12个，惠及居民8000余户。',
  '一、下一步工作',
  '1. 持续深化改革，形成更多经验。',
].join('\n');

const ENTRY = {
  id: 'hz', file: 'hz.txt', title: '海珠区2023年度改革创新典型案例汇编', publisher: null, published: '2023', region: { city: '广州市', district: '海珠区' },
  period: { start: '2023', end: '2023', label: '2023年' }, year: 2023, script: 'simplified', kind: 'case-list', list: null,
};
const run = (cases?: unknown) =>
  runPipeline({ tables: contentTableFiles(), files: [{ name: 'hz.txt', bytes: new TextEncoder().encode(TEXT) }], manifest: { path: 'seeds/manifest.json', data: [{ ...ENTRY, ...(cases === undefined ? {} : { cases }) }] } });

describe('a declared case list (manifest "cases")', () => {
  it('finds the cases the recognizers miss: one per line the pattern matches, with owner and title from the line', () => {
    expect(run().cases).toEqual([]);
    const result = run({ pattern: '^◆' });
    expect(result.errors).toEqual([]);
    expect(result.cases.map((c) => [c.owner, c.title, c.district, c.shape])).toEqual([
      ['区政务服务数据管理局', '“一窗通办”集成服务改革', '海珠区', 'declared'],
      ['区卫生健康局', '医联体建设打通就医“最后一公里”', '海珠区', 'declared'],
      ['南华西街道', '老旧小区“微改造”共建共治', '海珠区', 'declared'],
    ]);
    // Each case's text runs to the next case: its figures are attached to it.
    expect(result.cases[0]!.figures.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.documents[0])).not.toContain('"cases"');
  });

  it('takes a marker as the report writes it, only under the declared section, and says when it matches nothing', () => {
    expect(run({ marker: '1、' }).cases.map((c) => c.title)).toEqual(['持续深化改革，形成更多经验']);
    expect(run({ marker: '1.', section: '下一步工作' }).cases.map((c) => c.title)).toEqual(['持续深化改革，形成更多经验']);
    const none = run({ pattern: '^◆', section: '下一步工作' });
    expect(none.cases).toEqual([]);
    expect(none.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^seeds\/manifest\.json: \[0\]\.cases: hz\.txt: the declared case list matches nothing: no line under “下一步工作” matches the pattern/)]);
  });

  it('reports every bad field of a declaration', () => {
    const messages = (value: unknown) => parseCaseListing('seeds/manifest.json', '[2]', value).problems.map((p) => p.message);
    expect(messages({ marker: '◆' })).toEqual([expect.stringMatching(/\[2\]\.cases\.marker: Unknown list marker "◆".*use "pattern"/)]);
    expect(messages({ pattern: '(' })[0]).toMatch(/\[2\]\.cases\.pattern: Not a regular expression/);
    expect(messages({ marker: '一、', pattern: '^◆' })[0]).toMatch(/\[2\]\.cases: Give exactly one of "marker" and "pattern"/);
    expect(messages({ pattern: '^◆', sectoin: '案例' })[0]).toMatch(/\[2\]\.cases\.sectoin: Unknown key "sectoin"\. Did you mean "section"\?/);
    expect(messages('numbered')[0]).toMatch(/\[2\]\.cases: "cases" must be an object/);
  });
});
