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
  {
    name: '十分 is an adverb after a Chinese numeral, as 分 is after a lone digit',
    read: [['评审专家打分，该项目得分九十分。', '九十分', { value: 90, unit: '分' }]],
    notRead: [['群众反映的问题十分集中', '十分']],
  },
  {
    name: 'idioms of paired round numbers name no quantity',
    read: [['新建住房上千套，惠及千家居民', '上千套', { value: 1000, unit: '套', qualifier: 'approx' }]],
    notRead: [
      ['社区工作千头万绪，需要统筹', '千头'],
      ['服务走进千家万户', '千家'],
      ['干部千方百计解决难题', '千方'],
    ],
  },
  {
    name: 'a size class (N亿级产业) is a label, as 千亿级 is',
    read: [['全区划分为5级风险区域', '5级', { value: 5, unit: '级' }]],
    notRead: [['培育3个300亿级产业集群', '300亿级'], ['打造百万级用户平台', '百万级']],
  },
  {
    name: "a project's phase is an ordinal",
    read: [['全年举办三期培训班', '三期', { value: 3, unit: '期' }]],
    notRead: [['滨江绿道改造（二期）完成验收', '二期'], ['高铁站三期扩建工程开工', '三期']],
  },
  {
    name: 'a round span after a verb of reaching an age is a duration',
    read: [['这座老桥已届百年的历史', '百年', { value: 100, unit: '年', qualifier: 'exact' }]],
    notRead: [['应对百年变局', '百年'], ['保护千年古城', '千年']],
  },
  {
    name: 'comparisons of size are bounds (小于, 大于)',
    read: [
      ['对面积小于500平方米的门店实行告知承诺', '小于500平方米', { value: 500, unit: '平方米', qualifier: 'under' }],
      ['出让大于5公顷的地块', '大于5公顷', { value: 5, unit: '公顷', qualifier: 'over' }],
      ['门店面积500平方米，全部完成改造', '500平方米', { value: 500, qualifier: 'exact' }],
      ['面积不小于50平方米', '不小于50平方米', { qualifier: 'at_least' }],
    ],
    notRead: [],
  },
  {
    name: "a qualifier governs an amount across the currency's name",
    read: [
      ['带动投资超人民币5亿元', '超人民币5亿元', { value: 500000000, unit: '元', qualifier: 'over' }],
      ['创造逾新台币二十亿元产值', '逾新台币二十亿元', { value: 2000000000, qualifier: 'over' }],
      ['募集新台币二十亿元', '二十亿元', { value: 2000000000, qualifier: 'exact' }],
    ],
    notRead: [],
  },
  {
    name: 'a qualifier after the last of figures joined by a conjunction governs them all',
    read: [
      ['两区营收分别达到300亿元和120亿元左右', '300亿元', { value: 30000000000, qualifier: 'approx' }],
      ['覆盖率分别达到90%和85%以上', '90%', { value: 90, qualifier: 'over' }],
      ['覆盖率分别达到90%、85%以上', '90%', { value: 90, qualifier: 'over' }],
      // Another unit, or a clause between, keeps the first figure exact.
      ['建成30个站点和120公里以上绿道', '30个', { value: 30, qualifier: 'exact' }],
      ['覆盖率达到90%，满意度85%以上', '90%', { value: 90, qualifier: 'exact' }],
    ],
    notRead: [],
  },
  {
    name: 'nouns counted with no classifier are their own unit',
    read: [
      ['调研覆盖全国12省份35城市。', '12省份', { value: 12, unit: '省份' }],
      ['调研覆盖全国12省份35城市。', '35城市', { value: 35, unit: '城市' }],
      ['再看东部三县，', '三县', { value: 3, unit: '县' }],
      ['城区及5区共有8个项目上榜', '5区', { value: 5, unit: '区' }],
      ['甲镇、乙镇两地经验获推广', '两地', { value: 2, unit: '地' }],
      ['全省三项目获评示范工程', '三项目', { value: 3, unit: '项目' }],
      ['年内完成5项目标任务', '5项', { value: 5, unit: '项' }],
      ['全市9区县均已完成', '9区县', { value: 9, unit: '区县' }],
    ],
    notRead: [
      ['加快建设两区一中心', '两区'],
      ['对口支援三区三州', '三区'],
      ['推动百县千镇万村高质量发展', '百县'],
      ['2019地区生产总值增长6%', '2019'],
      ['营商环境2.0版1平台2区域10工程', '2区'],
      ['5市委统战部牵头推进', '5市'],
      ['东湖三村旧改项目启动', '三村'],
      ['推进三市联动发展', '三市'],
      ['深化两地协同机制', '两地'],
    ],
  },
  {
    name: 'item numbers of a list run together on one line',
    read: [['名单如下 甲县：便民模式 2.乙市：共享平台 全年增长 2.5%', '2.5%', { value: 2.5, unit: '%' }]],
    notRead: [
      ['名单如下 甲县：便民模式 2.乙市：共享平台 3.丙区：调解机制', '2.'],
      ['名单如下 甲县：便民模式 2.乙市：共享平台 3.丙区：调解机制', '3.'],
    ],
  },
  {
    name: 'a month-day date with a leading zero, in a list of news',
    read: [['本周新增项目10-20个', '10-20个', { value: 20, unit: '个' }]],
    notRead: [['全市开展应急演练06-18\n街道举办便民活动06-17', '18'], ['全市开展应急演练06-18\n街道举办便民活动06-17', '17']],
  },
  {
    name: 'the terms of a formula written as a slogan',
    read: [['新增3个+2个服务点', '2个', { value: 2, unit: '个' }]],
    notRead: [['形成1+1>2的合力', '1>'], ['实现1+1=2的效果', '1=']],
  },
  {
    name: 'a lone 一 is the number one where its position makes it a count',
    read: [
      ['线上征集持续一周的时间', '一周', { value: 1, unit: '周' }],
      ['新校区提前一年投入使用', '一年', { value: 1, unit: '年' }],
      ['仅用一个月时间完成改造', '一个月', { value: 1, unit: '个月' }],
      ['用了一年时间完成改造', '一年', { value: 1, unit: '年' }],
      ['申报三件作品，最终一件成功入选', '一件', { value: 1, unit: '件' }],
    ],
    notRead: [
      ['有一天他来到社区', '一天'],
      ['这是一项大胆的改革', '一项'],
      ['回顾过去的一年', '一年'],
      ['一件成功的作品', '一件'],
    ],
  },
  {
    name: "a year glued to a province's or city's name opens an event's name",
    read: [['全市新增2019台充电桩', '2019台', { value: 2019, unit: '台' }]],
    notRead: [['2019台湾灯会在屏东举办', '2019'], ['2024台州马拉松鸣枪开跑', '2024']],
  },
  {
    name: 'a span of time inside the name of a meeting the clause holds',
    read: [
      ['市里召开为期三天的工作大会', '三天', { value: 3, unit: '天' }],
      ['召开会议，总结五年来的工作', '五年', { value: 5, unit: '年' }],
    ],
    notRead: [['区里召开“绿美行动”两年见实效专题新闻发布会', '两年'], ['举办改革三年成果展示论坛', '三年']],
  },
  {
    name: 'a quantity stressed as small is stated even inside a titled headline',
    read: [['作品《仅3天建成方舱医院》获一等奖', '3天', { value: 3, unit: '天' }]],
    notRead: [['印发《3年行动方案》', '3年'], ['作品《3天建成方舱医院》获一等奖', '3天']],
  },
  {
    name: 'units of computing power beside 算力',
    read: [
      ['新建200P算力的智算中心', '200P', { value: 200, unit: 'P' }],
      ['全市算力规模达到5EFLOPS', '5EFLOPS', { value: 5, unit: 'EFLOPS' }],
    ],
    notRead: [['建成200P网络平台', '200'], ['开通5G基站', '5G']],
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

/** Figure classes the ninth blind set (140–155) showed, same form: made-up sentences, a negative beside each positive. */
const CLASSES_140: { name: string; read: Read[]; notRead: NotRead[] }[] = [
  {
    name: 'a half inside a time unit built on 个 (一个半月, 两个半小时)',
    read: [
      ['整改工作历时一个半月全部完成', '一个半月', { value: 1.5, unit: '个月', qualifier: 'exact' }],
      ['评审会开了两个半小时', '两个半小时', { value: 2.5, unit: '个小时' }],
      ['试点运行了3个半月', '3个半月', { value: 3.5, unit: '个月' }],
    ],
    notRead: [['每一个半成品都要检验', '一个'], ['这个半年度报告已提交', '这个']],
  },
  {
    name: 'a two-character qualifier after a space (98% 以上)',
    read: [
      ['改造 95% 以上的路灯', '95% 以上', { value: 95, unit: '%', qualifier: 'over' }],
      ['每户补贴 300 元 左右', '300 元 左右', { value: 300, qualifier: 'approx' }],
      // Beside them: a space before a word that is no qualifier, or before a one-character one, leaves the figure exact.
      ['改造 95% 以外的路灯由企业负责', '95%', { value: 95, qualifier: 'exact' }],
      ['新增 20 个 多功能站点', '20 个', { value: 20, qualifier: 'exact' }],
    ],
    notRead: [],
  },
  {
    name: 'the top N places tied by 的 to what holds them (前五名的单位)',
    read: [['本次共有7名的获奖者', '7名', { value: 7, unit: '名' }]],
    notRead: [['获得前五名的单位将代表全县参赛', '五名'], ['位列前3名的项目获得奖励', '3名']],
  },
  {
    name: 'a lone 一 first in a list of counts in the same unit (一年、三年、五年目标)',
    read: [
      ['制定一年、三年、五年发展目标', '一年', { value: 1, unit: '年', qualifier: 'exact' }],
      ['按一个、两个、三个的梯次建设示范点', '一个', { value: 1, unit: '个' }],
    ],
    notRead: [['有一年、一天都不曾休息', '一年'], ['一项、一件地抓落实', '一项']],
  },
  {
    name: 'a numeral opening a town\'s name inside an address (某县三门海镇坡心村)',
    read: [
      ['全县三个乡镇五个村入选', '三个', { value: 3, unit: '个' }],
      ['该县三门课程镇村干部必修', '三门', { value: 3, unit: '门' }],
    ],
    notRead: [['入选名单：某某市某某县三门海镇坡心村', '三门'], ['某某县五里桥镇东风社区获评示范社区', '五里']],
  },
  {
    name: 'digits glued after lower-case Latin letters are a handle or code (xg111)',
    read: [
      ['全市建成5G基站300个', '300个', { value: 300, unit: '个' }],
      ['通过网页报名的群众已有120人', '120人', { value: 120, unit: '人' }],
    ],
    notRead: [['关注账号ab2024三,了解详情', '2024'], ['访问页面xyz888获取资料', '888']],
  },
];

describe('figure classes of the blind set 140–155', () => {
  for (const { name, read, notRead } of CLASSES_140) {
    describe(name, () => {
      it.each(read)('%s — %s', (sentence, raw, fields) => {
        expect(figureOf(sentence, raw)).toMatchObject(fields);
      });
      if (notRead.length) {
        it.each(notRead)('%s — %s is not a figure', (sentence, raw) => {
          expect(isFigure(sentence, raw)).toBe(false);
        });
      }
    });
  }
});
