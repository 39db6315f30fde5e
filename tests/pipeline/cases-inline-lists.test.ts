/**
 * Lists of cases named inside sentences without quotes: a list the sentence says is one of cases (its subject is
 * cases, or a case noun follows 等, or the names were selected into or as cases) takes bare names; any other list
 * (the scope of an award, technologies, companies in a ranking) does not. Also: a role between the names and their
 * verb, a noun holding a selection verb (获得感), publications in 《》, a clause ending in 的 before a quoted name,
 * and a list of examples continuing the sentence before it. The texts are written here in the shapes of real notices.
 */
import { casesOfUnseen } from '../helpers/unseen-cases.ts';
import { describe, expect, it } from 'vitest';
import { report } from '../helpers/report.ts';
import { contentTables } from '../helpers/seeds.ts';
import { extractCases } from '../../scripts/pipeline/cases.ts';

const tables = contentTables();
const unseen = (lines: string[]) => casesOfUnseen(lines).map((c) => c.title);

describe('bare names in a list of cases', () => {
  it('reads the items after a lead whose subject is cases (…案例包括：A、B、C), not other lists near cases', () => {
    expect(unseen([
      '某省5项改革经验获推广',
      '获得推广的5项改革创新案例包括：推行企业开办一日办结、建立跨部门联合监管机制、开展用地审批告知承诺改革。',
      // The scope of an award, technologies, companies in a ranking, and a noun holding a selection verb (获得感).
      '该奖项每两年评选一次，奖励范围包括经济体制改革、社会体制改革、生态文明体制改革。',
      '获奖案例中的举措创新性强，如大数据、人工智能、区块链等新技术应用。',
      '某科技、某网络、某信息入选中国互联网企业百强。',
      '专家表示，评审出的案例都是能给市民、企业带来实实在在获得感的项目。',
    ])).toEqual(['推行企业开办一日办结', '建立跨部门联合监管机制', '开展用地审批告知承诺改革']);
  });

  it('reads the items of a list closed by 等 and a case noun (A、B等案例入选)', () => {
    expect(unseen(['某区两项改革获评', '社区食堂运营新机制、“一网统管”城市治理平台等案例入选全国基层治理优秀案例。'])).toEqual([
      '社区食堂运营新机制', '“一网统管”城市治理平台',
    ]);
  });

  it('reads names selected as cases, without the role they were selected as (A、B分别作为“…类”典型案例入选)', () => {
    expect(unseen(['两项目入选全国典型案例', '近日，某部公布第一批典型案例，老纺织厂改造文创园区项目、滨江湿地生态修复工程分别作为“建筑改造类”和“生态修复类”典型案例入选。'])).toEqual([
      '老纺织厂改造文创园区项目', '滨江湿地生态修复工程',
    ]);
  });

  it('continues the sentence before a list of examples (…案例，…。例如A、B、C等)', () => {
    expect(unseen(['创新案例评审会召开', '“今年参评的制度创新案例，质量普遍较高。”专家表示，例如创新“海铁联运”新模式、首创跨境数据流动试点机制、打造“一站式”退税服务等，都切中企业难点。'])).toEqual([
      '创新“海铁联运”新模式', '首创跨境数据流动试点机制', '打造“一站式”退税服务',
    ]);
  });

});

describe('names inside a sentence about cases', () => {
  it('takes a quoted name out of the clause ending in 的 before it, and counts of times out of the verb (先后两次荣获)', () => {
    expect(unseen(['某区社区治理成果丰硕', '近年来，某区探索实践的“楼门议事厅”和“邻里互助站”工作先后两次荣获全国社区治理十大创新成果。'])).toEqual([
      '楼门议事厅', '邻里互助站',
    ]);
  });

  it('never reads a newspaper or a yearbook in 《》 as a case', () => {
    expect(unseen(['某市一项目入选', '据《南方日报》消息，某市城市更新项目入选全国典型案例，并收入《中国改革年鉴》。'])).not.toContain('南方日报');
    expect(unseen(['某市一项目入选', '据《南方日报》消息，某市城市更新项目入选全国典型案例，并收入《中国改革年鉴》。'])).not.toContain('中国改革年鉴');
  });
});

describe('a numbered list of cases', () => {
  const doc = () =>
    report(
      [
        '本期发布典型案例4例，展现了赤峰市、乌海市海勃湾区、兴安盟、通辽市等地的实践探索，供参考借鉴。',
        '全区优化营商环境建设典型案例（2025年第1期）',
        '1.“数字监管”赤峰市构建智慧执法体系的实践探索',
        '2.乌海市海勃湾区：推行“一件事”集成办理 打造政务服务新样板',
        '3.兴安盟以要素改革精准发力 打通项目落地“快车道”',
        '4.全流程服务 多维度保障——通辽市人才服务体系的创新实践',
        '近年来，赤峰市深入推进智慧执法，监管效能明显提升。',
      ].join('\n'),
      { region: { city: null, district: null }, kind: 'unknown', year: null, period: { start: '', end: '', label: '' } },
    );

  it('keeps every entry after an `owner：title` entry (a sibling line is never part of its text)', () => {
    expect(extractCases(doc(), { tables }).map((c) => c.title)).toEqual([
      '“数字监管”赤峰市构建智慧执法体系的实践探索',
      '推行“一件事”集成办理 打造政务服务新样板',
      '兴安盟以要素改革精准发力 打通项目落地“快车道”',
      '全流程服务 多维度保障——通辽市人才服务体系的创新实践',
    ]);
  });

  it('places an entry whose title names a place there, not in the district the report opens with', () => {
    const first = extractCases(doc(), { tables })[0]!;
    expect([first.city, first.district]).toEqual(['赤峰市', null]);
  });
});

describe('where a case named inside a sentence stands', () => {
  const cases = (lines: string[]) =>
    extractCases(report(lines.join('\n'), { region: { city: null, district: null }, kind: 'unknown', year: null, period: { start: '', end: '', label: '' } }), { tables });

  it('stands in the county its title names right after the city (湖州市安吉县…), not in the city', () => {
    const c = cases(['两项目入选全国典型案例', '近日，某部公布第一批典型案例，湖州市安吉县竹林碳汇改革项目、衢州市龙游县数字乡村建设项目作为典型案例入选。']);
    expect(c.map((x) => [x.title, x.district])).toEqual([
      ['湖州市安吉县竹林碳汇改革项目', '安吉县'],
      ['衢州市龙游县数字乡村建设项目', '龙游县'],
    ]);
  });

  it('belongs to the unit its paragraph opens with after a 【】 label (【概况】南山区位于…)', () => {
    const c = cases(['行政分区', '【概况】南山区位于深圳市西部。全区“智慧审批”改革项目入选全国“互联网+政务服务”优秀实践案例。']);
    expect(c.map((x) => [x.title, x.owner])).toEqual([['“智慧审批”改革项目', '南山区']]);
  });
});

describe('a numbered list of sections', () => {
  it('reads no case from a heading whose sibling heads a list of its own (一、… 一是… 二是… 二、…)', () => {
    expect(
      unseen([
        '某县集成改革试点入选“地方改革创新40案例”，荣获全省改革特色做法示范案例。',
        '一、全面夯实党建统领这一根本保障',
        '认真贯彻落实改革部署要求，强化党建统领。',
        '一是突出高位统筹。县委书记担任领导小组组长。',
        '二是突出系统谋划。出台集成改革方案。',
        '二、着力构建便捷高效的政务服务体系',
        '始终把提高群众获得感作为最终目的。',
      ]),
    ).not.toContain('着力构建便捷高效的政务服务体系');
  });
});
