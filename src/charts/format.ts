/**
 * Chinese number formatting and the reading of qualifiers and duration units.
 * Written by hand (no Intl) so the output is identical on every machine.
 */
import type { Figure } from './types.ts';

/** Up to `digits` decimals, trailing zeros dropped: 12.50 -> "12.5". */
export function trimDecimals(value: number, digits = 2): string {
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** 1100000 -> "110万", 22650000000 -> "226.5亿", 25608 -> "2.56万", 4240 -> "4240". */
export function formatZh(value: number): string {
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  if (v >= 1e8) return `${sign}${trimDecimals(v / 1e8)}亿`;
  if (v >= 1e4) return `${sign}${trimDecimals(v / 1e4)}万`;
  return `${sign}${trimDecimals(v)}`;
}

/** A tick formatter for Plot axes. */
export const tickZh = (value: number): string => formatZh(value);

/** How a qualifier reads before a number; exact reads as nothing. */
export const QUALIFIER_PREFIX: Record<Figure['qualifier'], string> = {
  exact: '',
  approx: '约',
  over: '超',
  at_least: '至少',
  under: '不到',
};

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
