/** Reports: what the manifest says about one, its text with paragraphs and sentences, and the documents.json/.csv records. */
import { z } from 'zod';
import { doc, ENCODINGS, KINDS, offset, SCRIPTS, spanSchema } from './common.ts';

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

/** Columns of documents.csv that flatten or count a document's nested fields. */
export const documentCsvFields = z.object({
  city: doc(z.string().nullable(), '报告覆盖的城市'),
  district: doc(z.string().nullable(), '报告覆盖的区；覆盖全市时为空'),
  period: doc(z.string(), '报告所述的时期名称'),
  characters: doc(z.number().int(), '规范化文本的字符数'),
  damage: doc(z.number().int(), '检测到的编码损坏处数'),
  corrections: doc(z.number().int(), '已应用的勘误条数'),
});

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
