/**
 * The contract between chart modules, the one renderer, the Chart component
 * and the embed pages. A chart is a pure function (data, params) -> ChartSpec.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Case, District, Figure } from '../../scripts/datasets/schema.ts';

export type { Case, District, Figure };

/** The part of a documents.json record the charts need. */
export interface SourceDocument {
  id: string;
  title: string;
  year: number | null;
  list: string | null;
  published: string | null;
  /** case-list, summary, work-plan: a work plan lists intentions, not cases chosen from a field. */
  kind?: string;
  region: { city: string | null; district: string | null };
}

/** A report's normalized text and its sentences: where a case's naming sentence is. */
export interface SourceText {
  text: string;
  sentences: { index: number; start: number; end: number }[];
}

export interface ChartData {
  documents: SourceDocument[];
  cases: Case[];
  figures: Figure[];
  districts: District[];
  /** Where cases and figures are in their reports' sentences (common.ts locator); without it, sources link to a report's start. */
  locate?: Locate;
}

/** Sentence positions, found once from the reports' texts, which the charts then never hold. */
export interface Locate {
  /** Where the case's naming quote starts in its report (inside its span), or its span's start. */
  caseStart(c: Case): number;
  /** The index of the sentence of `documentId` that holds `offset`, or null. */
  sentence(documentId: string, offset: number): number | null;
}

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** How a table column's values read: years and codes verbatim, numbers in the site's style. */
export type ColumnKind = 'year' | 'number' | 'text';

export interface Column {
  key: string;
  /** Header shown in the table and used as the CSV header. */
  label: string;
  /** How the value reads in the HTML table (CSV keeps the raw value unless `text`). */
  format?: (value: Cell, row: Row) => string;
  /** The column holds codes, not data: table and CSV both show `format` (qualifier codes -> 约, 超过 ...). */
  text?: boolean;
  /** What the values are: a year prints as 2018, never "2,018"; a number goes through the site's formatter. Default: number for numbers. */
  kind?: ColumnKind;
}

/** A sentence a chart draws from, with the anchor of its source page. */
export interface ChartSource {
  documentId: string;
  documentTitle: string;
  /** `fig-<figure id>` or `s-<sentence index>` on /sources/<documentId>/. */
  anchor: string;
  figure: string | null;
  sentence: number | null;
  start: number;
  end: number;
  /** The verbatim sentence. */
  quote: string;
}

export interface LegendItem {
  label: string;
  /** A CSS colour: `var(--chart-1, #0072b2)`. */
  color: string;
  /** Drawn as a ring instead of a filled square (highlight markers). */
  outline?: boolean;
  /** The outline is dashed (open-ended values: 约数或下限). */
  dashed?: boolean;
}

export interface Variant {
  name: 'narrow' | 'wide';
  /** Width the SVG is drawn at (its viewBox width). */
  width: number;
}

export interface ChartSpec {
  /** Chart type id, e.g. `district-year`. */
  id: string;
  /** Stable key of this chart and its params, ASCII, usable in ids and URLs. */
  key: string;
  /** The params the chart was built with, after defaults and validation. */
  params: Record<string, string>;
  title: string;
  subtitle: string;
  notes: string[];
  sources: ChartSource[];
  /** Exactly the rows the marks draw (also the table and the CSV). */
  rows: Row[];
  columns: Column[];
  alt: string;
  legend: LegendItem[];
  /** Latest publication date among the sources: the "date of data" of the cite line. */
  dataDate: string;
  variants: Variant[];
  /** Decimals kept in path data (default 1); the map keeps 0, its outlines are drawn small. */
  pathDecimals?: number;
  /** Plot options for a variant; the renderer adds document, theme and ids. */
  plot: (variant: Variant) => PlotOptions;
  /**
   * The drawing of only the highlighted rows, for a story step on a phone,
   * where the whole chart would not fit beside the text (absent when every
   * row, or none, is highlighted). The table and the wide drawing keep every row.
   */
  focus?: { plot: (variant: Variant) => PlotOptions; legend: LegendItem[]; note: string };
  /**
   * The drawing for a 1200x630 share image, when the whole chart is too tall to fit one
   * legibly: whole rows only (the latest ones), never a drawing cut off mid-row, drawn at
   * `variant` (narrower than the wide drawing, so its text is scaled up in the image).
   */
  share?: { variant: Variant; plot: (variant: Variant) => PlotOptions };
}

/** What a chart module returns; the registry adds the validated params and the key. */
export type ChartDraft = Omit<ChartSpec, 'key' | 'params'>;

/** What every builder receives after the registry validated the params. */
export type Builder = (data: ChartData, params: Record<string, string>) => ChartDraft;
