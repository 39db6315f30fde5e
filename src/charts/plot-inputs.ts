/**
 * Plot option builders whose options follow from cheaper inputs than the
 * options themselves. The render cache (render.ts) keys a drawing on its
 * Plot options; a chart whose options are costly to compute (the district
 * map's label placement) marks its builder with what decides them, so a
 * cached drawing costs nothing to find. Kept with the function, not the
 * spec, so a spec copied with another plot (a share or focus drawing) keys
 * that one by its options. No runtime imports: chart modules also run in the browser
 * comparison bundle (scripts/bench/client-bundle.ts).
 */
import type { ChartSpec, Variant } from './types.ts';

const cheapInputs = new WeakMap<ChartSpec['plot'], (variant: Variant) => string>();

/** Mark `plot` as decided, besides the code, by `inputs(variant)`. */
export function keyedBy<P extends ChartSpec['plot']>(plot: P, inputs: (variant: Variant) => string): P {
  cheapInputs.set(plot, inputs);
  return plot;
}

/** What decides `plot(variant)`, when its builder was marked by keyedBy. */
export function plotInputs(plot: ChartSpec['plot'], variant: Variant): string | undefined {
  return cheapInputs.get(plot)?.(variant);
}
