/**
 * How a number token reads with the words around it, before it is classified: its value, 多/余 after it, its unit
 * (from the unit tables, or by position: figures-units.ts), and the quoted and titled spans of the text that the
 * classifier asks whether a number stands inside a name.
 */
import type { FigureKind } from '../datasets/schema.ts';
import type { RawToken } from './figures-tokens.ts';
import { type UnitInfo, computingUnitAt, positionalUnit, selfCountedAt, unitAt } from './figures-units.ts';

/** A token with the words that follow it: inner 多/余 and the unit. */
export interface Reading {
  token: RawToken;
  value: number | null;
  /** 多 or 余 in or right after the number: more than the value. */
  more: boolean;
  unit: (UnitInfo & { word: string }) | null;
  /** End of the number, its 多/余 and its unit. */
  unitEnd: number;
  kind: FigureKind | null;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』', '〈': '〉' };

/** Quoted and titled spans of a text (marks do not cross lines). */
export type QuoteSpan = { start: number; end: number; mark: string };

export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: { mark: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') stack.length = 0;
    else if (c in OPEN_CLOSE) stack.push({ mark: c, at: i });
    else {
      const top = stack.findLastIndex((s) => OPEN_CLOSE[s.mark] === c);
      if (top >= 0) {
        const open = stack[top]!;
        stack.length = top;
        spans.push({ start: open.at + 1, end: i, mark: open.mark });
      }
    }
  }
  return spans;
}

export function read(text: string, token: RawToken): Reading {
  const value = token.reading?.value ?? null;
  if (token.shape === 'percent') return { token, value, more: false, unit: { unit: '%', kind: 'percent', counted: false, word: '' }, unitEnd: token.end, kind: 'percent' };
  if (token.shape === 'fraction' || token.shape === 'ratio' || token.shape === 'clock') return { token, value, more: false, unit: null, unitEnd: token.end, kind: 'ratio' };
  let at = token.end;
  // A page that spaces a number from its unit (95 个社区, 400 余人) still writes one quantity.
  if (text[at] === ' ' && /\d$/.test(token.raw) && (unitAt(text, at + 1) || ('多余'.includes(text[at + 1] ?? '_') && unitAt(text, at + 2)))) at++;
  let more = token.reading?.more ?? false;
  if ('多余'.includes(text[at] ?? '_') && unitAt(text, at + 1)) {
    more = true;
    at++;
  }
  let unit = token.shape === 'number' ? (selfCountedAt(text, at, token.raw) ?? unitAt(text, at) ?? computingUnitAt(text, at) ?? positionalUnit(text, at)) : null;
  // 两个多月, 三个多小时: 多 inside a time unit built on 个 means more than that many (unit 个月, 个小时).
  if (unit?.word === '个' && text[at + 1] === '多') {
    const joined = unitAt(`个${text.slice(at + 2, at + 8)}`, 0);
    if (joined?.kind === 'duration' && joined.word.length > 1) {
      unit = { ...joined, word: `个多${joined.word.slice(1)}` };
      more = true;
    }
  }
  // 一个半月, 两个半小时: 半 inside a time unit built on 个 adds a half to the count (unit 个月, 个小时).
  if (unit?.word === '个' && text[at + 1] === '半' && value !== null) {
    const joined = unitAt(`个${text.slice(at + 2, at + 8)}`, 0);
    if (joined?.kind === 'duration' && joined.word.length > 1) {
      unit = { ...joined, word: `个半${joined.word.slice(1)}` };
      return { token, value: value + 0.5, more, unit, unitEnd: at + unit.word.length, kind: unit.kind };
    }
  }
  return { token, value, more, unit, unitEnd: at + (unit?.word.length ?? 0), kind: unit?.kind ?? null };
}

