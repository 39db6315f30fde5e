/**
 * The embed page's layout, and the iframe height it needs without the host
 * script. Both come from the numbers below, so the height offered in the
 * embed code is a property of the layout, not a guess.
 *
 * Why this design: a CMS that strips <script> leaves a plain iframe with the
 * height the code offered, at whatever column width the host has. A chart
 * whose drawing scales with its width cannot fit one fixed height at 320 and
 * at 720 px. So, until the host script says it is there, the embed "fills
 * its frame": title, subtitle and footer take their natural height and the
 * drawing (the narrow variant) gets the rest, scaled to fit it (SVG "meet").
 * The offered height is the content height at a 320 px column; in wider
 * columns the text wraps less, the drawing gets a little more height and is
 * limited by height, never by width, so there is no blank band and no inner
 * scrollbar. When the estimate of the text is short by a line, the drawing
 * shrinks by that line instead of overflowing. With the host script the page
 * switches to its fluid layout (class "fluid": narrow or wide drawing by
 * width, natural height) and reports that height.
 */
import { NARROW, textWidth } from './theme.ts';

export const EMBED_LAYOUT = {
  /** Body padding on every side. */
  padding: 12,
  title: { size: 18, line: 24 },
  /** Subtitle, and the margin above and below it. */
  subtitle: { size: 14, line: 20, above: 4, below: 8 },
  /** Notes, source, corrections and the back link. */
  foot: { size: 13, line: 18, gap: 6 },
  /** The narrowest host column the offered height is computed for. */
  column: 320,
} as const;

/** The fitted drawing grows at most this much (as in the page's chart CSS): text stays under 20 px. */
const MAX_SCALE = 1.6;

/** The embed's stylesheet: sizes from EMBED_LAYOUT; colours and fonts are the site's tokens. */
export function embedCss(): string {
  const { padding, title, subtitle, foot } = EMBED_LAYOUT;
  const fill = 'html:not(.fluid)';
  return `
  body { margin: 0; padding: ${padding}px; background: var(--paper); color: var(--ink); font: ${foot.size}px/${foot.line}px var(--font-sans); }
  a { color: var(--link); }
  body .chart { margin: 0; }
  body .chart-title { font-size: ${title.size}px; line-height: ${title.line}px; margin: 0; }
  body .chart-subtitle { font-size: ${subtitle.size}px; line-height: ${subtitle.line}px; margin: ${subtitle.above}px 0 ${subtitle.below}px; }
  body .chart-foot { font-size: ${foot.size}px; line-height: ${foot.line}px; }
  body .chart-notes, body .chart-source, body .chart-correction, body .embed-back { margin: ${foot.gap}px 0 0; }
  body .chart-notes { padding-left: ${foot.size * 1.2}px; }
  ${fill}, ${fill} body { height: 100%; box-sizing: border-box; }
  ${fill} body, ${fill} main, ${fill} .chart { display: flex; flex-direction: column; }
  ${fill} main, ${fill} .chart { flex: 1 1 auto; min-height: 0; }
  ${fill} .chart-drawing { flex: 1 1 0; min-height: 0; }
  ${fill} .chart .chart-narrow { display: block; height: 100%; }
  ${fill} .chart .chart-wide { display: none; }
  ${fill} .chart-narrow svg { width: 100%; height: 100%; max-width: ${MAX_SCALE * NARROW.width}px; }`;
}

/** Lines a text takes in a box `width` wide (CJK glyphs are exactly 1 em; the rest are estimated). */
function lines(text: string, size: number, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, size) / width));
}

export interface EmbedText {
  title: string;
  subtitle: string;
  notes: readonly string[];
  /** Every other footer paragraph as the reader sees it: source line, corrections, back link. */
  foot: readonly string[];
}

/**
 * The embed's content height in the narrowest column: the fallback height of
 * the iframe code. `narrowSvgHeight` is the narrow drawing's drawn height
 * (it is drawn NARROW.width units wide and shown at the column's inner width).
 */
export function fallbackHeight(text: EmbedText, narrowSvgHeight: number): number {
  const { padding, title, subtitle, foot, column } = EMBED_LAYOUT;
  const inner = column - 2 * padding;
  const notesWidth = inner - foot.size * 1.2;
  const notes = text.notes.length ? foot.gap + text.notes.reduce((h, n) => h + lines(n, foot.size, notesWidth) * foot.line, 0) : 0;
  const paragraphs = text.foot.reduce((h, p) => h + foot.gap + lines(p, foot.size, inner) * foot.line, 0);
  const head = lines(text.title, title.size, inner) * title.line + subtitle.above + lines(text.subtitle, subtitle.size, inner) * subtitle.line + subtitle.below;
  const drawing = (narrowSvgHeight * Math.min(inner, NARROW.width)) / NARROW.width;
  return Math.floor(2 * padding + head + drawing + notes + paragraphs);
}
