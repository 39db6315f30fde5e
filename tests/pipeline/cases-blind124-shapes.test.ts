/**
 * Case shapes of the blind set 124+ (tests/fixtures/reports/README.md, "Blind set 124+"), each on short texts written
 * the way such reports write them (made up, not copied from the corpus), with a negative beside each positive.
 */
import { casesOfUnseen } from '../helpers/unseen-cases.ts';
import { describe, expect, it } from 'vitest';

const titles = (lines: string[], city: string | null = null) => casesOfUnseen(lines, city).map((c) => c.title);

describe('ranked entries under numbered category headings', () => {
  const vote = [
    '某市基层治理创新项目网络投票活动已结束，共计2万人参与投票。',
    '以下为各类项目前两名得票详情',
    '一、政府治理类',
    '1.“一网通管”城市运行平台，31.2%，8120票',
    '2.“邻里守望”社区互助机制，22.5%，5861票',
    '二、社会协同类',
    '1.乡村夜校连锁课堂，40.1%，9033票',
    '2.社区议事厅协商案例，25.3%，5702票',
  ];

  it('the items under each category are entries, told by the heading above the categories; their score columns are no part of a title', () => {
    expect(titles(vote)).toEqual(['“一网通管”城市运行平台', '“邻里守望”社区互助机制', '乡村夜校连锁课堂', '社区议事厅协商案例']);
  });

  it('a category heading is a section, never an entry', () => {
    expect(titles(vote)).not.toContain('政府治理类');
  });

  it('the same nesting in a work report, with nothing around it naming cases, yields no case', () => {
    expect(titles([
      '2023年工作情况',
      '一、经济发展',
      '1.稳步扩大有效投资，完成投资120亿元',
      '2.持续优化产业结构，新增企业300家',
      '二、社会事业',
      '1.办好人民满意教育，新建学校5所',
      '2.完善社会保障体系，参保人数增长3%',
    ])).toEqual([]);
  });
});

describe('numbered measures of the report’s own work', () => {
  it('items that name no owner, in a list nothing around calls cases, are measures', () => {
    expect(titles([
      '2022年某区法治政府建设情况报告',
      '一、依法全面履行政府职能',
      '1.深化行政审批制度改革。梳理事项清单，实行动态管理。',
      '2.加强市场监管体系建设。开展双随机抽查。',
      '3.推进综合行政执法改革。整合执法队伍。',
    ])).toEqual([]);
  });

  it('the same items under a heading that names cases are cases', () => {
    expect(titles([
      '某区改革典型案例',
      '一、依法全面履行政府职能',
      '1.深化行政审批制度改革。梳理事项清单，实行动态管理。',
      '2.加强市场监管体系建设。开展双随机抽查。',
      '3.推进综合行政执法改革。整合执法队伍。',
    ])).toEqual(['深化行政审批制度改革', '加强市场监管体系建设', '推进综合行政执法改革']);
  });
});

describe('what a sentence says of the names it lists', () => {
  it('`《A》《B》均为…典型案例`: the last name ends at its 》', () => {
    expect(titles(['近日，省里公布典型案例名单，入选的《某县探索数字乡村建设新路径》《某市创新推行社区治理新模式》均为社会治理领域典型案例。']))
      .toEqual(['某县探索数字乡村建设新路径', '某市创新推行社区治理新模式']);
  });

  it('a quoted name that holds 是 keeps it', () => {
    expect(titles(['近日，省里公布典型案例名单，“某县为民服务站”、“某市是我家”等案例入选。'])).toEqual(['某县为民服务站', '某市是我家']);
  });

  it('《》 names that end in 等节目 are programmes that reported the work', () => {
    expect(titles(['该区连续两年获评改革案例，医保改革等经验获《焦点访谈》《东方时空》等节目专题报道。'])).toEqual([]);
  });

  it('《》 names that end in 等案例 are cases', () => {
    expect(titles(['该区《某县探索数字乡村建设新路径》《某市创新推行社区治理新模式》等案例入选全省典型案例名单。']))
      .toEqual(['某县探索数字乡村建设新路径', '某市创新推行社区治理新模式']);
  });
});

describe('subjects of a selection verb that name nothing', () => {
  it('a rule (`根据名次可获得…奖金`) is no entry', () => {
    expect(titles(['某区第三届社会创新项目大赛举行。', '大赛设有金、银、铜等多个奖项，根据名次可获得500-8000元的奖金不等。'])).toEqual([]);
  });

  it('a count of what was selected (`某市五个村庄入选`) is no entry', () => {
    expect(titles(['“某省乡村振兴示范村”名单公布 某市五个村庄入选'])).toEqual([]);
  });

  it('a name that counts inside its quotes (`“三个一工程”`) is still a name', () => {
    expect(titles(['某县“三个一工程”入选全省改革典型案例'])).toEqual(['某县“三个一工程”']);
  });

  it('work included in a plan (`纳入…项目计划`) is not selected', () => {
    expect(titles(['区委深改委统筹实施40项改革任务，并动态将国家、市级部署的改革试点项目纳入区级重大改革项目计划。'])).toEqual([]);
  });

  it('work included in a list of cases is', () => {
    expect(titles(['我区“某某一件事”改革、“某某服务站”建设等经验纳入全省改革典型案例。'])).toEqual(['“某某一件事”改革', '“某某服务站”建设']);
  });
});

describe('names and their verbs across a comma, and their owners', () => {
  it('`<unit>申报的“T”…项目名列…之首`: the unit that put it forward owns it', () => {
    const [c] = casesOfUnseen(['民政部宣布“2020年度中国社区治理十大创新成果”，昆山市申报的“三社联动”激活基层治理新动能项目名列十大创新成果之首。']);
    expect([c?.owner, c?.year]).toEqual(['昆山市', 2020]);
    expect(c?.title).toContain('激活基层治理新动能');
  });

  it('a place that 名列 a ranking is no entry', () => {
    expect(titles(['据统计，昆山市名列全省县域经济第一，连续多年名列前茅。'])).toEqual([]);
  });

  it('`<place>“T”案例，从…中脱颖而出、成功入选`: the clause before the verb is its subject', () => {
    const [c] = casesOfUnseen(['日前，中国改革2023年度市域改革案例名单公布，万州“以数字赋能深化基层治理改革”案例，从全国近1000个改革案例中脱颖而出、成功入选。']);
    expect([c?.owner, c?.title, c?.year]).toEqual(['万州', '以数字赋能深化基层治理改革', 2023]);
  });

  it('the same name followed by what else was done with it is not selected', () => {
    expect(titles(['日前，万州“以数字赋能深化基层治理改革”案例，在全市推广。'])).toEqual([]);
  });

  it('a count of the field (`从全国近2000个…案例中`) is never the list’s year', () => {
    const [c] = casesOfUnseen(['万州“以数字赋能深化基层治理改革”案例，从全国近2000个改革案例中脱颖而出、成功入选。']);
    expect(c?.year).not.toBe(2000);
  });

  it('`<unit>以《T》项目参赛，荣获一等奖`: the unit that entered T owns it', () => {
    const [c] = casesOfUnseen(['7月9日，2025年“先锋杯”工作创新大赛决赛落下帷幕，龙华区观湖街道以《深化“网格共治”破解基层治理难题》项目参赛，荣获一等奖。'], '深圳市');
    expect([c?.owner, c?.title]).toEqual(['龙华区观湖街道', '深化“网格共治”破解基层治理难题']);
  });
});

describe('a work plan by its title alone', () => {
  const plan = ['某某新区建设“营商环境示范区”2025年行动计划', '一、重点任务', '1.深化商事制度改革。推行企业开办一网通办。', '2.优化政务服务。推广一件事一次办。', '3.加强要素保障。完善用地供应机制。'];

  it('a plan whose kind is only guessed from its title lists measures, not cases', () => {
    expect(titles(plan)).toEqual([]);
  });
});

describe('shapes of the blind set 140+', () => {
  it('an award list of owner lines and title lines with no text between the entries', () => {
    const pairs = casesOfUnseen([
      '第三届“基层治理创新奖”获奖项目名单',
      '2023年5月，第三届“基层治理创新奖”评审会举行，共评出获奖项目4个。',
      '杭州市西湖区民政局',
      '“小区议事会”激活居民自治',
      '宁波市鄞州区人民政府',
      '推行“村民说事”制度化解基层矛盾',
      '温州市司法局',
      '构建矛盾纠纷多元化解体系',
    ]).map((c) => [c.owner, c.title]);
    expect(pairs).toEqual([['杭州市西湖区民政局', '“小区议事会”激活居民自治'], ['宁波市鄞州区人民政府', '推行“村民说事”制度化解基层矛盾'], ['温州市司法局', '构建矛盾纠纷多元化解体系']]);
  });

  it('one owner line and one title line with nothing after them is no list', () => {
    expect(titles(['工作动态', '杭州市西湖区民政局', '召开全区社区工作会议'])).toEqual([]);
  });

  it('a label ending in a colon over a written-up case is no part of its title', () => {
    expect(titles(['典型案例系列之二：', '某市某区巧用数据赋能破解老旧小区加装电梯难题', '一、背景情况', '老旧小区多，加装电梯需求大。', '二、主要做法', '建立协商机制。'], '广州市'))
      .toEqual(['某市某区巧用数据赋能破解老旧小区加装电梯难题']);
  });

  it('the month written before a quoted name is no part of it', () => {
    expect(titles(['今年以来捷报频传，5月“街巷议事厅”等案例入选全国基层治理优秀案例。'])).toEqual(['街巷议事厅']);
  });

  it('a quoted list whose 入选名单 is released is the list, not an entry', () => {
    expect(titles(['近日，“全国乡村治理创新案例(2023)”入选名单公示，某县民政局《依托网格推进基层治理》榜上有名。'])).toEqual(['依托网格推进基层治理']);
  });

  it('a quoted name that 入选 a named list is an entry', () => {
    expect(titles(['近日，“某县网格化治理”入选全省乡村治理十佳案例名单。'])).toEqual(['某县网格化治理']);
  });
});

describe('the year of later entries of one list', () => {
  const lines = (event: string) => [
    `11月28日，省卫生健康委举办${event}颁奖典礼，某县以《乐龄宜居新生活》勇夺县市组卓越奖。`,
    '此外，某县农业农村局以《智慧农业点亮永续家园》获颁韧性与创新奖，展现运用科技推动农业永续的成果。',
  ];

  it('the event the sentence naming the first entry holds dates the later ones', () => {
    expect(casesOfUnseen(lines('2025年健康城市')).map((c) => c.year)).toEqual([2025, 2025]);
  });

  it('with no year in that sentence, the later entry stays undated', () => {
    expect(casesOfUnseen(lines('健康城市')).map((c) => c.year)).toEqual([null, null]);
  });
});

describe('an entry that stood out, then won', () => {
  it('`<unit>以「T」脫穎而出，榮獲第1名`: the verb after the comma goes on with the one before, and the unit entered T', () => {
    const [c] = casesOfUnseen(['嘉義縣113年度服務品質考核結果17日揭曉，縣長頒發政府服務獎。其中，嘉義縣環境保護局以「AI智能煙霧監控系統」脫穎而出，榮獲第1名佳績。']);
    expect([c?.owner, c?.title]).toEqual(['嘉义县环境保护局', 'AI智能烟雾监控系统']);
  });

  it('a team that stood out and won names no entry', () => {
    expect(titles(['本次大赛竞争激烈，某队脱颖而出，荣获冠军。'])).toEqual([]);
  });

  it('a photo caption with its credit in brackets (`(圖/…提供)`) is no title put forward by a unit', () => {
    const found = titles(['某縣113年度服務獎結果揭曉。', '縣長(中)表揚服務獎績優單位，環保局、社會局及衛生局。(圖/某縣政府提供)', '本屆考核共有26案參與評選，環保局獲得第1名。']);
    expect(found.filter((t) => t.includes('表扬'))).toEqual([]);
  });
});
