/**
 * The pipeline's one lexicon: every word list that extraction decides with, each named
 * for its purpose, with a comment on what belongs in it. A word belongs here only when
 * it is general Chinese usage for that purpose (a reader could add it from a dictionary
 * or a style guide), never because one sentence of one report needs it.
 *
 * Sections: figures (units, verbs, comparison and change words, time words, labels and
 * slogans that are not quantities), cases (cues that a list is a list of cases, heading
 * markers, owner and recommender fields), metadata (site chrome and source lines).
 *
 * Lists are plain arrays; the modules that use them build their regexes from them.
 */
import type { FigureKind, Qualifier } from '../datasets/schema.ts';

/** A regex alternation of a list's words, longest first (so 个工作日 wins over 个); words are literal Chinese text. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

// ── figures ──────────────────────────────────────────────────────────────────

/**
 * Units of measure by the kind of quantity they measure. Belongs: a word written right
 * after a number that says what the number measures (money, time, area ...). The third
 * element is the unit as the dataset spells it when the text uses a variant (㎡).
 */
export const MEASURE_UNITS: [string[], FigureKind, string?][] = [
  [['元', '美元', '港元', '港币', '欧元'], 'money'],
  [['个工作日', '工作日', '个小时', '小时', '分钟', '秒钟', '秒', '个月', '天', '周', '年', '岁'], 'duration'],
  [['%', '％'], 'percent', '%'],
  [['个百分点', '百分点'], 'change'],
  [['倍', '成'], 'ratio'],
  [['平方公里', '平方千米', '平方米', '公顷', '亩'], 'area'],
  [['㎡'], 'area', '平方米'],
  [['立方米', '升'], 'volume'],
  [['千瓦时', '度电', '兆瓦时', '兆瓦', '千瓦'], 'energy'],
  [['公里', '千米', '厘米', '毫米', '米'], 'length'],
  [['公斤', '千克', '吨', '克', '斤'], 'weight'],
  // The length of a text in characters (报告约3400字, 1万1千字); 八字方针 is a label (figures-classify).
  [['字'], 'count'],
];

/**
 * Classifiers (个体量词 and 集体量词) that count things: the noun counted usually follows
 * them (11个领域, 214对新人, 3900万头生猪). Belongs: any measure word of Chinese grammar
 * that counts items; they form a closed grammatical class, listed in every grammar.
 * Words that are also common nouns or verbs after a numeral (一带, 三元里) stay out.
 */
export const COUNT_CLASSIFIERS = [
  '个', '项', '件', '宗', '家', '户', '份', '张', '间', '支', '名', '条', '场', '所', '座', '台', '辆', '套',
  '批', '类', '种', '席', '级', '期', '位', '只', '株', '笔', '单', '篇', '部', '栋', '层', '处', '对', '届',
  '方', '头', '架', '艘', '枚', '颗', '棵', '匹', '块', '根', '本', '册', '幅', '首', '门', '节', '轮', '组',
  '队', '群', '款', '例', '起', '片', '列', '把', '盏', '床', '箱', '标箱', '标准箱', 'TEU',
  '人', '人次', '人份', '方面', '部分', '大类', '位次', '个位次',
  // Proposals and bills (提出2案, 3案获奖), as Taiwanese and legal usage counts them; 案例 and 案件 are nouns (CLASSIFIER_NOUNS).
  '案',
  // Votes (共计15585票), doses (接种疫苗146万剂), steps (五步流程) and stages (分3阶段实施): measure words of counts.
  '票', '剂', '步', '阶段',
  // Points of a score (评分10分); after a Chinese numeral 分 is an adverb (十分) and is not read.
  '分',
];

/**
 * Verbs that put a unit in a ranking, ending right before its place (位居全省7位, 持续进位至68位, 排名第3): the
 * number after them is a place in the ranking, not a count. Belongs: a verb or verb + 至/到 that says where in a ranking
 * something stands or moved to. A change of rank (上升12位, 前移5位) counts places and stays out.
 */
export const RANK_VERBS = ['位居', '位列', '名列', '跃居', '稳居', '居', '列', '排名', '排在', '排', '进位至', '进位到', '升至', '升到', '跃升至', '跃升到', '提升至', '提升到', '攀升至', '前移至'];

/**
 * Nouns that start with a classifier's or a time unit's character (40案例, 3案件, 典型案例300名单, 2025天下城市治理卓越奖):
 * right after a number the noun itself is written (a list's or a prize's name), and its first character is no unit.
 * Belongs: a common two-character noun whose first character is a unit of COUNT_CLASSIFIERS or of time, and which is
 * not itself a measure.
 */
export const CLASSIFIER_NOUNS = ['案例', '案件', '案卷', '名单', '名录', '名册', '天下'];

/**
 * Nouns a number counts with no classifier between, the noun itself its unit (20省份43城市, 西部四县, 信宜、高州两地,
 * 两项目入选): administrative divisions, places and projects. Belongs: a noun of a division or a place that reports
 * count directly; 州 stays out (万州, 三区三州 are names), and so do 村, 镇 and 乡, which number neighbourhoods in names
 * (鞍山四村); round numbers before these name sets (百县千镇万村).
 */
export const SELF_COUNTED_NOUNS = ['省份', '城市', '项目', '区县', '县区', '市县', '县市', '省市', '省', '市', '县', '区', '地'];
/**
 * Characters that continue a self-counted noun into a longer word (市委, 市场, 区域, 地区, 县城, 省级, 5项目标 of 目标):
 * then the noun is no unit, and a shorter unit of the tables may hold (5项 of 5项目标). Belongs: the second character of
 * a common word that starts with one of SELF_COUNTED_NOUNS (organs, ranks, parts, and 目标's 标).
 */
/**
 * Words of acting together after places counted with no classifier (三市联动, 两地协同, 三区共建): the phrase names a scheme,
 * as the corpus reads 三城联动, not a count of the places. Belongs: verbs and nouns of cooperation between places.
 */
export const JOINT_ACTION_WORDS = ['联动', '协同', '共建', '共治', '共享', '一体', '融合', '同城'];
export const SELF_COUNTED_WORD_TAILS = [
  '委', '府', '政', '长', '民', '级', '直', '属', '内', '外', '域', '区', '场', '城', '情', '容', '貌', '方', '点', '块', '图',
  '界', '境', '段', '带', '铁', '中心', '标',
];

/**
 * Units of measure read only right after Arabic digits, because after a Chinese numeral the character is part of a
 * word (百度, 再度, 一度 "once"): 度, degrees of an angle or a temperature (120度广角). 度电 (kWh) is in MEASURE_UNITS.
 */
export const DIGIT_MEASURE_UNITS: [string[], FigureKind][] = [[['度'], 'degree']];

/**
 * Classifiers of events and people-times (动量词): what follows is not the counted noun
 * (巡河近115万次). Compounds of a classifier and 次 (架次, 艘次, 箱次) are recognized by
 * their shape and need no entry.
 */
export const EVENT_CLASSIFIERS = ['次', '趟', '遍', '回'];

/**
 * Qualifier words written before a number. Belongs: a word that makes the number
 * approximate, a bound, or an excess (约, 超过, 不少于, 不足).
 */
export const QUALIFIERS_BEFORE: [string, Qualifier][] = [
  ['将近', 'approx'], ['接近', 'approx'], ['大约', 'approx'], ['大概', 'approx'], ['近', 'approx'], ['约', 'approx'],
  ['上', 'approx'],
  ['超过', 'over'], ['超出', 'over'], ['超', 'over'], ['逾', 'over'], ['突破', 'over'], ['多于', 'over'], ['高于', 'over'], ['过', 'over'],
  ['不少于', 'at_least'], ['不低于', 'at_least'], ['不小于', 'at_least'], ['至少', 'at_least'],
  ['不超过', 'under'], ['不足', 'under'], ['不到', 'under'], ['少于', 'under'], ['低于', 'under'], ['不高于', 'under'], ['不大于', 'under'],
  // Comparisons of size (小于300㎡的宾馆, 大于5公顷的地块): a bound, as 低于 and 高于 are.
  ['小于', 'under'], ['大于', 'over'],
];

/**
 * Names of a currency written before the amount (逾新台币百亿元, 超人民币5亿元): a qualifier before the name governs
 * the amount after it. Belongs: a currency's name as reports write it before a number.
 */
export const CURRENCY_NAMES = ['人民币', '新台币', '台币', '港币', '澳门币', '澳币', '美金'];

/**
 * Units of computing power, written in Latin letters (320P算力, 算力规模达5EFLOPS): read only beside the noun 算力 (a
 * Latin letter after a number is otherwise a code or a name: 5G, 4K, 3D). Belongs: a unit of floating-point operations
 * per second as reports write it, and COMPUTING_NOUNS the nouns of that capacity.
 */
export const COMPUTING_UNITS = ['PFLOPS', 'EFLOPS', 'TFLOPS', 'PFlops', 'EFlops', 'TFlops', 'P', 'E', 'T'];
export const COMPUTING_NOUNS = ['算力'];

/**
 * Words that make the numbers after them in the same clause a projection (2021年预计达1350亿元,
 * 预计两年内将建成…5间): approximate, as the corpus annotates them. Belongs: a verb of forecasting that is
 * rarely a noun. 计划 and 预期 are left out: in reports they are mostly nouns (招生计划80416个, 符合预期).
 */
export const FORECAST_WORDS = ['预计', '预估', '估计'];
/** Words after a forecast word that make it a noun (预期目标, 预计数, 工作计划书): the number measures against it, it is not projected. */
export const FORECAST_NOUN_TAILS = ['目标', '数', '值', '任务', '书', '表', '单列'];

/** Qualifier words written after a number and its unit (以上, 左右, 以内). */
export const QUALIFIERS_AFTER: [string, Qualifier][] = [
  ['以上', 'over'], ['有余', 'over'], ['强', 'over'], ['弱', 'under'], ['左右', 'approx'], ['上下', 'approx'], ['以内', 'under'], ['以下', 'under'], ['之内', 'under'], ['内', 'under'],
  ['多', 'over'],
];

/**
 * Words before a duration that make it the span just past (过去三年内, 这五年中): 内 after it means "during", not a
 * bound. Belongs: a word that points back from the day of writing over a span (not 近, itself a qualifier).
 */
export const PAST_SPAN_LEADS = ['过去', '以往', '这', '此'];

/** Verbs of an increase: a number right after one is a change, not a level (同比增长16.7%). */
export const RISE_VERBS = ['增长', '增加', '提高', '提升', '上升', '净增', '扩大', '翻', '增幅'];
/** Verbs of a decrease (下降, 缩短, 压减 ...), including savings (节约, 节省). */
export const FALL_VERBS = ['下降', '降低', '减少', '缩短', '缩减', '压缩', '压减', '精简', '节约', '节省', '降幅'];
/** Words that introduce the base of a comparison (同比, 较上年). */
export const COMPARISON_WORDS = ['同比', '环比', '较', '比', '与'];
/**
 * Words right before a ratio's terms that introduce them and are not what the ratio
 * compares (按照1:1.5的比例配套, 收入比缩小到2.50:1, 结构比调整为4∶37∶59).
 * Belongs: prepositions of measure and verbs of reaching or setting a level.
 */
export const RATIO_LEADS = [
  '按照', '依照', '参照', '比照', '按', '以', '缩小到', '缩小至', '缩小为', '扩大到', '扩大至', '扩大为', '调整为', '调整到', '优化为', '优化到',
  '变为', '变成', '保持在', '控制在', '达到', '为', '是', '约', '近', '从', '由', '到', '至',
];
/** Nouns right after a ratio's terms that name it as a ratio (1:1比例分担, 1:1.5的配比); what follows them is what it divides. */
export const RATIO_NOUNS = ['比例', '配比', '比重', '比'];
/** Periods a comparison is made against, besides a year (较2019年). */
export const COMPARISON_BASES = ['上年同期', '上一年', '上年', '去年', '同期'];

/**
 * Words that make the number after them in their clause a total (高市共夺得5奖，, 累计获评12星，): a word of one or two
 * characters that ends the clause right after that number is what it counts, a measure word no table lists.
 * Belongs: adverbs and verbs of summing up.
 */
export const TOTAL_WORDS = ['共', '共计', '合计', '总计', '累计', '一共'];

/**
 * Verbs and particles that link a subject to its number (开办企业时间压缩至3个工作日).
 * Belongs: copulas, result verbs with 至/到, adverbs of scope and time that stand
 * between a noun phrase and its number.
 */
export const LINK_WORDS = [
  '压缩至', '压减至', '缩短至', '减少到', '减少至', '减至', '降至', '降到', '降低至', '提高到', '提高至', '提升至', '提升到',
  '增长到', '增长至', '增至', '上升至', '达到', '为', '是', '有', '共有', '共计', '共', '累计', '合计', '总计', '实现', '已', '仅',
  '只', '只用', '仅用', '耗时', '历时', '由平均', '从平均', '平均', '由', '从', '均', '分别', '可', '可能', '将', '需', '也', '预计', '约', '近', '超过', '超', '逾',
  '将近', '上', '不少于', '不足', '不超过', '不小于', '至少', '占', '在', '了', '的', '再', '连续', '已达',
  // Adverbs of scope that stand before a linking verb (独占, 各有, 都达).
  '独', '各', '都', '还', '又',
];

/**
 * Transitive verbs: the words after them are their object, so a number right after one
 * quantifies what follows (推动超20万平方米老旧物业). Belongs: common verbs of government
 * work reports that take a counted object.
 */
export const OBJECT_VERBS = [
  '提供', '完成', '开展', '办结', '办理', '举报', '参与', '调解', '协助', '形成', '推出', '出台', '取消', '引进', '建成', '建立',
  '获得', '集聚', '聚合', '惠及', '接待', '收集', '推动', '打造', '整合', '开设', '精简', '安排', '下达', '出资', '节约', '节省',
  '覆盖', '吸引', '带动', '组建', '设立', '认定', '核定', '开发', '服务', '审议', '召开', '批复', '发布', '赋予', '举办', '受理',
  '减免', '融资', '明确', '投入', '新增', '增设', '培育', '选定', '孵化',
];

/**
 * Words that end a noun phrase after a number (3300多个事项实现互联互通 -> 事项): verbs
 * that commonly follow a counted subject, prepositions and conjunctions.
 */
export const PREDICATE_WORDS = [
  '实现', '参与', '用于', '进行', '作出', '利用', '入选', '受益', '完成', '获得', '得到', '成为', '出台', '动工', '竣工', '申报',
  '提供', '建成', '在', '于', '和', '与', '等', '为', '是', '以上', '以下', '左右', '不等', '内', '要求', '均', '已', '将', '需',
  '全年', '今年', '目前',
];

/** Time words that open a clause and are not part of a subject (其中, 同时, 截至…). */
export const CLAUSE_OPENERS = ['上半年', '下半年', '今年', '去年', '目前', '全年', '其中', '同时', '此外', '累计', '近年来', '当前'];

/**
 * Nouns after which a number is a reference, not a quantity (附件1, 排名1, 图2).
 * Belongs: words that number documents, parts, tables and positions in a list.
 */
export const REFERENCE_NOUNS = ['附件', '附表', '附图', '见图', '见表', '如图', '如表', '排名', '名次', '序号', '编号'];

/**
 * Date words that take a day or month number in parentheses: 今（15）日, 本（3）月, 昨（4）日.
 * Belongs: a one-character deictic that starts a date word (今, 昨, 明, 本, 上, 下, 同, 当, 翌, 次).
 */
export const DEICTIC_DATE_HEADS = ['今', '昨', '明', '前', '本', '上', '下', '同', '当', '翌', '次'];

/**
 * Labels of identifier fields (索引号: 11120000MB1908811Q/2025-00042, 文号, 备案号): the value after one
 * is an identifier, not a figure. Belongs: a field name whose value is a code, written without spaces.
 */
export const IDENTIFIER_FIELDS = ['索引号', '文号', '发文字号', '编号', '备案号', '登记号', '统一社会信用代码', '证书号', '许可证号'];

/**
 * Labels of contact fields (邮编：100835, 联系电话：(010)58933661, 传真): the value after one is a postal code or a
 * telephone number, never a figure. Belongs: a field name whose value is a number to write to or call.
 */
export const CONTACT_FIELDS = ['邮编', '邮政编码', '电话', '传真', '手机', '热线', '电邮', '邮箱', '信箱', '联系方式'];

/**
 * Extensions of file names (640 (1).png, 附件2.pdf): a number inside a file name names the file, it is no figure.
 * Belongs: the extension of a file type that web pages link or embed (images, documents, archives, media).
 */
export const FILE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'bmp', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'wps', 'ofd', 'zip', 'rar', 'txt', 'mp4'];

/**
 * Events whose anniversaries name things (改革开放40年地方改革创新40案例, 建党百年庆典): N年 right after
 * one of them and before a noun is part of a name, not a duration (改革开放40年来 stays a duration).
 * Belongs: founding events and eras that reports count years from.
 */
export const ANNIVERSARY_EVENTS = ['改革开放', '建党', '建国', '新中国成立', '特区建立', '经济特区成立'];
/**
 * What may follow N年 and keep it a duration: 来, 以来, 间, 的历程, 之久, 历史, 内 … (an anniversary's 改革开放40年来, a
 * Taiwanese report's 已有60年历史 beside its ROC years).
 */
export const DURATION_AFTER = ['来', '以来', '间', '中', '里', '的', '之久', '历史', '内'];

/**
 * Set phrases that contain a numeral but name something (三位一体, 一带一路, 三次产业).
 * Belongs: the text after the numeral in national political and economic vocabulary.
 */
export const NUMERAL_SET_PHRASES = [
  '位一体', '带一路', '国两制', '次产业', '个百年', '个维护', '个确立', '个意识', '个自信', '个全面', '个代表', '严三实', '学一做',
  '项规定', '纵五横', '横五纵',
  // Plans named by their span (三年行动方案, 五年规划): the name of a plan, not a duration.
  '年行动', '年规划', '年攻坚',
  // A strategy named by its steps (三步走, 两步走) and a supply system named by its invoices (两票制).
  '步走', '票制',
];

/**
 * Prepositions of passing through a span of time: right before the work a plan names by its span (通过三年行动, 经过
 * 两年攻坚) they make the span the time the work took, a duration, unless a document's noun (PLAN_DOCUMENTS) follows
 * (通过三年行动方案 names the plan). Belongs: words meaning "through, after (a period of)".
 */
export const PASSAGE_WORDS = ['通过', '经过', '历经'];
/**
 * Verbs and adverbs that take a span of time right after them (持续一周, 提前一年, 历时一个月, 短短一年): there 一 and a
 * time unit are one span, a duration, not the article of 有一天. Belongs: words of lasting, advancing, delaying or
 * spending time, and adverbs that stress a span's shortness.
 */
export const SPAN_VERBS = ['持续', '提前', '历时', '耗时', '用时', '用了', '仅用', '只用', '短短', '仅仅', '延长', '推迟', '延期'];

/** Nouns of a plan's document after its name (三年行动方案, 五年规划纲要). Belongs: kinds of planning documents. */
export const PLAN_DOCUMENTS = ['方案', '计划', '规划', '纲要', '意见'];

/**
 * Places of Taiwan (its cities and counties, simplified as the pipeline writes them): a report in traditional script
 * that names one counts years in the ROC calendar (114年 is 2025), so such a number before 年 is a year, not a count.
 * Belongs: the name of Taiwan or of one of its cities and counties, without suffix; not 连江 (also a county of Fujian).
 */
export const TAIWAN_PLACES = [
  '台湾', '台北', '新北', '桃园', '台中', '台南', '高雄', '基隆', '新竹', '嘉义', '苗栗', '彰化', '南投', '云林', '屏东', '宜兰',
  '花莲', '台东', '澎湖', '金门', '马祖',
];
/** The span of ROC years a report may name (民国50年 is 1961, 150年 is 2061): a number before 年 outside it is no such year. */
export const ROC_YEARS: readonly [number, number] = [50, 150];

/** Medals of a tally (两金六银, 3金2铜): classifiers only inside such a tally or before 牌. */
export const MEDALS = ['金', '银', '铜'];

/**
 * Words that make a line the page's clock or date stamp: a time of day after them is
 * never a figure or a ratio (发布时间：2024-05-06 16:07).
 */
export const CLOCK_WORDS = ['时间', '发布', '更新', '日期', '上午', '下午', '晚上', '凌晨', '浏览', 'AM', 'PM'];

/** Characters that, after 半, make it part of a word rather than one half (半导体, 半岛). */
export const HALF_NOT_NUMBER_AFTER = ['导', '岛', '径', '山', '壁', '夜', '空', '截', '决', '程', '场', '成品', '封闭', '自动'];

/**
 * Sentence-final punctuation with the closing quotes and brackets that may follow it:
 * a line that ends in one is body text, not a heading (segment, cases).
 */
export const FINAL_STOP = /[。！？!?…]["”’」』）)]*$/;

// ── decoding ─────────────────────────────────────────────────────────────────

/**
 * The most frequent Han characters of modern Chinese (the head of any character
 * frequency list), in the forms both scripts share or in both forms (们/們, 这/這).
 * A text decoded with the right encoding is mostly made of them; the wrong decoding
 * of the same bytes (Big5 read as GB18030, UTF-16 read as bytes) almost never is.
 */
export const FREQUENT_HAN =
  '的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產' +
  '种種面而方后後多定行学學法所民得经經十三之进進着等部度家电電力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點' +
  '从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反你明看原' +
  '又么利比或但质質气氣第向道命此变變条條只没沒结結解问問意建月公无無系军軍很情者最立代想已通并並提直题題党黨程展五果料象员員革' +
  '位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖山统統接知较較将將组組见見计計别別手角期根论論运運农農' +
  '指几幾九区區强強放决決西被干做必战戰先回则則任取据據处處队隊南给給色光门門即保治北造百规規热熱领領七海口东東导導器压壓志世' +
  '金增争爭济濟阶階油思术術极極交受联聯什认認六共权權收证證改清己美再采转轉更单單风風切打白教速花带帶安场場身车車例真务務具万萬' +
  '每目至达達走积積示议議声聲报報斗完类類八离離华華名确確才科张張信马馬节節话話米整空元况況今集温溫传傳土许許步群广廣石记記需' +
  '段研界拉林律叫且究观觀越织織装裝影算低持音众眾书書布复復容儿兒须須际際商非验驗连連断斷深难難近矿礦千周委素技备備半办辦青省' +
  '列习習响響约約支般史感劳勞便团團往酸历歷市克何除消构構府称稱太准準精值号號率族维維划劃选選标標写寫存候毛亲親快效斯院查江型' +
  '眼王按格养養易置派层層片始却专專状狀育厂廠京识識适適属屬圆圓包火住调調满滿县縣局照参參红紅细細引听聽该該铁鐵价價严嚴龙龍';

// ── cases ────────────────────────────────────────────────────────────────────

/**
 * Words that say a passage lists cases, when they stand in the list's heading, the
 * sentence that leads into it, or the report's title. Strong: the word names a
 * selection or a list (案例, 名单, 入选, 获奖 …). Weak: the word fits a list of cases
 * but also a plain account of work (项目, 经验, 做法 …).
 */
export const CASE_CUES_STRONG = [
  '案例', '名单', '榜单', '榜', '入选', '评选', '评出', '获评', '获奖', '荣获', '十佳', '十大', '候选', '入围', '揭晓', '表彰', '奖', '得票',
] as const;
export const CASE_CUES_WEAK = ['项目', '典型', '经验', '示范', '最佳', '优秀', '创新成果', '亮点', '样板', '范例'] as const;

/**
 * Words that date something relative to the day a report was published, with how many years
 * back they point (去年 -1). Belongs: a time word whose year is fixed only by the date it was
 * written on: a year (今年, 上年) or a day (今天, 昨日, 近日). A case's list year is read from
 * them only when the report states its own publication date (cases-year.ts).
 */
export const RELATIVE_YEARS: readonly [string, number][] = [
  ['今年', 0], ['本年度', 0], ['本年', 0], ['今日', 0], ['今天', 0], ['昨日', 0], ['昨天', 0], ['近日', 0], ['日前', 0],
  ['去年', -1], ['上年', -1], ['上一年', -1], ['前年', -2],
];

/**
 * Verbs that say a list or its cases came out (案例出炉, 公布第二批…案例, 关于印发…案例的通知). A sentence of the
 * lead-in (or the report's title) that speaks of a list with one of them and names no date of its own says the list
 * came out on the day the report states it was published (cases-year.ts). Belongs: a verb of releasing a list or a
 * document, not of selecting (评选, 入选) or praising (表彰), which may precede the release by months.
 */
export const LIST_RELEASE_VERBS = ['出炉', '公布', '发布', '印发', '揭晓', '揭榜', '公示', '出榜'] as const;

/** Words before a list inside one sentence (评选出“A”“B”等, 分别是：…): the items that follow are what was selected. */
export const SELECTION_LEADS = ['评选出', '评出', '分别是', '分别为', '包括', '入选', '获评', '荣获', '名单如下', '如下'] as const;

/**
 * Nouns that name what a list's items are when they head its subject (`8项制度创新案例包括：A、B`, `6项案例…，分别是：`,
 * `A、B等案例入选`, `A、B作为典型案例入选`): then the items are cases even without quotes. Belongs: nouns for a case
 * or a list of cases only (not 经验, 做法: a list of those is a list of measures).
 */
export const CASE_NOUNS = ['案例', '项目', '名单', '榜单'] as const;

/**
 * Words that open an enumeration right after its subject (`…的项目是：A、B`, `34个…项目包括：A、B…等`, `十个案例分别为A、B和C`,
 * `获奖项目有：…`). Belongs: copulas and "include"/"respectively" verbs that stand between a subject and the items it
 * lists; the short copulas (是, 为, 有) open a list only before a colon (COLON_ONLY_LEADS).
 */
export const ENUMERATION_LEADS = ['包括', '包含', '分别是', '分别为', '分别有', '依次是', '依次为', '是', '为', '有'] as const;
export const COLON_ONLY_LEADS = ['是', '为', '有'] as const;

/**
 * Nouns that, ending the subject of an enumeration, say its items are cases (`…创新奖”的项目是：`, `…优秀案例包括：`).
 * Belongs: nouns for one case, project or practice; not units, places or people (获奖单位, 获奖城市: those items own
 * honours), and not 工程 or 任务 (a work report's 重点工程包括… lists construction, not reforms).
 */
export const ENUMERATED_CASE_NOUNS = ['案例', '项目', '专案', '范例', '实践', '成果'] as const;

/**
 * Words that open a list of examples of what the sentence before named (`…创新成果案例……例如A、B等`): the list
 * continues that sentence's subject. Belongs: "for example" words that stand before a list.
 */
export const EXAMPLE_LEADS = ['例如', '比如', '譬如'] as const;

/**
 * Words between selected names and their verb that say in what role they were selected (`A、B分别作为“…类”典型案例
 * 入选`): what follows is the role, not a name. Belongs: role prepositions only.
 */
export const ROLE_WORDS = ['作为'] as const;
/** Verbs that close a list of names inside a sentence (产生了“A”“B”等…): the names before them are what was produced. */
export const PRODUCTION_VERBS = ['产生了', '产生', '评选出', '评出', '推出', '涌现出', '遴选出', '选出', '授予'] as const;

/**
 * Verbs written after the names of what was selected (`“A”入选…案例`, `A和B获得二等奖`, `“A”从…案例中脱颖而出`): the
 * names before them are the selected items when a list or award word follows or frames them. Belongs: verbs whose
 * subject is what a selection picked (besides HONOUR_VERBS, which are selection verbs too).
 */
export const SELECTED_VERBS = ['入选', '列入', '纳入', '上榜', '当选', '胜出', '脱颖而出', '获得', '斩获', '摘得', '名列'] as const;

/**
 * What a selection verb's object is when the verb includes something in a plan or a system rather than selects it
 * (`将…试点项目纳入区级重大改革项目计划`, `列入年度考核`): its subject is work planned, not a case. Belongs: nouns
 * of plans, budgets, ledgers and systems of management.
 */
export const PLAN_OBJECT_NOUNS = ['计划', '规划', '体系', '范围', '盘子', '考核', '预算', '议程', '台账', '日程'] as const;

/**
 * Nouns that hold a selection verb (获得感, "a sense of gain"): the verb inside them is no verb, and the words before
 * them are no selected names. Belongs: nouns written with a SELECTED_VERBS or HONOUR_VERBS word, or with 获 (获奖者: a winner).
 */
export const NOUNS_WITH_VERBS = ['获得感', '获奖者', '获奖人', '获奖单位', '获奖代表'] as const;

/**
 * Adverbs between a selected name and its verb (`“A”成功入选`, `A先后获评`): they modify the verb and are no part of
 * the name. Belongs: adverbs of success, manner, sequence and time that stand before a verb.
 */
export const VERB_ADVERBS = ['成功', '顺利', '先后', '相继', '分别', '同时', '均', '已', '曾', '也', '还', '都', '共', '再次', '再度', '首次', '一举', '连续'] as const;

/**
 * Conjunctions that join the names of a list as 、 does (`A、B以及C获得三等奖`, `“A”和“B”入选`). Belongs: coordinating
 * conjunctions of nouns; 与 stays out, since it mostly joins words inside one name (公平与公正).
 */
export const LIST_CONJUNCTIONS = ['和', '以及'] as const;

/** Words that name a prize after a selection verb (`A获评匠心创意奖`): an unquoted name before one is an award entry. */
export const PRIZE_WORDS = ['奖'] as const;
/**
 * Tiers of an award written without 奖 (优选 and 佳作 of Taiwanese awards: `「T」專案獲得經濟成長組優選`; 入围, the
 * finalists: `【T】獲環境保護組入圍`): after a selection verb they say the subject won a prize, but only a quoted name
 * before them is read as its entry.
 */
export const PRIZE_TIERS = ['优选', '佳作', '入围'] as const;

/**
 * Units of a span of time or of a round (连续第十二年, 第三届, 近两个月): a phrase that is only a count or an ordinal of
 * one, with the adverbs before a verb, says when, never names a case (`连续第十二年荣获“年度创新奖”`). Belongs: units
 * that count time or recurring rounds.
 */
export const TIME_SPAN_UNITS = ['年', '年度', '届', '次', '期', '轮', '个月', '月', '周', '天', '季度'] as const;

/**
 * Words right after a 《》 name that make it the name of an honour's token (`《2022年度…十佳区县》证书`): the award
 * it certifies, never a case. Belongs: certificates, plaques and medals given with an honour.
 */
export const HONOUR_TOKEN_WORDS = ['证书', '奖牌', '牌匾', '奖杯', '奖状'] as const;

/**
 * Nouns after 等 that say the names listed before it are titles a place or unit holds (`相继荣获“国家卫生城市”“全国科普示范县”
 * 等荣誉称号`), not cases. Belongs: a noun naming an honorary title as such; not 奖 or 案例 (entries of those can be cases).
 */
export const HONOUR_TITLE_NOUNS = ['荣誉称号', '称号', '荣誉'] as const;

/** Labels of a byline or source line under a page's text (`编辑：王妙婷`, `审核：…`): a block of list entries ends before one. */
export const BYLINE_LABELS = ['责任编辑', '编辑', '审核', '校对', '信息来源', '来源'] as const;

/**
 * Words that open a phrase standing for the report's own unit or for everyone (我区, 全市, 该局, 本单位): such a phrase
 * before a selection verb or before 的 is never a case's name nor its owner.
 */
export const DEICTIC_STARTS = ['我', '全', '本', '该', '各', '此', '其', '这', '那', '我们'] as const;

/**
 * Words that end in 展 and name no exhibition (…助力县域高质量发展, 取得新进展): a name ending in one is a reform's, not an
 * event's, whatever HONOUR_NAME_ENDINGS says of 展.
 */
export const NOT_EXHIBITION_ENDINGS = ['发展', '进展', '拓展', '开展', '扩展'] as const;

/**
 * Characters that, after a numeral opening a name, make the name a list's label (“三佳亮丽景观灯饰”, “十佳社区”, “百强县”,
 * “十大民生工程”): the number of winners a selection will name, so the name is a category of the selection, not an entry.
 */
export const LIST_LABEL_MARKS = ['佳', '优', '强', '大'] as const;

/** Endings of a quoted or 《》-marked name that is an honour, an event or a list, not a case: “最佳论文奖”, “…案例库”. */
export const HONOUR_NAME_ENDINGS = ['奖', '展', '会', '赛', '榜', '名单', '案例', '案例库', '项目', '称号', '典范', '城市', '城区', '单位', '集体', '仪式'] as const;

/**
 * Endings of a 《》-marked name that is a document (a plan, a regulation, a public notice), not a case: 《…实施方案》,
 * 《…名单公示》.
 */
export const DOCUMENT_NAME_ENDINGS = ['方案', '意见', '办法', '规定', '条例', '通知', '决定', '规划', '纲要', '要点', '报告', '法', '细则', '措施', '指引', '计划', '白皮书', '公示', '公告'] as const;

/**
 * Words right after a 《》 name that make it a publication or programme (《今日浙江》杂志, 《焦点访谈》专题报道), not a
 * case. Belongs: kinds of media and what a medium does with a story (reports, prints, broadcasts it).
 */
export const PUBLICATION_WORDS = ['杂志', '期刊', '报', '社', '网', '栏目', '节目', '客户端', '消息', '报道', '专题', '头版', '刊发', '刊登', '刊载', '播出', '专访'] as const;

/**
 * Endings of a 《》-marked name that is a publication (《广西日报》, 《中国改革年鉴》), which reports cite, not a case; a
 * collection a case is selected into (入选《…跨境电商实践案例集》, 《…经验汇编》) is one too.
 */
export const PUBLICATION_NAME_ENDINGS = ['报', '年鉴', '杂志', '期刊', '周刊', '案例集', '汇编', '选编'] as const;

/**
 * Generic nouns written after a quoted name (`“社区创享计划”工作`, `“最多跑一次”项目`): they say what kind of thing the
 * name is and are no part of it. Belongs: head nouns that add nothing to a quoted name (专案 is Taiwan's 项目; a works
 * named in quotes and then called 兴建工程, the construction works, is that works).
 */
export const QUOTED_NAME_TAILS = ['工作', '项目', '专案', '做法', '工程', '兴建工程', '建设工程', '新建工程'] as const;

/**
 * Verbs of winning a prize besides the selection and honour verbs (`以「T」夺下…首奖`, `首次参赛就拿下双奖`): their subject
 * won what follows them. Belongs: verbs meaning "take, win, carry off" that take a prize as object.
 */
export const WINNING_VERBS = ['夺下', '拿下', '夺得', '勇夺', '摘下', '获颁'] as const;

/**
 * Prepositions of means before a name (`社會處今年再以「T」專案獲得…`, `凭借“T”入选…`): the name follows them and
 * the words before them are its subject, no part of it. Belongs: prepositions meaning "with" or "by means of".
 */
export const MEANS_PREPOSITIONS = ['以', '凭借', '凭', '依靠'] as const;

/**
 * The edges of a clause that states a rule rather than names something (`根据名次可获得…奖金`): a preposition of basis
 * opening it, a modal verb closing it before the verb. Belongs: prepositions meaning "according to", and modal verbs.
 */
export const BASIS_PREPOSITIONS = ['根据', '按照', '依据', '依照'] as const;
export const MODAL_VERBS = ['可', '可以', '能', '能够', '应', '应当', '须', '必须'] as const;

/** Headings of a table of contents: the list under one names chapters, not cases. */
export const CONTENTS_HEADINGS = ['目录', '目次'] as const;

/**
 * Generic section names of reports and case write-ups (一、工作背景, 二、主要任务): a numbered
 * item that is only such a name is a section, never a case.
 */
export const SECTION_NAMES = [
  '背景', '目标', '任务', '措施', '举措', '做法', '成效', '成果', '意义', '原则', '要求', '思路', '情况', '问题', '体会', '打算', '计划',
  '保障', '经验', '启示', '亮点', '下一步', '概况', '基本情况', '组织实施', '附件', '特点', '特色', '简介', '概述', '综述', '点评',
] as const;

/**
 * What an authority gives a reform (`A经验做法获国务院表彰`): 获 with one of these after it (the giver between them)
 * is a selection verb, as 获评 is. Belongs: nouns of official commendation.
 */
export const COMMENDATION_NOUNS = ['表彰', '表扬', '嘉奖'] as const;

/** Selection words whose subject received what follows (获评“十佳开发区”): the names after them are honours, not cases. */
export const HONOUR_VERBS = ['获评', '荣获', '评为', '被评为', '荣膺'] as const;

/**
 * Recommender or lead-unit phrases that follow a case's title and name who carried it
 * out: `（…推荐）` in brackets, a `牵头单位：…` field on its own line, `——…经验`.
 */
export const RECOMMENDER_VERBS = ['推荐', '申报', '报送', '供稿', '提供', '选送'] as const;
/**
 * Verbs that make the unit written before them the one that carried a case out, in the first sentence of the case's
 * body: `由哈尔滨市大数据中心建设运维`, `由区委政法委、区公安分局牵头`, `区数据局牵头…`. Belongs: verbs of leading,
 * building, running or carrying out work.
 */
export const AGENT_VERBS = ['牵头', '负责', '主导', '组织', '建设', '承建', '运维', '运营', '实施', '开发', '打造', '推动', '推进'] as const;
/** Field labels before a lead unit: `牵头单位：`, `申报及实施单位：`; any short label ending in one of these. */
export const OWNER_FIELDS = ['单位', '部门'] as const;
export const EXPERIENCE_WORDS = ['经验', '做法', '实践', '探索', '案例'] as const;

/**
 * Column headings of a table of cases: the column that names the case (案例名称, 项目名称) and the column that names
 * who carried it out (申报单位, 部门/地区). Belongs: the nouns such headings end in or consist of.
 */
export const TITLE_COLUMNS = ['名称', '案例', '项目', '成果'] as const;
export const OWNER_COLUMNS = ['单位', '部门', '地区', '地方', '地点', '城市', '主体'] as const;

/**
 * Field labels before a case's name on its own line (`案例：智慧株洲`, `项目名称：…`), beside a unit field
 * (`单位：…`, OWNER_FIELDS). Belongs: labels of the name field of a case form.
 */
export const CASE_NAME_FIELDS = ['案例名称', '项目名称', '成果名称', '案例', '项目'] as const;

/** Award levels that head an award list (一等奖 …), longest first where one contains another. */
export const AWARD_LEVELS = ['特等奖', '一等奖', '二等奖', '三等奖', '优秀奖', '金奖', '银奖', '铜奖', '优胜奖', '提名奖', '入围奖', '特别奖', '创新奖', '鼓励奖'] as const;

/** Verbs that open a reform action: 越秀区创新…, 南沙区率先…, 深化科技创新改革. */
export const REFORM_VERBS = [
  '创新', '探索', '推动', '推进', '深化', '建立', '建设', '建成', '出台', '试点', '试行', '率先', '优化', '着力', '编制', '制定', '实施',
  '实行', '打造', '构建', '开展', '推出', '上线', '启动', '设立', '完善', '健全', '加快', '加强', '首创', '开设', '推广', '搭建', '成立',
  '创设', '发布', '引入', '开通', '落地', '全面', '积极', '大力', '强化', '提升', '规范', '扩大', '整合', '统筹',
] as const;

/**
 * Words that take up a case named before them (`这一案例获评…`, `该做法入选…`): a demonstrative and a noun for a case.
 * Belongs: nouns a report uses for the reform it has just described.
 */
export const ANAPHOR_NOUNS = ['案例', '做法', '经验', '项目', '改革', '模式', '举措', '机制'] as const;

/**
 * Head nouns written after a quoted name that say what kind of action it is (“党建引领百村共建”专项行动): with the quote,
 * they make the action's full name. Belongs: nouns for an organised action or arrangement.
 */
export const ACTION_HEADS = ['专项行动', '行动', '工程', '计划', '改革', '模式', '机制', '工作法', '品牌', '平台'] as const;

/** Nouns that close the name of a reform task: 深化科技创新改革, 联防联控机制, 新型城市公园体系. */
export const TASK_NOUNS = ['改革', '机制', '体系', '制度', '模式', '试点', '创新', '试验', '系统', '实验区'] as const;

/** Words that claim a first or a pilot: what makes an action a named case rather than routine work. */
export const PILOT_MARKS = ['试点', '率先', '首个', '首创', '首家', '首批', '首张', '首只', '首次', '首推', '首条', '先行先试', '复制推广'] as const;

/**
 * Words in a section heading that say what the section is: work done (its numbered
 * items can be cases), lessons (reflections, never cases) or plans (cases only in a
 * work plan, since a summary's plans are not yet reforms).
 */
export const SECTION_DONE = ['情况', '成效', '成果', '做法', '举措', '进展', '亮点', '回顾', '成绩'] as const;
export const SECTION_LESSONS = ['体会', '启示', '经验', '认识', '感悟', '问题', '不足'] as const;
export const SECTION_PLANS = ['设想', '打算', '计划', '思路', '安排', '下一步', '展望'] as const;

/** A regex matching any of the words, longest first. */
export function anyOf(words: readonly string[]): RegExp {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'));
}

const NUMERAL_CHAR = '[一二三四五六七八九十百千零〇两]';
/**
 * Like anyOf, but a word that starts with a numeral (十大, 十佳) does not match inside a larger number: 二十大 (the
 * 20th party congress) holds no 十大.
 */
export function anyWordOf(words: readonly string[]): RegExp {
  const startsWithNumeral = new RegExp(`^${NUMERAL_CHAR}`);
  const alternatives = anyOf(words).source.split('|').map((w) => (startsWithNumeral.test(w) ? `(?<!${NUMERAL_CHAR})${w}` : w));
  return new RegExp(alternatives.join('|'));
}

// ── metadata ─────────────────────────────────────────────────────────────────

/**
 * An e-paper's page navigation (前一版 下一版 2025年03月26日): the date on its line is the issue's, so the page's date.
 * Belongs: the links an e-paper template sets between its pages.
 */
export const EPAPER_NAVIGATION = ['前一版', '后一版', '上一版', '下一版'];

/**
 * Site chrome: the navigation, tool and share lines a web page wraps around a report
 * (选择语言, 您当前的位置, 字号, 打印本页, 分享到, 视力保护色: a reading-colour switch). Belongs: a line
 * start (or a whole short line) that only a web page template writes, never the report's author.
 */
export const SITE_CHROME = [
  '选择语言', '您当前的位置', '您当前所在位置', '您所在的位置', '您现在的位置', '您现在位于', '当前位置', '首页', '字号', '字体大小', '字体',
  '打印本页', '打印', '关闭窗口', '分享到', '分享', '扫码', '扫一扫', '收藏', '无障碍', '繁体', '简体', '返回顶部', '上一篇',
  '下一篇', '相关新闻', '相关链接', '责任编辑', '阅读次数', '浏览次数', '索引号', '索 引 号', '有效性', '内容概述', '主题分类',
  '数字报纸', '【打印】', '【关闭】', '视力保护色', '您的位置', '您访问的页面', '页面不存在', '页面走丢了', '页面未找到', '查询间隔',
  // An e-paper's masthead line with the paper's registration number (国内统一刊号：CN…).
  '国内统一刊号',
  ...EPAPER_NAVIGATION,
];

/**
 * Endings of a news medium's name (太平洋新闻网, 湖北日报, 新湖南客户端): a line that is only such a name, above a
 * headline, is the page's masthead, so the publisher and never the title. Belongs: the generic word a medium's name ends
 * in; not 报 alone (简报, 通报, 年报 are kinds of document) nor 社 (合作社, 旅行社).
 */
export const MEDIUM_NAME_ENDINGS = ['网', '日报', '晚报', '早报', '时报', '商报', '都市报', '客户端', '电视台', '融媒体中心', '通讯社', '新闻社'];

/**
 * A page's font-size switch, set after its outlet's stamp (某某日报 2018-01-22 04:32 大字): no part of the stamp.
 * Belongs: the labels of a text-size control.
 */
export const FONT_SIZE_SWITCH = ['大字', '中字', '小字', '大', '中', '小', 'A+', 'A-'];

/** Days of the week: a date with one beside it is the page's clock (2025, 7. 14 PM 20:46 Monday), not when it was published. */
export const WEEKDAYS = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天',
];

/** Fields of a source line that name the publisher (来源：广州日报). */
/**
 * Words a head's first line may break after (某某办公厅关于 / 公布…的通知): a preposition or verb that needs its object,
 * so the line is never a whole title and the next line finishes it. Belongs: a word that cannot end a headline.
 */
export const DANGLING_TITLE_ENDS = ['关于', '印发', '转发', '批转'];

export const PUBLISHER_FIELDS = ['信息来源', '文章来源', '来源', '稿源', '摘自', '转自', '发布机构', '发布单位', '发布者', '发文机关'];

/**
 * Values of a source field that point back at the page's own site (来源：本网): no outlet's name; the site itself, as its
 * breadcrumb names it, publishes the page. Belongs: a word for "this site" or "this station", never a medium's name.
 */
export const SELF_SOURCE_NAMES = ['本网', '本站', '本网站', '本站原创', '本网原创'];

/**
 * Fields of a source line that give the day a document was written or signed (成文日期：2025-06-13): the page's date only
 * when it gives no publication date. Belongs: a catalogue's label for the writing or issuing date.
 */
export const WRITTEN_DATE_FIELDS = ['成文时间', '成文日期', '印发日期'];

/** Fields of a source line that give the publication date (发布时间：2025-03-19), then those of the writing date. */
export const DATE_FIELDS = ['发布时间', '发布日期', '更新时间', '日期', '时间', ...WRITTEN_DATE_FIELDS];

/** Fields that give a page's title explicitly (标题：…). */
export const TITLE_FIELDS = ['标题', '标 题', '题名', '名称'];

/** Words around a headline that belong to the page, not to the title: (全文), (摘要), (图文). */
export const TITLE_DECORATIONS = ['全文', '摘要', '节选', '图文', '图解', '附全文', '实录'];

/**
 * Heads of issuing bodies: a document opens with the issuer before 关于 (东莞市人民政府办公室关于…),
 * and a work report is the report of a government (佛山市人民政府工作报告).
 */
export const ISSUER_ENDINGS = ['人民政府办公厅', '人民政府办公室', '人民政府', '办公厅', '办公室', '委员会', '管理局', '局', '厅', '委', '办'];

// ── places ───────────────────────────────────────────────────────────────────

/**
 * Words that may stand right before a place name written short (在富阳, 赴北仑, 与萧山):
 * prepositions and conjunctions after which a new word starts. Belongs: a one-character
 * function word that does not also form words with a noun after it (not 是, 的, 为, 对).
 */
export const PLACE_LEADS = ['在', '于', '与', '和', '及', '同', '跟', '赴', '到', '至', '从', '自', '向'];

/**
 * What, right after a place name written short, makes it part of a longer name (北仑港,
 * 西湖路, 富阳中学): roads, waterways, landmarks, settlements, schools. Belongs: the head
 * word of a proper name built on a place name.
 */
export const PLACE_NAME_TAILS = ['路', '街', '巷', '道', '桥', '港', '湾', '湖', '江', '河', '溪', '山', '岛', '村', '站', '寺', '塔', '园', '中学', '小学', '大学'];

/**
 * Words that end a road's name after an ordinal (博爱一路, 中山二马路, 淮海中路 aside): a place name followed by a number
 * and one of them names the road. Belongs: the head word of a numbered road or lane.
 */
export const ROAD_WORDS = ['马路', '大道', '横路', '路', '街', '巷', '弄'];

/**
 * Districts whose name without its suffix is an everyday word (平安 of 平安区, 和平 of
 * 和平区, 江山 of 江山市): never read as a place when written short. Belongs: a word a
 * dictionary lists with an everyday meaning, not only as a place.
 */
export const EVERYDAY_SHORT_NAMES = [
  '平安', '和平', '太平', '安定', '安宁', '长安', '永安', '江山', '天台', '临海', '新兴', '富民', '合作', '团结', '清新',
  '东方', '文明', '光明', '向阳', '朝阳', '红旗', '新华', '大同', '长寿', '共和', '开放', '城关', '江南', '江北', '河东',
  '河西', '山南', '海南', '滨江', '滨海', '南湖', '西湖', '东湖', '新城', '高新', '开发', '公安',
];

/** Set phrases that hold a place name written short (青山 of 绿水青山): never read as places. */
export const SET_PHRASES_WITH_PLACES = ['绿水青山', '青山绿水', '金山银山', '江山如画', '锦绣江山'];

// ── figures: names that hold a numeral ───────────────────────────────────────

/**
 * Works a project's phase is written before (三期扩建, 二期工程, 一期项目): a numeral and 期 right before one names the
 * phase, an ordinal, not a count of periods (举办三期培训班). Belongs: nouns of building and of a project's works.
 */
export const PHASE_WORKS = ['扩建', '工程', '项目', '建设', '改造', '改建', '用地'];

/**
 * Verbs of reaching an age (已届百年, 年满百年, 历经百年): a round span of time after one is the age reached, a
 * duration, not the idiom of 百年变局. Belongs: verbs meaning "has reached, has lasted (an age)".
 */
export const AGE_VERBS = ['届', '满', '历经', '走过', '跨越'];

/**
 * Verbs of holding a meeting (召开…发布会, 举办…论坛): a span of time inside the name of the meeting held (召开…三年初见
 * 成效系列主题新闻发布会) is part of that name. Belongs: verbs whose object is a meeting or an event.
 */
export const HOLDING_VERBS = ['召开', '举行', '举办', '主办', '承办'];
/** Nouns that end the name of a meeting or an event (发布会, 大会, 论坛, 仪式). Belongs: heads of such names. */
export const MEETING_NOUNS = ['会', '会议', '论坛', '典礼', '仪式', '峰会', '年会'];

/**
 * Adverbs that stress how small a quantity is (仅19天, 只用3个月, 短短两年): a number after one states a fact, even
 * inside a quoted or titled headline (《仅19天转产口罩…》), since no document or programme is named "only N". Belongs:
 * adverbs meaning "only, a mere".
 */
export const ONLY_ADVERBS = ['仅', '仅仅', '只', '只用', '仅用', '短短'];
