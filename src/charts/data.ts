/**
 * Chart data from the site's one dataset loader (src/lib/data.ts). The
 * charts only read the fields in ChartData; this is where the site's
 * records meet that narrower contract.
 */
import { datasets, documentText } from '../lib/data.ts';
import { locator } from './common.ts';
import type { ChartData } from './types.ts';

const views = new WeakMap<object, ChartData>();

/** The same object while the datasets are the same, so what is computed from it can be kept (publishedCharts). */
export function chartData(): ChartData {
  const all = datasets();
  let view = views.get(all);
  if (!view) {
    const { documents, cases, figures, districts } = all;
    // Reports' texts are read once, for sentence positions only (locator).
    view = { documents, cases, figures, districts, locate: locator(cases, documentText) };
    views.set(all, view);
  }
  return view;
}
