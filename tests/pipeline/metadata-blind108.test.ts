/**
 * Metadata from heads the earlier rules did not read (the blind sets 108–139), each class with heads written for this
 * test the way such pages write them, and a similar head beside each where the rule must not fire.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../scripts/pipeline/document.ts';
import { contentTables } from '../helpers/seeds.ts';

const tables = contentTables();
const meta = (text: string) => {
  const d = buildDocument('unseen.txt', Buffer.from(text, 'utf8'), undefined, [], tables);
  return { title: d.title, publisher: d.publisher, published: d.published };
};

describe('wire lines', () => {
  it('a wire line may write the year of its day', () => {
    expect(meta('东方网2023年5月6日讯(记者 李四)本市今天发布一批改革案例,涉及营商环境和基层治理。\n').publisher).toBe('东方网');
    expect(meta('东方网5月6日讯(记者 李四)本市今天发布一批改革案例,涉及营商环境和基层治理。\n').publisher).toBe('东方网');
  });

  it('a year and day without 讯 is no wire line', () => {
    expect(meta('2023年5月6日,本市发布一批改革案例,涉及营商环境和基层治理等多个领域的创新做法。\n').publisher).toBeNull();
  });
});

describe('source lines that name the publisher', () => {
  it('a date line with the source after the time', () => {
    const head = '某区召开基层治理工作推进会\n2023-04-11 09:30 某市民政局\n近日,某区召开基层治理工作推进会,总结一年来的做法。\n';
    expect(meta(head).publisher).toBe('某市民政局');
  });

  it('a date line with a weekday or a tool\'s label after it names no source', () => {
    const head = '某区召开基层治理工作推进会\n2023-04-11 星期二\n近日,某区召开基层治理工作推进会,总结一年来的做法。\n';
    expect(meta(head).publisher).toBeNull();
    expect(meta('某区召开基层治理工作推进会\n2023-04-11 09:30 浏览次数\n近日,某区召开基层治理工作推进会,总结一年来的做法。\n').publisher).toBeNull();
  });

  it('a bracketed byline that opens with the outlet', () => {
    expect(meta('【东港晚报 王小明／台南报导】台南市政府今天公布年度青年提案的评选结果。\n').publisher).toBe('东港晚报');
  });

  it('a bracketed byline of a reporter alone names no outlet', () => {
    expect(meta('【记者 王小明／台南报导】台南市政府今天公布年度青年提案的评选结果。\n').publisher).toBeNull();
  });
});

describe('a notice set in a table, signed by two issuers', () => {
  const notice = (signers: string) =>
    `视力保护色: | |\n中共某某县委 某某县人民政府关于表彰2020年度优秀创新项目的通报 | |\n|\n各乡镇党委、政府,县直各部门:\n2020年,全县各部门大力推进创新工作,取得明显成效。\n希望受表彰的单位再接再厉。\n${signers}\n2021年2月8日\n|\n`;

  it('the headline without its table bars, the joint issuers, the signing date', () => {
    expect(meta(notice('中共某某县委 某某县人民政府'))).toEqual({
      title: '中共某某县委某某县人民政府关于表彰2020年度优秀创新项目的通报',
      publisher: '中共某某县委某某县人民政府',
      published: '2021-02-08',
    });
  });

  it('two persons\' names above a date line sign no notice', () => {
    expect(meta(notice('张小明 李小红')).published).toBeNull();
  });

  it('a reading-colour switch is chrome, not the headline', () => {
    expect(meta('视力保护色: | |\n全市开展营商环境改革 | |\n').title).toBe('全市开展营商环境改革');
  });
});

describe('a catalogue set as a table', () => {
  const catalogue = '索 引 号 | 000-2024-001 | 主题分类 | 某政发 |\n发文字号 | 某政发〔2024〕8号 | 制发机构 | |\n成文日期 | 2024-03-01 | 发布日期 | 2024-03-12 |\n标 题 | 某市人民政府关于印发《某市营商环境改革方案》的通知 |\n各县区人民政府,市政府各部门:\n';

  it('reads the labelled cells as fields: the title, its issuer, the publication date before the writing date', () => {
    expect(meta(catalogue)).toEqual({ title: '某市人民政府关于印发《某市营商环境改革方案》的通知', publisher: '某市人民政府', published: '2024-03-12' });
  });

  it('a writing date alone dates the page', () => {
    expect(meta('成文日期 | 2024-03-01 |\n标 题 | 某市人民政府关于印发《某市营商环境改革方案》的通知 |\n').published).toBe('2024-03-01');
  });

  it('a publisher before a bar opens a headline, no table row', () => {
    expect(meta('某某智库 | 全国三十个城市更新典型案例都来自哪里\n正文一段,说明各地的做法。\n')).toMatchObject({ title: '全国三十个城市更新典型案例都来自哪里', publisher: '某某智库' });
  });
});

describe('an e-paper reader\'s page', () => {
  const page = (clock: string) =>
    `阅读器\n${clock}\n当前报纸名称:东江晚报\n某市社区治理项目获全省一等奖\n日期:03-02\n字号:\n版面:第A02版:要闻 上一篇 下一篇\n近年来,某市持续推进基层治理改革,取得明显成效,得到各方肯定。\n`;

  it('the clock is no date nor source line; the field\'s month and day take the clock\'s year; the paper is the publisher', () => {
    expect(meta(page('2025-03-20\n星期四'))).toEqual({ title: '某市社区治理项目获全省一等奖', publisher: '东江晚报', published: '2025-03-02' });
  });

  it('a month and day after the clock\'s are of the year before', () => {
    expect(meta(page('2025-01-05 星期日')).published).toBe('2024-03-02');
  });

  it('without a clock, a month and day give no date; a date without a weekday is no clock', () => {
    expect(meta(page('本期导读')).published).toBeNull();
    expect(meta('某市社区治理项目获全省一等奖\n2025-03-20\n近年来,某市持续推进基层治理改革。\n').published).toBe('2025-03-20');
  });

  it('a field whose value is no medium\'s name names no publisher', () => {
    expect(meta('当前栏目名称:工作动态\n某市社区治理项目获全省一等奖\n近年来,某市持续推进基层治理改革,取得明显成效。\n').publisher).toBeNull();
  });
});

describe('an outlet\'s stamp with the font-size switch after it', () => {
  const page = (stamp: string) => `看天下事,知家乡情\n某县经验入选全国基层改革案例汇编\n${stamp}\n本报讯 近日,某县报送的改革经验入选全国基层改革案例汇编。\n`;

  it('is a source line: the headline is the line above it, not the relay\'s slogan', () => {
    expect(meta(page('南江日报 2019-05-06 07:12 大字'))).toEqual({ title: '某县经验入选全国基层改革案例汇编', publisher: '南江日报', published: '2019-05-06' });
  });

  it('a stamp followed by words of the text is no stamp', () => {
    expect(meta(page('南江日报 2019-05-06 07:12 全县召开推进会')).publisher).toBeNull();
  });
});

describe('a headline that exclaims', () => {
  it('right above its source line, it is the headline', () => {
    const head = '登录\n改革热潮涌动!2024,某市奋进正当时!\n2024-12-30 08:15\n来源:某某号·政务\n全县“三项机制”改革、\n某区产业融合发展\n2个案例入选全国改革案例,\n';
    expect(meta(head).title).toBe('改革热潮涌动！2024，某市奋进正当时！');
  });

  it('an exclamation of the body, far from any source line, is none', () => {
    const head = '登录\n2024-12-30 08:15\n来源:某某号·政务\n好消息!\n全县“三项机制”改革成效显著\n';
    expect(meta(head).title).toBe('全县“三项机制”改革成效显著');
  });
});

describe('a portal\'s home-page links', () => {
  it('name the outlet and its channel', () => {
    expect(meta('新华网首页|湖北频道首页\n某市推进社区治理创新纪实\n近年来,某市持续推进基层治理改革,取得明显成效,得到各方肯定。\n').publisher).toBe('新华网湖北频道');
  });

  it('a breadcrumb that starts at 首页 names none', () => {
    expect(meta('首页|湖北频道首页\n某市推进社区治理创新纪实\n近年来,某市持续推进基层治理改革,取得明显成效,得到各方肯定。\n').publisher).toBeNull();
  });
});

describe('a government\'s work report after a bracketed province or a cut year', () => {
  it('names its government', () => {
    expect(meta('(吉林省)2023年某某县人民政府工作报告\n各位代表:\n').publisher).toBe('某某县人民政府');
    expect(meta('(吉林?。?023年某某县人民政府工作报告\n各位代表:\n').publisher).toBe('某某县人民政府');
  });

  it('a report on a government\'s work by another body names none', () => {
    expect(meta('关于审议某某县人民政府工作报告的决议\n各位代表:\n').publisher).toBeNull();
  });
});

describe('a headline that announces a release, with a subheading under it', () => {
  const page = (first: string, second: string) => `${first}\n${second}\n来源:东江日报 时间:2022-05-06 10:20:00\n近日,年度评选结果揭晓,本报多件作品获奖。\n`;

  it('is the headline, not the shorter line under it', () => {
    expect(meta(page('2021年度全省报纸副刊作品评选结果揭晓', '本报5件作品获奖')).title).toBe('2021年度全省报纸副刊作品评选结果揭晓');
  });

  it('a kicker above a headline announces nothing, and a longer line under an announcement is the headline', () => {
    expect(meta(page('凝心聚力谱新篇', '2021年度全省报纸副刊作品评选结果揭晓')).title).toBe('2021年度全省报纸副刊作品评选结果揭晓');
    expect(meta(page('年度评选揭晓', '2021年度全省报纸副刊作品评选本报5件作品获奖')).title).toBe('2021年度全省报纸副刊作品评选本报5件作品获奖');
  });
});

describe('the issuer who signs a notice', () => {
  it('run into the last sentence, before the signing date', () => {
    const text = '各区人民政府,各有关单位:经评审,共评出8个示范项目,现予公示,联系电话:12345678,某市城市更新工作领导小组办公室2023年11月2日2023年某市城市更新示范项目名单。\n';
    expect(meta(text).publisher).toBe('某市城市更新工作领导小组办公室');
  });

  it('an issuer that does something on a day signs nothing', () => {
    const text = '各有关单位:为推进城市更新工作,取得明显成效,某区人民政府2023年11月2日召开推进会,部署下一步工作安排和各项任务。\n';
    expect(meta(text).publisher).toBeNull();
  });

  it('on its own line above the signing date', () => {
    const text = '各有关单位:\n经研究,决定对以下项目予以通报表彰。希望再接再厉。\n某某市生态环境局\n2024年6月3日\n';
    expect(meta(text).publisher).toBe('某某市生态环境局');
  });
});

describe('a heading broken over lines at the top of a document', () => {
  it('reads as one title when the last line names a document, and a unit alone on the first line issued it', () => {
    const head = '某某新区\n建设“营商环境示范区”\n2025年行动计划\n为贯彻落实全省优化营商环境工作部署,加快市场化、法治化、国际化一流营商环境建设进程,系统提升新区营商环境示范区建设水平和市场主体满意度,制定本计划。\n一、总体目标\n';
    expect(meta(head)).toMatchObject({ title: '某某新区建设“营商环境示范区”2025年行动计划', publisher: '某某新区' });
  });

  it('a kicker above a headline that names no document is not joined to it', () => {
    const head = '聚焦营商环境\n某区打造“一网通办”新样板\n近日,某区推出一批便民举措,群众办事更方便。\n';
    expect(meta(head).title).not.toContain('聚焦营商环境某区');
  });
});

// Classes the ninth blind set (140–155) showed; heads written for these tests, a negative beside each positive.
describe('set 140+: a source field that points back at the site itself', () => {
  const page = (source: string, crumb: string) =>
    `您现在所在的位置 : 首页 > ${crumb} > 政务公开\n某县2025年政府工作报告\n2025-02-10 09:00 来源: ${source}\n各位代表:现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员提出意见。\n`;

  it('来源：本网 names the site the breadcrumb names after 首页', () => {
    expect(meta(page('本网', '某某县人民政府门户网站')).publisher).toBe('某某县人民政府');
  });

  it('without such a breadcrumb 本网 is no publisher', () => {
    expect(meta(page('本网', '信息公开专栏')).publisher).not.toBe('本网');
  });

  it('a real outlet in the source field is kept', () => {
    expect(meta(page('某某日报', '某某县人民政府门户网站')).publisher).toBe('某某日报');
  });
});

describe('set 140+: a head broken after a word that needs its object', () => {
  it('某某办公厅关于 / 公布…的通知 is one title', () => {
    const head = '某某省人民政府办公厅关于\n公布2024年度特色小镇名单的通知\n(某政办发〔2024〕12号)\n各市、县人民政府,省直各单位:\n现将名单予以公布。\n';
    expect(meta(head).title).toBe('某某省人民政府办公厅关于公布2024年度特色小镇名单的通知');
  });

  it('a whole first line is not joined to the line under it', () => {
    const head = '某某省人民政府办公厅关于公布特色小镇名单的通知\n(某政办发〔2024〕12号)\n各市、县人民政府,省直各单位:\n现将名单予以公布。\n';
    expect(meta(head).title).toBe('某某省人民政府办公厅关于公布特色小镇名单的通知');
  });
});

describe('set 140+: a signing date under the list of attachments', () => {
  const notice = (above: string) => `各市人民政府:\n现将名单予以公布,请认真抓好落实。\n${above}\n2024年5月6日\n附件\n名单\n`;

  it('附件：… right above the one date line: that date is the signature', () => {
    expect(meta(notice('附件:2023年度示范村名单')).published).toBe('2024-05-06');
  });

  it('a date line under a heading-shaped line is no signature', () => {
    expect(meta(notice('示范村名单')).published).toBeNull();
  });
});

describe('set 140+: a column kicker before a bar', () => {
  it('a short lead around a quoted theme is dropped from the headline', () => {
    expect(meta('聚焦“乡村振兴” | 某县:小茶叶撬动大产业\n近日,记者走进某县茶园,看到茶农正在忙着采摘春茶,一派繁忙景象。\n').title).toBe('某县：小茶叶撬动大产业');
  });

  it('a headline whose quoted words are its own stays whole', () => {
    expect(meta('某县“乡村振兴”小茶叶撬动大产业\n近日,记者走进某县茶园,看到茶农正在忙着采摘春茶,一派繁忙景象。\n').title).toBe('某县“乡村振兴”小茶叶撬动大产业');
  });
});

describe('set 140+: page timestamps in slash forms', () => {
  const page = (stamp: string) => `某县茶产业入选全省示范名单\n${stamp}\n近日,某县茶产业入选全省示范名单,带动茶农增收,茶园面积持续扩大,品牌影响不断提升。\n`;

  it('a day closed by its separator (2021/05/06/ 10:20 来源:…) or a year set apart (2021 05/06 10:20:30)', () => {
    expect(meta(page(' 2021/05/06/ 10:20 来源:某某晚报')).published).toBe('2021-05-06');
    expect(meta(page('2021 05/06 10:20:30')).published).toBe('2021-05-06');
  });

  it('a count before a fraction and a time is no timestamp', () => {
    expect(meta(page('2021 人 3/4 10:20 到场')).published).toBeNull();
  });

  it('a bulleted date alone on its line with slashes (• 2021/05/06), but not with mixed separators', () => {
    expect(meta(page('  • 2021/05/06')).published).toBe('2021-05-06');
    expect(meta(page('  • 2021/05-06')).published).toBeNull();
  });
});

describe('set 140+: an e-paper registration line', () => {
  const page = (top: string) => `${top}\n上一篇 下一篇\n让小茶叶撬动大产业\n近日,记者走进某县茶园,看到茶农正在忙着采摘春茶,一派繁忙景象,茶产业已成为当地富民产业。\n`;

  it('is no title, and names the paper its publishing group is named for', () => {
    expect(meta(page('国内统一刊号:CN12-0001 某某日报报业集团出版'))).toMatchObject({ title: '让小茶叶撬动大产业', publisher: '某某日报' });
  });

  it('a line that only mentions a group publishing names no publisher', () => {
    expect(meta(page('某某日报报业集团出版')).publisher).not.toBe('某某日报');
  });
});

describe('set 140+: a date line with the column the item stands in', () => {
  const page = (line: string) => `回顾往期出版内容及实时资讯\n某市公布2024年度表彰名单\n${line}\n本报讯 某市政府今日公布2024年度表彰名单,共有十个单位和二十名个人获得表彰,颁奖仪式将于下月举行。\n`;

  it('2024年12月3日    即时资讯: the page\'s date, and the line above it the headline', () => {
    expect(meta(page('2024年12月3日    即时资讯'))).toMatchObject({ published: '2024-12-03', title: '某市公布2024年度表彰名单' });
  });

  it('a date with a weekday is the clock, and a date before a sentence is no date line', () => {
    expect(meta(page('2024年12月3日 星期二')).published).toBeNull();
    expect(meta(page('2024年12月3日 全市召开表彰大会')).published).toBeNull();
  });
});
