/**
 * What legends say to readers: a highlight is named, never an id; the
 * sequential scale lists exactly the colours the cells use; an upper bound
 * is not drawn or labelled as a lower bound.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/registry.ts';
import { layoutLegend, renderVariant } from '../../src/charts/render.ts';
import { NARROW, WIDE, sequentialFill, sequentialLegend, textWidth } from '../../src/charts/theme.ts';
import { realData } from './helpers.ts';

const data = realData();
const ID_LIKE = /[a-z]+-\d{4}[a-z\d-]*-[0-9a-f]{6,}/;

describe('chart legends', () => {
  it('a highlighted figure or case is named by what it is, not by its id', () => {
    const figure = data.figures.find((f) => f.kind === 'duration' && f.unit === '天' && f.subject)!;
    const spec = buildChart('time-compression', { highlight: figure.id }, data);
    const line = spec.legend.at(-1)!.label;
    expect(line).toMatch(/^突出显示：/);
    expect(line).not.toMatch(ID_LIKE);
    const c = data.cases[0]!;
    expect(buildChart('district-timeline', { highlight: c.id }, data).legend.map((l) => l.label).join(' ')).not.toMatch(ID_LIKE);
  });

  it('a long case title is named in full and wrapped between words to the drawing\'s width, never cut short with …', () => {
    // speed-of-approvals step 1 on a phone read 突出显示：谋篇布局统筹出方案 营商环境… (issue: legends clipped).
    let checked = 0;
    for (const c of data.cases.filter((x) => textWidth(`突出显示：${x.title}`) > NARROW.width / 2)) {
      const spec = buildChart('time-compression', { highlight: c.id }, data);
      const legend = spec.focus?.legend ?? spec.legend;
      const label = legend.find((l) => l.label.startsWith('突出显示'))?.label;
      if (!label) continue; // the case has no duration in this chart
      checked++;
      expect(label).toBe(`突出显示：${c.title}`);
      const width = NARROW.width - (spec.focus!.plot(NARROW).marginLeft ?? 0);
      const placed = layoutLegend(legend, width).items.find((p) => p.item.label === label)!;
      expect(placed.lines.join('').replace(/ /g, '')).toBe(label.replace(/ /g, ''));
      for (const line of placed.lines) expect(placed.x + 15 + textWidth(line), line).toBeLessThanOrEqual(width);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('a year reads as a year', () => {
    expect(buildChart('domain-mix', { highlight: '2018' }, data).legend.at(-1)!.label).toBe('突出显示：2018年');
  });

  it('the sequential legend has one entry per colour drawn, each naming its counts', () => {
    const counts = [0, 1, 1, 2, 4, 6, 7, 10];
    const legend = sequentialLegend(counts, 10);
    const drawn = new Set(counts.filter((n) => n > 0).map((n) => sequentialFill(n, 10)));
    expect(legend.filter((l) => !l.outline).map((l) => l.color).sort()).toEqual([...drawn].sort());
    expect(legend.map((l) => l.label)).toContain('0件');
    // 6 and 7 share a colour: one entry says so.
    expect(legend.find((l) => l.color === sequentialFill(6, 10))!.label).toBe('6–7件');
  });

  it('the district matrix legend covers every count it draws', () => {
    const spec = buildChart('district-year', {}, data);
    // The scale spans Guangzhou's rows (the comparison district would wash them out).
    const max = Math.max(...spec.rows.filter((r) => !(r.district as string).includes("·")).map((r) => r.count as number));
    for (const r of spec.rows) {
      if ((r.count as number) > 0) expect(spec.legend.some((l) => l.color === sequentialFill(r.count as number, max))).toBe(true);
    }
  });

  it('upper bounds (以内) have a legend entry of their own, and a title never ends in a bare unit', () => {
    const spec = buildChart('measure-bars', { measure: '个工作日' }, data);
    expect(spec.title).not.toMatch(/：\S*$/);
    if (spec.rows.some((r) => r.qualifier === 'under')) expect(spec.legend.map((l) => l.label)).toContain('上限（以内）');
    expect(spec.legend.find((l) => l.label === '约数或下限')?.dashed ?? true).toBe(true);
  });

  it('the legend adds to the drawing\'s height instead of squeezing the marks (a one-row phone step stays legible)', () => {
    const figure = data.figures.find((f) => f.kind === 'duration' && f.before !== null)!;
    const spec = buildChart('time-compression', { highlight: figure.id }, data);
    const focused = { ...spec, plot: spec.focus!.plot, legend: spec.focus!.legend };
    for (const variant of [NARROW, WIDE]) {
      const legend = layoutLegend(focused.legend, variant.width - (focused.plot(variant).marginLeft ?? 0));
      expect(legend.height).toBeGreaterThan(0);
      const height = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(renderVariant(focused, variant))![1]);
      expect(height).toBe(focused.plot(variant).height! + legend.height);
    }
  });
});
