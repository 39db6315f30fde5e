/**
 * The share image's layout as SVG, in two layers of one weight each (see
 * shareImageLayers): the text column on the left, the chart on the right.
 */
import { FONT_FAMILY } from './raster.ts';
import { ACCENT, INK, MUTED, PAPER, RULE, embedChart, num, type Box } from './share-chart.ts';
import { wrapLines } from './share-text.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ShareImageInput {
  /** Main title (bold, up to three lines). */
  title: string;
  /** The chart's subtitle or the story's dek (up to four lines). */
  subtitle?: string;
  /** Small label above the title ('故事', '图表'). */
  kicker?: string;
  /** The chart, as the SVG the site renders (CSS variables and currentColor are resolved here). */
  chartSvg?: string;
  /** Site name, bottom left. */
  siteName: string;
}

export { FONT_FAMILY };
const TITLE_SIZE = 46;
const TITLE_LINE = 60;
const SUB_SIZE = 24;
const SUB_LINE = 36;
const MARGIN = 64;
const TEXT_WIDTH = 430;
const CHART_BOX: Box = { x: 548, y: 56, width: 600, height: 518 };

export interface ShareImageLayers {
  /** Everything drawn in the regular weight: background, subtitle, chart. */
  regular: string;
  /** Only the bold text (kicker, title, site name, the chart's bold labels), on a transparent ground, `boldWidth` wide from the left edge. */
  bold: string;
  /** Width of the bold layer: the text column only when the chart has no bold text (fewer pixels to draw and encode). */
  boldWidth: number;
}

/** An element drawn bold: its text belongs to the bold layer. */
const BOLD_ELEMENT = /(<[a-z]+\b[^>]*\sfont-weight="(?:bold|bolder|[6-9]00)")/g;

/**
 * SVG markup split by weight, same geometry in both parts: the regular part hides its bold text, the bold
 * part shows only that text (visibility is inherited, and a child may turn it back on). Bold is null when
 * there is no bold text. Each part is rasterized with the font slices of its own weight: resvg's glyph
 * fallback ignores weight, so a pass given both weights draws part of each text in the other one.
 */
export function splitWeights(markup: string): { regular: string; bold: string | null } {
  if (!markup.match(BOLD_ELEMENT)) return { regular: markup, bold: null };
  return {
    regular: markup.replace(BOLD_ELEMENT, '$1 visibility="hidden"'),
    bold: `<g visibility="hidden">${markup.replace(BOLD_ELEMENT, '$1 visibility="visible"')}</g>`,
  };
}

const svgOpen = (width: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${OG_HEIGHT}" viewBox="0 0 ${width} ${OG_HEIGHT}" font-family="${FONT_FAMILY}">`;

/**
 * The share image in two layers, 1200x630: a text column on the left
 * (kicker, title, subtitle, site name at the foot) and the chart on the
 * right on a white card. Text is plain SVG text in FONT_FAMILY; nothing is
 * fetched. The layers are rasterized with one weight each (shareImagePng):
 * given slices of both weights at once, resvg's glyph fallback picks
 * whichever slice comes first, so a title would come out half regular.
 */
export function shareImageLayers(input: ShareImageInput): ShareImageLayers {
  const hasChart = Boolean(input.chartSvg);
  const textWidth = hasChart ? TEXT_WIDTH : OG_WIDTH - 2 * MARGIN;
  const titleLines = wrapLines(input.title, textWidth / TITLE_SIZE, 3);
  const subLines = input.subtitle ? wrapLines(input.subtitle, textWidth / SUB_SIZE, titleLines.length > 2 ? 3 : 4) : [];
  const bold: string[] = [];
  const regular: string[] = [`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${PAPER}"/>`, `<rect width="${OG_WIDTH}" height="8" fill="${ACCENT}"/>`];
  let y = MARGIN + 8;
  if (input.kicker) {
    bold.push(`<text x="${MARGIN}" y="${y + 18}" font-size="22" font-weight="700" fill="${ACCENT}">${escapeXml(input.kicker)}</text>`);
    y += 52;
  }
  y += TITLE_SIZE;
  bold.push(
    `<text x="${MARGIN}" y="${y}" font-size="${TITLE_SIZE}" font-weight="700" fill="${INK}">` +
      titleLines.map((line, i) => `<tspan x="${MARGIN}" dy="${i ? TITLE_LINE : 0}">${escapeXml(line)}</tspan>`).join('') +
      `</text>`,
  );
  y += (titleLines.length - 1) * TITLE_LINE + 28;
  if (subLines.length) {
    y += SUB_SIZE;
    regular.push(
      `<text x="${MARGIN}" y="${y}" font-size="${SUB_SIZE}" fill="${MUTED}">` +
        subLines.map((line, i) => `<tspan x="${MARGIN}" dy="${i ? SUB_LINE : 0}">${escapeXml(line)}</tspan>`).join('') +
        `</text>`,
    );
  }
  const footY = OG_HEIGHT - MARGIN + 8;
  regular.push(`<rect x="${MARGIN}" y="${footY - 22}" width="6" height="28" fill="${ACCENT}"/>`);
  bold.push(`<text x="${MARGIN + 18}" y="${footY}" font-size="24" font-weight="700" fill="${INK}">${escapeXml(input.siteName)}</text>`);
  let chartBold = false;
  if (hasChart) {
    // The white card wraps the drawing (a short chart gets a short card, centred on the column).
    const { markup, drawn } = embedChart(input.chartSvg!, CHART_BOX);
    const pad = 20;
    const card = { x: CHART_BOX.x - pad, y: drawn.y - pad, width: CHART_BOX.width + 2 * pad, height: drawn.height + 2 * pad };
    const chart = splitWeights(markup.replaceAll(`stop-color="${PAPER}"`, 'stop-color="#ffffff"'));
    regular.push(`<rect x="${card.x}" y="${num(card.y)}" width="${card.width}" height="${num(card.height)}" rx="8" fill="#ffffff" stroke="${RULE}"/>`, chart.regular);
    if (chart.bold) bold.push(chart.bold);
    chartBold = Boolean(chart.bold);
  }
  // The bold layer spans the chart only when the chart has bold text (the map's years, a timeline's headline).
  const boldWidth = hasChart && !chartBold ? CHART_BOX.x - 40 : OG_WIDTH;
  return { regular: `${svgOpen(OG_WIDTH)}${regular.join('')}</svg>`, bold: `${svgOpen(boldWidth)}${bold.join('')}</svg>`, boldWidth };
}

/** The whole share image as one SVG (both layers; for tests and previews: it is not what is rasterized). */
export function shareImageSvg(input: ShareImageInput): string {
  const { regular, bold, boldWidth } = shareImageLayers(input);
  return regular.replace(/<\/svg>$/, bold.slice(svgOpen(boldWidth).length));
}
