import { describe, expect, it } from 'vitest';
import { compactPath, renderChart, renumberIds, layoutLegend } from '../../src/charts/render.ts';
import { BOTH, MIN_TEXT_PX, smallestTextPx, wrapCjk } from '../../src/charts/theme.ts';
import { formatDays } from '../../src/charts/format.ts';
import { CHARTS, buildChart } from '../../src/charts/registry.ts';
import { realData } from './helpers.ts';

/** Absolute points of a path made only of M/m/L/l/z, for checking compactPath. */
function points(d: string): number[][] {
  const out: number[][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const m of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (/z/i.test(m[1]!)) { [x, y] = [sx, sy]; continue; }
    const nums = (m[2]!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const rel = m[1] === m[1]!.toLowerCase();
      [x, y] = rel ? [x + nums[i]!, y + nums[i + 1]!] : [nums[i]!, nums[i + 1]!];
      if (i === 0 && /m/i.test(m[1]!)) [sx, sy] = [x, y];
      out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return out;
}

describe('renderer helpers', () => {
  it('compactPath keeps every point (to 0.1) and never accumulates rounding error', () => {
    const d = 'M10.04,20.06L11.13,19.96L12.27,21.34L10.04,20.06ZM30.5,40.25L31.55,41.45L29.95,40.05Z';
    const compact = compactPath(d);
    expect(compact.length).toBeLessThan(d.length);
    expect(points(compact)).toEqual(points(d.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))));
  });

  it('renumberIds rewrites ids and every reference to them', () => {
    const svg = '<svg><clipPath id="plot-clip-7"></clipPath><g clip-path="url(#plot-clip-7)"><use href="#plot-clip-7"></use></g></svg>';
    expect(renumberIds(svg, 'k-')).toBe('<svg><clipPath id="k-1"></clipPath><g clip-path="url(#k-1)"><use href="#k-1"></use></g></svg>');
  });

  it('flows legend items into rows that fit', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ label: `领域名称${i}`, color: 'red' }));
    const layout = layoutLegend(items, 300);
    expect(layout.items.every((p) => p.x < 300)).toBe(true);
    expect(layout.height).toBeGreaterThan(18);
  });

  it('formats durations and wraps CJK', () => {
    expect(formatDays(13)).toBe('13天');
    expect(formatDays(1 / 24)).toBe('1小时');
    expect(formatDays(20 / 1440)).toBe('20分钟');
    expect(wrapCjk('黄埔区改革工作总结', 5)).toBe('黄埔区改革\n工作总结');
    expect(wrapCjk('黄埔区：创设筹建合伙人机制，政企联动', 13).split('\n')[1]!.startsWith('，')).toBe(false);
    // Between words (政府, 2018), never inside one; only a word wider than a line is cut.
    expect(wrapCjk('2018 市级部门：政府投资项目审批时间', 16)).toBe('2018 市级部门：政府\n投资项目审批时间');
    expect(wrapCjk('2018十大改革创新案例', 2).split('\n')[0]).toBe('2018');
  });
});

describe('every chart, rendered from the real datasets', () => {
  const data = realData();
  for (const def of CHARTS) {
    const spec = buildChart(def.id, {}, data);
    const rendered = renderChart(spec);

    it(`${def.id}: renders both variants deterministically`, () => {
      expect(rendered.map((r) => r.variant)).toEqual(BOTH);
      expect(renderChart(buildChart(def.id, {}, data)).map((r) => r.svg)).toEqual(rendered.map((r) => r.svg));
      for (const { svg } of rendered) {
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg).not.toMatch(/class="plot-[0-9a-f]{6}"|plot-clip-\d/);
        expect(svg).toContain('role="img"');
        expect(svg).toContain(`<title id="${spec.key}-`);
      }
    });

    it(`${def.id}: no text under ${MIN_TEXT_PX}px at any supported width`, () => {
      for (const { variant, svg } of rendered) {
        const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
        const effective = sizes;
        expect(Math.min(...effective)).toBeGreaterThanOrEqual(12);
        expect(smallestTextPx(variant, Math.min(...effective))).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      }
    });

    it(`${def.id}: colours are CSS custom properties with fallbacks, text is currentColor`, () => {
      for (const { svg } of rendered) {
        const fills = [...svg.matchAll(/\s(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1]!);
        for (const f of fills) expect(f).toMatch(/^(none|currentColor|var\(--[\w-]+, [^)]+\)+|#1c1b19|white)$/);
      }
    });
  }
});
