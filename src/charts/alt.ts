/**
 * Alt text generated from the rows a chart draws: what it shows, its largest
 * and smallest values (naming the rows that hold them), and the contrast the
 * chart is about. Generated, so it can never disagree with the drawing.
 */
import type { Row } from './types.ts';

export interface Extremes {
  max: number;
  min: number;
  maxRows: Row[];
  minRows: Row[];
}

/** Largest and smallest numeric `key` among rows (rows without a number are skipped). */
export function extremes(rows: readonly Row[], key: string): Extremes | null {
  const numeric = rows.filter((r) => typeof r[key] === 'number' && Number.isFinite(r[key]));
  if (!numeric.length) return null;
  const values = numeric.map((r) => r[key] as number);
  const max = Math.max(...values);
  const min = Math.min(...values);
  return {
    max,
    min,
    maxRows: numeric.filter((r) => r[key] === max),
    minRows: numeric.filter((r) => r[key] === min),
  };
}

/** "黄埔区、天河区等5项": ties are named, up to three. */
export function nameRows(rows: readonly Row[], label: (row: Row) => string, limit = 3): string {
  const names = [...new Set(rows.map(label))];
  const shown = names.slice(0, limit).join('、');
  return names.length > limit ? `${shown}等${names.length}项` : shown;
}

export interface AltInput {
  /** What the chart shows, one sentence without the final 。 */
  what: string;
  rows: readonly Row[];
  /** The measured column. */
  value: string;
  label: (row: Row) => string;
  format: (value: number) => string;
  /** The notable contrast, one sentence without the final 。 */
  contrast?: string;
}

export function describe(input: AltInput): string {
  const parts = [`${input.what}。`];
  const ex = extremes(input.rows, input.value);
  if (!ex) {
    parts.push('没有可绘制的数据。');
  } else if (ex.max === ex.min) {
    parts.push(`所有${input.rows.length}项的数值相同，均为${input.format(ex.max)}。`);
  } else {
    parts.push(`最大值为${input.format(ex.max)}（${nameRows(ex.maxRows, input.label)}）；`);
    parts.push(`最小值为${input.format(ex.min)}（${nameRows(ex.minRows, input.label)}）。`);
  }
  if (input.contrast) parts.push(`${input.contrast}。`);
  return parts.join('');
}
