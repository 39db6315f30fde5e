/**
 * The lead story's chart: every domain the story argues about keeps its own
 * row, a year that is not a city-wide list is marked apart, and no reading
 * depends on telling hues apart.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/registry.ts';
import { OTHER } from '../../src/charts/domain-mix.ts';
import { inHomeCity } from '../../src/charts/common.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { NARROW, WIDE } from '../../src/charts/theme.ts';
import { realData } from './helpers.ts';

const data = realData();
const spec = buildChart('domain-mix', {}, data);
const latest = Math.max(...spec.rows.map((r) => r.year as number));

describe('domain-mix', () => {
  it('every domain of the latest year has its own row, none is lumped into 其他领域', () => {
    const inLatest = data.cases.filter((c) => c.year === latest && inHomeCity(c, data));
    const drawn = new Set(spec.rows.filter((r) => r.year === latest).map((r) => r.domain));
    for (const c of inLatest) expect(drawn).toContain(c.domain);
    expect(drawn).not.toContain(OTHER);
  });

  it('a year drawn only from one district\'s own summary is not comparable, and says so', () => {
    const districtOnly = data.documents.filter((d) => d.region.district !== null && d.region.city === '广州市').map((d) => d.year);
    expect(districtOnly.length).toBeGreaterThan(0);
    const apart = [...new Set(spec.rows.filter((r) => r.comparable === false).map((r) => r.year))];
    expect(apart).toEqual(districtOnly.filter((y) => !data.documents.some((d) => d.year === y && d.region.district === null)));
    expect(spec.legend.some((l) => l.label.startsWith('不可比') && l.outline)).toBe(true);
    expect(spec.notes.join('')).toContain(`${apart[0]}年的案例只来自单个区`);
    for (const v of [NARROW, WIDE]) expect(renderVariant(spec, v)).toContain('不可比');
  });

  it('domains are told apart by their row, not by hue: comparable bars share one colour', () => {
    const fills = new Set([...renderVariant(spec, WIDE).matchAll(/<rect[^>]*fill="([^"]+)"/g)].map((m) => m[1]).filter((f) => f !== 'none'));
    // One series colour plus the legend's own swatches: no categorical palette of eight hues.
    expect(fills.size).toBeLessThanOrEqual(2);
  });
});
