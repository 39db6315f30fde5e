/**
 * Chart-specific readings of figures: qualifier marks and labels, and
 * duration units on one axis. Numbers themselves are formatted by the site's
 * one formatter (src/lib/format.ts).
 */
import { trimDecimals } from '../lib/format.ts';
import type { Figure } from './types.ts';

/** Compact mark next to a bar end: "+" for open-ended upward, "≈" for approximate. */
export const QUALIFIER_MARK: Record<Figure['qualifier'], string> = {
  exact: '',
  approx: '≈',
  over: '+',
  at_least: '≥',
  under: '<',
};

export const QUALIFIER_LABEL: Record<Figure['qualifier'], string> = {
  exact: '确数',
  approx: '约数（近、约）',
  over: '下限（超、逾、以上）',
  at_least: '至少',
  under: '上限（以内、不到）',
};

/** Days per unit, for putting durations on one axis. Working days count as days (noted on the chart). */
const DAYS_PER_UNIT: [RegExp, number, string][] = [
  [/工作日/, 1, '工作日'],
  [/^(个)?(自然)?(天|日)$/, 1, '天'],
  [/小时/, 1 / 24, '小时'],
  [/分钟/, 1 / 1440, '分钟'],
  [/秒/, 1 / 86400, '秒'],
  [/周|星期/, 7, '周'],
  [/(个)?月/, 30, '月'],
  [/年/, 365, '年'],
];

export interface DurationUnit {
  /** Days in one unit. */
  days: number;
  /** The unit as a short word (工作日, 天, 小时 ...). */
  word: string;
}

/** The unit of a duration figure in days, or null when it is not a time unit. */
export function durationUnit(unit: string | null): DurationUnit | null {
  if (!unit) return null;
  for (const [pattern, days, word] of DAYS_PER_UNIT) if (pattern.test(unit)) return { days, word };
  return null;
}

/** 13 days -> "13天", 0.0139 days -> "20分钟": the most readable unit for a day count. */
export function formatDays(days: number): string {
  // Tolerances absorb float error from log round trips (10 ** log10(1 / 24)).
  if (days >= 0.9999) return `${trimDecimals(days, 1)}天`;
  if (days * 24 >= 0.9999) return `${trimDecimals(days * 24, 1)}小时`;
  return `${trimDecimals(days * 1440, 0)}分钟`;
}
