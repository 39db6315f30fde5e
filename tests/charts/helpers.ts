/** The real datasets for chart tests: the seed corpus through the pipeline (no invented records). */
import { seedResult } from '../helpers/seeds.ts';
import type { ChartData } from '../../src/charts/types.ts';

export function realData(): ChartData {
  const { documents, cases, figures, districts } = seedResult();
  return { documents, cases, figures, districts };
}

/**
 * Normalize an SVG for golden comparison: numbers rounded to whole units
 * (so float noise across platforms does not matter) and ids renumbered.
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size + 1}`);
  let out = svg.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n))));
  for (const [from, to] of ids) out = out.split(`"${from}"`).join(`"${to}"`).split(`#${from}"`).join(`#${to}"`).split(` ${from}"`).join(` ${to}"`);
  return out.replace(/></g, '>\n<');
}
