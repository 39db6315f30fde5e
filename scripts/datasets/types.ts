/**
 * The records of the public datasets (figures.json, cases.json,
 * districts.json; documents.json is DocumentRecord in pipeline/document.ts).
 * Shared by the pipeline, which writes them, and the site, which reads them.
 * Field names are part of the public interface: add fields, never rename.
 */

export type Qualifier = 'exact' | 'approx' | 'over' | 'at_least' | 'under';

export type FigureKind =
  | 'count'
  | 'money'
  | 'duration'
  | 'percent'
  | 'change'
  | 'ratio'
  | 'area'
  | 'volume'
  | 'energy'
  | 'length'
  | 'weight';

export interface Figure {
  /** Stable id: document id + hash of the sentence text and the token's place in it. */
  id: string;
  /** The report's file name. */
  document: string;
  /** The report's id (manifest id). */
  documentId: string;
  /** Value in base units (110万 -> 1100000; 226.5亿元 -> 22650000000). For ranges, the high end. */
  value: number;
  /** Unit as a word: 人, 元, 个工作日, %, 个百分点 ... null when the text gives none. */
  unit: string | null;
  kind: FigureKind;
  qualifier: Qualifier;
  /** Range ends, when the text gives a range (22-50个工作日). */
  low: number | null;
  high: number | null;
  /** The value before a change (从110个工作日压减至13个: before 110, value 13). */
  before: number | null;
  /** True when the number is computed, not printed in the report. */
  derived: boolean;
  /** How a derived number was computed, e.g. "8.86 + 8.7". */
  formula: string | null;
  /** What is measured: 开办企业时间, 托位数 ... */
  subject: string | null;
  /** Time reference: 截至2019年4月, 2018年, 上半年 ... */
  time: string | null;
  /** The number as written, e.g. "逾110万". */
  raw: string;
  /** The verbatim sentence (normalized text). */
  quote: string;
  /** Offsets of the number in the normalized text. */
  start: number;
  end: number;
  /** Offsets of the sentence in the normalized text. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Offsets of the number in the original (decoded) text. */
  originalStart: number;
  originalEnd: number;
  /** The id of the reform case whose text contains the figure, or null. */
  case: string | null;
  /** The terms of a fraction or ratio as written (1/4 -> [1, 4]; 1:1.5 -> [1, 1.5]); value is their quotient. */
  terms?: number[] | null;
}

export type Level = 'city' | 'district' | 'street' | 'town' | 'other';

export interface Case {
  /** Stable id: same owner and headline, same id, whatever else the pipeline learns. */
  id: string;
  document: string;
  documentId: string;
  /** The headline (as printed; normalized text). */
  title: string;
  /** The owner as written in the report: 市发改委, 黄埔区, 广州中院 ... */
  owner: string;
  /** The owner's full name: 广州市发展和改革委员会 ... */
  ownerFull: string;
  level: Level;
  /** District name (白云区) or null for city-level owners. */
  district: string | null;
  /** Street or town within the district, when the owner is one. */
  street: string | null;
  city: string | null;
  year: number | null;
  /** The list or category the report puts the case in: 十大改革创新案例, 最具获得感 ... */
  list: string | null;
  /** Policy domain from content/taxonomy.json. */
  domain: string;
  /** The taxonomy keywords that decided the domain. */
  domainKeywords: string[];
  /** Which recognizer found the case (owner-line, owner-colon, district-lead, enumeration, domain-task ...). */
  shape: string;
  /** The sentence that names the case (normalized text). */
  quote: string;
  /** Span of the case's whole text (headline through last paragraph) in the normalized document. */
  start: number;
  end: number;
  /** Ids of the figures inside the case's span. */
  figures: string[];
  /** Administrative code of the district (440112), or null. */
  districtCode: string | null;
  /** The report's period label: 2019年上半年. */
  period: string | null;
  /** Districts, streets and towns the case's text names, in order of first mention. */
  places: string[];
}

export interface District {
  /** Administrative code (440111). */
  code: string;
  name: string;
  /** Pinyin slug for URLs: baiyun. */
  slug: string;
  city: string;
  total: number;
  byYear: Record<string, number>;
  byList: Record<string, number>;
  byDomain: Record<string, number>;
}
