/**
 * The one chart theme. Colours are CSS custom properties with fallbacks, and
 * text and axes use currentColor, so a page's dark mode (or an embedding
 * page) restyles the inline SVG without re-rendering; a downloaded SVG falls
 * back to the literal colours.
 */
import type { Variant } from './types.ts';
import { LATIN, breakPieces } from '../lib/word-breaks.ts';
import { memoByText } from '../lib/lookup.ts';

/**
 * Okabe-Ito, distinguishable with the common colour-vision deficiencies. The
 * names and order match src/styles/tokens.css (which lightens them in dark
 * mode); the fallbacks are its light values, for SVGs outside the site.
 */
const OKABE_ITO = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442', '#3d3d3d'];

export const palette: readonly string[] = OKABE_ITO.map((hex, i) => `var(--chart-${i + 1}, ${hex})`);

/**
 * Blues, low to high (tokens.css --seq-1..5, the light values). In both modes more cases mean more
 * contrast against the paper (darker on light paper, brighter on dark), and every step a count takes
 * (2-5) stands 3:1 off the paper (WCAG non-text contrast); tests/site/tokens.test.ts holds both.
 */
const SEQUENTIAL = ['#deebf7', '#5592cf', '#2f72b8', '#1d5296', '#0b2f62'];
export const sequential: readonly string[] = SEQUENTIAL.map((hex, i) => `var(--seq-${i + 1}, ${hex})`);

export const colors = {
  /** The main series colour. */
  primary: palette[0]!,
  /** A highlighted subset (a district, a case, a year) in one-colour charts. */
  highlight: palette[1]!,
  /** Outline of highlighted marks in many-colour charts. */
  outline: 'var(--chart-outline, #1c1b19)',
  /** "Before" ends of dumbbells, Longhua and other comparisons. */
  before: palette[7]!,
  /** Empty cells and districts. */
  empty: 'var(--chart-grid, #e4e0d5)',
  /** Map borders and rules. */
  rule: 'var(--chart-axis, #5c5a54)',
  /** Text on sequential steps 3-5 (the paper colour: 4.5:1 on them in both modes). */
  onDark: 'var(--paper, #fbfaf6)',
  /** Text halos take the page background. */
  background: 'var(--plot-background, var(--paper, #fbfaf6))',
} as const;

/**
 * Sequential step for a count: 0 is empty; 1..max spread over steps 2-5
 * (step 1 is too faint on paper to read as "one case"). Counts over max take the top step.
 */
export function sequentialFill(count: number, max: number): string {
  if (count <= 0 || max <= 0) return colors.empty;
  const step = max <= 1 ? 2 : Math.min(4, 1 + Math.round(((count - 1) / (max - 1)) * 3));
  return sequential[step]!;
}

/**
 * Legend of the sequential scale: one entry per colour the drawn counts use,
 * labelled with the counts that take it ("2-3件"), so every colour drawn is
 * in the legend and every legend colour is drawn. 0 is listed when drawn.
 */
export function sequentialLegend(counts: readonly number[], max: number): { label: string; color: string; outline?: boolean }[] {
  const used = [...new Set(counts)].sort((a, b) => a - b);
  const byColor = new Map<string, number[]>();
  for (const n of used) if (n > 0) byColor.set(sequentialFill(n, max), [...(byColor.get(sequentialFill(n, max)) ?? []), n]);
  const range = (ns: number[]) => (ns.length === 1 ? `${ns[0]}件` : `${ns[0]}–${ns.at(-1)}件`);
  return [
    ...(used.includes(0) ? [{ label: '0件', color: colors.empty, outline: true }] : []),
    ...[...byColor].map(([color, ns]) => ({ label: range(ns), color })),
  ];
}

/** Text colour readable on sequentialFill(count, max): ink on the first count step, the paper colour on the rest. */
export function sequentialText(count: number, max: number): string {
  return sequentialFill(count, max) === sequential[1] ? 'currentColor' : colors.onDark;
}

export function categorical(i: number): string {
  return palette[i % palette.length]!;
}

/**
 * Text size in SVG user units. An SVG scales with its box, so the size a
 * reader sees is FONT_SIZE x (displayed width / drawn width); the variants
 * below are chosen so that product never drops under MIN_TEXT_PX.
 */
export const FONT_SIZE = 12;
export const MIN_TEXT_PX = 11;
/**
 * Line height of wrapped labels, in ems (Plot's default is 1): CJK glyphs fill the em, so lines
 * 1em apart touch. Charts budget 14 px a line at FONT_SIZE. Plot's implicit axes take no line
 * height: a wrapped axis label is drawn with an explicit axis mark (Plot.axisX({ lineHeight })).
 */
export const LINE_HEIGHT = 14 / FONT_SIZE;

/**
 * Narrow: drawn at 300 and shown below 640 px of container width. A 320 px
 * phone leaves about 280 px after page padding: 12 x 280 / 300 = 11.2 px.
 * Wide: drawn at 640 and shown only from 640 px up, so it never shrinks.
 */
export const NARROW: Variant = { name: 'narrow', width: 300 };
export const WIDE: Variant = { name: 'wide', width: 640 };
/** Smallest container each variant is shown in (the CSS in Chart.astro and Embed.astro). */
export const MIN_DISPLAY: Record<Variant['name'], number> = { narrow: 280, wide: 640 };
export const BREAKPOINT = 640;

export const BOTH: Variant[] = [NARROW, WIDE];

/** Smallest on-screen text size of a variant drawn with `fontSize`. */
export function smallestTextPx(variant: Variant, fontSize = FONT_SIZE): number {
  return fontSize * Math.min(1, MIN_DISPLAY[variant.name] / variant.width);
}

export const FONT_FAMILY =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** Plot options every chart shares; charts override what they need. */
export function baseOptions(variant: Variant) {
  return {
    width: variant.width,
    className: 'gzc',
    // Size, family and overflow (labels may overhang the frame) go on as attributes in render.ts:
    // a style attribute would need 'unsafe-inline' in the site's Content-Security-Policy.
  };
}

/** Rough text width for layout (CJK glyphs are 1em, Latin and digits about 0.6em). */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\uffff]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/**
 * Text at most `maxEm` ems wide (textWidth at 1 em), cut where a line may break (lib/word-breaks.ts:
 * never inside a word, a number with its unit, or 1.0) and marked with "…"; text that fits is returned as it is.
 */
export function shorten(text: string, maxEm: number): string {
  if (textWidth(text, 1) <= maxEm) return text;
  let kept = '';
  for (const piece of breakPieces(text)) {
    if (textWidth(kept + piece, 1) > maxEm - 1) break;
    kept += piece;
  }
  if (!kept) for (const ch of text) { if (textWidth(kept + ch, 1) > maxEm - 1) break; kept += ch; }
  return `${kept.trimEnd()}…`;
}

/** Where a word too wide for its line is cut: between characters, around runs of Latin letters and digits. */
const CUT = new RegExp(`${LATIN.source.replace(/^\^|\$$/g, '')}|.`, 'gsu');

const CLOSING = /[，。、；：！？）》」』”’,.;:!?)\]]/;

/** wrapCjk's results, by width and text. */
const wrapped = memoByText((key) => {
  const cut = key.indexOf('\u0000');
  return balancedLines(key.slice(cut + 1), Number(key.slice(0, cut)));
});

/**
 * Break CJK text into balanced lines of at most `chars` ems (Plot only wraps at spaces), between words
 * (lib/word-breaks.ts: never 政|府, 饭|堂, a number from its unit or 22-50 in two); a word wider than a
 * line is the only thing cut between characters. Remembered: charts wrap the same labels on every page that
 * draws them, and their layouts try several widths.
 */
export function wrapCjk(text: string, chars: number): string {
  return wrapped(`${chars}\u0000${text}`);
}

function balancedLines(text: string, chars: number): string {
  const ems = (s: string) => textWidth(s, 1);
  // A word wider than a line is cut between its characters, a number in it still kept whole.
  const units = breakPieces(text).flatMap((piece) => (ems(piece) > chars ? (piece.match(CUT) ?? []) : [piece]));
  const lineCount = Math.max(1, Math.ceil(ems(text) / Math.max(1, chars)));
  const target = ems(text) / lineCount;
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    // Never start a line with closing punctuation (，。、”）...): it stays with the word before it.
    if (line.trim() && !CLOSING.test(unit[0]!) && (ems(line + unit) > chars || (ems(line) >= target - 0.01 && lines.length < lineCount - 1))) {
      lines.push(line.trim());
      line = '';
    }
    line += unit;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.join('\n');
}
