/**
 * Implied base values: a level followed by its change against a base
 * (8.86天，同比缩短8.7天) implies the base (17.56天). The result is a separate,
 * derived figure with its formula; the report never printed it. Only the
 * unambiguous shape is used: the level, a comma, a comparison word and one
 * change. Paired changes (同比上升8.1%和59.2%) are left alone, because which
 * level each change belongs to is a reading, not arithmetic.
 */
import type { Draft } from './figures-assemble.ts';
import { COMPARISON_GAP } from './figures-units.ts';

export interface DerivedDraft {
  base: Draft;
  change: Draft;
  value: number;
  formula: string;
  /** The comparison base's time when the text names it (较2019年 -> 2019年). */
  time: string | null;
}


/** Round to the decimals the inputs carry plus two, so a derived value does not pretend more precision. */
function round(value: number, ...inputs: number[]): number {
  const decimals = Math.max(...inputs.map((n) => (String(n).split('.')[1] ?? '').length)) + 2;
  return Number(value.toFixed(Math.min(decimals, 6)));
}

const show = (n: number) => String(n);

/** Significant digits of a value as printed (3e10 from 300亿 counts as 1). */
function significant(n: number): number {
  return String(n).replace(/^[-0.]+|e.*$/g, '').replace(/\./, '').replace(/0+$/, '').length || 1;
}

/** A quotient keeps one digit more than its most precise input (at least three): 300亿 / 1.12 -> 267.9亿. */
function roundSignificant(value: number, ...inputs: number[]): number {
  const digits = Math.max(3, ...inputs.map(significant)) + 1;
  return Number(value.toPrecision(Math.min(digits, 15)));
}

export function deriveBases(text: string, drafts: Draft[]): DerivedDraft[] {
  const out: DerivedDraft[] = [];
  for (let i = 0; i + 1 < drafts.length; i++) {
    const base = drafts[i]!;
    const change = drafts[i + 1]!;
    if (base.direction !== 0 || change.direction === 0 || base.before !== null || base.low !== null) continue;
    const m = COMPARISON_GAP.exec(text.slice(base.end, change.start));
    if (!m) continue;
    const next = drafts[i + 2];
    if (next && next.direction !== 0 && /^[、和及与]$/.test(text.slice(change.end, next.start))) continue;
    const time = m[1] || null;
    const sign = change.direction > 0 ? '-' : '+';
    if (change.unit === base.unit && base.unit !== '%' && change.unit !== null) {
      const value = round(base.value - change.direction * change.value, base.value, change.value);
      out.push({ base, change, value, formula: `${show(base.value)} ${sign} ${show(change.value)}`, time });
    } else if (change.unit === '个百分点' && base.unit === '%') {
      const value = round(base.value - change.direction * change.value, base.value, change.value);
      out.push({ base, change, value, formula: `${show(base.value)}% ${sign} ${show(change.value)}个百分点`, time });
    } else if (change.unit === '%' && base.unit !== '%') {
      const factor = 1 + (change.direction * change.value) / 100;
      if (factor <= 0) continue;
      const value = roundSignificant(base.value / factor, base.value, change.value);
      const op = change.direction > 0 ? '+' : '-';
      out.push({ base, change, value, formula: `${show(base.value)} / (1 ${op} ${show(change.value)}%)`, time });
    }
  }
  return out;
}
