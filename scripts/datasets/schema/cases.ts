/**
 * A reform case (cases.json), and the pipeline's account of the candidates it kept and set aside (report.json):
 * the extraction's fields, what editors' write-ups add, and where the case counts today.
 */
import { z } from 'zod';
import { doc, LEVELS, offset, REJECTION_REASONS } from './common.ts';

export const ORIGINS = ['extracted', 'editor'] as const;

/** What the editors' write-ups (content/cases/*.md) add to a case; all null when a case has none. */
export const caseWriteupFields = {
  origin: doc(z.enum(ORIGINS), '来源：extracted（流水线从报告中提取）或 editor（编辑补充的案例，报告未单独列出）'),
  printedTitle: doc(z.string().nullable(), '报告所印的原标题（title 可能是编辑改写后的标题）；编辑补充的案例为空'),
  summary: doc(z.string().nullable(), '编辑撰写的一两句话摘要'),
  byline: doc(z.string().nullable(), '编辑解读的作者'),
  updated: doc(z.string().nullable(), '编辑解读最近一次实质修改的日期（YYYY-MM-DD）'),
  body: doc(z.string().nullable(), '编辑解读正文（Markdown）'),
  writeupFile: doc(z.string().nullable(), '编辑解读所在的源文件（相对项目根目录的路径）'),
  writeupLine: doc(z.number().int().min(1).nullable(), '解读正文第一行在该文件中的行号（用于报错定位）'),
};

export const PLACE_SOURCES = ['owner', 'title', 'quote'] as const;

/**
 * Where a case counts today, beside the place as its report wrote it: a report from before a district was
 * abolished or renamed (萝岗区, 2014) names the old one, and the case counts for the district in force that
 * took it over (黄埔区). The pipeline's last stage over cases fills these (pipeline/districts-today.ts).
 */
export const caseTodayFields = {
  districtToday: doc(z.string().nullable(), '案例今天计入的区（现行区划）：一般即所在区；报告写的是已撤销或更名的旧区（萝岗区）时，为承继它的区（黄埔区）；无区或无法确定时为空。网站各页按此字段统计各区案例数'),
  districtTodayCode: doc(z.string().nullable(), 'districtToday 的行政区划代码（440112）'),
  districtWritten: doc(z.string().nullable(), '报告原文对所在区的写法，照录（萝岗区、萝岗）；案例的单位、标题和原句都没有写出区名时为空'),
  districtWrittenIn: doc(z.enum(PLACE_SOURCES).nullable(), 'districtWritten 出自哪里：owner（单位名称）、title（案例标题）、quote（原句）'),
};

export const caseSchema = z.object({
  id: doc(z.string(), '稳定编号：同一单位、同一标题，编号不变'),
  document: doc(z.string(), '来源报告的文件名'),
  documentId: doc(z.string(), '来源报告编号'),
  title: doc(z.string(), '案例标题：编辑改写的标题，否则为报告所印的标题'),
  owner: doc(z.string(), '报告中所写的申报单位：市发改委、黄埔区、广州中院……'),
  ownerFull: doc(z.string(), '单位全称：广州市发展和改革委员会……'),
  level: doc(z.enum(LEVELS), '单位层级：city（市级）、district（区级）、street（街道）、town（镇）、other（其他）'),
  district: doc(z.string().nullable(), '所在区，按报告所写（白云区）；报告写的是已撤销或更名的旧区时保留旧名（萝岗区），今天计入的区见 districtToday；市级单位为空'),
  street: doc(z.string().nullable(), '单位为街道或镇时，其名称'),
  city: doc(z.string().nullable(), '所在城市：单位所在地的城市，否则为报告的城市（广州市、武汉市、上海市）'),
  province: doc(z.string().nullable(), '所在省份（广东省、湖北省）；直辖市即其本身（上海市）'),
  year: doc(z.number().int().nullable(), '案例所归属的年份'),
  yearCue: doc(z.string(), '年份依据：年份从何得出（榜单名称、案例标题、清单声明、点出案例的句子、所在章节标题、报告导语），或为何为空'),
  list: doc(z.string().nullable(), '报告把案例列入的榜单或类别：十大改革创新案例、最具获得感……'),
  domain: doc(z.string(), '政策领域（程序按关键词自动判定，每个案例一个）'),
  domainKeywords: doc(z.array(z.string()), '决定领域归类的关键词'),
  shape: doc(z.string(), '识别出案例的规则（owner-line、owner-colon、recommended、award、inline、numbered、domain-task、district-lead……）'),
  quote: doc(z.string(), '点出案例的原句（规范化文本）'),
  start: offset('案例全文（标题至最后一段）在规范化报告中的起始偏移'),
  end: offset('案例全文在规范化报告中的结束偏移'),
  figures: doc(z.array(z.string()), '案例正文中的数字编号'),
  districtCode: doc(z.string().nullable(), '所在区的行政区划代码（440112）'),
  period: doc(z.string().nullable(), '报告的时期名称：2019年上半年'),
  places: doc(z.array(z.string()), '案例正文提到的区、街道和镇，按首次出现的顺序'),
  confidence: doc(z.number().min(0).max(1), '识别为案例的把握程度，0–1（编辑确认或添加的为 1）'),
  cues: doc(z.array(z.string()), '识别依据：得出该案例及其把握程度的线索'),
  ...caseWriteupFields,
  ...caseTodayFields,
});

/** A case candidate as report.json lists it: one the pipeline kept, or one it considered and rejected. */
export const caseCandidateSchema = z.object({
  id: doc(z.string(), '候选编号：保留时即案例编号；编辑可用它确认（accept）或排除（reject）'),
  title: doc(z.string(), '候选标题'),
  owner: doc(z.string(), '候选单位'),
  shape: doc(z.string(), '识别出候选的规则'),
  confidence: doc(z.number().min(0).max(1), '把握程度，0–1'),
  cues: doc(z.array(z.string()), '线索'),
  status: doc(z.enum(REJECTION_REASONS).optional(), '未被采纳的原因：below-threshold（线索不足）、overlaps-stronger（与更明确的候选重叠）、not-declared（不在清单声明的案例行中）'),
});

/** What report.json says about one report's cases; the editors' desk lists the rejected candidates from it. */
export const reportCasesSchema = z.object({
  structure: doc(z.string(), '流水线看到的报告结构'),
  found: doc(z.array(caseCandidateSchema), '找到的案例'),
  rejected: doc(z.array(caseCandidateSchema.required({ status: true })), '考虑过但未采纳的候选，各带原因代码（status）'),
});

export type Case = z.infer<typeof caseSchema>;
/** A case as the extraction stages build it, before the editors' write-ups are applied. */
export type ExtractedCase = Omit<Case, keyof typeof caseWriteupFields | keyof typeof caseTodayFields>;
/** A case with the editors' write-ups applied, before the stage that places it in today's districts. */
export type WrittenCase = Omit<Case, keyof typeof caseTodayFields>;
