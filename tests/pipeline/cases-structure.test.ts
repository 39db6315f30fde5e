/**
 * Cases read from document structure in reports the pipeline has never seen,
 * written here in the shapes real reports use (award lists, candidate lists
 * with recommenders, lists inside one sentence, lead units, narrative reviews).
 */
import { describe, expect, it } from 'vitest';
import { report } from '../helpers/report.ts';
import { contentTables } from '../helpers/seeds.ts';
import { extractCases, extractCasesConsidered } from '../../scripts/pipeline/cases.ts';
import { caseReport, caseWarning } from '../../scripts/pipeline/cases-report.ts';
import { listsOf, markerOf } from '../../scripts/pipeline/structure.ts';

const tables = contentTables();

describe('structure: list markers at every level', () => {
  it('reads each marker style with its number', () => {
    const read = (t: string) => markerOf(t) && [markerOf(t)!.style, markerOf(t)!.n];
    expect(read('一、主要工作情况')).toEqual(['cn-dun', 1]);
    expect(read('（十二）深化改革')).toEqual(['cn-paren', 12]);
    expect(read('3. 黄埔区：…')).toEqual(['num', 3]);
    expect(read('（2）推进…')).toEqual(['num-paren', 2]);
    expect(read('④ 试点')).toEqual(['circled', 4]);
    expect(read('二是率先推动')).toEqual(['cn-shi', 2]);
    expect(read('第三，强化保障')).toEqual(['cn-ordinal', 3]);
    expect(read('第2名：海珠区')).toEqual(['rank', 2]);
    expect(read('排名3 天河区')).toEqual(['rank', 3]);
    expect(read('案例五：智慧停车')).toEqual(['case', 5]);
    expect(read('【越秀区】长者饭堂')).toEqual(['bracket', null]);
    expect(markerOf('2019年上半年')).toBeNull();
    expect(markerOf('一体化推进')).toBeNull();
  });

  it('forms lists of consecutive numbers in one style, whatever lies between', () => {
    const doc = report(['标题', '一、甲', '正文。', '（一）子', '（二）子', '二、乙', '三、丙', '1. 单独'].join('\n'), {});
    expect(listsOf(doc).map((l) => [l.style, l.items.length])).toEqual([['cn-dun', 3], ['cn-paren', 2]]);
  });
});

describe('cases from structure in unseen reports', () => {
  it('title lines followed by a recommender, with the recommender as owner', () => {
    const doc = report([
      '第二届湖北改革奖（项目奖）候选项目简介',
      '探索科技成果转化的“武汉样板”',
      '（武汉市委全面深化改革委员会推荐）',
      '武汉市设立科技成果转化局，推进高校院所科技成果就地转化。',
      '“多规合一”改革打造营商环境新高地',
      '（宜昌市委全面深化改革委员会推荐）',
      '宜昌市推进空间规划改革，项目审批时间压缩一半。',
    ].join('\n'), { region: { city: null, district: null }, kind: 'unknown' });
    const c = extractCases(doc, { tables });
    expect(c.map((x) => [x.title, x.city, x.province, x.shape])).toEqual([
      ['探索科技成果转化的“武汉样板”', '武汉市', '湖北省', 'recommended'],
      ['“多规合一”改革打造营商环境新高地', '宜昌市', '湖北省', 'recommended'],
    ]);
    expect(c[0]!.cues).toContain('a recommender line after the title');
  });

  it('several owners and quoted titles listed in one sentence, with county, city and province', () => {
    const doc = report([
      '湖北6个案例入选年度地方全面深化改革典型案例',
      '此次，湖北共6个案例入选，分别是：武汉市江夏区“推进国家数字乡村试点改革”、荆州市沙市区“‘四学策略’推动素养课堂出新出彩”、恩施州鹤峰县“积极创建涉企保证金最优县市”。',
    ].join('\n'), { region: { city: null, district: null }, kind: 'unknown' });
    const c = extractCases(doc, { tables });
    expect(c.map((x) => [x.owner, x.title, x.district, x.city, x.province])).toEqual([
      ['武汉市江夏区', '推进国家数字乡村试点改革', '江夏区', '武汉市', '湖北省'],
      ['荆州市沙市区', '‘四学策略’推动素养课堂出新出彩', '沙市区', '荆州市', '湖北省'],
      ['恩施州鹤峰县', '积极创建涉企保证金最优县市', '鹤峰县', '恩施土家族苗族自治州', '湖北省'],
    ]);
  });

  it('quoted titles after 评选出 without owners; honours a place received are not cases', () => {
    const doc = report([
      '厦门评出十佳改革案例',
      '经专家评审，评选出“一窗受理、集成服务”“多规合一”业务协同平台等十佳改革案例。',
      '思明区获评“全国营商环境十佳城区”“改革开放示范区”。',
    ].join('\n'), { region: { city: '厦门市', district: null } });
    expect(extractCases(doc, { tables }).map((x) => x.title)).toEqual(['一窗受理、集成服务', '“多规合一”业务协同平台']);
  });

  it('award lists by level, items on the line or below it', () => {
    const doc = report([
      '2022年度上海市基层改革创新项目评选结果',
      '一等奖：浦东新区“一业一证”改革、徐汇区“一网统管”城市运行',
      '二等奖（2个）',
      '闵行区：社区养老服务综合体',
      '嘉定区：工程建设项目审批“一站式”服务',
    ].join('\n'), { region: { city: '上海市', district: null } });
    const c = extractCases(doc, { tables });
    expect(c.map((x) => [x.owner, x.district, x.city, x.province])).toEqual([
      ['浦东新区', '浦东新区', '上海市', '上海市'],
      ['徐汇区', '徐汇区', '上海市', '上海市'],
      ['闵行区', '闵行区', '上海市', '上海市'],
      ['嘉定区', '嘉定区', '上海市', '上海市'],
    ]);
    expect(c[2]!.title).toBe('社区养老服务综合体');
  });

  it('a numbered list under a heading that names a list of cases, owners in brackets or before a colon', () => {
    const doc = report([
      '关于2023年度改革创新优秀案例的通报',
      '经评审，以下案例入选：',
      '1. 黄埔区：创设“项目筹建合伙人”机制',
      '2. 推行“信用+审批”改革（市政务服务数据管理局）',
      '3. 增城区派潭镇：“村晚”激活乡村价值',
    ].join('\n'), { kind: 'summary' });
    const c = extractCases(doc, { tables });
    expect(c.map((x) => [x.owner, x.district, x.shape])).toEqual([
      ['黄埔区', '黄埔区', 'owner-colon'],
      ['市政务服务数据管理局', null, 'numbered'],
      ['增城区派潭镇', '增城区', 'numbered'],
    ]);
    expect(c[1]!.cues.some((cue) => cue.includes('入选'))).toBe(true);
  });

  it('a narrative review: numbered section headings are considered and rejected, and extract warns', () => {
    const doc = report([
      '2023年全面深化改革工作总结',
      '一、聚焦重点领域突破',
      '今年以来，全市聚焦重点领域，持续深化改革。',
      '二、聚力重点环节改革攻坚',
      '围绕关键环节，推进改革攻坚，取得积极成效。',
      '三、强化改革工作保障',
      '健全改革推进机制，压实工作责任。',
    ].join('\n'), { kind: 'summary' });
    const { cases, considered } = extractCasesConsidered(doc, { tables });
    expect(cases).toEqual([]);
    expect(considered.map((c) => [c.title, c.status])).toContainEqual(['聚焦重点领域突破', 'below-threshold']);
    const warning = caseWarning(doc, caseReport(doc, cases, considered));
    expect(warning).toMatch(/no case found/);
    expect(warning).toMatch(/一、 ×3/);
    expect(warning).toMatch(/content\/reviews\/<document id>\.yaml/);
  });
});
