/**
 * Case shapes of the blind set 108+ (tests/fixtures/reports/README.md, "Blind set 108+"), each on short texts written
 * the way such reports write them (made up, not copied from the corpus), with a negative beside each positive.
 */
import { casesOfUnseen } from '../helpers/unseen-cases.ts';
import { describe, expect, it } from 'vitest';

const titles = (lines: string[]) => casesOfUnseen(lines).map((c) => c.title);

describe('a list its subject counts', () => {
  it('`分别是：` after a sentence that opens with a count of projects on a list continues that subject', () => {
    expect(titles(['近日，市里公布新一期“红黑榜”。3个项目推进迅速，荣登红榜。分别是：滨江公园改造（二期），东路、西路沥青化改造，老城区加装电梯项目。']))
      .toEqual(['滨江公园改造（二期）', '东路、西路沥青化改造', '老城区加装电梯项目']);
  });

  it('a count with no selection in its sentence does not make a list of cases', () => {
    expect(titles(['今年全市3个项目推进迅速，进展良好。分别是：滨江公园改造（二期），东路、西路沥青化改造，老城区加装电梯项目。'])).toEqual([]);
  });

  it('entries that share an ending split only after it: the 、 inside an entry separates co-parties', () => {
    expect(titles(['本次发布的十大典型案例是：甲某等5人诈骗案、乙某诉丙某、丁某借贷纠纷案、戊某侵权案。']))
      .toEqual(['甲某等5人诈骗案', '乙某诉丙某、丁某借贷纠纷案', '戊某侵权案']);
  });

  it('entries with no shared ending still split at every 、', () => {
    expect(titles(['本次发布的典型案例是：垃圾分类积分制、邻里互助平台、网格化治理。'])).toEqual(['垃圾分类积分制', '邻里互助平台', '网格化治理']);
  });

  it('a count of works in an entry (3所学校) still makes it a measure, not a name', () => {
    expect(titles(['本次入选的示范项目包括：新建3所学校、老城区微改造、滨江绿道建设。'])).not.toContain('新建3所学校');
  });
});

describe('entries numbered in sequence and run together on one line', () => {
  const pairs = (lines: string[]) => casesOfUnseen(lines).map((c) => [c.owner, c.title]);

  it('each `owner：title` between the numbers is an entry, the first one after the lead’s space', () => {
    expect(pairs(['2023年，第五届基层治理创新奖入围项目揭晓。入围项目名单如下(按拼音排列) 湖南省民政厅:社区协商议事机制 2.长沙市司法局:矛盾纠纷多元化解 3.浏阳市人民政府:一网统管平台建设 4.岳麓区望月湖街道办事处:楼宇党建联盟']))
      .toEqual([['湖南省民政厅', '社区协商议事机制'], ['长沙市司法局', '矛盾纠纷多元化解'], ['浏阳市人民政府', '一网统管平台建设'], ['岳麓区望月湖街道办事处', '楼宇党建联盟']]);
  });

  it('numbers that do not run in sequence are no list of entries', () => {
    expect(pairs(['入围项目名单如下 湖南省民政厅:社区协商议事机制 5.长沙市司法局:矛盾纠纷多元化解 9.浏阳市人民政府:一网统管平台建设'])).toEqual([]);
  });

  it('entries run together under a lead that names no list are not read', () => {
    expect(pairs(['近期工作安排如下 湖南省民政厅:召开会议 2.长沙市司法局:开展培训工作 3.浏阳市人民政府:加强督查检查 4.岳麓区望月湖街道办事处:做好宣传报道'])).toEqual([]);
  });
});

describe('names counted before the list they were selected into', () => {
  const pairs = (lines: string[]) => casesOfUnseen(lines).map((c) => [c.owner, c.title]);

  it('one name per line, each but the last ending in 、, then `N个案例入选…`: the names, with a leading county as owner', () => {
    expect(pairs(['', '全市营商环境“一网通办”改革、', '', '德庆县数字乡村治理、', '', '封开县以茶产业带动兴村富民', '', '3个案例入选全省改革典型案例……', '', '当下，改革持续推进。']))
      .toEqual([['', '营商环境“一网通办”改革'], ['德庆县', '数字乡村治理'], ['封开县', '以茶产业带动兴村富民']]);
  });

  it('names in one clause before the count', () => {
    expect(pairs(['今年，社区议事协商制度、网格员积分管理2个案例入选全省基层治理典型案例。'])).toEqual([['', '社区议事协商制度'], ['', '网格员积分管理']]);
  });

  it('a count that does not match the names before it reads none by their count (other shapes may still read them)', () => {
    expect(casesOfUnseen(['今年，社区议事协商制度、网格员积分管理3个案例入选全省基层治理典型案例。']).filter((c) => c.shape === 'counted')).toEqual([]);
  });

  it('a count selected into something that is no list of cases reads none', () => {
    expect(pairs(['今年，社区议事协商制度、网格员积分管理2个项目获得省级资金支持。'])).toEqual([]);
  });
});

describe('what a selection names that is no entry', () => {
  it('a category of a selection opening with a numeral and 佳/大/强 (“三佳…”) is a label, not a case', () => {
    expect(titles(['今年将在各区推荐的景观中，评选出“三佳亮丽景观灯饰”和“十佳亮丽商业楼宇灯饰”。'])).toEqual([]);
  });

  it('quoted entries of the same selection that open otherwise are still cases', () => {
    expect(titles(['今年在各区推荐的项目中，评选出“滨江夜景提升工程”和“老城区灯光改造”等优秀案例。'])).toEqual(['滨江夜景提升工程', '老城区灯光改造']);
  });

  it('a collection with its volume (《…案例选编（二）》) is no case', () => {
    expect(titles(['近日，某县法院报送的《推行立案登记制改革》入选《人民法院司法改革案例选编（二）》。'])).toEqual(['推行立案登记制改革']);
  });

  it('units that received an honour naming their kind (`A社区、B社区等荣获“十佳社区”`) are who won, not entries', () => {
    expect(titles(['昨天，年度评选结果出炉，春风社区、明月社区等荣获“十佳社区”。'])).toEqual([]);
  });

  it('entries that do not share the honour’s kind are still cases', () => {
    expect(titles(['昨天，评选结果出炉，“邻里议事厅”“楼宇党建联盟”等荣获“十佳社区治理创新案例”。'])).toEqual(['邻里议事厅', '楼宇党建联盟']);
  });

  it('获 inside a noun (获奖者) is no verb: the words before it are no selected name', () => {
    expect(titles(['张某、李某等5位同志荣获突出贡献奖，走上领奖台，代表所有获奖者接受表彰。'])).toEqual([]);
  });
});

describe('who put a title forward', () => {
  it('`X报送的Y《T》`: Y, the unit nearest the title, is its owner; X only forwarded it', () => {
    const [c] = casesOfUnseen(['近日，宜宾市中级人民法院报送的筠连县人民法院《完善审判监督管理制度》成功入选最高人民法院司法改革典型案例。']);
    expect([c?.owner, c?.title]).toEqual(['筠连县人民法院', '完善审判监督管理制度']);
  });

  it('a unit written alone before the title stays the owner', () => {
    const [c] = casesOfUnseen(['近日，筠连县人民法院《完善审判监督管理制度》成功入选最高人民法院司法改革典型案例。']);
    expect(c?.owner).toBe('筠连县人民法院');
  });
});

describe('a name claimed as a first, then selected', () => {
  it('`全国首创X，入选…典型案例`: X is the case, the claim is no part of it', () => {
    expect(titles(['营商环境改革成效明显。全国首创农户信用绿码，入选全国应用典型案例。'])).toEqual(['农户信用绿码']);
  });

  it('a clause that claims nothing before the verb names no case (我区改革成效显著，入选…)', () => {
    expect(titles(['我区改革成效显著，入选全国典型案例。'])).toEqual([]);
  });

  it('a claimed name whose clause goes on to something else than a selection is no case', () => {
    expect(titles(['全国首创农户信用绿码，获得群众广泛好评。'])).toEqual([]);
  });
});

describe('a residents’ area as an owner line', () => {
  const pairs = (lines: string[]) => casesOfUnseen(lines).map((c) => [c.owner, c.title]);

  it('`…居民区` on its own line, then a headline and its body, is a case of that residents’ area', () => {
    expect(pairs(['基层治理优秀案例展示', '徐汇区天平街道永嘉居民区', '从“楼道”到“客厅”，邻里议事有了新去处', '永嘉居民区是老旧小区，居民议事难。近年来，居民区党总支推动议事厅建设。']))
      .toEqual([['徐汇区天平街道永嘉居民区', '从“楼道”到“客厅”，邻里议事有了新去处']]);
  });

  it('a residents’ area named in a sentence opens no case', () => {
    expect(pairs(['基层治理优秀案例展示', '永嘉居民区位于徐汇区天平街道，是老旧小区。', '近年来，居民区党总支推动议事厅建设。'])).toEqual([]);
  });
});

describe('a winning entry given by its theme', () => {
  const pairs = (lines: string[]) => casesOfUnseen(lines).map((c) => [c.owner, c.title]);

  it('`<unit>以「T」为题` after the paragraph named the prize and its winner is that entry', () => {
    expect(pairs(['第5届政府服务奖得奖案例-某某市公所 ✨老车站荒废多年。某某市公所以「老站新生.共创城市记忆」为题，整合跨单位资源，活化区域。']))
      .toEqual([['某某市公所', '老站新生.共创城市记忆']]);
  });

  it('a theme in a paragraph that names no prize is no entry', () => {
    expect(pairs(['老车站荒废多年。某某市公所以「老站新生.共创城市记忆」为题，举办座谈会，听取居民意见。'])).toEqual([]);
  });
});

describe('a case taken up by a demonstrative', () => {
  const pairs = (lines: string[]) => casesOfUnseen(lines).map((c) => [c.owner, c.title]);

  it('`…创新实施“T”专项行动…。这一案例获评…一等奖`: the quoted action with its head noun, owned by the units opening its clause', () => {
    expect(pairs(['自2021年起，某市司法局、市民政局联合创新实施“法律明白人培育”专项行动，推动200个村结对共建。这一案例获评全省基层治理创新赛一等奖。']))
      .toEqual([['某市司法局、市民政局', '“法律明白人培育”专项行动']]);
  });

  it('a demonstrative in a sentence that names no selection takes nothing up', () => {
    expect(pairs(['自2021年起，某市司法局创新实施“法律明白人培育”专项行动，推动200个村结对共建。这一做法获得群众好评。'])).toEqual([]);
  });

  it('a quoted slogan not after a reform verb is not what the demonstrative takes up', () => {
    expect(pairs(['基层是治理的“最后一公里”。这一案例获评全省基层治理创新赛一等奖。'])).toEqual([]);
  });
});

describe('a headline’s clause before an award', () => {
  it('a unit and what it did again (`某县府团队再创荣耀 二度荣获…奖`) is no entry', () => {
    expect(titles(['某县府团队再创荣耀 二度荣获公务人员杰出贡献奖团体奖'])).toEqual([]);
  });

  it('a quoted entry before N度 and the same award is still read (N度, the Nth time, is no part of it)', () => {
    expect(titles(['“河川治理与城市再生”二度荣获公务人员杰出贡献奖团体奖'])).toEqual(['河川治理与城市再生']);
  });
});

describe('a works named in quotes and then called 兴建工程', () => {
  const pairs = (lines: string[]) => casesOfUnseen(lines).map((c) => [c.owner, c.title]);

  it('`<unit>「T」兴建工程，荣获…奖`: T is the entry (the generic noun after the quote is no part of it)', () => {
    expect(pairs(['本次获奖工程共25件。其中工务局「滨河绿廊景观工程第一期」兴建工程，荣获「国家卓越建设奖」卓越奖。']))
      .toEqual([['工务局', '滨河绿廊景观工程第一期']]);
  });

  it('a quote followed by a noun that makes a longer name is not cut to the quote', () => {
    expect(pairs(['本次获奖工程共25件。其中工务局「滨河绿廊」景观改造方案，荣获「国家卓越建设奖」卓越奖。'])).toEqual([]);
  });
});
