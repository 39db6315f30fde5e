/**
 * The one definition of every public record (documents, figures, cases,
 * districts) and of what editors write (case write-ups, stories). The
 * pipeline's types, the site's types (z.infer), the site's load-time
 * validation, the /data/ field documentation and the published JSON Schemas
 * all come from these zod schemas.
 *
 * Every field carries a description (`.meta({ description })`) in Simplified
 * Chinese: readers see it on /data/ and in datapackage.json. Field names are
 * part of the public interface: add fields, never rename. To add a field, add
 * one line to the record's object below, with its description; the pipeline
 * must then fill it (tsc says where).
 */
import { z } from 'zod';

/** A description for readers of /data/ and datapackage.json. */
const doc = <T extends z.ZodType>(schema: T, description: string): T => schema.meta({ description });

const offset = (description: string) => doc(z.number().int().min(0), description);

// ---------------------------------------------------------------- shared parts

export const spanSchema = z.object({
  start: offset('起始偏移（含），以字符计'),
  end: offset('结束偏移（不含），以字符计'),
});

export const SCRIPTS = ['simplified', 'traditional'] as const;
export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export const KINDS = ['case-list', 'summary', 'work-plan'] as const;
export const LEVELS = ['city', 'district', 'street', 'town', 'other'] as const;
export const QUALIFIERS = ['exact', 'approx', 'over', 'at_least', 'under'] as const;
/**
 * Why the pipeline set a case candidate aside (report.json `cases.rejected[].status`). Codes, not prose:
 * the editors' desk names each in Chinese (src/lib/candidate-reasons.ts); add a label there with every new code.
 * - below-threshold: its cues weigh less than the case threshold (pipeline/cases-cues.ts CASE_THRESHOLD);
 * - overlaps-stronger: it would have been kept, but a more specific candidate covers the same text;
 * - not-declared: the manifest declares how the report lists its cases ("cases"), and this candidate is not one of those lines.
 */
export const REJECTION_REASONS = ['below-threshold', 'overlaps-stronger', 'not-declared'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export const FIGURE_KINDS = [
  'count', 'money', 'duration', 'percent', 'change', 'ratio', 'area', 'volume', 'energy', 'length', 'weight', 'degree',
] as const;

// ---------------------------------------------------------------- documents

/** What the manifest says about a report (seeds/manifest.json), or what the pipeline guessed. */
export const documentMetaSchema = z.object({
  id: doc(z.string(), '报告编号（清单中的 id），如 gz-2018-top10'),
  file: doc(z.string(), '报告的文件名'),
  title: doc(z.string(), '报告标题'),
  publisher: doc(z.string().nullable(), '发布机构；未知时为空'),
  published: doc(z.string().nullable(), '发布日期，精确到已知的程度：YYYY、YYYY-MM 或 YYYY-MM-DD'),
  region: doc(z.object({
    city: doc(z.string().nullable(), '城市，如 广州市'),
    district: doc(z.string().nullable(), '区；报告覆盖全市时为空'),
  }), '报告覆盖的地区'),
  period: doc(z.object({
    start: doc(z.string(), '时期起点（日期）'),
    end: doc(z.string(), '时期终点（日期）'),
    label: doc(z.string(), '时期名称，如 2019年上半年'),
  }), '报告所述的时期'),
  year: doc(z.number().int().nullable(), '报告中案例所归属的年份'),
  script: doc(z.enum(SCRIPTS), '原文字形：simplified（简体）或 traditional（繁体）'),
  kind: doc(z.enum([...KINDS, 'unknown']), '报告类型：case-list（案例榜单）、summary（工作总结）、work-plan（工作方案）'),
  list: doc(z.string().nullable(), '正文未写明榜单名时，报告中案例所属的榜单'),
  note: doc(z.string().nullable(), '编辑备注'),
});

const locatedSchema = { original: doc(spanSchema, '同一段落在原文（解码后、勘误前）中的位置') };

export const paragraphSchema = spanSchema.extend({
  index: doc(z.number().int(), '段落序号，从 0 开始'),
  heading: doc(z.boolean(), '是否为短标题行（标题、单位行或口号，无句末标点）'),
  marker: doc(spanSchema.optional(), '段首的列表序号（1、 （三） 或粘在正文前的数字）在规范化文本中的位置：它是结构，不是正文；段落没有序号时省略'),
});

export const sentenceSchema = spanSchema.extend({
  index: doc(z.number().int(), '句子序号，从 0 开始'),
  paragraph: doc(z.number().int(), '所在段落的序号'),
});

export const correctionSchema = z.object({
  file: doc(z.string(), '更正所针对的报告文件名'),
  original: doc(z.string(), '原文中的文字，逐字照抄'),
  corrected: doc(z.string(), '更正后的文字'),
  reason: doc(z.string(), '更正理由'),
});

export const appliedCorrectionSchema = correctionSchema.extend({
  offset: offset('在原文中的偏移'),
  line: doc(z.number().int(), '在原文中的行号'),
  column: doc(z.number().int(), '在原文中的列号'),
});

export const damageSpotSchema = z.object({
  kind: doc(z.enum(['replacement-marks', 'orphan-annotation']), '损坏类型：替换符号或残留注音'),
  offset: offset('在原文中的偏移'),
  length: doc(z.number().int(), '损坏文字的长度'),
  line: doc(z.number().int(), '在原文中的行号'),
  column: doc(z.number().int(), '在原文中的列号'),
  text: doc(z.string(), '原文中损坏的字符'),
  context: doc(z.string(), '前后若干字符，便于查找'),
  corrected: doc(z.boolean(), '勘误表中是否有修复此处的条目'),
});

export const documentSchema = documentMetaSchema.extend({
  encoding: doc(z.enum(ENCODINGS), '原文件的字符编码'),
  sha256: doc(z.string(), '原文件字节的 SHA-256 校验值'),
  text: doc(z.string(), '规范化后的简体全文；数据集中所有偏移都指向它'),
  original: doc(z.string(), '原样发布的全文（解码后），供“原文”页面显示'),
  paragraphs: doc(z.array(paragraphSchema.extend(locatedSchema)), '段落及其在规范化文本和原文中的位置'),
  sentences: doc(z.array(sentenceSchema.extend(locatedSchema)), '句子及其在规范化文本和原文中的位置'),
  offsetMap: doc(z.object({
    runs: doc(z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])), '连续段：[规范化起点, 原文起点, 长度, 最后一个字符在原文中的终点]'),
  }), '规范化文本到原文的逐字偏移映射（压缩为连续段）'),
  damage: doc(z.array(damageSpotSchema), '检测到的编码损坏'),
  corrections: doc(z.array(appliedCorrectionSchema), '已应用的勘误'),
  inferred: doc(z.array(z.string()), '清单中没有条目时推断出的元数据字段'),
  report: doc(z.object({
    counts: doc(z.record(z.string(), z.number()), '处理统计：字节、字符、段落、句子、删除的注音、损坏与勘误数'),
    warnings: doc(z.array(z.string()), '处理时的提示'),
  }), '流水线对本报告的处理报告'),
});

/**
 * A report's text and everything located in it: written one file per report
 * (documents/<id>.json), not in documents.json, so that no process holds every
 * report's text as one string (V8's longest string is ~537 M characters, passed
 * at about 8,600 reports) and the site reads a report's text only on the pages
 * that show it.
 */
const TEXT_FIELDS = { text: true, original: true, paragraphs: true, sentences: true, offsetMap: true } as const;

/** A record of documents.json: a report's metadata, checksum, damage and corrections, without its text. */
export const documentTableSchema = documentSchema.omit(TEXT_FIELDS);

/** documents/<id>.json: one report's text, with its paragraphs, sentences and offset map. */
export const documentTextSchema = documentSchema.pick({ id: true, ...TEXT_FIELDS });

/** The JSON Schema of a report's text file, beside the datasets' schemas. */
export const DOCUMENT_TEXT_SCHEMA = 'document-text.schema.json';

/** The file of a report's text in the datasets folder (and under /data/ on the site). */
export const documentTextFile = (id: string) => `documents/${id}.json`;

/** A full report as the pipeline holds it, split into its documents.json record and its text file. */
export function splitDocument(d: z.infer<typeof documentSchema>): { row: z.infer<typeof documentTableSchema>; text: z.infer<typeof documentTextSchema> } {
  const { text, original, paragraphs, sentences, offsetMap, ...row } = d;
  return { row, text: { id: d.id, text, original, paragraphs, sentences, offsetMap } };
}

// ---------------------------------------------------------------- figures

export const figureSchema = z.object({
  id: doc(z.string(), '稳定编号：报告编号加句子文字与数字位置的哈希'),
  document: doc(z.string(), '报告的文件名'),
  documentId: doc(z.string(), '报告编号'),
  value: doc(z.number(), '以基本单位计的数值（110万 → 1100000；226.5亿元 → 22650000000；1/4 → 0.25）；区间取上限；比例（1:1.5）没有单一数值，取第一项，各项见 terms'),
  unit: doc(z.string().nullable(), '单位：人、元、个工作日、%、个百分点……原文无单位时为空'),
  kind: doc(z.enum(FIGURE_KINDS), '数字类别：计数、金额、时长、百分比、变化、比例、面积、体积、能耗、长度、重量、度数（角度、温度）'),
  qualifier: doc(z.enum(QUALIFIERS), '限定：exact（确数）、approx（约）、over（逾、超过）、at_least（以上）、under（不足）'),
  low: doc(z.number().nullable(), '原文给出区间时的下限（22-50个工作日）'),
  high: doc(z.number().nullable(), '原文给出区间时的上限'),
  before: doc(z.number().nullable(), '变化前的数值（从110个工作日压减至13个：before 为 110，value 为 13）'),
  derived: doc(z.boolean(), '是否为推算值（报告中未直接印出）'),
  formula: doc(z.string().nullable(), '推算公式，如 “8.86 + 8.7”'),
  subject: doc(z.string().nullable(), '衡量对象：开办企业时间、托位数……'),
  time: doc(z.string().nullable(), '时间：截至2019年4月、2018年、上半年……'),
  raw: doc(z.string(), '原文写法，如 “逾110万”'),
  quote: doc(z.string(), '数字所在的原句（规范化文本）'),
  start: offset('数字在规范化文本中的起始偏移'),
  end: offset('数字在规范化文本中的结束偏移'),
  sentenceStart: offset('句子在规范化文本中的起始偏移'),
  sentenceEnd: offset('句子在规范化文本中的结束偏移'),
  originalStart: offset('数字在原文中的起始偏移'),
  originalEnd: offset('数字在原文中的结束偏移'),
  case: doc(z.string().nullable(), '正文包含该数字的案例编号；不属于任何案例时为空'),
  terms: doc(z.array(z.number()).nullable().optional(), '比例的各项，按原文顺序（1:1.5 → [1, 1.5]；2.50:1 → [2.5, 1]；4.0∶37.7∶58.3 → [4, 37.7, 58.3]）；不是比例时为空（分数 1/4 是一个数值，见 value）。比例不取商'),
});

// ---------------------------------------------------------------- cases

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

// ---------------------------------------------------------------- districts

const tally = (description: string) => doc(z.record(z.string(), z.number().int()), description);

export const districtSchema = z.object({
  code: doc(z.string(), '行政区划代码（440111）'),
  name: doc(z.string(), '区名'),
  slug: doc(z.string(), '网址用的拼音：baiyun'),
  city: doc(z.string(), '所属城市'),
  home: doc(z.boolean(), '是否属于网站的主城市（编辑在网站设置中指定）：主城市的每个区都列出，有无案例皆然'),
  total: doc(z.number().int(), '案例总数（按 districtToday 统计，含报告记在旧区名下的案例）'),
  formerNames: doc(
    z.array(
      z.object({
        name: doc(z.string(), '已撤销或更名的旧区名（萝岗区）'),
        code: doc(z.string().nullable(), '旧区的行政区划代码（440116）；不详时为空'),
        year: doc(z.number().int(), '撤销或更名的年份'),
        total: doc(z.number().int(), '报告记在这个旧区名下、今天计入本区的案例数（已含在 total 中）'),
      }),
    ),
    '报告记在已撤销或更名的旧区名下、今天计入本区的案例，按旧区分列（旧区名及其承继关系由编辑维护）',
  ),
  byYear: tally('各年份的案例数'),
  byList: tally('各榜单的案例数'),
  byDomain: tally('各政策领域的案例数'),
});

// ---------------------------------------------------------------- the pipeline's report (report.json)

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

// ---------------------------------------------------------------- what editors write

const yearSchema = z.number({ error: 'must be a year as a number, e.g. 2019 (no quotes)' }).int().min(1978).max(2100);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * A calendar date written YYYY-MM-DD. Astro's YAML reader turns such a value
 * into a Date; our own reader leaves it a string. 2026/11/20 and 11/20/2026
 * would be silently read as dates by `new Date`, so they are refused.
 */
export const isoDateSchema = z
  .union([
    z.date(),
    z.string().refine((s) => ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: (issue) => `"${String(issue.input)}" is not a date written YYYY-MM-DD (e.g. 2026-11-20)`,
    }),
  ], { error: 'must be a date written YYYY-MM-DD (e.g. 2026-11-20)' })
  .transform((v) => (v instanceof Date ? v : new Date(`${v}T00:00:00Z`)));

/** Fields an editor may set on any write-up. */
const editorial = {
  title: doc(z.string().min(1).optional(), '代替提取标题显示的标题'),
  summary: doc(z.string().min(1).optional(), '列表和分享卡片上的一两句话摘要'),
  byline: doc(z.string().min(1).optional(), '解读作者'),
  updated: doc(isoDateSchema.optional(), '最近一次实质修改的日期（YYYY-MM-DD）'),
};

/** A write-up that enriches an extracted case: `case` names its id. */
export const enrichmentSchema = z.object({
  case: doc(z.string().min(1), '所解读的提取案例编号'),
  ...editorial,
}).strict();

/** A case no report lists on its own; it must cite the sentence it comes from. */
export const newCaseSchema = z.object({
  id: doc(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'), '新的唯一编号：小写字母、数字和连字符'),
  title: doc(z.string().min(1), '案例标题'),
  owner: doc(z.string().min(1), '来源所写的单位'),
  district: doc(z.string().nullable(), '所在区（如 黄埔区）；市级案例为 null'),
  year: doc(yearSchema, '案例所归属的年份'),
  list: doc(z.string().min(1), '榜单或类别，如 基层改革创新项目'),
  domain: doc(z.string().min(1), '政策领域（程序按关键词自动判定，每个案例一个）'),
  source: doc(z.object({
    document: doc(z.string().min(1), '来源报告编号'),
    quote: doc(z.string().min(4), '来源原句，与来源页面上的文字逐字一致'),
  }).strict(), '出处：报告编号与原句'),
  summary: editorial.summary,
  byline: editorial.byline,
  updated: editorial.updated,
}).strict();

/** Frontmatter of a story (content/stories/<slug>.md). */
export const storySchema = z.object({
  title: doc(z.string().min(1), '标题'),
  dek: doc(z.string().min(1), '标题下的导语'),
  byline: doc(z.string().min(1), '作者'),
  published: doc(isoDateSchema, '发布日期，YYYY-MM-DD'),
  cover: doc(z.string().min(1), '用作封面和分享图的图表编号'),
  summary: doc(z.string().min(1), '分享卡片和故事列表用的摘要'),
  draft: doc(z.boolean().default(false), '为 true 时不出现在列表和订阅中'),
}).strict();

// ---------------------------------------------------------------- corrections of published data

const isoDate = (description: string) => doc(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'), description);
const ids = (description: string) => doc(z.array(z.string().min(1)).default([]), description);

/**
 * What an editor writes to correct published data (content/corrections/*.md,
 * frontmatter; the body explains in more detail). Not the errata of damaged
 * report text (seeds/corrections.json): this is an error in what the site published.
 */
export const dataCorrectionInputSchema = z.object({
  date: isoDate('更正日期，YYYY-MM-DD'),
  change: doc(z.string().min(1), '改了什么：一句话，显示在受影响的图表、嵌入和页面上'),
  reason: doc(z.string().min(1), '为什么改'),
  figures: ids('受影响的数字编号（见 /data/figures.json 或来源页上高亮的数字）'),
  cases: ids('受影响的案例编号'),
  charts: ids('受影响的图表编号（如 time-compression）；引用了上述数字或案例的图表会自动列入'),
}).strict();

/** A correction as published in corrections.json: the editor's fields, where they came from, and the reports they touch. */
export const dataCorrectionSchema = dataCorrectionInputSchema.extend({
  id: doc(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), '更正编号：文件名（不含 .md）'),
  file: doc(z.string(), '更正记录所在的源文件（相对项目根目录的路径）'),
  body: doc(z.string(), '详细说明（markdown 原文）'),
  documents: doc(z.array(z.string()), '受影响的数字和案例所在的报告编号'),
});

/** Columns of documents.csv that flatten or count a document's nested fields. */
export const documentCsvFields = z.object({
  city: doc(z.string().nullable(), '报告覆盖的城市'),
  district: doc(z.string().nullable(), '报告覆盖的区；覆盖全市时为空'),
  period: doc(z.string(), '报告所述的时期名称'),
  characters: doc(z.number().int(), '规范化文本的字符数'),
  damage: doc(z.number().int(), '检测到的编码损坏处数'),
  corrections: doc(z.number().int(), '已应用的勘误条数'),
});

// ---------------------------------------------------------------- the datasets as files

/** Each public JSON dataset and the schema of one of its records. */
export const DATASET_SCHEMAS = {
  documents: documentTableSchema,
  figures: figureSchema,
  cases: caseSchema,
  districts: districtSchema,
  corrections: dataCorrectionSchema,
} as const;

export type DatasetName = keyof typeof DATASET_SCHEMAS;

export type Span = z.infer<typeof spanSchema>;
export type Script = (typeof SCRIPTS)[number];
export type Encoding = (typeof ENCODINGS)[number];
export type Kind = (typeof KINDS)[number];
export type Level = (typeof LEVELS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type Region = DocumentMeta['region'];
export type Period = DocumentMeta['period'];
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type AppliedCorrection = z.infer<typeof appliedCorrectionSchema>;
export type DamageSpot = z.infer<typeof damageSpotSchema>;
export type DocumentRecord = z.infer<typeof documentSchema>;
export type DocumentRow = z.infer<typeof documentTableSchema>;
export type DocumentText = z.infer<typeof documentTextSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Case = z.infer<typeof caseSchema>;
/** A case as the extraction stages build it, before the editors' write-ups are applied. */
export type ExtractedCase = Omit<Case, keyof typeof caseWriteupFields | keyof typeof caseTodayFields>;
/** A case with the editors' write-ups applied, before the stage that places it in today's districts. */
export type WrittenCase = Omit<Case, keyof typeof caseTodayFields>;
export type District = z.infer<typeof districtSchema>;
export type Enrichment = z.infer<typeof enrichmentSchema>;
export type NewCase = z.infer<typeof newCaseSchema>;
export type StoryMeta = z.infer<typeof storySchema>;
export type DataCorrection = z.infer<typeof dataCorrectionSchema>;
