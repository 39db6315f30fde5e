/**
 * Which class a number token belongs to: a date, a list marker or ordinal, a
 * part of a name, a figure, or (when no rule applies) unclassified. The rules
 * run in that order and look only at the token's shape and the characters
 * around it, so they hold for any report, not just the seeds.
 */
import type { FigureKind } from '../datasets/schema.ts';
import type { RawToken } from './figures-tokens.ts';
import { type UnitInfo, unitAt } from './figures-units.ts';
import { CHINESE_NUMERAL_CHARS } from './numerals.ts';
import type { SpanIndex } from './spans.ts';

export type TokenClass = 'figure' | 'date' | 'marker' | 'name' | 'unclassified';

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

export interface TextContext {
  text: string;
  /** Spans inside quotation marks and title marks, with the opening mark. */
  quotes: SpanIndex<{ start: number; end: number; mark: string }>;
  /** Paragraph spans that are headings (short lines without a final stop). */
  headings: SpanIndex<{ start: number; end: number }>;
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
  if (token.shape === 'percent') return { token, value, more: false, unit: { unit: '%', kind: 'percent', word: '' }, unitEnd: token.end, kind: 'percent' };
  if (token.shape === 'fraction' || token.shape === 'ratio') return { token, value, more: false, unit: null, unitEnd: token.end, kind: 'ratio' };
  let at = token.end;
  let more = token.reading?.more ?? false;
  if ('多余'.includes(text[at] ?? '_') && unitAt(text, at + 1)) {
    more = true;
    at++;
  }
  const unit = token.shape === 'number' ? unitAt(text, at) : null;
  return { token, value, more, unit, unitEnd: at + (unit?.word.length ?? 0), kind: unit?.kind ?? null };
}

const DIGIT_OR_CN = `[\\d${CHINESE_NUMERAL_CHARS}]`;
const SESSION_BEFORE = new RegExp(`${DIGIT_OR_CN}+届$`);
const HAN = /\p{Script=Han}/u;
const isYear = (v: number | null, raw: string) => v !== null && Number.isInteger(v) && v >= 1900 && v <= 2100 && /^(\d{4}|[〇零一二三四五六七八九]{4})$/.test(raw);
const YEAR_LINK = /^[-—–~～至到]$/;

export function classify(ctx: TextContext, r: Reading): { cls: TokenClass; rule: string } {
  const { text } = ctx;
  const t = r.token;
  const v = r.value;
  const prev = text[t.start - 1] ?? '\n';
  const next = text[t.end] ?? '\n';
  const lineStart = prev === '\n';
  const arabic = /^\d/.test(t.raw);
  const int = v !== null && Number.isInteger(v);

  // Dates: by 年/月/日 or by the shape of a full date.
  if (t.shape === 'full-date') return { cls: 'date', rule: 'full-date' };
  if (isYear(v, t.raw) && (next === '年' || (!HAN.test(next) && !/[\d%.]/.test(next)))) return { cls: 'date', rule: 'year' };
  if (isYear(v, t.raw) && YEAR_LINK.test(next) && /^\d{4}/.test(text.slice(t.end + 1, t.end + 5))) return { cls: 'date', rule: 'year-range' };
  if (int && v >= 1 && v <= 12 && next === '月') return { cls: 'date', rule: 'month' };
  // Month ranges: 1-6月, 1至9月.
  if (int && v >= 1 && v <= 12 && /^[-—–~～至到](?:1[0-2]|0?[1-9])月/.test(text.slice(t.end, t.end + 4))) return { cls: 'date', rule: 'month' };
  if (int && v >= 1 && v <= 31 && (next === '日' || next === '号') && prev === '月') return { cls: 'date', rule: 'day' };

  // Markers: ordinals and list numbering.
  if (prev === '第') return { cls: 'marker', rule: 'ordinal' };
  if (next === '是' && (lineStart || '。；：'.includes(prev))) return { cls: 'marker', rule: 'list-marker' };
  if ((lineStart || ('（('.includes(prev) && (text[t.start - 2] ?? '\n') === '\n')) && '、．.）)'.includes(next)) return { cls: 'marker', rule: 'list-marker' };
  if ('（('.includes(prev) && '）)'.includes(next) && !arabic) return { cls: 'marker', rule: 'list-marker' };
  if (lineStart && arabic && !r.unit && HAN.test(next) && !r.token.reading?.scaled) return { cls: 'marker', rule: 'paragraph-number' };
  if ((lineStart || prev === ' ') && (next === ' ' || next === '\n') && !r.unit) return { cls: 'marker', rule: 'isolated-number' };

  // A rate's denominator (每千人口, 每万人) belongs to the rate's figure.
  if (prev === '每') return { cls: 'figure', rule: 'per' };

  // Parts of names.
  const quote = ctx.quotes.innermost(t.start, t.end);
  if (quote?.mark === '《') return { cls: 'name', rule: 'title' };
  if (quote && quote.end - quote.start <= 16 && !/[。！？]/.test(text.slice(quote.start, quote.end))) return { cls: 'name', rule: 'quoted-name' };
  if (text[r.unitEnd] === '号' || next === '号') return { cls: 'name', rule: 'number-name' };
  if (next === '届' || (next === '中' && text.slice(t.end, t.end + 8).includes('全会'))) return { cls: 'name', rule: 'session' };
  if (next === '大' && /(党的|中共|党)$/.test(text.slice(Math.max(0, t.start - 2), t.start))) return { cls: 'name', rule: 'congress' };
  if (r.unit?.word === '次' && SESSION_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) return { cls: 'name', rule: 'session' };
  if (text.startsWith('位一体', t.end)) return { cls: 'name', rule: 'set-phrase' };
  if (/^\d+\.0$/.test(t.raw) && !r.unit) return { cls: 'name', rule: 'version' };
  if (arabic && (/[A-Za-z_]/.test(prev) || /[A-Za-z_]/.test(next))) return { cls: 'name', rule: 'code' };
  // Place names made of a numeral and a unit-like character (三元里): a measure is never followed by 里/路/街.
  if (!arabic && r.unit && r.unit.kind !== 'count' && /^\p{Script=Han}[里路街巷村镇岗]/u.test(text.slice(t.end, t.end + 2))) {
    return { cls: 'name', rule: 'place' };
  }
  if (!r.unit && !t.reading?.scaled && t.shape === 'number' && HAN.test(next) && !/^(以上|以下|左右|以内)/.test(text.slice(t.end))) {
    const heading = ctx.headings.has(t.start, t.end);
    if (!arabic || heading || (int && t.raw.length >= 3)) return { cls: 'name', rule: 'glued-name' };
  }

  // Figures.
  if (r.unit) return { cls: 'figure', rule: 'unit' };
  if (t.shape !== 'number') return { cls: 'figure', rule: t.shape };
  if (t.reading?.scaled) return { cls: 'figure', rule: 'scaled' };
  if (/^[-—–~～]\d/.test(text.slice(t.end, t.end + 2))) return { cls: 'figure', rule: 'range' };
  if (arabic && !HAN.test(next) && !/[\d+＋]/.test(next)) return { cls: 'figure', rule: 'bare' };
  return { cls: 'unclassified', rule: 'none' };
}

