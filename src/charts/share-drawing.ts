/**
 * The drawing a chart's 1200x630 share image shows: its widest variant, or,
 * when the whole chart is too tall for the image, its share drawing (whole
 * rows only, at its own width), so no share image cuts a chart off mid-row.
 */
import { renderVariant } from './render.ts';
import { widestVariant } from '../lib/share-image.ts';
import type { ChartSpec } from './types.ts';

export function shareDrawing(spec: ChartSpec): string {
  return spec.share ? renderVariant({ ...spec, plot: spec.share.plot }, spec.share.variant) : renderVariant(spec, widestVariant(spec.variants));
}
