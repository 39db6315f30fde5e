/**
 * Metadata of reports without a manifest entry, from the heads of real web pages and
 * documents (the reports of tests/fixtures/reports/, whose README gives each URL).
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../scripts/pipeline/document.ts';
import { contentTables } from '../helpers/seeds.ts';
import { extractFigures } from '../../scripts/pipeline/figures.ts';

const doc = (text: string) => buildDocument('unseen.txt', Buffer.from(text, 'utf8'), undefined, [], contentTables());

type Row = [head: string, expected: { title?: string; publisher?: string | null; published?: string | null; city?: string; district?: string }, source: string];

const ROWS: Row[] = [
  ['选择语言\n\n您当前所在位置: 首页 > 专题资讯 > 政务服务工作简报\n\n政务服务工作简报(2024年)\n\n来源:番禺区政务服务和数据管理局 发布时间:2025-03-19 17:08:39 阅读次数:\n字体大小:\n\n  第104\n',
    { title: '政务服务工作简报（2024年）', publisher: '番禺区政务服务和数据管理局', published: '2025-03-19', city: '广州市', district: '番禺区' }, '08-panyu-2024-service-bulletin.txt'],
  ['首页 >政协要闻\n\n第二届湖北改革奖候选名单公布\n\n网络评选今日启动,请为省政协改革项目点赞\n\n2019-07-15 09:05:06   来源:湖北日报   作者:张进 林承举  \n字体大小:【\n',
    { title: '第二届湖北改革奖候选名单公布', publisher: '湖北日报', published: '2019-07-15' }, '01-hubei-reform-award-candidates.txt'],
  ['当前位置: 首页>今浙视点\n把制度优势转化为治理效能\n——2019年度浙江省改革创新最佳实践案例盘点\n\n2020-03-31 11:07 来源:《今日浙江》杂志 作者:今哲\n',
    { title: '把制度优势转化为治理效能', publisher: '《今日浙江》杂志', published: '2020-03-31' }, '07-zhejiang-2019-best-practice-cases.txt'],
  ['索 引 号 XM01100-05-00-2025-001 成文时间 2025-02-10\n发布机构 厦门市思明区人民政府 文 号\n标 题: 2025年思明区人民政府工作报告\n内容概述: 2025年思明区人民政府工作报告\n有效性:\n',
    { title: '2025年思明区人民政府工作报告', publisher: '厦门市思明区人民政府', published: '2025-02-10' }, '16-siming-2025-work-report.txt'],
  ['政 府 工 作 报 告\n——2025年4月17日在广州市荔湾区\n第十七届人民代表大会第五次会议第一次全体会议上\n广州市荔湾区人民政府代理区长 李锋\n各位代表:\n',
    { title: '政府工作报告', publisher: '广州市荔湾区人民政府', published: '2025-04-17', district: '荔湾区' }, '05-liwan-2025-work-report.txt'],
  ['(广东省)2022年佛山市人民政府工作报告(全文)\n\n发布时间:2022-07-07 23:14   责任编辑:www\n\n佛山市市长 白涛\n',
    { title: '2022年佛山市人民政府工作报告', publisher: '佛山市人民政府', published: '2022-07-07', city: '佛山市' }, '20-foshan-2022-work-report.txt'],
  ['东府办〔2017〕136号《东莞市人民政府办公室关于东莞市深化泛珠三角区域合作的实施意见》\n东府办〔2017〕136号\n',
    { title: '东莞市人民政府办公室关于东莞市深化泛珠三角区域合作的实施意见', publisher: '东莞市人民政府办公室', city: '东莞市' }, '15-dongguan-2017-pan-prd-cooperation-opinion.txt'],
  ['上海市杨浦区\n2024年政府有关工作情况和2025年主要工作汇编\n目 录\n1、推动数字经济蓬勃发展 (区发改委)\n',
    { title: '2024年政府有关工作情况和2025年主要工作汇编', publisher: '上海市杨浦区' }, '03-yangpu-2024-work-compendium.txt'],
  ['广州十大改革案例出炉背后:紧贴市民生活,展示改革成效\n\n17.09.2022  22:09\n\n大洋网讯 9月17日,广州首批“最具获得感改革案例成果发布活动在广州举行。\n',
    { title: '广州十大改革案例出炉背后：紧贴市民生活，展示改革成效', publisher: '大洋网', published: '2022-09-17' }, '19-guangzhou-top10-gains-cases-news.txt'],
  ['廣東省最佳化營商環境三年行動方案\n\n2023年7月,廣東省人民政府辦公廳印發《廣東省最佳化營商環境三年行動方案》。\n',
    { title: '广东省最佳化营商环境三年行动方案', publisher: '广东省人民政府办公厅', published: '2023-07' }, '17-guangdong-business-environment-plan-trad.txt'],
  // A series or column name above the headline (a kicker) is not the title: the headline is the line above the byline.
  ['您现在的位置:首页 > 杂志 > 2019年 > 2019年1期 > 特别策划\n\n向上的力量之 基层创新再出发\n\n2018安徽地方政府创新十佳案例\n\n  作者:本刊编辑部  编辑:纪海涛  来源:决策杂志时间:2019-03-13\n主 办:决策杂志社(安徽创新发展研究院)、清华大学公共管理学院案例中心。\n',
    { title: '2018安徽地方政府创新十佳案例', publisher: '决策杂志', published: '2019-03-13' }, '22-juece-2018-anhui-innovation-cases.txt'],
  ['当前位置:首页 >> 文章\n文章\n改革开放40年地方改革创新40案例高层研讨会综述\n发稿时间:2018-12-29 11:13:10   来源:中国改革网   作者:《改革内参》记者侯新宇\n  汇集地方实践经验 助推全面深化改革——\n改革开放40年地方改革创新40案例高层研讨会综述\n',
    { title: '改革开放40年地方改革创新40案例高层研讨会综述', publisher: '中国改革网', published: '2018-12-29' }, '24-chinareform-2018-40-cases-seminar.txt'],
  // A related headline set above the byline (【网事】…) loses to the headline the page repeats.
  ['您所在的位置: 东南网 > 福建频道> 今日要闻 > 正文\n【网事】共享汽车危机初现?\n2018-07-17 10:30:33 林先昌 来源:东南网  责任编辑:林雯晶\n分享到:\n改革开放40周年“福建影响力”案例亮点多\n扫码浏览专题\n改革开放40周年“福建影响力”案例亮点多\n',
    { title: '改革开放40周年“福建影响力”案例亮点多', publisher: '东南网', published: '2018-07-17' }, '12-fujian-influence-case-collection.txt'],
  // A 404 widget the stored page repeats is chrome, not the headline; a wire line with a second outlet or a date names the publisher.
  ['您访问的页面不存在\n404\n\nSORRY!\n\n您访问的页面走丢了\n\n您访问的页面不存在\n404\n\n您的位置:安徽网首页 » 新闻中心 » 安徽新闻 »\n\n点赞!安徽省铜陵市荣获长三角城市治理最佳案例奖\n\n您访问的页面不存在\n\n安徽网、大皖客户端讯 据安徽省民政厅消息,在今年举办的首届“长三角城市治理最佳实践案例评选”中,铜陵市委市政府申报的案例荣获最佳案例奖。\n',
    { title: '点赞！安徽省铜陵市荣获长三角城市治理最佳案例奖', publisher: '安徽网' }, '34-ahwang-2019-tongling-city-governance-award.txt'],
  // A byline on its own line is a source line, not the headline; a timestamp written in words dates the page.
  ['人民網\n人民網>>人民網海南頻道>>海南新聞\n\n形成可復制可推廣的海南經驗\n\n海南8項制度創新案例被國務院向全國推廣\n\n記者梁振君\n2022年10月09日07:58 | 來源:海南日報\n小字號\n',
    { title: '海南8项制度创新案例被国务院向全国推广', publisher: '海南日报', published: '2022-10-09' }, '39-hainan-2022-institutional-innovation-cases-trad.txt'],
  // An e-paper's page navigation is chrome; a paper cited as the source (据《…》消息) is the publisher.
  ['01版:头版\n\n02版:综合新闻\n\n前一版 下一版 2025年03月26日\n\n广西两项目入选\n全国第二批城市更新典型案例 其一为桂林市阳朔糖厂改造糖舍酒店项目   据《广西日报》消息(记者郭亚琼 通讯员黄诗谊)近日,住房城乡建设部公布第二批城市更新典型案例。\n',
    { title: '广西两项目入选', publisher: '广西日报', published: '2025-03-26' }, '41-guilin-2025-urban-renewal-cases.txt'],
  ['查询间隔10秒\n创新的角逐,河南举办2025年制度创新成果案例评审会\n来源:河南日报客户端  时间:2026-01-16 17:28  \n\n河南日报客户端记者 王歌 实习生 张效玮\n',
    { title: '创新的角逐，河南举办2025年制度创新成果案例评审会', publisher: '河南日报客户端', published: '2026-01-16' }, '45-henan-2026-ftz-innovation-case-review.txt'],
  ['首善之城的“朝阳智慧”—— 北京市朝阳区深化改革创新建设美丽和谐宜居之都\n发布者:新时代志愿者 时间2021-03-26\n本报记者 陈丽英\n朝阳区位于北京市城区东部,下辖24个街道、19个乡。\n',
    { title: '首善之城的“朝阳智慧”—— 北京市朝阳区深化改革创新建设美丽和谐宜居之都', published: '2021-03-26' }, '48-chaoyang-2021-community-governance.txt'],
  ['臺海網12月22日訊 據福建日報報道 記者從省委改革辦獲悉,21日在吉林長春召開的中國改革(2019)年會上,兩個案例脫穎而出。\n',
    { publisher: '台海网' }, '31-taihainet-2019-fujian-china-reform-cases-trad.txt'],
  // A disclosure catalogue whose spaced field labels stand alone, each value on the line below (the shape of 49).
  ['某某政务网 2020年5月6日星期三\n\n索 引 号 :\n000014349/2024-01234\n\n名    称 :\n关于公布2024年度优化营商环境改革案例的通知\n发 布 机 构 :\n某某市发展和改革委员会\n成 文 日 期 :\n发 文 日 期 :\n有   效  性 :\n有效\n',
    { title: '关于公布2024年度优化营商环境改革案例的通知', publisher: '某某市发展和改革委员会', published: null }, 'a disclosure catalogue, as in 49-tianjin-2025-service-opening-practice-cases.txt'],
  // A page's date stamp on a line of its own wins over the day the speech was delivered.
  ['2025年番禺区政府工作报告\n\n  • 听全文\n  • 2025-03-12\n  • 来源:番禺区\n  • 分享到\n\n  —2025年2月26日在番禺区第十八届人民代表大会第五次会议上\n\n广州市番禺区人民政府区长 叶珊瑚\n',
    { title: '2025年番禺区政府工作报告', published: '2025-03-12' }, '61-panyu-2025-work-report.txt'],
  // A notice dated only by the date line it is signed with, under its body (the shape of 49); the site's clock is not its date.
  ['某某政务网 2020年5月6日星期三\n名    称 :\n关于印发第四批创新实践案例的通知\n\n各有关单位:\n\n现予以印发,供各有关单位在工作中参考借鉴。\n\n    2025年12月19日\n\n(此件主动公开)\n',
    { title: '关于印发第四批创新实践案例的通知', published: '2025-12-19' }, 'a notice signed under its body, as in 49-tianjin-2025-service-opening-practice-cases.txt'],
  ['关于印发第四批创新实践案例的通知\n\n某某市商务局办公室\n2025年12月19日\n', { published: '2025-12-19' }, 'a notice signed under its issuer’s name (general form)'],
  // A date line under a heading or a list item is no signature: the text states no date.
  ['某区改革大事记\n\n2025年12月19日\n\n召开全面深化改革委员会会议\n', { published: null }, 'a chronicle’s date heading (general form)'],
  ['某区改革大事记\n\n区委深改委召开第五次会议。\n2025年12月19日\n区政府召开常务会议。\n2025年12月20日\n', { published: null }, 'a chronicle’s date lines (general form)'],
  ['01版:头版\n\n前一版 2025年03月26日 星期三 下一版\n\n广西两项目入选\n', { published: null }, 'an e-paper line with more than its navigation and date (general form)'],
  // An outlet's stamp (its name, then when it posted), a wire line naming a channel after `·`, a dated wire line.
  ['第三批全国法治政府建设示范地区和项目名单公布\n新华社·2025-10-28 11:55\n示范创建活动概况 - 中央全面依法治国委员会办公室于10月28日公布了名单\n',
    { publisher: '新华社', published: '2025-10-28' }, '64-xinhua-2025-rule-of-law-demonstration-summary.txt'],
  ['新湖南客户端 2021-12-27 18:29:29\n新湖南客户端12月27日讯(见习记者 梁原)为深入贯彻落实…\n',
    { publisher: '新湖南客户端', published: '2021-12-27' }, '67-hunan-2021-grassroots-governance-cases.txt'],
  ['(资料图)\n齐鲁网·闪电新闻8月10日讯 8月10日,滨州市政府新闻办举行新闻发布会。\n', { publisher: '齐鲁网' }, '72-binzhou-2023-reform-office-press-conference.txt'],
  ['天津发布11个基层治理创新典型案例\n2022年12月16日讯:昨天,市民政局发布2022年度天津市基层治理创新典型案例名单。\n',
    { published: '2022-12-16' }, '68-tianjin-2022-grassroots-governance-cases.txt'],
  // A date field's label before a bare date names no outlet.
  ['某区政务服务中心2023年工作总结\n发布日期 2024-03-18\n', { publisher: null, published: '2024-03-18' }, 'a date label before a timestamp (general form)'],
  // A publisher before a bar, a byline right after 讯, a stored copy's date before the headline (blind set 62+, and 51).
  ['清研智库 | 官方认定的28个乡村振兴典型范例,都来自哪些地方?\n为全面反映乡村振兴战略规划的实施成效,近日汇编出版了《报告》。\n',
    { title: '官方认定的28个乡村振兴典型范例，都来自哪些地方？', publisher: '清研智库' }, '65-tsingyan-2020-rural-revitalization-examples.txt'],
  ['黑龍江日報6月8日訊記者日前從省民政廳獲悉,全省有12個社區被命名為全國和諧社區建設示範社區。\n', { publisher: '黑龙江日报' }, '51-heilongjiang-2015-harmonious-community-models-trad.txt'],
  [' date 2026-01-27 南市機關學校創新提案競賽評選 出爐\n▲南市政府及所屬機關學校創新提案競賽評選結果出爐。（記者李嘉祥攝）\n',
    { title: '南市机关学校创新提案竞赛评选出炉', published: '2026-01-27' }, '70-tainan-2026-innovation-proposal-awards-trad.txt'],
  // A masthead above the headline, the site's clock (with its weekday) and the article's English-order date line.
  ['太平洋新聞網\n  PACIFIC DAILY NEWS 2025, 7. 14 PM 20:46 Monday  臺灣‧台北\n首頁新聞版面焦點新聞 Login\n \n您現在位於 - 焦點新聞\n\n  2020, 12. 23  Edit this Page\n\n\n地方創生奪金 中市西區獲城鎮典範\n\n「2020台灣城鎮品牌獎」揭曉,台中市西區脫穎而出。\n',
    { title: '地方创生夺金中市西区获城镇典范', publisher: '太平洋新闻网', published: '2020-12-23' }, '75-taichung-2020-town-brand-award-trad.txt'],
  // A bulletin's name (…简报) is no masthead.
  ['政务服务工作简报\n来源:番禺区政务服务和数据管理局 发布时间:2025-03-19\n', { title: '政务服务工作简报', publisher: '番禺区政务服务和数据管理局' }, 'a bulletin named …简报 (general form, as in 08)'],
];

describe('metadata of a report without a manifest entry', () => {
  it.each(ROWS)('%#: from the head of %s', (head, expected) => {
    const d = doc(head);
    const got = { title: d.title, publisher: d.publisher, published: d.published, city: d.region.city, district: d.region.district };
    expect(got).toMatchObject(expected);
  });

  it('takes the headline, not the section heading or series name above it, nor a numbered section below it', () => {
    const page = (lines: string[]) => doc(lines.join('\n')).title;
    expect(page(['特别策划', '改革进行时之 一线观察', '某市推行企业开办一网通办', '来源:某市日报 2024-05-06', '一、主要做法', '正文。'])).toBe('某市推行企业开办一网通办');
    expect(page(['某区深化审批制度改革', '——2023年度改革案例综述', '2024-01-02 来源:某区融媒体中心', '一、背景'])).toBe('某区深化审批制度改革');
    expect(page(['一、工作背景', '（一）总体情况', '某县乡村治理积分制', '发布时间:2024-03-01'])).toBe('某县乡村治理积分制');
  });

  it('reads no figure from chrome and source lines (字体大小, 第104, 发布时间 …)', () => {
    const d = doc(ROWS[0]![0] + '\n今年以来全区受理业务131.4万宗。\n');
    expect(extractFigures(d).figures.map((f) => f.raw)).toEqual(['131.4万宗']);
  });
});
