/**
 * The one number formatter of the site. Chinese style: 亿 and 万 scales when
 * the value is exact at two decimals in that scale (1.5万, 226.5亿), else the
 * full number (4240, 25,608), grouped by thousands from 1万 up, as the
 * reports print them. A displayed number always parses back to its value
 * (parseDisplayed), so the site never shows a rounded figure as if reported;
 * formatCompact is the lossy form for chart axes only.
 */
import type { Figure, Qualifier } from '../../scripts/datasets/schema.ts';
import { readNumber, scaleDecimal } from '../../scripts/datasets/numerals.ts';

export interface FormatOptions {
  /** Unit word appended after the number (元, 个工作日, %). */
  unit?: string | null;
}

/** Qualifier words as the site writes them, before the number. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  approx: '约',
  over: '超',
  at_least: '不少于',
  under: '不超过',
};

/** Qualifiers as a word of their own, for table and CSV columns (exact figures say so too). */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: '确数',
  approx: '约',
  over: '超过',
  at_least: '不少于',
  under: '不超过',
};

const SCALES: [string, number][] = [['亿', 8], ['万', 4]];

/** Up to `decimals` decimals, trailing zeros trimmed: 1.50 -> 1.5, 2.00 -> 2. */
export function trimDecimals(n: number, decimals = 2): string {
  return n.toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

function grouped(digits: string): string {
  const [int = '0', frac] = digits.split('.');
  const body = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return frac ? `${body}.${frac}` : body;
}

/** A number in the site's style, with its unit: 1.5万, 226.5亿元, 25,608户, 8.86天. */
export function formatNumber(value: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  let body: string | null = null;
  for (const [word, exponent] of SCALES) {
    if (abs < 10 ** exponent) continue;
    const mantissa = trimDecimals(abs / 10 ** exponent);
    // Use the scale only when it shows the value exactly (no hidden rounding).
    if (scaleDecimal(mantissa, exponent) === abs) {
      body = `${grouped(mantissa)}${word}`;
      break;
    }
  }
  body ??= grouped(trimDecimals(abs));
  const shown = body === '0' ? '0' : `${sign}${body}`;
  return `${shown}${options.unit ?? ''}`;
}

/** Lossy compact form for chart axes and tight labels: 2.56万, 226.5亿. */
export function formatCompact(value: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  const scale = SCALES.find(([, e]) => abs >= 10 ** e);
  const body = scale ? `${trimDecimals(abs / 10 ** scale[1])}${scale[0]}` : trimDecimals(abs);
  return `${body === '0' ? '' : sign}${body}${options.unit ?? ''}`;
}

type Displayable = Pick<Figure, 'value' | 'unit' | 'qualifier' | 'low' | 'high' | 'before'> & { raw?: string; terms?: number[] | null };

/**
 * The report's own qualifier word, when it has one: 近9万 stays 近 (not 约),
 * 22-50个工作日内 keeps 内 after the number, 1000张以上 keeps 以上.
 */
const WORD_BEFORE = /^(超过|不少于|不超过|不足|至少|突破|近|约|逾|超|达)/;
const WORD_AFTER = /(以内|以上|以下|左右|之内|内)$/;

/**
 * A figure as the site shows it: qualifier word, number (or range, or
 * before → after) and unit. 超110万, 22-50个工作日, 110 → 13个工作日.
 * Derived figures are marked by the caller (推算), not here.
 */
export function formatFigure(figure: Displayable): string {
  const unit = figure.unit ?? '';
  const before = figure.raw?.match(WORD_BEFORE)?.[1];
  const after = figure.raw?.match(WORD_AFTER)?.[1];
  if (figure.qualifier !== 'exact' && (before || after)) {
    const body = formatFigure({ ...figure, raw: undefined, qualifier: 'exact' });
    return before && before !== '达' ? `${before}${body}` : after ? `${body}${after}` : body;
  }
  const q = QUALIFIER_WORDS[figure.qualifier] ?? '';
  // A ratio has no single value worth showing: show its terms (1∶1.5, 4∶37.7∶58.3).
  if (figure.terms && figure.terms.length > 1) return `${q}${figure.terms.map((t) => formatNumber(t)).join('∶')}`;
  if (figure.low !== null && figure.high !== null) {
    return `${q}${formatNumber(figure.low)}-${formatNumber(figure.high)}${unit}`;
  }
  if (figure.before !== null) {
    return `${formatNumber(figure.before)} → ${q}${formatNumber(figure.value)}${unit}`;
  }
  return `${q}${formatNumber(figure.value)}${unit}`;
}

const DISPLAYED = /^(约|超过|超|不少于|不超过|近|逾)?\s*([-+]?[\d,]+(?:\.\d+)?[万亿]*)/;

/** The value of a number as the site displays it (formatNumber's output, with or without a qualifier and unit), or null. */
export function parseDisplayed(text: string): number | null {
  const m = DISPLAYED.exec(text.trim());
  if (!m) return null;
  const body = m[2]!;
  const negative = body.startsWith('-');
  const reading = readNumber(body.replace(/^[-+]/, ''));
  if (!reading) return null;
  return negative ? -reading.value : reading.value;
}
