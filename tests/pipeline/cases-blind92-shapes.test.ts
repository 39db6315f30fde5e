/**
 * Case shapes of the blind set 92+ (tests/fixtures/reports/README.md, "Work on the blind set 92+"), each on short
 * texts written the way such reports write them (made up, not copied from the corpus), with a negative beside each
 * positive.
 */
import { casesOfUnseen } from '../helpers/unseen-cases.ts';
import { describe, expect, it } from 'vitest';
import { report } from '../helpers/report.ts';
import { contentTables } from '../helpers/seeds.ts';
import { extractCases } from '../../scripts/pipeline/cases.ts';
import { yearOfText } from '../../scripts/pipeline/cases-year.ts';

const tables = contentTables();
const unseen = (lines: string[]) => casesOfUnseen(lines);
const titles = (lines: string[]) => unseen(lines).map((c) => c.title);
const pairs = (lines: string[]) => unseen(lines).map((c) => [c.owner, c.title]);

describe('honours of a place', () => {
  it('names closed by 等荣誉称号 are titles the place holds, not cases', () => {
    expect(titles(['近年来，某县相继荣获“全国文明城市”“国家园林县城”“省级卫生示范县（市）”等荣誉称号，发展势头良好。'])).toEqual([]);
  });

  it('names closed by 等 and a case word are still cases', () => {
    expect(titles(['近年来，“邻里议事厅”“一站式调解中心”“村务微信群”等案例先后入选省级基层治理创新案例。'])).toEqual(['邻里议事厅', '一站式调解中心', '村务微信群']);
  });

  it('a city’s line of a list of honoured places (`某市：甲区、乙县`) names places, not a case', () => {
    expect(titles(['第三批省级文明示范区创建单位名单', '武汉市：江汉区、硚口区、汉阳区', '宜昌市：夷陵区、远安县', '黄冈市：麻城市', '以上单位请按要求推进创建工作，并及时报送进展。'])).toEqual([]);
  });

  it('an owner line with a headline that is not only places stays a case', () => {
    expect(pairs(['2024年基层治理创新案例名单', '江汉区：推行“街道吹哨、部门报到”机制', '该区建立联动机制，推动问题在基层解决。'])).toEqual([['江汉区', '推行“街道吹哨、部门报到”机制']]);
  });
});

describe('an award list’s sections', () => {
  const list = [
    '省政协通报2024年度优秀调研报告和工作创新案例评选结果，某市政协系统6件作品获奖：',
    '一、全省政协系统优秀调研报告',
    '1.一等奖(1篇)',
    '某市政协《关于加快发展临空经济的调研报告》',
    '二、全省政协系统工作创新案例',
    '东湖区政协《推行“协商议事厅”助力基层治理》',
    '三、全省政协系统理论研究优秀论文',
    '某委员《浅谈新时代民主监督的路径》',
    '编辑：张三',
  ];
  it('a section heading ends the level above it; the section naming cases heads its entries, each `<unit>《title》`', () => {
    const found = pairs(list);
    expect(found).toContainEqual(['东湖区政协', '推行“协商议事厅”助力基层治理']);
    expect(found.map(([, t]) => t)).not.toContain('全省政协系统工作创新案例');
    expect(found.map(([, t]) => t)).not.toContain('全省政协系统理论研究优秀论文');
    expect(found.map(([, t]) => t)).not.toContain('编辑：张三');
  });

  it('a section naming papers heads no case', () => {
    expect(titles(list).some((t) => t.includes('民主监督'))).toBe(false);
  });
});

describe('prize entries of Taiwanese award news', () => {
  it('`<unit>以「T」专案获「…」奖`: 获 alone wins when a prize follows', () => {
    const found = unseen(['市府教育局以「智慧校园一站通」专案获「数位创新加值」奖，为首度获此殊荣。']);
    expect(found.map((c) => c.title)).toEqual(['智慧校园一站通']);
    expect(found[0]!.owner).toContain('教育局');
  });

  it('a scope between the title and its verb: `以「T」于全球数十个城市中夺下…首奖`', () => {
    expect(titles(['市府资讯局以「Open City Dashboard（城市仪表板开源计划）」于全球数十个城市中夺下已开发经济体组首奖。'])).toEqual(['Open City Dashboard（城市仪表板开源计划）']);
  });

  it('获 with no prize after it wins nothing', () => {
    expect(titles(['市府教育局以「智慧校园一站通」专案获民众肯定，使用人数持续成长。'])).toEqual([]);
  });

  it('a photo credit in brackets (（图：…提供）) recommends nothing', () => {
    expect(titles(['市府得奖团队合影留念。（图：市研考会提供）', '市府团队将持续精进服务品质。'])).toEqual([]);
  });

  it('【】 titles run together before the verb are each an entry: `由【A】与【B】获得…优秀奖`', () => {
    expect(titles(['经决选由【城市漫游】与【青年AI小队】获得「城市共创优秀奖」，【她的角落】、【减塑行动】与【社区厨房】获得「城市共创佳作奖」。'])).toEqual([
      '城市漫游', '青年AI小队', '她的角落', '减塑行动', '社区厨房',
    ]);
  });

  it('a 【】 label not before a verb stays a label', () => {
    expect(titles(['【本报讯】市府今日举行颁奖典礼，表扬优秀团队。'])).toEqual([]);
  });
});

describe('a case numbered as a case names its owner at the start', () => {
  it('`案例一：<X检察院>督促…案`: the organisation opening the name is the owner', () => {
    expect(pairs(['省检察院发布检察机关服务乡村振兴典型案例。', '案例一：绵阳市涪城区人民检察院督促保护特色农产品种质资源行政公益诉讼案。该院依托府检联动机制推动保护。', '案例二：平武县人民检察院督促保护传统村落行政公益诉讼系列案。该院从消防隐患治理入手。'])).toEqual([
      ['绵阳市涪城区人民检察院', '绵阳市涪城区人民检察院督促保护特色农产品种质资源行政公益诉讼案'],
      ['平武县人民检察院', '平武县人民检察院督促保护传统村落行政公益诉讼系列案'],
    ]);
  });
});

describe('names ending in 发展', () => {
  it('a reform named …高质量发展 is no exhibition (展)', () => {
    expect(titles(['“推行信用积分模式助力县域高质量发展”“打造网格治理新模式”分别获评全市改革创新实践案例。'])).toEqual(['推行信用积分模式助力县域高质量发展', '打造网格治理新模式']);
  });

  it('an exhibition stays none', () => {
    expect(titles(['“第五届国际发明展”“打造网格治理新模式”分别获评全市改革创新实践案例。'])).toEqual(['打造网格治理新模式']);
  });
});

describe('Minguo years', () => {
  const text = ['市府研考会公布114年度创新提案竞赛评选结果，由都发局「看见不一样的旧城」获得最优奖项。', '都发局透过驻地工作活化老屋。'];
  it('a report in traditional script dates its round by 114年度 (1911 + 114)', () => {
    expect(yearOfText('114年度创新提案竞赛评选结果出炉', null, true)?.year).toBe(2025);
    const [c] = extractCases(report(text.join('\n'), { region: { city: null, district: null }, kind: 'unknown', year: null, script: 'traditional', period: { start: '', end: '', label: '' } }), { tables });
    expect(c?.year).toBe(2025);
  });

  it('a simplified report’s 114年 is no year, nor is a count of years in a traditional one', () => {
    expect(yearOfText('114年度创新提案竞赛评选结果出炉', null)).toBeNull();
    expect(yearOfText('这所学校创校110年来首度获奖', null, true)).toBeNull();
    const [c] = extractCases(report(text.join('\n'), { region: { city: null, district: null }, kind: 'unknown', year: null, period: { start: '', end: '', label: '' } }), { tables });
    expect(c?.year).not.toBe(2025);
  });
});

describe('events are not cases', () => {
  it('a 《》 ceremony in a sentence about cases', () => {
    expect(titles(['11月24日，《第五届“我为群众办实事”口碑案例发布仪式》在市会展中心举行，现场发布十佳案例。'])).toEqual([]);
  });
});
