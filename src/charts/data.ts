/**
 * Chart data from the site's one dataset loader (src/lib/data.ts). The
 * charts only read the fields in ChartData; this is where the site's
 * records meet that narrower contract.
 */
import { datasets } from '../lib/data.ts';
import type { ChartData } from './types.ts';

export function chartData(): ChartData {
  const { documents, cases, figures, districts } = datasets();
  return { documents, cases, figures, districts };
}
