/**
 * Cases named inside sentences of reports the pipeline has never seen: award entries as the subject of an award,
 * names before a selection verb, the owner of each name, the year of the list a name entered, and the narrative
 * headings that are not cases. The texts are written here in the shapes real award notices and summaries use.
 */
import { casesOfUnseen } from '../helpers/unseen-cases.ts';
import { describe, expect, it } from 'vitest';
import { report } from '../helpers/report.ts';
import { contentTables } from '../helpers/seeds.ts';
import { extractCases } from '../../scripts/pipeline/cases.ts';

const tables = contentTables();
const unseen = casesOfUnseen;

describe('award entries named inside a sentence', () => {
  it('gives each entry its own owner (owner的title), and 一等奖 does not close a list like 等', () => {
    const c = unseen([
      '首届社区治理创新成果评选结果揭晓',
      '经专家评审，城南街道和平社区的“邻里议事厅”协商模式荣获一等奖；江北街道新桥社区的智慧养老服务模式和西湖街道文昌社区的“五社联动”工作法获得二等奖。',
    ]);
    expect(c.map((x) => [x.owner, x.title])).toEqual([
      ['城南街道和平社区', '“邻里议事厅”协商模式'],
      ['江北街道新桥社区', '智慧养老服务模式'],
      ['西湖街道文昌社区', '“五社联动”工作法'],
    ]);
  });

  it('places an entry whose owner names no place of its own (a community) in the report\'s district', () => {
    const doc = report(['首届社区治理创新成果评选结果揭晓', '松园街道竹林社区的“邻里议事厅”协商模式荣获一等奖。'].join('\n'), { region: { city: '无锡市', district: '滨湖区' }, kind: 'unknown' });
    expect(extractCases(doc, { tables }).map((x) => [x.owner, x.district, x.city])).toEqual([['松园街道竹林社区', '滨湖区', '无锡市']]);
  });

  it('takes bare names as entries of a prize, once each, but not a place that won one nor a tally of prizes', () => {
    const c = unseen([
      '社区生活圈优秀案例评选结果出炉',
      '白云区荣获“整体贡献奖”，辖区内共荣获12项优秀案例奖。',
      '在活力空间赛道中，沙河口袋公园和东湖体育公园获评匠心创意奖，沙河口袋公园获评人民满意奖。',
    ]);
    expect(c.map((x) => x.title)).toEqual(['沙河口袋公园', '东湖体育公园']);
  });
});

describe('names before a selection verb', () => {
  it('reads quoted names joined by 和 before a scope (从…中脱颖而出), with the year of the list named after them', () => {
    const c = unseen([
      '两案例入选年度改革案例',
      '记者获悉，“山区县域医共体建设探索”和“‘红色物业’推动小区治理”从全国600多个改革案例中脱颖而出，在10个“2021中国改革年度案例”中占据两席。',
    ]);
    expect(c.map((x) => [x.title, x.year])).toEqual([
      ['山区县域医共体建设探索', 2021],
      ['‘红色物业’推动小区治理', 2021],
    ]);
  });

  it('names the owner of a 授予…等N个项目 list from the places it opens with, not in its title', () => {
    const c = unseen(['改革奖揭晓', '省委、省政府决定，授予宜昌市夷陵区深化农村集体产权制度改革等10个项目“改革奖（项目奖）”，授予某某新材料有限公司等10家企业“改革奖（企业奖）”。']);
    expect(c.map((x) => [x.owner, x.title, x.district])).toEqual([['宜昌市夷陵区', '深化农村集体产权制度改革', '夷陵区']]);
  });

  it('reads bare names as cases when a count and a qualifier stand between 等 and the case word (等2项改革典型经验)', () => {
    const c = unseen([
      '全市改革工作推进会召开',
      '会上，“街巷长制”改革、社区养老服务综合体建设等2项改革典型经验入选全省改革典型。',
    ], '广州市');
    expect(c.map((x) => x.title)).toEqual(['“街巷长制”改革', '社区养老服务综合体建设']);
  });

  it('reads a name as a case when the sentence gives it the role of a case (A作为…典型案例…), whatever the verb after', () => {
    const c = unseen([
      '改革工作综述',
      '“街巷长制”工作法作为基层治理典型经验案例在全省推广;城南街道作为全省试点单位,推行网格化管理。',
    ], '广州市');
    expect(c.map((x) => x.title)).toEqual(['“街巷长制”工作法']);
  });

  it('gives a name without an owner the unit the paragraph opens with, not the place inside the previous title', () => {
    const c = unseen([
      '2023年工作总结',
      '2023年，广州市交通运输局坚持改革创新，服务水平持续提升。“黄埔区智慧停车一体化改革”成功入选全国交通运输创新案例，“公交优先信号协同系统”获评2023年广州市数字政府优秀案例。',
    ], '广州市');
    expect(c.map((x) => [x.title, x.owner])).toEqual([
      ['黄埔区智慧停车一体化改革', '广州市交通运输局'],
      ['公交优先信号协同系统', '广州市交通运输局'],
    ]);
  });
});

describe('a 《》 title put forward by a unit', () => {
  it('takes the unit written before 申报的《…》 as the owner, and the title without its book marks', () => {
    const c = unseen(['据省民政厅消息，在首届城市治理最佳实践案例评选中，芜湖市委市政府申报的《“芜湖经验”探索中等城市治理新路》荣获最佳案例奖。']);
    expect(c.map((x) => [x.owner, x.title, x.city])).toEqual([['芜湖市委市政府', '“芜湖经验”探索中等城市治理新路', '芜湖市']]);
  });

  it('is no case when it names the programme that covered a reform (获《…》专题报道) or a public notice of a list (《…名单公示》)', () => {
    const c = unseen([
      '“邻里议事厅”协商模式作为典型经验案例获推广；城南街道“五社联动”改革获《新闻联播》专题报道，相关做法获《人民日报》头版刊发。',
      '记者发现，省农业农村厅官网发布了《2022年度美丽乡村示范县名单公示》，全省共有5个县入选。',
    ]);
    expect(c.map((x) => x.title)).toEqual(['“邻里议事厅”协商模式']);
  });
});

describe('narrative headings', () => {
  it('are not cases under a lead-in that names the 20th party congress (二十大 holds no 十大)', () => {
    const c = unseen([
      '全区以优异成绩迎接党的二十大胜利召开，持续推进以下改革。',
      '一、智慧停车改革', '全区建成智慧停车平台。',
      '二、社区养老服务改革', '全区建成长者饭堂。',
      '三、基层治理改革', '全区推行网格化管理。',
    ], '广州市');
    expect(c).toEqual([]);
  });

  it('is a heading whose text opens with a lone heading numbered in another style (二、… then （一）…)', () => {
    const c = unseen([
      '本年度评选的改革项目如下。',
      '一、总体要求', '坚持改革创新。',
      '二、重大平台改革', '（一）深化口岸经济带建设改革', '健全沟通协作联动机制。（牵头单位：区发展改革局）',
    ], '广州市');
    expect(c.map((x) => x.title)).not.toContain('重大平台改革');
  });

  it('are not cases, even under a lead-in about a case list', () => {
    const c = unseen([
      '近日，全市改革案例评选结果正式出炉，本文从评选背景、案例特点等方面解读。',
      '一、评选背景',
      '为展示改革成果，市委改革办开展了评选活动。',
      '二、案例特点',
      '覆盖面广，贴近民生。',
      '三、案例亮点',
      '如推行课后服务，解决家长接送难题。',
    ], '广州市');
    expect(c).toEqual([]);
  });
});
