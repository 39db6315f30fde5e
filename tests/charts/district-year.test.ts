/** The district x list matrix draws its many zero cells without a mark each (issue 14: the embed's weight). */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/registry.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { NARROW, WIDE } from '../../src/charts/theme.ts';
import { realData } from './helpers.ts';

const data = realData();
const spec = buildChart('district-year', {}, data);

describe('district-year', () => {
  it('zero cells are drawn as row stripes, not one rect each', () => {
    const zeros = spec.rows.filter((r) => r.count === 0).length;
    const filled = spec.rows.length - zeros;
    expect(zeros).toBeGreaterThan(filled);
    for (const variant of [NARROW, WIDE]) {
      const rects = renderVariant(spec, variant).match(/<rect/g)?.length ?? 0;
      expect(rects).toBe(filled + spec.legend.length);
    }
  });

  it('the legend names the empty colour 0件, drawn as a filled swatch like every cell', () => {
    expect(spec.legend[0]).toMatchObject({ label: '0件', outline: false });
  });
});
