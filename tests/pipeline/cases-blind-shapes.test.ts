/**
 * Case shapes of the blind set 49–61 (tests/fixtures/reports/README.md), each on a short sentence written the way
 * those reports write it, with a negative beside it: corner-bracket titles (「」, Taiwan), a quoted list continued
 * after a comma, one case named twice, a lone 案例一 with its owner in the body, a unit before a quote, practices
 * joined by 和, and cases named in pairs 从“A”到“B” by a lead.
 */
import { describe, expect, it } from 'vitest';
import { casesOfUnseen } from '../helpers/unseen-cases.ts';
import { sameTitle } from '../../scripts/pipeline/cases-mentions.ts';

const unseen = (lines: string[]) => casesOfUnseen(lines);
const pairs = (lines: string[]) => unseen(lines).map((c) => [c.owner, c.title]);

describe('titles in corner brackets 「」, read as titles in “”', () => {
  it('takes <owner>「T」專案獲得…優選 and <subject>以「T」專案獲得…, the subject as owner', () => {
    expect(pairs([
      '城市治理卓越奖颁奖',
      '社会处去年专案获得社会进步组首奖后，今年再以「幸福亲子包是个『敲门砖』」专案获得社会进步组优选佳绩，由专业社工到宅访视。',
      '建设处「一栋老屋一个梦：重写聚落未来」专案获得经济成长组优选，带动地方文化再生。',
    ])).toEqual([
      ['社会处', '幸福亲子包是个『敲门砖』'],
      ['建设处', '一栋老屋一个梦：重写聚落未来'],
    ]);
  });

  it('takes no subject with a time word as a name (社会处去年专案获得…首奖)', () => {
    expect(pairs(['城市治理卓越奖颁奖', '社会处去年专案获得社会进步组首奖后，持续推动服务。'])).toEqual([]);
  });

  it('reads a list <owner>「T」、<owner>「T」，以及<owner>「T」等3项…，荣获… and folds the headline naming its first entry', () => {
    expect(pairs([
      '云林县府水利处「云林溪流域创生计划」荣获「社会创新共融类」奖项',
      '第8届政府服务奖颁奖典礼今日举行，云林县府水利处「云林溪流域创生计划」、土库镇公所「叫Bookpanda送—整个土库都是我的图书馆」，以及台大医院云林分院「打造安全防『妇』网～偏乡妇幼的靠山」等3项服务方案，荣获「社会创新共融类」奖项。',
    ])).toEqual([
      ['云林县府水利处', '云林溪流域创生计划'],
      ['土库镇公所', '叫Bookpanda送—整个土库都是我的图书馆'],
      ['台大医院云林分院', '打造安全防『妇』网～偏乡妇幼的靠山'],
    ]);
  });

  it('does not continue a list across a comma with bare words after 以及 (the units presenting cases are no cases)', () => {
    expect(pairs([
      '自贸试验区制度创新案例评审会召开',
      '评审会上，来自郑州、开封、洛阳三个片区管委会和新乡、南阳、济源联动创新区，以及省直单位、重点企业等案例负责人依次登台。',
    ])).toEqual([]);
  });
});

describe('a lone 案例一 after a lead that names the collection', () => {
  it('is a case, its owner the unit the body says built it (由<unit>建设运维)', () => {
    expect(pairs([
      '日前，哈尔滨市开展数字政府优秀实践案例征集，确定 20个全市数字政府建设优秀案例。',
      '案例一、哈尔滨市公共数据开放平台项目',
      '哈尔滨市公共数据开放平台由哈尔滨市大数据中心建设运维，为社会公众提供可机读下载数据服务。',
    ])).toEqual([['哈尔滨市大数据中心', '哈尔滨市公共数据开放平台项目']]);
  });

  it('is no case without a lead or title naming a list', () => {
    expect(pairs([
      '城市更新工作综述',
      '案例一、老旧小区改造',
      '老旧小区改造由区住房城乡建设局牵头实施，惠及居民两万户。',
    ])).toEqual([]);
  });
});

describe('a kind of unit before a quote, and a place’s practice commended', () => {
  it('keeps 律师事务所“…” whole in a list said to be cases, and reads <place><reform>经验做法获…表彰 with the place as owner', () => {
    const c = unseen([
      '赣州全面深化改革',
      '2018年，于都县公立医院综合改革经验做法获国务院表彰；律师事务所“党建促所建”、乡镇纪委标准化规范化建设等2个改革典型经验入选全省10个基层改革典型。',
    ]);
    expect(c.map((x) => x.title)).toEqual(['公立医院综合改革经验做法', '律师事务所“党建促所建”', '乡镇纪委标准化规范化建设']);
    expect(c[0]!.owner).toBe('于都县');
  });

  it('still takes a named unit before a quote as the owner in such a list, and 获 without a commendation selects nothing', () => {
    expect(pairs([
      '赣州全面深化改革',
      '于都县“党建促所建”、瑞金市“一窗受理”等2个改革典型经验入选全省10个基层改革典型。',
      '于都县公立医院综合改革经验做法获批复实施。',
    ])).toEqual([['于都县', '党建促所建'], ['瑞金市', '一窗受理']]);
  });
});

describe('two practices joined by 和 before 相关做法，纳入…典型经验', () => {
  it('reads each practice as a case, the subject of the verb the next clause opens with', () => {
    expect(unseen([
      '龙岗区改革案例回顾',
      '二三产业混合用地新模式和地上地表地下分层设立建设用地使用权相关做法，纳入深圳综合改革试点创新举措和典型经验，获国家发展改革委等部门在全国推广。',
    ]).map((c) => c.title)).toEqual(['二三产业混合用地新模式', '地上地表地下分层设立建设用地使用权相关做法']);
  });

  it('reads none when what they are put into is no list of cases or experiences', () => {
    expect(unseen([
      '龙岗区改革案例回顾',
      '老旧小区改造和既有住宅加装电梯相关做法，纳入全市年度民生实事统筹推进。',
    ])).toEqual([]);
  });
});

describe('a lead naming cases in pairs 从“A”到“B” after …案例出炉', () => {
  it('emits each end as a case, folded into the entry that names the same case in full', () => {
    expect(pairs([
      '广州市新一轮10个“最具获得感”改革案例出炉。从“信用破解经营主体公共服务办理难题”到“创新长者饭堂”……这些改革举措让企业和群众受益。',
      '“最具获得感”改革案例',
      '市发改委：信用破解经营主体电、水、气等公共服务办理难题',
      '市发展和改革委员会积极探索运用“信用+”方式提升公共服务效能。',
    ])).toEqual([
      ['', '创新长者饭堂'],
      ['市发改委', '信用破解经营主体电、水、气等公共服务办理难题'],
    ]);
  });

  it('reads no range after a sentence that names no cases', () => {
    expect(pairs(['广州市持续优化营商环境。从“一窗通办”到“跨城通办”，服务不断升级。'])).toEqual([]);
  });

  it('takes a title as a shortened mention of another only when it is one of its phrases or one run of words is left out', () => {
    expect(sameTitle('信用破解经营主体公共服务办理难题', '信用破解经营主体电、水、气等公共服务办理难题')).toBe(true);
    expect(sameTitle('公安政务服务‘一窗通办’改革', '公安政务服务“一窗通办”改革')).toBe(true);
    expect(sameTitle('创新长者饭堂', '创新长者饭堂，陪伴三餐四季')).toBe(true);
    expect(sameTitle('垃圾分类', '农村生活垃圾分类处理')).toBe(false);
    expect(sameTitle('社区养老服务改革', '社区医疗服务改革')).toBe(false);
  });
});
