/**
 * What editors write: case write-ups (content/cases/*.md, enriching an extracted case or adding one no report
 * lists on its own), stories' frontmatter, and corrections of published data (corrections.json).
 */
import { z } from 'zod';
import { doc } from './common.ts';

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

export type Enrichment = z.infer<typeof enrichmentSchema>;
export type NewCase = z.infer<typeof newCaseSchema>;
export type StoryMeta = z.infer<typeof storySchema>;
export type DataCorrection = z.infer<typeof dataCorrectionSchema>;
