/**
 * Figures on reports the pipeline has never seen, one table per error class of issue 12.
 * Every sentence is copied from a public web page (the URL is next to it; traditional
 * script is kept as published, the pipeline converts it), or, where marked, from a
 * report of the test corpus in tests/fixtures/reports/.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../scripts/datasets/schema.ts';
import { extractUnseen as extract, figureOf as figure, isFigure } from '../helpers/unseen-figures.ts';

type NotFigure = [sentence: string, raw: string, source: string];

const LABELS: NotFigure[] = [
  ['從六大領域來看,經濟領域得分79.11,政治領域得分65.59。', '六大', 'http://www.zunxag.com/plus/view.php?aid=1471'],
  ['從四大區域來看,東部、中部、東北、西部的改革熱度指數分別為69.48,69.33,67.09,67.26。', '四大', 'http://www.zunxag.com/plus/view.php?aid=1471'],
  ['坚决打好三大攻坚战', '三大', 'http://m.szbjdq.com/pinchanews/670.html'],
  ['一季度,上海浦東、虹橋兩大機場飛機起降量達8.58萬架次', '两大', 'http://whmsebhyy.com/roll/20050426/105735902.shtml'],
  ['截至2024年11月,市、区两级公安政务服务大厅共建成65个综合受理窗口', '两级', 'seeds/003 (gz-2024-cases)'],
  ['在政府职能转变、重大改革试验、生态经济、民生工程、舆论引导五大类型中,前四种类型仍占大多数', '五大', 'tests/fixtures/reports/13-zhejiang-2015-public-management-innovation.txt'],
  ['将三大千亿产业和四大新兴领域细分为12条重点产业链', '千亿', 'tests/fixtures/reports/03-yangpu-2024-work-compendium.txt'],
  ['为促进两岸青年交流交心,厦门市集美区打造大陆首个闽台研学旅行基地', '陆首', 'tests/fixtures/reports/06-xiamen-reform-cases-showcase.txt'],
  ['改革开放40周年“福建影响力”案例亮点多', '40', 'tests/fixtures/reports/12-fujian-influence-case-collection.txt'],
  ['组织7200多名五级人大代表深入基层', '五级', 'seeds/003 (gz-2024-cases), shortened'],
];

const REFERENCES: NotFigure[] = [
  ['现印发公布2023年度各区优化营商环境优秀案例。\n排名1\n立足专业、着力规范、持续创新', '1', 'http://echinagov.com/news/349975.htm'],
  ['具体名单见附件1。', '1', 'general form of an attachment reference (附件N), as in every government notice'],
  ['01-北京懷柔:“足不出村”辦政務打通村民辦事“最后一公里”', '01', 'http://www.sh-set.com/NewsDetail.aspx?ID=234 (tests/fixtures/reports/35-sh-set-rural-public-service-cases-trad.txt)'],
  ['案例汇编\n02-天津北辰雙街:打造常態化服務體系讓農村文化“活”起來', '02', 'http://www.sh-set.com/NewsDetail.aspx?ID=234 (tests/fixtures/reports/35-sh-set-rural-public-service-cases-trad.txt)'],
  // Reference marks in brackets (blind set 62+): after a statement, and at a line start.
  ['名单包括72个全国法治政府建设示范市(县、区)和33个全国法治政府建设示范项目 [1] - 示范创建活动于2023年5月启动 [1]', '[1]', 'tests/fixtures/reports/64-xinhua-2025-rule-of-law-demonstration-summary.txt'],
  ['截至目前已命名示范项目33个［2］，经报中央依法治国委批准。', '2］', 'general form (full-width brackets)'],
  ['【3】参见市政府办公厅通知', '3', 'general form (a mark at a line start)'],
];

const CODES: NotFigure[] = [
  ['索 引 号 XM01100-05-00-2025-001 成文时间 2025-02-10', '001', 'tests/fixtures/reports/16-siming-2025-work-report.txt'],
  ['部分著名奖项包括:“日内瓦国际发明展2023” 1、“爱迪生奖”', '1、', 'tests/fixtures/reports/18-hkpc-2023-awards-trad.txt (a note mark)'],
  ['廣東省最佳化營商環境三年行動方案\n', '三年', 'tests/fixtures/reports/17-guangdong-business-environment-plan-trad.txt (its headline)'],
  ['西宁市委市政府将城市更新三年行动作为提升城市品质的“头号工程”', '三年', 'tests/fixtures/reports/58-xining-2026-national-pilot-selections.txt (the plan\'s name)'],
  ['通过三年行动方案的实施,城市面貌明显改善', '三年', 'general form (a plan\'s document after 通过)'],
  ['客服热线:0755-8882 8155\n', '8882', 'tests/fixtures/reports/42-futian-2018-yearbook-district-profile.txt (a telephone number)'],
  ['咨询电话:020-83338888,欢迎来电。', '83338888', 'a telephone number with a three-digit area code'],
  ['索   引  号 :\n11120000MB1908811Q/2025-00042\n', '00042', 'tests/fixtures/reports/49-tianjin-2025-service-opening-practice-cases.txt (a disclosure index number)'],
  ['备案号：30118\n', '30118', 'general form (the value of an identifier field on its label\'s line)'],
  ['项目编码 2024-0315 已完成登记', '0315', 'general form (a zero-led serial joined to its year)'],
  ['活动现场\n640 (1).png\n', '1', 'tests/fixtures/reports/30-xuhui-2024-15-minute-life-circle-awards-trad.txt (a downloaded image\'s copy number)'],
  ['相关文件下载:实施细则 (2).pdf\n', '2', 'general form (a file name\'s copy number)'],
  // A word after a number that runs on into the clause, or after a longer number, is no measure word by its place.
  ['市民可拨打12345热线，反映问题', '12345', 'general form (a hotline\'s number before the word 热线)'],
  ['全市建成5G基站，覆盖城区', '5', 'general form (a name of letters and digits)'],
  ['1月20日,上?!?5分鐘社區生活圈優秀案例評選結果出爐了!', '5分', 'tests/fixtures/reports/30-xuhui-2024-15-minute-life-circle-awards-trad.txt (digits after encoding damage: 上海“15 lost its 1)'],
];

/** Held-out fixtures (22–25 of tests/fixtures/reports), measured before these rules were written. */
const MORPHEMES_AND_RANKS: NotFigure[] = [
  ['全区规上工业企业亩均税收和亩均增加值占据全省前3位,并获评全国自然资源节约集约示范区。', '3位', 'tests/fixtures/reports/25-district-three-year-reform-review.txt (a ranking: the top 3)'],
  ['推动“机器换人”和“企业上云”,汽车零部件行业的工业互联网平台入选工信部试点。', '零', 'tests/fixtures/reports/25-district-three-year-reform-review.txt (零部件: a morpheme, not zero)'],
  ['“改革开放40年地方改革创新40案例”入选案例单位代表', '40年', 'tests/fixtures/reports/24-chinareform-2018-40-cases-seminar.txt (an anniversary inside a name)'],
  ['“改革开放40年地方改革创新40案例”入选案例单位代表', '40案例', 'tests/fixtures/reports/24-chinareform-2018-40-cases-seminar.txt (案例 is a noun, not the classifier 案)'],
  ['引入百度飞桨、北京大学等创新资源', '百度', 'tests/fixtures/reports/16-siming-2025-work-report.txt (度 is a unit only after digits)'],
];

const CLOCKS: NotFigure[] = [
  ['2010/1/6 16:43:13 次浏览 分类:政府动态', '16:43:13', 'https://www.qhdhgq.gov.cn/article_show.aspx?id=690'],
  ['更新时间:2018-09-05 22:26作者:李一老师', '22:26', 'https://78911.com.cn/DongTaiXinWen/656802-5.html'],
  ['发布时间：2024-05-06 16:07 来源：区政务服务数据管理局', '16:07', 'page header shape of Guangzhou district sites (发布时间 + date + time)'],
  ['2019-07-15 09:05:06 浏览次数：312', '09:05:06', 'issue 12 (read as a ratio 1.8 and a figure 6)'],
  ['当日09:30起，窗口恢复办理。', '09:30', 'general form (a time of day with a leading zero, no clock word)'],
];

const SLOGANS: NotFigure[] = [
  ['全国农村贫困人口全部脱贫,为实现第一个百年奋斗目标、开启全面建设社会主义现代化国家新征程奠定了坚实基础。', '百年', 'http://www.gmky3u.cn/uRADDO_KoPLQKaKekDTsg'],
  ['统筹国内国际两个大局,全年经济社会发展主要目标任务顺利完成,“十四五”圆满收官', '十四五', 'https://www.hk01.com/即時中國/60330363 (李强《政府工作报告》2026)'],
  ['世界百年变局加速演进', '百年', 'general phrase of national reports (百年变局)'],
  ['城市发展呈现万千气象', '万千', 'general phrase (万千气象)'],
  ['全力办好十五运会', '十五', 'Guangdong reports on the 15th National Games (十五运会)'],
  ['2019年行已过半,回顾广州市全面深化改革工作', '过半', 'seeds/000 (gz-2019h1-review)'],
];

const DATES: NotFigure[] = [
  ['二〇二三年十二月三十\n', '三十', 'a date line whose 日 was lost in extraction (broken date header)'],
  ['统计资料表明,香港港口今年头七个月的货柜吞吐量已经超过1000万箱大关', '七个月', 'http://old.chinawuliu.com.cn/zixun/200012/04/38367.shtml'],
  ['第8屆政府服務獎頒獎典禮今（15）日隆重舉行', '15', 'tests/fixtures/reports/54-yunlin-2025-government-service-award-trad.txt (a day inside 今日)'],
  ['本（3）月底前完成全部申报材料的审核', '3', 'general form (a month inside 本月)'],
  // Years of the ROC calendar in a Taiwanese report, and English-order date chrome (blind set 62+).
  ['臺南市政府研考會推動「臺南市政府及所屬機關學校創新提案競賽」，114年評選結果出爐', '114', 'tests/fixtures/reports/70-tainan-2026-innovation-proposal-awards-trad.txt'],
  ['民國38年起實施耕者有其田政策', '38', 'general form (民國N年, in any report)'],
  ['  PACIFIC DAILY NEWS 2025, 7. 14 PM 20:46 Monday  臺灣‧台北', '7', 'tests/fixtures/reports/75-taichung-2020-town-brand-award-trad.txt'],
  ['\n  2020, 12. 23  Edit this Page\n', '12', 'tests/fixtures/reports/75-taichung-2020-town-brand-award-trad.txt'],
];

describe('figures on unseen reports: what is not a quantity', () => {
  for (const [name, rows] of Object.entries({ LABELS, REFERENCES, CODES, CLOCKS, SLOGANS, DATES, MORPHEMES_AND_RANKS })) {
    it.each(rows)(`${name}: %s — %s is not a figure (%s)`, (sentence, raw) => {
      expect(isFigure(sentence, raw)).toBe(false);
    });
  }
});

type Expected = [sentence: string, raw: string, fields: Partial<Figure>, source: string];

const MEASURES: Expected[] = [
  ['其中,现代服务业、专业服务业分别实现增加值2703.33亿元、412.06 亿元。', '412.06 亿元', { value: 41206000000, unit: '元' }, 'tests/fixtures/reports/42-futian-2018-yearbook-district-profile.txt (a space before the scale word)'],
  ['该区下辖10个街道、95 个社区、115个居委会。', '95 个', { value: 95, unit: '个' }, 'tests/fixtures/reports/42-futian-2018-yearbook-district-profile.txt (a space before the unit)'],
  ['三季度末,生豬存欄37039萬頭,同比增長20.7%', '37039万头', { value: 370390000, unit: '头', kind: 'count', subject: '生猪存栏' }, 'http://www.214951.tw/content/2020-10/19/32_64490.html'],
  ['一季度,上海浦東、虹橋兩大機場飛機起降量達8.58萬架次', '8.58万架次', { value: 85800, unit: '架次', kind: 'count' }, 'http://whmsebhyy.com/roll/20050426/105735902.shtml'],
  ['日均起降量達到953架次,超出去年日均量50多架次。', '953架次', { value: 953, unit: '架次' }, 'http://whmsebhyy.com/roll/20050426/105735902.shtml'],
  ['日均起降量達到953架次,超出去年日均量50多架次。', '50多架次', { value: 50, unit: '架次', qualifier: 'over' }, 'http://whmsebhyy.com/roll/20050426/105735902.shtml'],
  ['今年上半年,江蘇港口集裝箱吞吐量突破1000萬標箱', '1000万标箱', { value: 10000000, unit: '标箱', qualifier: 'over' }, 'http://www.smtm6.com/html/874/2021-07-21/content-3584.html'],
  ['上半年,全省公鐵水空累計完成綜合貨運量14.1億噸、貨物周轉量5736億噸公里', '5736亿吨公里', { value: 573600000000, unit: '吨公里' }, 'http://www.smtm6.com/html/874/2021-07-21/content-3584.html'],
  ['今年一季度,上海港口集裝箱量達到397.2萬箱次', '397.2万箱次', { value: 3972000, unit: '箱次' }, 'http://whmsebhyy.com/roll/20050426/105735902.shtml'],
  ['累計完成集裝箱吞吐量1053.2萬TEU,同比增長20.2%。', '1053.2万TEU', { value: 10532000, unit: 'TEU' }, 'http://www.smtm6.com/html/874/2021-07-21/content-3584.html'],
  ['积极探索“业主+企业+金融机构”三方共赢的可持续拆危建新模式', '三方', { value: 3, unit: '方', kind: 'count' }, 'seeds/003 (gz-2024-cases); issue 12 lists 三方 as a missed unit'],
  ['今年以来全区受理业务131.4万宗,政务服务质量评分均为10分,好评率月均99.9%', '10分', { value: 10, unit: '分' }, 'tests/fixtures/reports/11-panyu-2024-data-bureau-summary.txt'],
  ['全国综合竞争力百强城区排名再次跃升7个位次,位居第64位', '7个位次', { value: 7, unit: '个位次' }, 'tests/fixtures/reports/14-tianxin-2021-work-report.txt'],
  ['在“智慧城市”及“智慧交通及工业”類別勇奪兩金六銀佳績。', '六银', { value: 6, unit: '银', kind: 'count' }, 'tests/fixtures/reports/18-hkpc-2023-awards-trad.txt'],
  ['该节会已连续举办14届。', '14届', { value: 14, unit: '届', kind: 'count' }, 'general form (连续举办N届)'],
  ['改革开放40年来,很多影响巨大的改革都是经过基层首创和地方实践探索', '40年', { value: 40, unit: '年', kind: 'duration' }, 'tests/fixtures/reports/24-chinareform-2018-40-cases-seminar.txt (the years since an event stay a duration)'],
  // Measure words by their place after a number (blind set 62+), and what stays as it was.
  ['消防局提出2案獲特優獎肯定，其一為「救護車右方視覺輔助觀看系統」', '2案', { value: 2, unit: '案', kind: 'count' }, 'tests/fixtures/reports/70-tainan-2026-innovation-proposal-awards-trad.txt'],
  ['在救護車右側加裝具120度廣角與夜視功能鏡頭', '120度', { value: 120, unit: '度', kind: 'degree' }, 'tests/fixtures/reports/70-tainan-2026-innovation-proposal-awards-trad.txt'],
  ['活动自2019年起每两年组织一批,已命名示范项目33个', '两年', { value: 2, unit: '年', kind: 'duration' }, 'tests/fixtures/reports/64-xinhua-2025-rule-of-law-demonstration-summary.txt (a frequency)'],
  ['示范项目［共33个］经报中央依法治国委批准', '33个', { value: 33, unit: '个' }, 'general form (a count in brackets is no reference mark)'],
  ['臺南市百年老店已有60年歷史', '60年', { value: 60, unit: '年', kind: 'duration' }, 'general form (a span of time in a Taiwanese report is no ROC year)'],
  ['该厂建成至今已经营114年，见证城市变迁', '114年', { value: 114, unit: '年', kind: 'duration' }, 'general form (simplified script counts no ROC years)'],
  ['全市两年的增速分别为2019, 12.5%和2020, 8.1%。', '12.5%', { value: 12.5, unit: '%' }, 'general form (no space after the dot: a decimal, no English-order date)'],
  // A word no table lists, by its place: it ends the counted phrase (a clause break or the phrase's verb follows).
  ['2025天下城市治理卓越獎今公布得獎名單，高市共奪得5獎，榮獲「雙首獎」', '5奖', { value: 5, unit: '奖', kind: 'count' }, 'tests/fixtures/reports/79-kaohsiung-2025-city-governance-awards-trad.txt'],
  ['還有農業局「高雄植醫來幫忙」以及經發局「打造AI產業生態系」3專案獲得優選。', '3专案', { value: 3, unit: '专案', kind: 'count' }, 'tests/fixtures/reports/79-kaohsiung-2025-city-governance-awards-trad.txt'],
  ['全市共有4镇入选国家级名单。', '4镇', { value: 4, unit: '镇', kind: 'count' }, 'general form (a count before its selection verb)'],
  ['加快建设现代化、国际化美丽省会城市。通过三年行动,城市地下管网集约敷设水平和安全性显著提高', '三年', { value: 3, unit: '年', kind: 'duration' }, 'tests/fixtures/reports/86-shijiazhuang-2024-national-pilot-selections.txt (the time the work took)'],
  ['经过两年攻坚,全区完成改造任务', '两年', { value: 2, unit: '年', kind: 'duration' }, 'general form (经过 N 年攻坚)'],
  ['地方交通主管機關 與產學研代表共 400 餘人出席', '400 余人', { value: 400, unit: '人', qualifier: 'over' }, 'tests/fixtures/reports/80-kaohsiung-2022-its-awards-trad.txt (a space before 余)'],
];

const RATIOS: Expected[] = [
  ['社科院:今年城鄉居民收入差距將縮小到3:1左右', '3:1', { value: 3, kind: 'ratio', qualifier: 'approx', terms: [3, 1] }, 'https://hk.outputnews.com/2012/huanqiu/news_2012_04_18_1398573'],
  ['三次产业结构比为4.0∶37.7∶58.3。', '4.0∶37.7∶58.3', { kind: 'ratio', value: 4, terms: [4, 37.7, 58.3], subject: '三次产业结构比' }, 'issue 12 (an unseen statistical bulletin)'],
  // A two-term ratio keeps both terms, never their quotient, and its subject is not the preposition before it.
  ['城乡居民收入比缩小到2.50:1。', '2.50:1', { kind: 'ratio', value: 2.5, terms: [2.5, 1], subject: '城乡居民收入比' }, 'issue 12 (an unseen statistical bulletin)'],
  ['其中区财政出资2亿元，按照1:1.5的比例配套资金。', '1:1.5', { kind: 'ratio', value: 1, terms: [1, 1.5], subject: '配套资金' }, 'general form (按照A:B的比例 + verb phrase)'],
  ['所需经费由中央与地方按照1:1比例分担。', '1:1', { kind: 'ratio', value: 1, terms: [1, 1], subject: '中央与地方' }, 'general form (X按照A:B比例分担)'],
];

const QUALIFIERS: Expected[] = [
  ['2015年達到2699.63億元,占廣州市經濟總量1/7強,年均增長8.8%', '1/7', { kind: 'ratio', qualifier: 'over', value: 1 / 7, terms: null }, 'tests/fixtures/reports/04-yuexiu-2016-work-report-trad.txt'],
  ['番禺区精细化管理促进中介市场公平竞争,实现成交金额增长超 5倍', '5倍', { value: 5, unit: '倍', qualifier: 'over' }, 'tests/fixtures/reports/08-panyu-2024-service-bulletin.txt'],
  ['规模居全市第二,约占全市的1/5,中心城区的1/3。', '1/5', { kind: 'ratio', qualifier: 'approx' }, 'tests/fixtures/reports/03-yangpu-2024-work-compendium.txt'],
  ['规模居全市第二,约占全市的1/5,中心城区的1/3。', '1/3', { kind: 'ratio', qualifier: 'approx' }, 'tests/fixtures/reports/03-yangpu-2024-work-compendium.txt (a clause with no verb continues the one before)'],
  ['公众投票逾50万份,选出了最受喜爱的37个优秀案例。', '37个', { qualifier: 'exact' }, 'tests/fixtures/reports/30-xuhui-2024-15-minute-life-circle-awards-trad.txt (a clause with a verb of its own)'],
  ['不良率约占全部贷款的2%,较年初下降的0.3%。', '0.3%', { qualifier: 'exact' }, 'general form (a clause with a change verb of its own)'],
  ['经过两个多月时间,新京报社从全国20省份43城市共征集到200多份案例。', '两个多月', { raw: '两个多月', value: 2, unit: '个月', kind: 'duration', qualifier: 'over' }, 'tests/fixtures/reports/29-beijing-news-2022-digital-government-cases.txt'],
  ['窗口平均等候三个多小时的问题得到解决。', '三个多小时', { value: 3, unit: '个小时', qualifier: 'over' }, 'general form (N个多小时)'],
  ['全区共建成两个多功能活动室。', '两个', { raw: '两个', value: 2, unit: '个', qualifier: 'exact' }, 'general form (多功能 after 个 is no time unit)'],
  ['在过去三年内,**区共开展国家级改革试点项目5项', '三年', { raw: '三年', value: 3, unit: '年', qualifier: 'exact' }, 'tests/fixtures/reports/25-district-three-year-reform-review.txt (内 of a span just past is "during")'],
  ['力争三年内建成10个示范社区', '三年内', { raw: '三年内', value: 3, unit: '年', qualifier: 'under' }, 'general form (a deadline: within three years)'],
  ['2017地区生产总值突破千亿大关,2021年预计达1350亿元,年均增长5.1%', '1350亿元', { value: 135000000000, qualifier: 'approx' }, 'tests/fixtures/reports/60-wuhua-2022-work-report.txt (a projection)'],
  ['社会消费品零售总额从573.7亿元预计增长到650亿元', '650亿元', { qualifier: 'approx' }, 'tests/fixtures/reports/60-wuhua-2022-work-report.txt (a projected change)'],
  ['全区預估全年新增就業崗位1.2萬個', '1.2万个', { value: 12000, unit: '个', qualifier: 'approx' }, 'general form (a projection, traditional script)'],
  ['高中招生计划80416个，较2023年净增10107个', '80416个', { qualifier: 'exact' }, 'seeds/003 (gz-2024-cases): 计划 here is a noun, the quota is exact'],
  ['增速高於“十二五”預期目標0.8個百分點', '0.8个百分点', { qualifier: 'exact' }, 'tests/fixtures/reports/04-yuexiu-2016-work-report-trad.txt (预期目标 names the target)'],
];

/** Subjects are chart labels: whole noun phrases, no verbs or comparison words. */
const SUBJECTS: Expected[] = [
  ['新办企业税务信息确认和首次申领发票时间压缩至1个工作日，纳税时间压缩至130小时', '1个工作日', { subject: '新办企业税务信息确认和首次申领发票时间' }, 'seeds/000 (gz-2019h1-review)'],
  ['政府投资项目审批时间压减至90个工作日内，较国务院要求的120个工作日均有明显压缩', '120个工作日', { subject: '国务院要求' }, 'seeds/001 (gz-2018-top10)'],
  ['平均兑现时间只用10.5个工作日，最短仅8小时', '10.5个工作日', { subject: '平均兑现时间' }, 'seeds/002 (hp-2020-summary, as normalized)'],
  ['全省公布的5家新冠肺炎检测诊断机构，广州高新区独占4家，占全省八成', '八成', { subject: '广州高新区' }, 'seeds/002 (hp-2020-summary, as normalized)'],
  ['其中孚能科技项目从打下第一根桩到实现试投产仅用时10个月，帮助企业节省建设费用约4000万元', '10个月', { subject: '孚能科技项目从打下第一根桩到实现试投产' }, 'seeds/003 (gz-2024-cases)'],
];

const HALVES: Expected[] = [
  ['近半年来,全区新增市场主体1.2万户', '近半年', { value: 0.5, unit: '年', kind: 'duration', qualifier: 'approx' }, 'issue 12 (近半年)'],
  ['目前上海港每月開出1790艘集裝箱班輪,國際班輪所佔比例近一半。', '一半', { value: 0.5, kind: 'ratio', qualifier: 'approx' }, 'http://whmsebhyy.com/roll/20050426/105735902.shtml'],
  ['过半企业实现扭亏为盈', '过半', { value: 0.5, kind: 'ratio', qualifier: 'over' }, 'general form (过半)'],
];

/** ○ (U+25CB) and ◯ (U+25EF) typed for the zero between Chinese numerals; the raw text keeps them. */
const CIRCLE_ZEROS: Expected[] = [
  ['今年宜蘭縣在全國各縣市近二○○件創新專案中脫穎而出', '二○○件', { raw: '近二○○件', value: 200, unit: '件', qualifier: 'approx' }, 'tests/fixtures/reports/53-yilan-2025-city-governance-awards-trad.txt'],
  ['全年共受理投诉一◯五宗，同比下降。', '一◯五宗', { raw: '一◯五宗', value: 105, unit: '宗' }, 'general form (◯ U+25EF as the zero)'],
];

describe('figures on unseen reports: what is read, and how', () => {
  for (const [name, rows] of Object.entries({ MEASURES, RATIOS, QUALIFIERS, SUBJECTS, HALVES, CIRCLE_ZEROS })) {
    it.each(rows)(`${name}: %s — %s (%s)`, (sentence, raw, fields) => {
      expect(figure(sentence, raw)).toMatchObject(fields);
    });
  }

  it('the 百 of 个百分点 is part of the unit, not a hundred (tests/fixtures/reports/03-yangpu-2024-work-compendium.txt)', () => {
    const { figures } = extract('上拉GDP增长达2.1个百分点,对增长贡献率为37.5%');
    expect(figures.map((f) => f.raw)).toEqual(['2.1个百分点', '37.5%']);
  });

  it('a lone ○ is a bullet, never a number, and a year written with ○ is a date (tests/fixtures/reports/53-yilan-2025-city-governance-awards-trad.txt)', () => {
    const { figures } = extract('○ 二○二五年共辦理三項專案。');
    expect(figures.map((f) => f.raw)).toEqual(['三项']);
  });

  it('a ratio of three terms is one record, not a figure per term', () => {
    const { figures } = extract('三次产业结构比为4.0∶37.7∶58.3。');
    expect(figures.map((f) => f.raw)).toEqual(['4.0∶37.7∶58.3']);
  });
});
