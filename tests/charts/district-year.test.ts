/** The district x list matrix draws its many zero cells without a mark each (issue 14: the embed's weight). */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/registry.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { NARROW, WIDE, textWidth } from '../../src/charts/theme.ts';
import { caseYear, listName } from '../../src/charts/common.ts';
import { MAX_ROWS, otherLabel } from '../../src/charts/district-year.ts';
import { grown, realData } from './helpers.ts';

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

  it('past MAX_ROWS districts, the rest are one 其他 row labelled with its count and summing their cases; the notes state the cap and name the CSV', () => {
    const big = grown(data, 40);
    const capped = buildChart('district-year', {}, big);
    const owners = [...new Set(capped.rows.map((r) => r.district as string))];
    expect(owners).toHaveLength(MAX_ROWS);
    const other = owners.at(-1)!;
    const folded = Number(/\d+/.exec(other)![0]);
    expect(other).toBe(otherLabel(folded));
    expect(folded).toBeGreaterThan(10);
    // Every case of the drawn lists is counted once, in its own row or in 其他.
    const columns = new Set(capped.rows.map((r) => r.column));
    const drawnCases = big.cases.filter((c) => columns.has(`${caseYear(c, big) ?? '?'} ${listName(c, big)}`));
    expect(capped.rows.reduce((n, r) => n + (r.count as number), 0)).toBe(drawnCases.length);
    expect(capped.rows.filter((r) => r.district === other).reduce((n, r) => n + (r.count as number), 0)).toBeGreaterThan(0);
    expect(capped.notes.join('')).toContain(`只画${MAX_ROWS - 1}行`);
    expect(capped.notes.join('')).toContain(`“${other}”`);
    expect(capped.notes.join('')).toContain('cases.csv');
  });

  it('a highlighted district of another city is drawn in its own row even when it has few cases', () => {
    const big = grown(data, 40);
    const rare = big.cases.find((c) => c.city === '复本39市' && c.district)!;
    const label = `复本39·${rare.district}`;
    const spec = buildChart('district-year', { highlight: label }, big);
    expect(spec.rows.some((r) => r.district === label && r.highlight)).toBe(true);
  });

  it('every row label fits the left margin on a phone, however long the district names of other cities are', () => {
    const big = grown(data, 40);
    const capped = buildChart('district-year', {}, big);
    const owners = [...new Set(capped.rows.map((r) => r.district as string))];
    const widest = Math.max(...owners.map((o) => textWidth(o)));
    expect(widest).toBeGreaterThan(78); // the old fixed margin cut these labels at 390 px
    for (const variant of [NARROW, WIDE]) {
      const margin = capped.plot(variant).marginLeft!;
      const cap = Math.floor(variant.width * 0.4);
      for (const o of owners) expect(Math.min(textWidth(o), cap), o).toBeLessThanOrEqual(margin - 6);
      expect(margin).toBeLessThanOrEqual(cap);
    }
  });
});

/**
 * On phones the lists' names stood in columns one or two characters wide (十大|改革|创新|案例, 报告|提及|
 * 的试|点), and at 100x with a highlighted year (lists named 最具获得感（第37批）) one a line. A narrow
 * column is headed by a number (①), and a key under the grid names every list in full.
 */
describe('district-year column headings on a phone', () => {
  /** The column headings' lines, and every text line of the drawing. */
  function texts(svg: string) {
    // A heading is a top axis label: one line, or lines whose first sits above its anchor (y="-…em").
    const heading = [...svg.matchAll(/<text[^>]*>([^<]*|<tspan y="-[\s\S]*?)<\/text>/g)]
      .filter((m) => m[1]!.startsWith('<tspan') || /^[①-⑳]$/.test(m[1]!))
      .map((m) => (m[1]!.startsWith('<tspan') ? [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!) : [m[1]!]));
    const all = [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1]!.trim()).filter(Boolean).join('');
    return { heading, all };
  }

  for (const [name, chart] of [
    ['the seeds', spec],
    ['100x the seeds, a year highlighted', buildChart('district-year', { highlight: '2030' }, grown(data, 100))],
  ] as const) {
    it(`${name}: no heading runs past two lines, and every list drawn is named in full`, () => {
      const { heading, all } = texts(renderVariant(chart, NARROW));
      expect(heading.length).toBe(new Set(chart.rows.map((r) => r.column)).size);
      for (const lines of heading) expect(lines.length, lines.join('|')).toBeLessThanOrEqual(2);
      for (const list of new Set(chart.rows.map((r) => r.list as string))) expect(all.replace(/\s/g, ''), list).toContain(list.replace(/\s/g, ''));
    });
  }
});
